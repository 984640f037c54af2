// The draft export renderer (documents/DraftExport): the bytes the desktop application and
// advicehub-cli write for *Export Draft…*, made here under a QCoreApplication (no display), as the
// CLI makes them. ODF text is a zip whose first entry is the uncompressed "mimetype"; the text is
// in content.xml (read with unzip, when the machine has it); no metadata carries case content.
#include "DraftExport.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QStandardPaths>
#include <QtEndian>

#include <cstdlib>
#include <iostream>

// Everything of this file in a namespace of its own: the unity build puts several test files in
// one translation unit (tests/CMakeLists.txt).
namespace draft_export_test {

using advicehub::documents::DraftExport;
using advicehub::documents::DraftFormat;

namespace {

// A sanitised body as the core stores it: paragraphs, a heading, bold, a bulleted and a numbered
// list, accents and Arabic.
const char* const Body = "<h2>Zorvex custody registers</h2>"
                         "<p>Dear Minister, the <b>Zorvex</b> registers of Côte d'Ivoire:</p>"
                         "<ul><li>first point</li><li>second point</li></ul>"
                         "<ol><li>one</li><li>two</li></ol>"
                         "<p>سجلات الاحتجاز</p>";

QString body()
{
    return QString::fromUtf8(Body);
}

quint16 le16(const QByteArray& bytes, qsizetype at)
{
    return qFromLittleEndian<quint16>(bytes.constData() + at);
}

quint32 le32(const QByteArray& bytes, qsizetype at)
{
    return qFromLittleEndian<quint32>(bytes.constData() + at);
}

// The names of a zip's entries, from its central directory.
QStringList zipEntries(const QByteArray& zip)
{
    const qsizetype end = zip.lastIndexOf(QByteArray("PK\x05\x06", 4));
    REQUIRE(end >= 0);
    const quint16 count = le16(zip, end + 10);
    qsizetype at = le32(zip, end + 16);
    QStringList names;
    for (int i = 0; i < count; ++i) {
        REQUIRE(zip.mid(at, 4) == QByteArray("PK\x01\x02", 4));
        const quint16 nameLength = le16(zip, at + 28);
        const quint16 extraLength = le16(zip, at + 30);
        const quint16 commentLength = le16(zip, at + 32);
        names << QString::fromUtf8(zip.mid(at + 46, nameLength));
        at += 46 + nameLength + extraLength + commentLength;
    }
    return names;
}

} // namespace

TEST_CASE("an ODF text export is an OpenDocument zip whose first entry is its stored mimetype")
{
    const auto rendered = DraftExport::render(body(), DraftFormat::Odt, QStringLiteral("AH-2026-0042"));
    REQUIRE(rendered.ok());
    const QByteArray odt = rendered.value();
    // The local header of the first entry: signature, method 0 (stored), name "mimetype", then the
    // MIME type itself, uncompressed (what `file` and desktops look at).
    REQUIRE(odt.size() > 100);
    CHECK(odt.left(4) == QByteArray("PK\x03\x04", 4));
    CHECK(le16(odt, 8) == 0);
    const quint16 nameLength = le16(odt, 26);
    const quint16 extraLength = le16(odt, 28);
    CHECK(odt.mid(30, nameLength) == "mimetype");
    const QByteArray mime("application/vnd.oasis.opendocument.text");
    CHECK(odt.mid(30 + nameLength + extraLength, mime.size()) == mime);
    const QStringList entries = zipEntries(odt);
    CHECK(entries.contains(QStringLiteral("content.xml")));
    CHECK(entries.contains(QStringLiteral("META-INF/manifest.xml")));
    // Nothing of the case in the entries' names.
    CHECK_FALSE(entries.join(QLatin1Char(' ')).contains(QLatin1String("Zorvex")));
}

TEST_CASE("an ODF text export holds the draft's text and no case content in its metadata")
{
    const QString unzip = QStandardPaths::findExecutable(QStringLiteral("unzip"));
    if (unzip.isEmpty()) {
        std::cerr << "SKIPPED: unzip is not installed (scripts/packages.txt lists it); the text of the ODF export "
                     "was not read back\n";
        std::exit(77);
    }
    advicehub::test::TempDir dir;
    const QString path = dir.file(QStringLiteral("draft.odt"));
    const auto rendered = DraftExport::render(body(), DraftFormat::Odt, QStringLiteral("AH-2026-0042"));
    REQUIRE(rendered.ok());
    advicehub::test::writeFile(path, rendered.value());
    const auto entry = [&](const char* name) {
        QProcess process;
        process.start(unzip, { QStringLiteral("-p"), path, QString::fromLatin1(name) });
        REQUIRE(process.waitForFinished(30000));
        return QString::fromUtf8(process.readAllStandardOutput());
    };
    const QString content = entry("content.xml");
    CHECK(content.contains(QStringLiteral("Zorvex custody registers")));
    CHECK((content.contains(QString::fromUtf8("Côte d'Ivoire"))
        || content.contains(QString::fromUtf8("Côte d&apos;Ivoire"))));
    CHECK(content.contains(QString::fromUtf8("سجلات الاحتجاز")));
    CHECK(content.contains(QStringLiteral("first point")));
    // Whatever metadata the writer adds carries the reference at most, never the text.
    for (const QString& name : zipEntries(rendered.value())) {
        if (name == QLatin1String("content.xml"))
            continue;
        INFO(name.toStdString());
        CHECK_FALSE(entry(name.toUtf8().constData()).contains(QLatin1String("Zorvex")));
    }
}

TEST_CASE("an HTML export is a complete UTF-8 page with nothing to run or fetch")
{
    const auto rendered = DraftExport::render(body(), DraftFormat::Html, QStringLiteral("AH-2026-0042 <&>"));
    REQUIRE(rendered.ok());
    const QString page = QString::fromUtf8(rendered.value());
    CHECK(page.startsWith(QLatin1String("<!DOCTYPE html>")));
    CHECK(page.contains(QLatin1String("<meta charset=\"utf-8\">")));
    CHECK(page.contains(QLatin1String("Content-Security-Policy")));
    CHECK(page.contains(QLatin1String("default-src 'none'")));
    CHECK(page.contains(QLatin1String("<title>AH-2026-0042 &lt;&amp;&gt;</title>")));
    CHECK(page.contains(QString::fromUtf8("<b>Zorvex</b> registers of Côte d'Ivoire")));
    CHECK(page.contains(QString::fromUtf8("سجلات الاحتجاز")));
    CHECK(page.trimmed().endsWith(QLatin1String("</html>")));
    CHECK_FALSE(page.contains(QLatin1String("<script"), Qt::CaseInsensitive));
    CHECK_FALSE(page.contains(QLatin1String("src="), Qt::CaseInsensitive));
    CHECK_FALSE(page.contains(QLatin1String("http:"), Qt::CaseInsensitive));
    CHECK_FALSE(page.contains(QLatin1String("https:"), Qt::CaseInsensitive));

    SECTION("a whole page given as the body keeps only what is inside its body")
    {
        const auto whole = DraftExport::render(
            QStringLiteral("<html><head><title>Zorvex secret</title></head><body><p>Only this</p></body></html>"),
            DraftFormat::Html);
        REQUIRE(whole.ok());
        const QString wholePage = QString::fromUtf8(whole.value());
        CHECK(wholePage.contains(QLatin1String("<p>Only this</p>")));
        CHECK_FALSE(wholePage.contains(QLatin1String("Zorvex")));
        CHECK(wholePage.contains(QLatin1String("<title></title>")));
    }
}

TEST_CASE("a text export is the plain text, one line per paragraph, list items with their markers")
{
    const auto rendered = DraftExport::render(body(), DraftFormat::Text);
    REQUIRE(rendered.ok());
    const QString text = QString::fromUtf8(rendered.value());
    CHECK(text.startsWith(QLatin1String("Zorvex custody registers\n")));
    CHECK(text.contains(QString::fromUtf8("Dear Minister, the Zorvex registers of Côte d'Ivoire:\n")));
    CHECK(text.contains(QString::fromUtf8("\u2022 first point\n\u2022 second point\n")));
    CHECK(text.contains(QLatin1String("1. one\n2. two\n")));
    CHECK(text.endsWith(QString::fromUtf8("سجلات الاحتجاز\n")));
    CHECK_FALSE(text.contains(QLatin1Char('<')));
}

TEST_CASE("an export never loads a file the body names")
{
    advicehub::test::TempDir dir;
    const QString secret = dir.file(QStringLiteral("secret.png"));
    advicehub::test::writeFile(secret, "Zorvex private bytes");
    const QString html = QStringLiteral("<p>text</p><img src=\"file://%1\"><img src=\"%1\">").arg(secret);
    const auto odt = DraftExport::render(html, DraftFormat::Odt);
    REQUIRE(odt.ok());
    CHECK_FALSE(odt->contains("Zorvex private bytes"));
    for (const QString& name : zipEntries(odt.value()))
        CHECK_FALSE(name.contains(QLatin1String("Pictures")));
    const auto text = DraftExport::render(html, DraftFormat::Text);
    REQUIRE(text.ok());
    CHECK(text.value() == "text\n");
}

TEST_CASE("export formats, suffixes and the suggested file name carry no case content")
{
    CHECK(DraftExport::format(u"odt") == DraftFormat::Odt);
    CHECK(DraftExport::format(u"HTML") == DraftFormat::Html);
    CHECK(DraftExport::format(u"text") == DraftFormat::Text);
    CHECK_FALSE(DraftExport::format(u"pdf").has_value());
    CHECK(DraftExport::code(DraftFormat::Text) == QLatin1String("text"));
    CHECK(DraftExport::suffix(DraftFormat::Text) == QLatin1String("txt"));
    CHECK(DraftExport::suggestedFileName(QStringLiteral("AH-2026-0042"), 3, 2, DraftFormat::Odt)
        == QLatin1String("AH-2026-0042-draft-3-v2.odt"));
    CHECK(DraftExport::suggestedFileName(QStringLiteral("../x y/"), 1, 1, DraftFormat::Html)
        == QLatin1String("xy-draft-1-v1.html"));
}

} // namespace draft_export_test
