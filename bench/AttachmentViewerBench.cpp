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
#include "attachments/Sha256.h"
#include "common/Clock.h"
#include "crypto/Kdf.h"
#include "crypto/SecureBuffer.h"
#include "db/Connection.h"
#include "db/Statement.h"
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
#include <QPdfDocument>
#include <QPdfPageRenderer>
#include <QPdfView>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <algorithm>
#include <cstring>
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

// The viewer's steps one by one, on the same attachment, in the same run: the raw read of the
// chunks (no hash: the SQLCipher baseline), SHA-256 of each chunk and of the whole file over bytes
// in memory, AttachmentService::readAll (both together, as the viewer reads), QPdfDocument::load
// from a QBuffer over them and the rendering of page 1 at the viewer's default width.
struct Steps {
    std::vector<double> rawRead, hashing, readAll, load, render;
};

void measureSteps(Session& session, qint64 attachmentId, qint64 size, Steps& steps)
{
    QByteArray bytes(size, Qt::Uninitialized);
    {
        QElapsedTimer timer;
        timer.start();
        db::Statement s = session.vault().connection().prepare(
            "SELECT data FROM attachment_chunks WHERE attachment_id = ?1 ORDER BY seq");
        s.bind(1, attachmentId);
        qint64 filled = 0;
        while (s.step()) {
            const QByteArrayView data = s.blobView(0);
            if (data.size() > size - filled)
                die(QStringLiteral("the chunks hold more than the file"));
            std::memcpy(bytes.data() + filled, data.data(), size_t(data.size()));
            filled += data.size();
        }
        steps.rawRead.push_back(elapsedMs(timer));
    }
    {
        QElapsedTimer timer;
        timer.start();
        attachments::Sha256 whole;
        for (qint64 at = 0; at < size; at += attachments::kChunkBytes) {
            const qint64 n = std::min<qint64>(attachments::kChunkBytes, size - at);
            (void)attachments::Sha256::of(bytes.constData() + at, n);
            whole.add(bytes.constData() + at, n);
        }
        (void)whole.finish();
        steps.hashing.push_back(elapsedMs(timer));
    }
    bytes = QByteArray();
    QElapsedTimer timer;
    timer.start();
    bytes = must(session.attachments().readAll(attachmentId, attachments::kMaxMaxBytes), "reading the attachment");
    steps.readAll.push_back(elapsedMs(timer));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument document;
    timer.restart();
    document.load(&buffer); // a random-access device: loaded before it returns, as the viewer relies on
    if (document.status() != QPdfDocument::Status::Ready || document.error() != QPdfDocument::Error::None)
        die(QStringLiteral("QPdfDocument could not load the PDF"));
    steps.load.push_back(elapsedMs(timer));
    timer.restart();
    const QSizeF points = document.pagePointSize(0);
    const QImage page = document.render(0, QSize(800, int(800 * points.height() / std::max(1.0, points.width()))));
    if (page.isNull())
        die(QStringLiteral("page 1 was not rendered"));
    steps.render.push_back(elapsedMs(timer));
    document.close();
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
    Steps steps;
    for (int run = 0; run < runs; ++run)
        measureSteps(*session, attachmentId, fileBytes, steps);
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
    const auto row = [&](const char* what, const std::vector<double>& samples) {
        const Stats st = stats(samples);
        out() << "| " << what << " | " << number(st.median, 0) << " ms | " << number(st.worst, 0) << " ms |\n";
    };
    out() << "\nThe steps, each timed alone on the same attachment (" << runs << " runs):\n\n"
          << "| step | median | worst |\n|---|---:|---:|\n";
    row("raw read of the chunks into a pre-sized buffer, no hash (SQLCipher baseline)", steps.rawRead);
    row("SHA-256 of each 256 KiB chunk and of the whole file, over bytes in memory", steps.hashing);
    row("AttachmentService::readAll (read, both hashes, into the viewer's buffer)", steps.readAll);
    row("QPdfDocument::load from a QBuffer", steps.load);
    row("render page 1, 800 px wide", steps.render);
    out() << "\nProcess peak RSS overall (getrusage): " << number(peakRssMb(), 0) << " MB.\n";
    out().flush();
    return 0;
}
