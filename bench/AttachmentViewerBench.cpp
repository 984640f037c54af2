// advicehub-bench-attachment-viewer: how long the attachment viewer (ui/attachments/
// AttachmentViewer) takes from "open" to the first page rendered for a large PDF attachment
// (20 pages, ~100 MB of embedded image streams), median of 5, and the peak resident memory of each
// opening against the file's size. The PDF is written by QPdfWriter, attached to a query of a
// fresh vault through AttachmentService, and opened in the viewer on the offscreen platform, as
// the Attachments tab opens it. Not a test: it prints a Markdown table (docs/PERFORMANCE.md,
// "Attachments").

#include "BenchSupport.h"

#include "advisers/AdviserService.h"
#include "attachments/AttachmentService.h"
#include "attachments/AttachmentViewer.h"
#include "common/Clock.h"
#include "crypto/Kdf.h"
#include "crypto/SecureBuffer.h"
#include "db/Connection.h"
#include "demo/DemoDataGenerator.h"
#include "session/Session.h"
#include "vault/Vault.h"

#include <QApplication>
#include <QBuffer>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPdfPageRenderer>
#include <QPdfView>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <algorithm>
#include <vector>

using namespace advicehub;
using namespace advicehub::bench;

namespace {

// A PDF of `pages` pages, each with its number and enough incompressible image data that the
// whole file is about `targetBytes`.
QByteArray largePdf(int pages, qint64 targetBytes)
{
    QImage tile(1000, 1000, QImage::Format_RGB32);
    QRandomGenerator random(20260105);
    for (int y = 0; y < tile.height(); ++y) {
        auto* line = reinterpret_cast<quint32*>(tile.scanLine(y));
        for (int x = 0; x < tile.width(); ++x)
            line[x] = 0xff000000u | (random.generate() & 0xffffffu);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(96);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setCreator(QStringLiteral("bench"));
        QPainter painter(&writer);
        int tilesPerPage = 1;
        for (int page = 0; page < pages; ++page) {
            if (page > 0)
                writer.newPage();
            painter.drawText(QPointF(40, 40), QStringLiteral("Page %1").arg(page + 1));
            for (int t = 0; t < tilesPerPage; ++t) {
                // A different image each time (Qt writes one stream per distinct image).
                tile.setPixel(t % 1000, page, 0xff000000u | quint32(page * 7919 + t));
                painter.drawImage(QRectF(40, 60 + (t % 8) * 10, 600, 600), tile);
            }
            if (page == 0) {
                // Sized from the first page: how many tiles make the file reach the target.
                const qint64 perTile = std::max<qint64>(1, buffer.size());
                tilesPerPage = int(std::max<qint64>(1, (targetBytes / pages + perTile - 1) / perTile));
            }
        }
        painter.end();
    }
    return bytes;
}

double peakRssMb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0; // KiB on Linux
}

double currentRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

// Linux: the peak (ru_maxrss, VmHWM) starts again from the current size, so that each opening's
// own peak is measured.
bool resetPeak()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("advicehub-bench-attachment-viewer"));
    setProgramName("advicehub-bench-attachment-viewer");
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption sizeOption(QStringLiteral("mb"), QStringLiteral("PDF size in MB (default 100)."),
        QStringLiteral("mb"), QStringLiteral("100"));
    QCommandLineOption runsOption(
        QStringLiteral("runs"), QStringLiteral("Openings (default 5)."), QStringLiteral("n"), QStringLiteral("5"));
    parser.addOption(sizeOption);
    parser.addOption(runsOption);
    parser.process(app);
    const qint64 target = parser.value(sizeOption).toLongLong() * 1000 * 1000;
    const int runs = std::max(1, parser.value(runsOption).toInt());

    QTemporaryDir dir;
    const SystemClock clock;
    auto vault = must(Vault::create(QDir(dir.path()).filePath(QStringLiteral("bench-viewer.ahv")),
                          crypto::SecureBuffer::fromPassphrase(QStringLiteral("bench only 2026")),
                          crypto::KdfProfile::insecureTesting()),
        "creating a vault");
    auto session = must(Session::open(std::move(vault), clock), "opening a session");
    demo::DemoDataOptions options;
    options.queries = 1;
    must(demo::DemoDataGenerator::populate(session->queries(), session->advisers(), session->lookup(), options),
        "generating a query");
    const advisers::Adviser author = must(session->advisers().add(QStringLiteral("Bench Author")), "adding an adviser");
    must(session->setCurrentAdviser(author.id), "choosing the adviser");
    const qint64 queryId = session->vault().connection().queryInt("SELECT min(id) FROM queries");

    QElapsedTimer writing;
    writing.start();
    QByteArray pdf = largePdf(20, target);
    const double writtenMs = elapsedMs(writing);
    session->attachments().setMaxBytes(attachments::kMaxMaxBytes);
    qint64 attachmentId = 0;
    {
        QBuffer source(&pdf);
        source.open(QIODevice::ReadOnly);
        attachments::AddOptions add;
        add.fileName = QStringLiteral("large.pdf");
        attachmentId = must(session->attachments().add(queryId, source, add), "attaching the PDF").id;
    }
    const qint64 fileBytes = pdf.size();
    pdf = QByteArray(); // only the vault holds it now
    const double rssBefore = currentRssMb();

    std::vector<double> times;
    std::vector<double> peaks;
    const bool peakPerRun = resetPeak();
    for (int run = 0; run < runs; ++run) {
        resetPeak();
        const double base = currentRssMb();
        QElapsedTimer timer;
        timer.start();
        auto* viewer = new ui::AttachmentViewer(session->attachments(), attachmentId);
        auto* view = viewer->findChild<QPdfView*>();
        if (!view)
            die(QStringLiteral("the viewer shows no PDF view"));
        auto* renderer = view->findChild<QPdfPageRenderer*>();
        if (!renderer)
            die(QStringLiteral("QPdfView has no page renderer to watch"));
        bool rendered = false;
        QObject::connect(
            renderer, &QPdfPageRenderer::pageRendered, viewer, [&](int page, QSize size, const QImage& image) {
                if (page == 0 && !image.isNull() && !size.isEmpty())
                    rendered = true;
            });
        viewer->show();
        while (!rendered && timer.elapsed() < 120000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        if (!rendered)
            die(QStringLiteral("the first page was not rendered within 2 minutes"));
        times.push_back(elapsedMs(timer));
        peaks.push_back(peakRssMb() - base);
        viewer->reject();
        delete viewer;
        QCoreApplication::processEvents();
    }
    const Stats time = stats(times);
    const Stats peak = stats(peaks);
    const double mb = fileBytes / 1e6;
    out() << "\n### Attachments: the viewer\n\n"
          << "A " << number(mb, 1) << " MB PDF of 20 pages (image streams; written in " << number(writtenMs / 1000, 1)
          << " s by QPdfWriter), attached to a fresh vault, opened in the viewer on the offscreen platform " << runs
          << " times. Process RSS before the first opening: " << number(rssBefore, 0) << " MB.\n\n"
          << "| operation | median | worst | peak RSS above the start of each opening (median) | vs file size |\n"
          << "|---|---|---|---|---|\n"
          << "| open viewer → first page rendered (read and verify every chunk, load, render page 1) | "
          << number(time.median, 0) << " ms | " << number(time.worst, 0) << " ms | "
          << (peakPerRun ? number(peak.median, 0) + QStringLiteral(" MB") : QStringLiteral("n/a (no clear_refs)"))
          << " | " << (peakPerRun ? number(peak.median / mb, 2) + QStringLiteral("×") : QStringLiteral("n/a"))
          << " |\n";
    out() << "\nProcess peak RSS overall (getrusage): " << number(peakRssMb(), 0) << " MB.\n";
    out().flush();
    return 0;
}
