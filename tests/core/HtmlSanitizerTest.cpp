// The HTML sanitiser (core/drafts/HtmlSanitizer): every malicious input of issue 11 is cleaned or
// refused, the formatting of Qt's rich-text editor survives, text is never lost, the result is
// idempotent.
#include "drafts/HtmlSanitizer.h"
#include "TestSupport.h"
#include "SanitisedHtmlCheck.h"

#include <catch2/catch.hpp>

#include <QFile>

// Everything of this file in a namespace of its own: the unity build puts several test files in
// one translation unit (tests/CMakeLists.txt).
namespace html_sanitizer_test {

using namespace advicehub;
using namespace advicehub::drafts;

namespace {

SanitisedHtml clean(const QString& html)
{
    Result<SanitisedHtml> result = HtmlSanitizer::sanitise(html);
    INFO((result.ok() ? QString() : result.error().message).toStdString());
    REQUIRE(result.ok());
    // Every result is a fixed point, and deterministic.
    Result<SanitisedHtml> again = HtmlSanitizer::sanitise(result->html);
    REQUIRE(again.ok());
    CHECK(again->html == result->html);
    CHECK(again->text == result->text);
    CHECK(again->removed.isEmpty());
    CHECK(HtmlSanitizer::sanitise(html)->html == result->html);
    return std::move(result.value());
}

bool reports(const SanitisedHtml& result, const char* kind)
{
    for (const QString& line : result.removed) {
        if (line.startsWith(QLatin1String(kind)))
            return true;
    }
    return false;
}

QString lower(const QString& s)
{
    return s.toLower();
}

// Qt's QTextDocument::toHtml() output (Qt 6.4.2), captured from a document built with the
// editor's formatting (tests/fuzz/corpus/html holds them as fuzz seeds too). Core tests do not
// link Qt Gui, so the strings are pasted rather than produced here.
QString capturedQtHtml(const char* file)
{
    QFile input(QStringLiteral(ADVICEHUB_SOURCE_DIR "/tests/fuzz/corpus/html/") + QLatin1String(file));
    REQUIRE(input.open(QIODevice::ReadOnly));
    return QString::fromUtf8(input.readAll());
}

} // namespace

TEST_CASE("scripts, event handlers and javascript: links are removed, their report says so")
{
    const SanitisedHtml result = clean(QStringLiteral(
        "<p onclick=\"steal()\">Dear Sir,<script>alert(document.cookie)</script> thank you.</p>"
        "<img src=x onerror=alert(1)><a href=\"javascript:alert(1)\">click</a>"
        "<a href=\" JaVaScRiPt:alert(1)\">mixed</a><a href=\"java\tscript:alert(1)\">tab</a>"
        "<a href=\"java&#x09;script:alert(1)\">entity tab</a><a href=\"&#106;avascript:alert(1)\">entity</a>"
        "<a href=\"vbscript:msgbox\">vb</a><a href=\"data:text/html;base64,PHNjcmlwdD4=\">data</a>"
        "<a href=\"file:///etc/passwd\">file</a><a href=\"//evil.example\">relative</a>"
        "<body onload=alert(1)><svg onload=alert(1)><script>x()</script></svg>"));
    const QString html = lower(result.html);
    CHECK_FALSE(html.contains(QLatin1String("<script")));
    CHECK_FALSE(html.contains(QLatin1String("alert")));
    CHECK_FALSE(html.contains(QLatin1String("onclick")));
    CHECK_FALSE(html.contains(QLatin1String("onerror")));
    CHECK_FALSE(html.contains(QLatin1String("javascript")));
    CHECK_FALSE(html.contains(QLatin1String("vbscript")));
    CHECK_FALSE(html.contains(QLatin1String("data:")));
    CHECK_FALSE(html.contains(QLatin1String("file:")));
    CHECK_FALSE(html.contains(QLatin1String("href")));
    CHECK_FALSE(html.contains(QLatin1String("<svg")));
    CHECK_FALSE(html.contains(QLatin1String("<img")));
    // The links' text stays.
    for (const char* word : { "click", "mixed", "tab", "entity", "vb", "data", "file", "relative" })
        CHECK(result.text.contains(QLatin1String(word)));
    CHECK(result.text.startsWith(QLatin1String("Dear Sir, thank you.")));
    CHECK(reports(result, "scripts"));
    CHECK(reports(result, "event handler attributes"));
    CHECK(reports(result, "links to addresses other than"));
    CHECK(reports(result, "images"));
    CHECK(reports(result, "SVG and MathML graphics"));
}

TEST_CASE("http, https and mailto links are kept, whatever the case of their scheme")
{
    const SanitisedHtml result = clean(QStringLiteral(
        "<p><a href=\"https://cti2024.org/en/tools\">tools</a> <a href=\"HTTP://example.org/a?b=1&amp;c=2\">b</a> "
        "<a href=\"mailto:info@cti2024.org\">mail</a> <a href=' https://x.example/ '>spaced</a></p>"));
    CHECK(result.html.contains(QLatin1String("href=\"https://cti2024.org/en/tools\"")));
    CHECK(result.html.contains(QLatin1String("href=\"http://example.org/a?b=1&amp;c=2\"")));
    CHECK(result.html.contains(QLatin1String("href=\"mailto:info@cti2024.org\"")));
    CHECK(result.html.contains(QLatin1String("href=\"https://x.example/\"")));
    CHECK(result.removed.isEmpty());
}

TEST_CASE("an address is kept only as it was checked: invisible characters go, a broken scheme drops the link")
{
    // A fuzz finding: a C1 control between the slashes passed the scheme check (which ignores
    // it) and stayed in the kept address, "https:/\u0096/a.example".
    const SanitisedHtml result = clean(QStringLiteral("<p><a href=\"https:/\u0096/a.example\">c1</a> "
                                                      "<a href=\"ht\u200Btps://b.example/x y\">zw</a> "
                                                      "<a href=\"https:/ /c.example\">split</a> "
                                                      "<a href=\"https:/\u00A0/d.example\">nbsp</a></p>"));
    CHECK(result.html.contains(QLatin1String("<a href=\"https://a.example\">c1</a>")));
    CHECK(result.html.contains(QLatin1String("<a href=\"https://b.example/x%20y\">zw</a>")));
    // Slashes split by a space or a no-break space are not an address a reader could trust.
    CHECK_FALSE(result.html.contains(QLatin1String("c.example")));
    CHECK_FALSE(result.html.contains(QLatin1String("d.example")));
    CHECK(result.text.contains(QLatin1String("split")));
    CHECK(result.text.contains(QLatin1String("nbsp")));
    CHECK(test::unsafeInSanitisedHtml(result.html).isEmpty());
}

TEST_CASE("remote, file and data: images are removed, a draft holds no images")
{
    const SanitisedHtml result
        = clean(QStringLiteral("<p>a<img src=\"https://tracker.example/p.gif\">b<img src=\"file:///c:/x.png\">"
                               "c<img src=\"data:image/png;base64,iVBORw0KGgo=\">d<picture><source srcset=x.png>"
                               "</picture><IMG SRC=y.png>e</p><table background=\"http://x/bg.png\"><tr><td>f</td>"
                               "</tr></table><p style=\"background:url(http://x/y.png)\">g</p>"));
    const QString html = lower(result.html);
    CHECK_FALSE(html.contains(QLatin1String("img")));
    CHECK_FALSE(html.contains(QLatin1String("src")));
    CHECK_FALSE(html.contains(QLatin1String("http")));
    CHECK_FALSE(html.contains(QLatin1String("url(")));
    CHECK_FALSE(html.contains(QLatin1String("background")));
    CHECK(result.text == QLatin1String("abcde\nf\ng"));
    CHECK(reports(result, "images"));
    CHECK(reports(result, "references to external resources"));
    CHECK(reports(result, "unsupported inline styles"));
}

TEST_CASE("style sheets, iframes, objects, forms, comments and processing instructions are removed")
{
    const SanitisedHtml result = clean(QStringLiteral(
        "<html><head><style>body{background:url(http://x)}</style><link rel=stylesheet href=http://x/s.css>"
        "<base href=http://evil/><meta http-equiv=refresh content=\"0;url=http://evil\"><title>T</title></head>"
        "<body><!-- secret comment --><?php echo 1 ?><p>one</p><iframe src=http://x>frame text</iframe>"
        "<object data=x.swf><embed src=x.swf></object><form action=http://x><label>Name</label>"
        "<input name=n value=v><textarea>typed</textarea><select><option>opt</option></select>"
        "<button>Send</button></form><math><mi>x</mi></math><video src=v.mp4></video><p>two</p></body></html>"));
    const QString html = lower(result.html);
    for (const char* forbidden : { "<style", "<link", "<base", "<meta", "<iframe", "<object", "<embed", "<form",
             "<input", "<textarea", "<select", "<button", "<math", "<video", "<!--", "<?", "secret", "http" })
        CHECK_FALSE(html.contains(QLatin1String(forbidden)));
    CHECK(result.text == QLatin1String("one\nName\ntwo"));
    CHECK(reports(result, "style sheets"));
    CHECK(reports(result, "references to external resources"));
    CHECK(reports(result, "embedded frames, objects and media"));
    CHECK(reports(result, "forms and form controls"));
    CHECK(reports(result, "comments"));
    CHECK(reports(result, "SVG and MathML graphics"));
}

TEST_CASE("mixed-case tags, attributes without quotes and entity tricks are read as a browser would")
{
    const SanitisedHtml result = clean(
        QStringLiteral("<P ALIGN=center ONMOUSEOVER=x()>Centred &amp; &lt;b&gt;not bold&lt;/b&gt; &#60;script&#62;</P>"
                       "<ScRiPt>alert(1)</sCrIpT><B>bold</B> <a hReF=https://example.org/x title=t>l</a>"
                       "<p>&eacute;t&eacute; &nbsp;&#x41;&unknown; &amp</p>"));
    CHECK(result.html.contains(QLatin1String("<p align=\"center\">")));
    CHECK(result.html.contains(QLatin1String("&lt;b&gt;not bold&lt;/b&gt; &lt;script&gt;")));
    CHECK(result.html.contains(QLatin1String("<b>bold</b>")));
    CHECK(result.html.contains(QLatin1String("<a href=\"https://example.org/x\">l</a>")));
    CHECK_FALSE(lower(result.html).contains(QLatin1String("<script")));
    CHECK_FALSE(lower(result.html).contains(QLatin1String("onmouseover")));
    CHECK(result.text.contains(QStringLiteral("Centred & <b>not bold</b> <script>")));
    CHECK(result.text.contains(QStringLiteral("été \u00a0A&unknown; &")));
    CHECK(reports(result, "unsupported attributes"));
}

TEST_CASE("style attributes keep only the allowed properties with safe values")
{
    const SanitisedHtml result = clean(
        QStringLiteral("<p style=\"font-weight:bold; color:red; position:fixed; width:expression(alert(1)); "
                       "background-image:url('http://x'); text-align:CENTER; margin-left:\\31 0px; "
                       "font-family:'Times New Roman'; behavior:url(x.htc); -moz-binding:url(x)\">x</p>"
                       "<span style=\"font-style: italic !important; text-decoration: underline line-through\">y</span>"
                       "<span style=\"font-weight:bold;/*c*/\">z</span><span style=\"color:#12\\34 56\">w</span>"));
    CHECK(result.html.contains(QLatin1String(
        "<p style=\"font-weight:bold; color:red; text-align:center; font-family:'times new roman';\">x</p>")));
    CHECK(result.html.contains(
        QLatin1String("<span style=\"font-style:italic; text-decoration:underline line-through;\">y</span>")));
    CHECK(result.html.contains(QLatin1String("<span>w</span>")));
    const QString html = lower(result.html);
    for (const char* forbidden : { "expression", "url", "position", "behavior", "binding", "\\", "/*" })
        CHECK_FALSE(html.contains(QLatin1String(forbidden)));
    CHECK(reports(result, "unsupported inline styles"));
}

TEST_CASE("nesting deeper than the limit keeps its text, not its structure")
{
    QString html;
    for (int i = 0; i < 200; ++i)
        html += QStringLiteral("<div>level %1 ").arg(i);
    const SanitisedHtml result = clean(html);
    CHECK(result.html.count(QLatin1String("<div>")) == DraftLimits::MaxNestingDepth);
    for (int i = 0; i < 200; ++i)
        CHECK(result.text.contains(QStringLiteral("level %1").arg(i)));
    CHECK(reports(result, "structure nested too deeply"));
}

TEST_CASE("tables nested 10,000 deep are refused with a clear message, without overflowing the stack")
{
    QString html;
    for (int i = 0; i < 10000; ++i)
        html += QLatin1String("<table><tr><td>");
    html += QLatin1String("the text at the bottom");
    Result<SanitisedHtml> result = HtmlSanitizer::sanitise(html);
    REQUIRE_FALSE(result.ok());
    CHECK(result.code() == ErrorCode::InvalidInput);
    CHECK(result.error().message.contains(QLatin1String("nested too deeply")));
    CHECK_FALSE(result.error().message.contains(QLatin1String("bottom"))); // no content in messages

    // Deep, but within the parser's limit: cleaned, the text kept.
    QString within;
    for (int i = 0; i < 80; ++i)
        within += QLatin1String("<table><tr><td>");
    within += QLatin1String("kept");
    const SanitisedHtml cleaned = clean(within);
    CHECK(cleaned.text == QLatin1String("kept"));
    CHECK(cleaned.html.count(QLatin1String("<table>")) <= DraftLimits::MaxNestingDepth / 3 + 1);
}

TEST_CASE("50 MB of pasted text is refused, nothing kept")
{
    const QByteArray huge(50 * 1024 * 1024, 'a');
    Result<SanitisedHtml> bytes = HtmlSanitizer::sanitiseBytes(huge);
    REQUIRE_FALSE(bytes.ok());
    CHECK(bytes.code() == ErrorCode::InvalidInput);
    CHECK(bytes.error().message.contains(QLatin1String("too large")));
    Result<SanitisedHtml> text = HtmlSanitizer::sanitise(QString(DraftLimits::MaxHtmlInputBytes + 1, u'b'));
    REQUIRE_FALSE(text.ok());
    CHECK(text.code() == ErrorCode::InvalidInput);
    // Exactly at the limit is accepted.
    Result<SanitisedHtml> limit = HtmlSanitizer::sanitiseBytes(QByteArray(DraftLimits::MaxHtmlInputBytes, 'c'));
    REQUIRE(limit.ok());
    CHECK(limit->wordCount == 1);
}

TEST_CASE("Qt's editor output keeps its formatting: bold, italic, underline, lists, headings, links, alignment, "
          "indentation")
{
    const SanitisedHtml result = clean(capturedQtHtml("qt-editor-formatting.html"));
    const QString& html = result.html;
    INFO(html.toStdString());
    CHECK(html.startsWith(
        QLatin1String("<p style=\"margin-top:0px; margin-bottom:0px; margin-left:0px; "
                      "margin-right:0px; -qt-block-indent:0; text-indent:0px;\">Dear Ms  Diallo,</p>")));
    CHECK(html.contains(QLatin1String("<span style=\"font-weight:700;\">bold</span>")));
    CHECK(html.contains(QLatin1String("<span style=\"font-style:italic;\">italic</span>")));
    CHECK(html.contains(QLatin1String("<span style=\"text-decoration:underline;\">underlined</span>")));
    CHECK(html.contains(QLatin1String("<p align=\"center\" style=")));
    CHECK(html.contains(QLatin1String("-qt-block-indent:1; text-indent:0px;\">Indented paragraph</p>")));
    CHECK(html.contains(QLatin1String("<ul style=\"margin-top:0px; margin-bottom:0px; margin-left:0px; "
                                      "margin-right:0px; -qt-list-indent:1;\">")));
    CHECK(html.contains(QLatin1String("<ol style=")));
    CHECK(html.contains(QLatin1String(">first number</li>")));
    CHECK(html.contains(QLatin1String("<h2 style=")));
    CHECK(html.contains(QLatin1String("<span style=\"font-size:x-large; font-weight:700;\">A heading</span></h2>")));
    CHECK(
        html.contains(QLatin1String("<a href=\"https://cti2024.org/en/tools\"><span style=\"text-decoration:underline; "
                                    "color:#0000ff;\">the CTI tools</span></a>")));
    CHECK(html.contains(QStringLiteral("<p dir=\"rtl\" style=")));
    CHECK(html.contains(QStringLiteral("اتفاقية مناهضة التعذيب</p>")));
    CHECK(html.contains(QLatin1String("<p style=\"-qt-paragraph-type:empty;")));
    CHECK(html.contains(QLatin1String("<span style=\"vertical-align:super;\">1</span>")));
    CHECK(html.contains(QLatin1String("<span style=\"text-decoration:line-through;\"> struck</span>")));
    CHECK_FALSE(html.contains(QLatin1String("<body")));
    CHECK_FALSE(html.contains(QLatin1String("qrichtext")));
    // Qt's own head (its fixed style sheet, meta) is not worth a report each time the editor saves.
    CHECK(result.removed.isEmpty());
    CHECK(
        result.text.startsWith(QStringLiteral("Dear Ms Diallo,\nbold and italic and underlined text.\nCentred line\n"
                                              "Indented paragraph\n\nfirst bullet\nsecond bullet\n\nfirst number\n")));
    CHECK(result.text.contains(QStringLiteral("\nA heading\nSee the CTI tools.\nاتفاقية مناهضة التعذيب\n"
                                              "Côte d'Ivoire, l’État partie — follow-up\n1 struck")));
}

TEST_CASE("Qt's tables, nested lists, quotations, preformatted text and rules survive")
{
    const SanitisedHtml result = clean(capturedQtHtml("qt-structures.html"));
    const QString& html = result.html;
    INFO(html.toStdString());
    CHECK(html.contains(QLatin1String("<h1 style=")));
    CHECK(html.contains(QLatin1String("<h3 style=")));
    CHECK(html.contains(QLatin1String("-qt-list-indent:2;\">")));
    CHECK(html.contains(QLatin1String("<table border=\"1\" style=\"margin-top:0px; margin-bottom:0px; "
                                      "margin-left:0px; margin-right:0px;\" cellspacing=\"2\" cellpadding=\"0\">")));
    CHECK(html.contains(QLatin1String("<td>")));
    CHECK(html.contains(QLatin1String("margin-left:40px; margin-right:40px;")));
    CHECK(html.contains(QLatin1String("<p align=\"right\"")));
    CHECK(html.contains(QLatin1String("<p align=\"justify\"")));
    CHECK(html.contains(QLatin1String("<span style=\"font-family:'monospace';\">pre  text</span></pre>")));
    CHECK(html.contains(QLatin1String("<a href=\"mailto:x@y.org\">")));
    CHECK(html.contains(QLatin1String("<hr>")));
    CHECK(result.removed.isEmpty());
    CHECK(result.text.contains(QLatin1String("pre  text"))); // preformatted whitespace is kept
}

TEST_CASE("pasted Word HTML keeps its text and basic formatting, loses its classes and conditional comments")
{
    const SanitisedHtml result = clean(QStringLiteral(
        "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><meta name=Generator content=\"Microsoft "
        "Word 15\"><!--[if gte mso 9]><xml><o:OfficeDocumentSettings><o:AllowPNG/></o:OfficeDocumentSettings></xml>"
        "<![endif]--><style>p.MsoNormal{margin:0cm;font-family:Calibri}</style></head><body lang=EN-GB>"
        "<p class=MsoNormal><b><span style='font-size:12.0pt;mso-bidi-font-family:Arial'>Subject:</span></b>"
        "<span style='mso-spacerun:yes'>  </span>Visit of the Subcommittee<o:p></o:p></p>"
        "<p class=MsoListParagraph style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]>"
        "<span>1.<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp; </span></span><![endif]>First point</p>"
        "</body></html>"));
    CHECK(result.html.contains(QLatin1String("<b><span style=\"font-size:12.0pt;\">Subject:</span></b>")));
    CHECK_FALSE(result.html.contains(QLatin1String("class")));
    CHECK_FALSE(result.html.contains(QLatin1String("mso")));
    CHECK_FALSE(result.html.contains(QLatin1String("o:p")));
    CHECK(result.text.contains(QStringLiteral("Subject: Visit of the Subcommittee")));
    CHECK(result.text.contains(QStringLiteral("1.\u00a0\u00a0 First point")));
    CHECK_FALSE(result.text.contains(QLatin1String("supportLists")));
    CHECK(reports(result, "style sheets"));
    CHECK(reports(result, "unsupported attributes"));
    CHECK(reports(result, "unsupported elements"));
}

TEST_CASE("text is never lost and Arabic, right-to-left text stays intact")
{
    const QString arabic = QStringLiteral("تلتزم الدولة الطرف باتخاذ إجراءات تشريعية فعّالة لمنع أعمال التعذيب");
    const SanitisedHtml result = clean(QStringLiteral("<div dir=rtl lang=ar><p>") + arabic
        + QStringLiteral("</p><custom-element>inside unknown</custom-element> <font color=red>font</font>"
                         "<section>sectioned</section><h6>small heading</h6></div>"));
    CHECK(result.html.contains(QStringLiteral("<div dir=\"rtl\" lang=\"ar\"><p>") + arabic + QStringLiteral("</p>")));
    CHECK(result.text == arabic + QStringLiteral("\ninside unknown font\nsectioned\nsmall heading"));
    CHECK(result.html.contains(QLatin1String("<h4>small heading</h4>")));
    CHECK(result.wordCount == 11 + 5);
    CHECK(result.html.contains(QLatin1String("<div>sectioned</div>")));
}

TEST_CASE("plain text becomes escaped paragraphs")
{
    const QString html = HtmlSanitizer::fromPlainText(QStringLiteral("Dear <Ms> Diallo & co,\r\n\r\nThank you."));
    CHECK(html == QLatin1String("<p>Dear &lt;Ms&gt; Diallo &amp; co,</p>\n<p><br></p>\n<p>Thank you.</p>"));
    const SanitisedHtml result = clean(html);
    CHECK(result.html == html);
    CHECK(result.text == QLatin1String("Dear <Ms> Diallo & co,\n\nThank you."));
    CHECK(result.wordCount == 6);
}

TEST_CASE("words are counted as letters, digits and marks with inner apostrophes and hyphens")
{
    CHECK(HtmlSanitizer::countWords(QString()) == 0);
    CHECK(HtmlSanitizer::countWords(QStringLiteral("  ,;  ")) == 0);
    CHECK(HtmlSanitizer::countWords(QStringLiteral("l'État partie's follow-up — 2026, Côte d’Ivoire!")) == 6);
    CHECK(HtmlSanitizer::countWords(QStringLiteral("-leading trailing- ' quote'")) == 3);
    CHECK(HtmlSanitizer::countWords(QStringLiteral("اتفاقية مناهضة التعذيب")) == 3);
    CHECK(HtmlSanitizer::countWords(QStringLiteral("e\u0301te\u0301 𝐀𝐁")) == 2);
}

TEST_CASE("raw bytes honour a declared charset, and empty input gives empty output")
{
    const QByteArray latin1 = QByteArray("<html><head><meta charset=\"iso-8859-1\"></head><body><p>")
        + QByteArray("\xc9t\xe9") + QByteArray("</p></body></html>");
    Result<SanitisedHtml> result = HtmlSanitizer::sanitiseBytes(latin1);
    REQUIRE(result.ok());
    CHECK(result->text == QStringLiteral("Été"));
    Result<SanitisedHtml> utf8 = HtmlSanitizer::sanitiseBytes(QStringLiteral("<p>Été</p>").toUtf8());
    REQUIRE(utf8.ok());
    CHECK(utf8->text == QStringLiteral("Été"));
    Result<SanitisedHtml> empty = HtmlSanitizer::sanitise(QString());
    REQUIRE(empty.ok());
    CHECK(empty->html.isEmpty());
    CHECK(empty->text.isEmpty());
    CHECK(empty->wordCount == 0);
    CHECK(empty->removed.isEmpty());
}

TEST_CASE("style declarations are read by a scanner: comments, !important, escapes, functions, quotes, case")
{
    const auto styleOf = [](const QString& style) {
        const SanitisedHtml result = clean(QStringLiteral("<p style=\"%1\">x</p>").arg(style));
        const qsizetype start = result.html.indexOf(QLatin1String("style=\""));
        if (start < 0)
            return QString();
        const qsizetype end = result.html.indexOf(u'"', start + 7);
        return result.html.mid(start + 7, end - start - 7);
    };
    // Uppercase properties and values are written back lowercase; "!important" is dropped.
    CHECK(styleOf(QStringLiteral("FONT-WEIGHT: BOLD")) == QStringLiteral("font-weight:bold;"));
    CHECK(styleOf(QStringLiteral("font-weight: bold !IMPORTANT")) == QStringLiteral("font-weight:bold;"));
    CHECK(styleOf(QStringLiteral("font-style:italic!important")) == QStringLiteral("font-style:italic;"));
    CHECK(styleOf(QStringLiteral("-QT-BLOCK-INDENT:2; Margin-Left: 10PX"))
        == QStringLiteral("-qt-block-indent:2; margin-left:10px;"));
    CHECK(styleOf(QStringLiteral("color:#ABC; text-decoration:  underline \t overline "))
        == QStringLiteral("color:#abc; text-decoration:underline overline;"));
    // Empty declarations are skipped; the others keep their order.
    CHECK(styleOf(QStringLiteral(";;font-weight:bold;;  ;text-align:right;"))
        == QStringLiteral("font-weight:bold; text-align:right;"));
    // Quotes in a family name stay quotes (escaped in the attribute).
    CHECK(styleOf(QStringLiteral("font-family: &quot;Times New Roman&quot;, serif"))
        == QStringLiteral("font-family:&quot;times new roman&quot;, serif;"));
    CHECK(styleOf(QStringLiteral("margin-left:-1.5em; font-size:12.5pt"))
        == QStringLiteral("margin-left:-1.5em; font-size:12.5pt;"));
    // Never kept: comments, escapes, functions, at-rules, other characters, malformed numbers.
    for (const char* refused :
        { "font-weight:/*x*/bold", "font-weight:bold/**/", "color:re\\64", "font-weight:\\62 old",
            "color:expression(red)", "font-family:url(x)", "font-family:a@import", "font-family:a:b",
            "margin-left:12345px", "font-size:12.55pt", "margin-left:10xx", "color:#12", "color:#abcdeg",
            "font-weight:950", "text-decoration:underline underline underline underline", "font-weight", ": bold",
            "font-we\u0130ght:bold", "font-weight:b\u00f6ld", "-qt-block-indent:123", "font-family:" }) {
        INFO(refused);
        const SanitisedHtml result = clean(QStringLiteral("<p style=\"%1\">x</p>").arg(QString::fromUtf8(refused)));
        CHECK(result.html == QStringLiteral("<p>x</p>"));
        CHECK(reports(result, "unsupported inline styles"));
    }
    // Qt's own bookkeeping properties go without a report.
    const SanitisedHtml qt = clean(QStringLiteral("<p style=\"-qt-user-state:0; -QT-FRAGMENT-PADDING:1\">x</p>"));
    CHECK(qt.html == QStringLiteral("<p>x</p>"));
    CHECK(qt.removed.isEmpty());
}

TEST_CASE("one pass gives a fixed point: what the parser would close or imply is written that way")
{
    // An element the parser does not know (section) is kept as a div, which closes the paragraph
    // around it when read back: the output closes it there itself.
    SanitisedHtml result = clean(QStringLiteral("<p>one<section>two</section>three</p>"));
    CHECK(result.html == QStringLiteral("<p>one</p><div>two</div>three"));
    CHECK(result.text == QStringLiteral("one\ntwo\nthree"));
    // A paragraph closes bold (libxml2's table), even behind an unknown element.
    result = clean(QStringLiteral("<b>bold<foo><p>para</p></foo> tail</b>"));
    CHECK(result.html == QStringLiteral("<b>bold</b><p>para</p> tail"));
    // Text before any element goes into the paragraph the parser would imply.
    result = clean(QStringLiteral("<body>loose text<div>x</div></body>"));
    CHECK(result.html == QStringLiteral("<p>loose text</p><div>x</div>"));
    CHECK(result.text == QStringLiteral("loose text\nx"));
    // A form is unwrapped: its text joins the line around it, as the output reads back.
    result = clean(QStringLiteral("<b>a<form>b</form>c</b>"));
    CHECK(result.html == QStringLiteral("<b>abc</b>"));
    CHECK(result.text == QStringLiteral("abc"));
    // A carriage return written as a reference stays one (a raw one would read back as a newline).
    result = clean(QStringLiteral("<p>a&#13;b</p>"));
    CHECK(result.html == QStringLiteral("<p>a&#13;b</p>"));
    CHECK(result.text == QStringLiteral("a b"));
    // A non-breaking space at the very end is text, not trimmed away.
    result = clean(QStringLiteral("<b>x</b> y\u00a0"));
    CHECK(result.html == QStringLiteral("<b>x</b> y\u00a0"));
    CHECK(result.text == QStringLiteral("x y\u00a0"));
}

} // namespace html_sanitizer_test
