// The attachment viewer (ui/attachments/AttachmentViewer) on real files added to a vault through
// the attachment service and opened in a window as the Attachments tab opens it: PDF (written by
// QPdfWriter), PNG, plain text, an unknown type, an image bomb, a damaged attachment; Save a
// Copy… through the file chooser; the lock closing the viewer.
#include "VaultTestAccess.h"
#include "WorkspaceFixture.h"
#include "attachments/AttachmentService.h"
#include "attachments/AttachmentViewer.h"
#include "casefile/CaseRecord.h"
#include "casefile/DisclosureRecord.h"
#include "common/ShowDialog.h"
#include "queries/QueryService.h"
#include "security/Clipboard.h"
#include "session/Session.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QBuffer>
#include <QClipboard>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfPageNavigator>
#include <QPdfPageRenderer>
#include <QPdfView>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

#include <sys/stat.h>

#include <array>
#include <utility>

namespace attachment_viewer_ui_test {

using namespace advicehub;
using attachments::Attachment;
using ui::AttachmentViewer;

namespace {

// A PDF written by QPdfWriter into memory: page n says "Page n" and, on page 2, "zephyrine".
QByteArray writePdf(int pages)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(96);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setCreator(QStringLiteral("test"));
        QPainter painter(&writer);
        REQUIRE(painter.isActive());
        QFont font = painter.font();
        font.setPointSize(14);
        painter.setFont(font);
        for (int page = 0; page < pages; ++page) {
            if (page > 0)
                REQUIRE(writer.newPage());
            painter.drawText(QPointF(60, 80), QStringLiteral("Page %1 of the opinion").arg(page + 1));
            if (page == 1)
                painter.drawText(QPointF(60, 140), QStringLiteral("The zephyrine safeguards in custody."));
        }
        REQUIRE(painter.end());
    }
    REQUIRE(bytes.startsWith("%PDF-"));
    return bytes;
}

QByteArray writePng(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.fillRect(0, 0, width / 2, height, Qt::darkBlue);
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    REQUIRE(image.save(&buffer, "PNG"));
    return bytes;
}

// A PNG whose header claims 100000 × 100000 pixels (40 GB decoded), with a tiny body.
QByteArray pngBomb()
{
    QByteArray png = writePng(4, 4);
    // IHDR's width and height are the 4-byte big-endian values after "IHDR" (offset 16 and 20).
    auto put = [&](int at, quint32 value) {
        for (int i = 0; i < 4; ++i)
            png[at + i] = static_cast<char>((value >> (24 - 8 * i)) & 0xff);
    };
    put(16, 100000);
    put(20, 100000);
    // A fresh CRC of IHDR, so that the header is well formed and only its size is the attack.
    quint32 crc = 0xffffffffu;
    for (int i = 12; i < 29; ++i) {
        crc ^= static_cast<quint8>(png[i]);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    put(29, crc ^ 0xffffffffu);
    return png;
}

// A PDF written by hand: `pages` pages of `width` × `height` points sharing one small content
// stream (what a "bomb" looks like: a huge MediaBox, or thousands of pages, in a few kilobytes).
QByteArray handWrittenPdf(int pages, int width, int height)
{
    QByteArrayList objects;
    QByteArray kids;
    for (int i = 0; i < pages; ++i)
        kids += QByteArray::number(4 + i) + " 0 R ";
    objects << "<< /Type /Catalog /Pages 2 0 R >>";
    objects << "<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(pages) + " >>";
    const QByteArray content = "BT /F1 24 Tf 72 72 Td (Huge page) Tj ET";
    objects << "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "\nendstream";
    for (int i = 0; i < pages; ++i)
        objects << "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + QByteArray::number(width) + " "
                + QByteArray::number(height)
                + "] /Contents 3 0 R /Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
                  ">> >> >> >>";
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

QByteArray rc4(const QByteArray& key, const QByteArray& data)
{
    std::array<quint8, 256> state {};
    for (int i = 0; i < 256; ++i)
        state[i] = static_cast<quint8>(i);
    for (int i = 0, j = 0; i < 256; ++i) {
        j = (j + state[i] + static_cast<quint8>(key[i % key.size()])) & 0xff;
        std::swap(state[i], state[j]);
    }
    QByteArray result(data.size(), '\0');
    for (int n = 0, i = 0, j = 0; n < data.size(); ++n) {
        i = (i + 1) & 0xff;
        j = (j + state[i]) & 0xff;
        std::swap(state[i], state[j]);
        result[n] = static_cast<char>(data[n] ^ state[(state[i] + state[j]) & 0xff]);
    }
    return result;
}

QByteArray md5(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Md5);
}

// A one-page PDF protected by a user password: the standard security handler, revision 2 (RC4,
// 40 bits), written by hand as the PDF reference describes (QPdfWriter cannot encrypt).
QByteArray passwordPdf(const QByteArray& password)
{
    const QByteArray padding = QByteArray::fromHex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A");
    const auto pad = [&](const QByteArray& text) { return QByteArray(text + padding).left(32); };
    const QByteArray id = QByteArray::fromHex("00112233445566778899aabbccddeeff");
    const QByteArray owner = rc4(md5(pad("owner-secret")).left(5), pad(password));
    const QByteArray permissions = QByteArray::fromHex("fcffffff"); // -4, little-endian
    const QByteArray key = md5(pad(password) + owner + permissions + id).left(5);
    const QByteArray user = rc4(key, padding);
    const QByteArray content = "BT /F1 24 Tf 72 700 Td (Protected opinion) Tj ET";
    const QByteArray objectKey = md5(key + QByteArray::fromHex("0400000000")).left(10);
    const QByteArray encrypted = rc4(objectKey, content);
    QByteArrayList objects;
    objects << "<< /Type /Catalog /Pages 2 0 R >>";
    objects << "<< /Type /Pages /Kids [3 0 R] /Count 1 >>";
    objects << "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 "
               "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> >>";
    objects << "<< /Length " + QByteArray::number(encrypted.size()) + " >>\nstream\n" + encrypted + "\nendstream";
    objects << "<< /Filter /Standard /V 1 /R 2 /O <" + owner.toHex() + "> /U <" + user.toHex() + "> /P -4 >>";
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R /Encrypt 5 0 R /ID [<"
        + id.toHex() + "> <" + id.toHex() + ">] >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

struct Added {
    qint64 queryId = 0;
    Attachment pdf, png, text, other, bomb, damaged, hugePage, manyPages, locked, invalidPdf;
};

Attachment add(Session& session, qint64 queryId, const QString& name, const QByteArray& bytes)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    attachments::AddOptions options;
    options.fileName = name;
    Result<Attachment> added = session.attachments().add(queryId, buffer, options);
    INFO((added ? QString() : added.error().message).toStdString());
    REQUIRE(added.ok());
    return added.value();
}

const QByteArray kText = QStringLiteral("Note on the visit\nCôte d’Ivoire: the zephyrine report.\n").toUtf8();

// The files, built before the vault is seeded with them (a base constructed first).
struct ViewerFiles {
    QByteArray pdf = writePdf(3);
    QByteArray png = writePng(300, 200);
    Added files;
};

struct ViewerFixture : ViewerFiles, test::WorkspaceFixture {
    ViewerFixture()
        : test::WorkspaceFixture({ QStringLiteral("Amara Quillfeather") }, [this](test::VaultSeed& seed) {
              Session& session = *seed.session;
              files.queryId = seed.create(QStringLiteral("Accession to OPCAT"));
              files.pdf = add(session, files.queryId, QStringLiteral("opinion.pdf"), pdf);
              files.png = add(session, files.queryId, QStringLiteral("map.png"), png);
              files.text = add(session, files.queryId, QStringLiteral("notes.txt"), kText);
              QByteArray zip("PK\x03\x04", 4);
              zip += QByteArray(2000, '\x11');
              files.other = add(session, files.queryId, QStringLiteral("data.bin"), zip);
              files.bomb = add(session, files.queryId, QStringLiteral("bomb.png"), pngBomb());
              files.hugePage
                  = add(session, files.queryId, QStringLiteral("huge.pdf"), handWrittenPdf(1, 200000, 200000));
              files.manyPages = add(session, files.queryId, QStringLiteral("many.pdf"), handWrittenPdf(5000, 612, 792));
              files.locked = add(session, files.queryId, QStringLiteral("protected.pdf"), passwordPdf("Sesame 2026"));
              files.invalidPdf = add(session, files.queryId, QStringLiteral("invalid.pdf"),
                  QByteArray("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 9 0 R\ngarbage without end\n"));
              const QByteArray sound = writePdf(1);
              files.damaged = add(session, files.queryId, QStringLiteral("broken.pdf"), sound);
              QByteArray chunk = sound;
              chunk[chunk.size() / 2] = static_cast<char>(chunk[chunk.size() / 2] ^ 0x01);
              VaultTestAccess::overwriteAttachmentChunk(session.vault(), files.damaged.id, 0, chunk);
          })
    {
        QGuiApplication::clipboard()->clear(QClipboard::Clipboard);
    }
    ~ViewerFixture() { QGuiApplication::clipboard()->clear(QClipboard::Clipboard); }

    // Opens the viewer as the Attachments tab does: a non-modal window of the session's page.
    QPointer<AttachmentViewer> open(const Attachment& attachment)
    {
        auto* viewer = ui::showDialog(
            new AttachmentViewer(window->session()->attachments(), attachment.id, queryPage()), Qt::NonModal);
        REQUIRE(QTest::qWaitForWindowExposed(viewer));
        REQUIRE(test::activate(viewer));
        return viewer;
    }

    size_t timelineSize()
    {
        const auto entries = window->session()->queries().timeline(files.queryId);
        REQUIRE(entries.ok());
        return entries->size();
    }
    size_t disclosureCount()
    {
        const auto all = window->session()->caseRecord().disclosures().list();
        REQUIRE(all.ok());
        return all->size();
    }
};

template <typename T> T* part(AttachmentViewer* viewer, const char* name)
{
    auto* found = viewer->findChild<T*>(QLatin1String(name));
    INFO("viewer part " << name);
    REQUIRE(found != nullptr);
    return found;
}

QString heldText()
{
    const QMimeData* data = QGuiApplication::clipboard()->mimeData(QClipboard::Clipboard);
    return data ? data->text() : QString();
}

} // namespace

TEST_CASE("a PDF attachment is shown page by page with zoom find and a concealed copy", "[attachments][viewer]")
{
    ViewerFixture f;
    QPointer<AttachmentViewer> viewer = f.open(f.files.pdf);
    CHECK(viewer->windowTitle() == QStringLiteral("opinion.pdf"));
    REQUIRE(viewer->mode() == AttachmentViewer::Mode::Pdf);
    auto* view = part<QPdfView>(viewer, "pdfView");
    auto* pageBox = part<QSpinBox>(viewer, "pageSpinBox");
    auto* pages = part<QLabel>(viewer, "pageCountLabel");
    REQUIRE(test::waitFor([&] { return view->document() && view->document()->pageCount() == 3; }));
    CHECK(pages->text() == QStringLiteral("of 3"));
    CHECK(pageBox->value() == 1);

    // PgDn: page 2; End: the last; Home: the first; PgUp stays on the first.
    QTest::keyClick(view, Qt::Key_PageDown);
    REQUIRE(test::waitFor([&] { return pageBox->value() == 2; }));
    CHECK(view->pageNavigator()->currentPage() == 1);
    QTest::keyClick(view, Qt::Key_End);
    REQUIRE(test::waitFor([&] { return pageBox->value() == 3; }));
    QTest::keyClick(view, Qt::Key_Home);
    REQUIRE(test::waitFor([&] { return pageBox->value() == 1; }));
    QTest::keyClick(view, Qt::Key_PageUp);
    CHECK(pageBox->value() == 1);

    // Zoom: Ctrl+= enlarges, Ctrl+- reduces, Ctrl+0 fits the width again.
    const qreal fitted = view->zoomFactor();
    QTest::keyClick(view, Qt::Key_Equal, Qt::ControlModifier);
    CHECK(view->zoomFactor() > fitted * 1.2);
    QTest::keyClick(view, Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(view, Qt::Key_Minus, Qt::ControlModifier);
    CHECK(view->zoomFactor() < fitted);
    QTest::keyClick(view, Qt::Key_0, Qt::ControlModifier);
    CHECK(view->zoomFactor() == Approx(fitted));

    // Ctrl+F, a word of page 2, Return: page 2 is shown; Ctrl+C copies the match, concealed.
    QTest::keyClick(view, Qt::Key_F, Qt::ControlModifier);
    auto* find = part<QLineEdit>(viewer, "findEdit");
    REQUIRE(test::waitFor([&] { return find->hasFocus(); }));
    test::type(find, QStringLiteral("zephyrine"));
    QTest::keyClick(find, Qt::Key_Return);
    REQUIRE(test::waitFor([&] { return pageBox->value() == 2; }));
    CHECK(part<QLabel>(viewer, "viewerStatusLabel")->text().contains(QStringLiteral("page 2")));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    INFO("status: " << part<QLabel>(viewer, "viewerStatusLabel")->text().toStdString());
    INFO("held: " << heldText().toStdString());
    REQUIRE(test::waitFor([&] { return heldText() == QStringLiteral("zephyrine"); }));
    REQUIRE(test::waitFor([&] {
        const QMimeData* data = QGuiApplication::clipboard()->mimeData();
        return data && data->data(QStringLiteral("x-kde-passwordManagerHint")) == "secret";
    }));
    CHECK(f.window->clipboard().holdsOurs());

    // F3 again: the only match again; a word that is nowhere says so.
    QTest::keyClick(view, Qt::Key_F3);
    CHECK(pageBox->value() == 2);
    find->clear();
    test::type(find, QStringLiteral("absentword"));
    QTest::keyClick(find, Qt::Key_Return);
    REQUIRE(test::waitFor(
        [&] { return part<QLabel>(viewer, "viewerStatusLabel")->text() == QStringLiteral("Not found."); }));
}

TEST_CASE("an image attachment zooms and rotates", "[attachments][viewer]")
{
    ViewerFixture f;
    QPointer<AttachmentViewer> viewer = f.open(f.files.png);
    REQUIRE(viewer->mode() == AttachmentViewer::Mode::Image);
    CHECK(viewer->windowTitle() == QStringLiteral("map.png"));
    auto* label = part<QLabel>(viewer, "imageLabel");
    REQUIRE(test::waitFor([&] { return !label->pixmap().isNull(); }));
    const QSize fitted = label->pixmap().size();
    CHECK(fitted.width() > fitted.height()); // 300 × 200

    QTest::keyClick(viewer, Qt::Key_Equal, Qt::ControlModifier);
    CHECK(label->pixmap().width() > fitted.width());
    QTest::keyClick(viewer, Qt::Key_R, Qt::ControlModifier); // Rotate Right (clockwise): portrait now
    CHECK(label->pixmap().height() > label->pixmap().width());
    CHECK(label->property("rotation").toInt() == 90);
    QTest::keyClick(viewer, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier); // Rotate Left: back
    CHECK(label->pixmap().width() > label->pixmap().height());
    CHECK(label->property("rotation").toInt() == 0);
    QTest::keyClick(viewer, Qt::Key_0, Qt::ControlModifier);
    CHECK(label->pixmap().size() == fitted);
}

TEST_CASE("a text attachment is shown decoded and read-only", "[attachments][viewer]")
{
    ViewerFixture f;
    QPointer<AttachmentViewer> viewer = f.open(f.files.text);
    REQUIRE(viewer->mode() == AttachmentViewer::Mode::Text);
    auto* text = part<QPlainTextEdit>(viewer, "textView");
    CHECK(text->isReadOnly());
    // As PlainTextExtractor decodes it (the final line break goes).
    CHECK(text->toPlainText() == QString::fromUtf8(kText).trimmed());
    // Ctrl+A, Ctrl+C: the application's clipboard conceals it like every other copy.
    text->setFocus();
    QTest::keyClick(text, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(text, Qt::Key_C, Qt::ControlModifier);
    REQUIRE(test::waitFor([&] { return heldText() == QString::fromUtf8(kText).trimmed(); }));
    CHECK(f.window->clipboard().holdsOurs());
}

TEST_CASE("a file of another type is explained and offers Save a Copy", "[attachments][viewer]")
{
    ViewerFixture f;
    QPointer<AttachmentViewer> viewer = f.open(f.files.other);
    REQUIRE(viewer->mode() == AttachmentViewer::Mode::Other);
    const QString text = part<QLabel>(viewer, "explanationLabel")->text();
    CHECK(text.contains(QStringLiteral("cannot show files of type")));
    CHECK(text.contains(QStringLiteral("outside the vault")));
    CHECK(part<QPushButton>(viewer, "saveCopyButton")->isEnabled());
}

TEST_CASE("an image bomb and a damaged attachment show their errors and nothing else", "[attachments][viewer]")
{
    ViewerFixture f;
    SECTION("a PNG claiming 100000 x 100000 pixels")
    {
        QPointer<AttachmentViewer> viewer = f.open(f.files.bomb);
        CHECK(viewer->mode() == AttachmentViewer::Mode::Error);
        const QString error = part<QLabel>(viewer, "viewerErrorLabel")->text();
        CHECK(error.contains(QStringLiteral("100000")));
        CHECK(error.contains(QStringLiteral("too large")));
        CHECK(viewer->findChild<QLabel*>(QStringLiteral("imageLabel")) == nullptr);
    }
    SECTION("a chunk that no longer matches its hash")
    {
        QPointer<AttachmentViewer> viewer = f.open(f.files.damaged);
        CHECK(viewer->mode() == AttachmentViewer::Mode::Error);
        CHECK(part<QLabel>(viewer, "viewerErrorLabel")->text().contains(QStringLiteral("damaged")));
        CHECK(viewer->findChild<QPdfView*>() == nullptr);
        CHECK(viewer->findChild<QPdfDocument*>() == nullptr);
    }
}

TEST_CASE("Save a Copy writes a 0600 copy and records it and a cancel writes nothing", "[attachments][viewer]")
{
    ViewerFixture f;
    QPointer<AttachmentViewer> viewer = f.open(f.files.pdf);
    const size_t timelineBefore = f.timelineSize();
    const size_t disclosuresBefore = f.disclosureCount();
    auto* save = part<QPushButton>(viewer, "saveCopyButton");
    SECTION("answered")
    {
        const QString target = f.dir.file(QStringLiteral("copy-of-opinion.pdf"));
        QTest::mouseClick(save, Qt::LeftButton);
        test::answerFileDialog(target);
        const QString said = test::answerMessageBox(QMessageBox::Ok);
        CHECK(said.contains(QDir::toNativeSeparators(target)));
        CHECK(said.contains(QStringLiteral("outside the vault")));
        QFile copy(target);
        REQUIRE(copy.open(QIODevice::ReadOnly));
        CHECK(copy.readAll() == f.pdf);
        struct stat info { };
        REQUIRE(::stat(QFile::encodeName(target).constData(), &info) == 0);
        CHECK((info.st_mode & 0777) == 0600);
        CHECK(f.timelineSize() == timelineBefore + 1);
        CHECK(f.disclosureCount() == disclosuresBefore + 1);
    }
    SECTION("cancelled")
    {
        const QStringList filesBefore = QDir(f.dir.path()).entryList(QDir::Files | QDir::Hidden);
        QTest::mouseClick(save, Qt::LeftButton);
        QPointer<QFileDialog> chooser;
        REQUIRE(test::waitFor([&] { return (chooser = test::visibleFileDialog()) != nullptr; }));
        const QString suggested = chooser->selectedFiles().value(0);
        CHECK(QFileInfo(suggested).fileName() == QStringLiteral("opinion.pdf"));
        QTest::keyClick(chooser, Qt::Key_Escape);
        REQUIRE(test::waitFor([&] { return chooser.isNull() || !chooser->isVisible(); }));
        QCoreApplication::processEvents();
        CHECK(test::visibleMessageBox() == nullptr);
        CHECK(QDir(f.dir.path()).entryList(QDir::Files | QDir::Hidden) == filesBefore);
        CHECK_FALSE(QFileInfo::exists(suggested));
        CHECK(f.timelineSize() == timelineBefore);
        CHECK(f.disclosureCount() == disclosuresBefore);
    }
    SECTION("refused: the place cannot hold a file")
    {
        // /proc takes no new file, whoever runs the test (root included).
        const QString target = QStringLiteral("/proc/copy-of-opinion.pdf");
        QTest::mouseClick(save, Qt::LeftButton);
        test::answerFileDialog(target);
        const QString said = test::answerMessageBox(QMessageBox::Ok);
        CHECK_FALSE(said.isEmpty());
        CHECK_FALSE(said.contains(QStringLiteral("was saved")));
        CHECK_FALSE(QFileInfo::exists(target));
        CHECK(f.timelineSize() == timelineBefore);
        CHECK(f.disclosureCount() == disclosuresBefore);
    }
}

TEST_CASE("a PDF bomb is shown without rendering pages larger than the cap", "[attachments][viewer]")
{
    ViewerFixture f;
    // The image of a page, in pixels, at the view's zoom (QPdfView: points × logical DPI / 72).
    const auto pagePixels = [](QPdfView* view, int page) {
        const QSizeF points = view->document()->pagePointSize(page);
        const qreal scale = view->zoomFactor() * view->logicalDpiX() / 72.0 * view->devicePixelRatioF();
        return points.width() * scale * points.height() * scale;
    };
    SECTION("a page of 200000 x 200000 points")
    {
        QPointer<AttachmentViewer> viewer = f.open(f.files.hugePage);
        REQUIRE(viewer->mode() == AttachmentViewer::Mode::Pdf);
        auto* view = part<QPdfView>(viewer, "pdfView");
        REQUIRE(test::waitFor([&] { return view->document() && view->document()->pageCount() == 1; }));
        REQUIRE(view->document()->pagePointSize(0).width() == Approx(200000));
        CHECK(pagePixels(view, 0) <= AttachmentViewer::kMaxPagePixels * 1.001);
        // Zooming in as far as the keys go stays under the cap (and the view keeps painting).
        for (int i = 0; i < 60; ++i)
            QTest::keyClick(view, Qt::Key_Equal, Qt::ControlModifier);
        CHECK(pagePixels(view, 0) <= AttachmentViewer::kMaxPagePixels * 1.001);
        CHECK(pagePixels(view, 0) > AttachmentViewer::kMaxPagePixels * 0.9);
        QTest::qWait(200); // lets the renderer run once at the capped size (no condition to wait for)
        REQUIRE(viewer);
        CHECK(viewer->isVisible());
    }
    SECTION("5000 pages")
    {
        QPointer<AttachmentViewer> viewer = f.open(f.files.manyPages);
        REQUIRE(viewer->mode() == AttachmentViewer::Mode::Pdf);
        auto* view = part<QPdfView>(viewer, "pdfView");
        auto* pageBox = part<QSpinBox>(viewer, "pageSpinBox");
        REQUIRE(test::waitFor([&] { return view->document() && view->document()->pageCount() == 5000; }));
        QTest::keyClick(view, Qt::Key_End);
        REQUIRE(test::waitFor([&] { return pageBox->value() == 5000; }));
        for (int i = 0; i < 60; ++i)
            QTest::keyClick(view, Qt::Key_Equal, Qt::ControlModifier);
        CHECK(pagePixels(view, 4999) <= AttachmentViewer::kMaxPagePixels * 1.001);
    }
}

TEST_CASE("a password-protected PDF asks for its password and a broken PDF says so", "[attachments][viewer]")
{
    ViewerFixture f;
    const auto answer = [&](AttachmentViewer* viewer, const QString& password) {
        QInputDialog* asked = nullptr;
        REQUIRE(test::waitFor([&] {
            asked = viewer->findChild<QInputDialog*>(QStringLiteral("pdfPasswordDialog"));
            return asked && asked->isVisible();
        }));
        const QString question = asked->labelText();
        auto* field = asked->findChild<QLineEdit*>();
        REQUIRE(field != nullptr);
        CHECK(field->echoMode() == QLineEdit::Password);
        if (password.isNull()) {
            QTest::keyClick(field, Qt::Key_Escape);
        } else {
            test::type(field, password);
            QTest::keyClick(field, Qt::Key_Return);
        }
        return question;
    };
    SECTION("the right password, after a wrong one")
    {
        QPointer<AttachmentViewer> viewer = f.open(f.files.locked);
        CHECK(answer(viewer, QStringLiteral("wrong")).contains(QStringLiteral("protected by a password")));
        CHECK(answer(viewer, QStringLiteral("Sesame 2026")).contains(QStringLiteral("not correct")));
        auto* view = part<QPdfView>(viewer, "pdfView");
        REQUIRE(test::waitFor([&] { return view->document() && view->document()->pageCount() == 1; }));
        CHECK(viewer->mode() == AttachmentViewer::Mode::Pdf);
        // Not kept once the document is open.
        CHECK(view->document()->password().isEmpty());
        const QString text = view->document()->getAllText(0).text();
        CHECK(text.contains(QStringLiteral("Protected opinion")));
    }
    SECTION("the question cancelled")
    {
        QPointer<AttachmentViewer> viewer = f.open(f.files.locked);
        answer(viewer, QString());
        REQUIRE(test::waitFor([&] { return viewer->mode() == AttachmentViewer::Mode::Other; }));
        CHECK(part<QLabel>(viewer, "explanationLabel")->text().contains(QStringLiteral("protected by a password")));
    }
    SECTION("not a valid PDF")
    {
        QPointer<AttachmentViewer> viewer = f.open(f.files.invalidPdf);
        REQUIRE(test::waitFor([&] { return viewer->mode() == AttachmentViewer::Mode::Other; }));
        CHECK(
            part<QLabel>(viewer, "explanationLabel")->text().contains(QStringLiteral("damaged or is not a valid PDF")));
        CHECK(part<QPushButton>(viewer, "saveCopyButton")->isEnabled());
    }
}

TEST_CASE("locking the vault closes the viewer", "[attachments][viewer]")
{
    ViewerFixture f;
    const int which = GENERATE(0, 1, 2);
    QPointer<AttachmentViewer> viewer = f.open(which == 0 ? f.files.pdf : which == 1 ? f.files.png : f.files.text);
    REQUIRE(viewer->mode() != AttachmentViewer::Mode::Error);
    // Ctrl+L from the viewer's own window, as a user steps away.
    QTest::keyClick(viewer, Qt::Key_L, Qt::ControlModifier);
    REQUIRE(test::waitFor([&] { return f.window->isLocked(); }));
    REQUIRE(test::waitFor([&] { return viewer.isNull(); }));
}

} // namespace attachment_viewer_ui_test
