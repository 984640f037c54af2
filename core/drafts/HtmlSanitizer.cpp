#include "drafts/HtmlSanitizer.h"

#include "drafts/WordTokens.h"

#include <libxml/HTMLparser.h>
#include <libxml/SAX2.h>
#include <libxml/encoding.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <cstring>
#include <initializer_list>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

// Why libxml2 and not gumbo: gumbo-parser (Google's HTML5 parser, Debian's libgumbo-dev) has been
// archived upstream since 2023 and receives no fixes; libxml2 is maintained, continuously fuzzed
// by OSS-Fuzz, and Debian's security team ships its updates. Its HTML parser follows HTML 4 rather
// than the HTML5 tree-building algorithm, but that matters little here: nothing the parser builds
// is stored as is. We walk its tree and re-serialise only an allow-list of elements, attributes
// and style properties, escaping every text and attribute value, so a parser that is patched
// quickly is worth more than one that mirrors a browser's error recovery exactly.
//
// The parser never touches the network (HTML_PARSE_NONET) and keeps its own depth limit (256
// levels without XML_PARSE_HUGE, which we never pass); when it stops at that limit the input is
// refused instead of silently losing the text after it. Our walk of the tree is iterative.
//
// Idempotence: the HTML 4 parser closes some elements implicitly (a <div> closes an open <p>, a
// <p> an open <b>) and puts text that comes before any element into a paragraph; a tree that came
// out of unwrapping unknown elements (<p><section>…) could therefore parse differently once
// re-serialised. The walker writes the output as the parser will read it: before each start tag
// it closes what that tag would close (libxml2's own table, see startCloses), writes the implied
// paragraph, and breaks lines of the plain text only where the output has a block. One parse
// and one walk, no second pass: HtmlSanitizerTest and the corpus replay check
// sanitise(sanitise(x)) == sanitise(x) for every case and seed, and the fuzz target
// (tests/fuzz/HtmlSanitiserFuzzer.cpp) treats any other result as a finding.

namespace advicehub::drafts {

namespace {

// What can be removed, in the order the report lists it.
enum Removal : unsigned {
    RemovedScripts = 1u << 0,
    RemovedEventHandlers = 1u << 1,
    RemovedUnsafeLinks = 1u << 2,
    RemovedImages = 1u << 3,
    RemovedFrames = 1u << 4,
    RemovedForms = 1u << 5,
    RemovedGraphics = 1u << 6,
    RemovedStyleSheets = 1u << 7,
    RemovedExternal = 1u << 8,
    RemovedComments = 1u << 9,
    RemovedStyles = 1u << 10,
    RemovedAttributes = 1u << 11,
    RemovedElements = 1u << 12,
    RemovedNesting = 1u << 13,
};

QStringList removalLines(unsigned removed)
{
    QStringList lines;
    const auto add = [&](unsigned flag, const char* text) {
        if (removed & flag)
            lines << QCoreApplication::translate("HtmlSanitizer", text);
    };
    add(RemovedScripts, QT_TRANSLATE_NOOP("HtmlSanitizer", "scripts"));
    add(RemovedEventHandlers, QT_TRANSLATE_NOOP("HtmlSanitizer", "event handler attributes"));
    add(RemovedUnsafeLinks,
        QT_TRANSLATE_NOOP(
            "HtmlSanitizer", "links to addresses other than http, https and mailto (their text is kept)"));
    add(RemovedImages, QT_TRANSLATE_NOOP("HtmlSanitizer", "images"));
    add(RemovedFrames, QT_TRANSLATE_NOOP("HtmlSanitizer", "embedded frames, objects and media"));
    add(RemovedForms, QT_TRANSLATE_NOOP("HtmlSanitizer", "forms and form controls"));
    add(RemovedGraphics, QT_TRANSLATE_NOOP("HtmlSanitizer", "SVG and MathML graphics"));
    add(RemovedStyleSheets, QT_TRANSLATE_NOOP("HtmlSanitizer", "style sheets"));
    add(RemovedExternal, QT_TRANSLATE_NOOP("HtmlSanitizer", "references to external resources"));
    add(RemovedComments, QT_TRANSLATE_NOOP("HtmlSanitizer", "comments"));
    add(RemovedStyles, QT_TRANSLATE_NOOP("HtmlSanitizer", "unsupported inline styles"));
    add(RemovedAttributes, QT_TRANSLATE_NOOP("HtmlSanitizer", "unsupported attributes (class, id…)"));
    add(RemovedElements, QT_TRANSLATE_NOOP("HtmlSanitizer", "unsupported elements (their text is kept)"));
    add(RemovedNesting, QT_TRANSLATE_NOOP("HtmlSanitizer", "structure nested too deeply (its text is kept)"));
    return lines;
}

enum class Action {
    Keep, // re-serialised with its allowed attributes
    Rename, // kept as another allowed element (h5 -> h4, section -> div, strike -> s…)
    Unwrap, // the element goes, its children stay (unknown and transparent elements)
    Drop, // the element and everything inside it go
};

struct ElementRule {
    const char* name;
    Action action;
    const char* keptAs; // Keep: the name itself; Rename: the new name
    unsigned report; // reported when the element is removed (Drop, Unwrap)
    bool block; // starts a new line of the plain text
};

// Lowercase names, as libxml2's HTML parser gives them.
constexpr ElementRule elementRules[] = {
    { "p", Action::Keep, "p", 0, true },
    { "br", Action::Keep, "br", 0, false },
    { "div", Action::Keep, "div", 0, true },
    { "span", Action::Keep, "span", 0, false },
    { "b", Action::Keep, "b", 0, false },
    { "strong", Action::Keep, "strong", 0, false },
    { "i", Action::Keep, "i", 0, false },
    { "em", Action::Keep, "em", 0, false },
    { "u", Action::Keep, "u", 0, false },
    { "s", Action::Keep, "s", 0, false },
    { "sub", Action::Keep, "sub", 0, false },
    { "sup", Action::Keep, "sup", 0, false },
    { "h1", Action::Keep, "h1", 0, true },
    { "h2", Action::Keep, "h2", 0, true },
    { "h3", Action::Keep, "h3", 0, true },
    { "h4", Action::Keep, "h4", 0, true },
    { "ul", Action::Keep, "ul", 0, true },
    { "ol", Action::Keep, "ol", 0, true },
    { "li", Action::Keep, "li", 0, true },
    { "blockquote", Action::Keep, "blockquote", 0, true },
    { "pre", Action::Keep, "pre", 0, true },
    { "code", Action::Keep, "code", 0, false },
    { "a", Action::Keep, "a", 0, false },
    { "table", Action::Keep, "table", 0, true },
    { "thead", Action::Keep, "thead", 0, true },
    { "tbody", Action::Keep, "tbody", 0, true },
    { "tfoot", Action::Keep, "tfoot", 0, true },
    { "tr", Action::Keep, "tr", 0, true },
    { "th", Action::Keep, "th", 0, true },
    { "td", Action::Keep, "td", 0, true },
    { "hr", Action::Keep, "hr", 0, true },
    // Kept as their nearest allowed equivalent.
    { "h5", Action::Rename, "h4", 0, true },
    { "h6", Action::Rename, "h4", 0, true },
    { "strike", Action::Rename, "s", 0, false },
    { "del", Action::Rename, "s", 0, false },
    { "ins", Action::Rename, "u", 0, false },
    { "tt", Action::Rename, "code", 0, false },
    { "kbd", Action::Rename, "code", 0, false },
    { "samp", Action::Rename, "code", 0, false },
    { "article", Action::Rename, "div", 0, true },
    { "aside", Action::Rename, "div", 0, true },
    { "section", Action::Rename, "div", 0, true },
    { "header", Action::Rename, "div", 0, true },
    { "footer", Action::Rename, "div", 0, true },
    { "nav", Action::Rename, "div", 0, true },
    { "main", Action::Rename, "div", 0, true },
    { "address", Action::Rename, "div", 0, true },
    { "center", Action::Rename, "div", 0, true },
    { "figure", Action::Rename, "div", 0, true },
    { "figcaption", Action::Rename, "div", 0, true },
    { "caption", Action::Rename, "div", 0, true },
    { "details", Action::Rename, "div", 0, true },
    { "summary", Action::Rename, "div", 0, true },
    { "dl", Action::Rename, "div", 0, true },
    { "dt", Action::Rename, "div", 0, true },
    { "dd", Action::Rename, "div", 0, true },
    { "listing", Action::Rename, "pre", 0, true },
    { "xmp", Action::Rename, "pre", 0, true },
    { "plaintext", Action::Rename, "pre", 0, true },
    // The document's frame: transparent.
    { "html", Action::Unwrap, nullptr, 0, true },
    { "body", Action::Unwrap, nullptr, 0, true },
    { "head", Action::Unwrap, nullptr, 0, false },
    // Forms: the form and its labels go, their text stays; the controls go entirely.
    { "form", Action::Unwrap, nullptr, RemovedForms, true },
    { "fieldset", Action::Unwrap, nullptr, RemovedForms, true },
    { "legend", Action::Unwrap, nullptr, RemovedForms, true },
    { "label", Action::Unwrap, nullptr, RemovedForms, false },
    { "input", Action::Drop, nullptr, RemovedForms, false },
    { "button", Action::Drop, nullptr, RemovedForms, false },
    { "select", Action::Drop, nullptr, RemovedForms, false },
    { "option", Action::Drop, nullptr, RemovedForms, false },
    { "optgroup", Action::Drop, nullptr, RemovedForms, false },
    { "textarea", Action::Drop, nullptr, RemovedForms, false },
    { "datalist", Action::Drop, nullptr, RemovedForms, false },
    { "output", Action::Drop, nullptr, RemovedForms, false },
    { "keygen", Action::Drop, nullptr, RemovedForms, false },
    { "isindex", Action::Drop, nullptr, RemovedForms, false },
    // Active content.
    { "script", Action::Drop, nullptr, RemovedScripts, false },
    { "noscript", Action::Drop, nullptr, RemovedScripts, false },
    { "template", Action::Drop, nullptr, RemovedScripts, false },
    { "style", Action::Drop, nullptr, RemovedStyleSheets, false },
    { "link", Action::Drop, nullptr, RemovedExternal, false },
    { "base", Action::Drop, nullptr, RemovedExternal, false },
    { "basefont", Action::Drop, nullptr, RemovedStyles, false },
    { "bgsound", Action::Drop, nullptr, RemovedFrames, false },
    { "meta", Action::Drop, nullptr, 0, false },
    { "title", Action::Drop, nullptr, 0, false },
    { "xml", Action::Drop, nullptr, 0, false }, // Word's data islands
    { "iframe", Action::Drop, nullptr, RemovedFrames, false },
    { "frame", Action::Drop, nullptr, RemovedFrames, false },
    { "frameset", Action::Drop, nullptr, RemovedFrames, false },
    { "noframes", Action::Drop, nullptr, RemovedFrames, false },
    { "object", Action::Drop, nullptr, RemovedFrames, false },
    { "embed", Action::Drop, nullptr, RemovedFrames, false },
    { "applet", Action::Drop, nullptr, RemovedFrames, false },
    { "param", Action::Drop, nullptr, RemovedFrames, false },
    { "audio", Action::Drop, nullptr, RemovedFrames, false },
    { "video", Action::Drop, nullptr, RemovedFrames, false },
    { "source", Action::Drop, nullptr, RemovedFrames, false },
    { "track", Action::Drop, nullptr, RemovedFrames, false },
    { "canvas", Action::Drop, nullptr, RemovedFrames, false },
    { "portal", Action::Drop, nullptr, RemovedFrames, false },
    { "img", Action::Drop, nullptr, RemovedImages, false },
    { "image", Action::Drop, nullptr, RemovedImages, false },
    { "picture", Action::Drop, nullptr, RemovedImages, false },
    { "map", Action::Drop, nullptr, RemovedImages, false },
    { "area", Action::Drop, nullptr, RemovedImages, false },
    { "svg", Action::Drop, nullptr, RemovedGraphics, false },
    { "math", Action::Drop, nullptr, RemovedGraphics, false },
};

const ElementRule* ruleFor(const char* name)
{
    static const QHash<QByteArray, const ElementRule*> rules = [] {
        QHash<QByteArray, const ElementRule*> map;
        for (const ElementRule& rule : elementRules)
            map.insert(QByteArray(rule.name), &rule);
        return map;
    }();
    return rules.value(QByteArray::fromRawData(name, static_cast<qsizetype>(std::strlen(name))), nullptr);
}

const char* str(const xmlChar* s)
{
    return reinterpret_cast<const char*>(s);
}

QString qstr(const xmlChar* s)
{
    return s ? QString::fromUtf8(str(s)) : QString();
}

void appendEscaped(QString& out, QStringView text, bool attribute)
{
    // Runs of ordinary characters are appended at once; only the few special ones one by one.
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text[i].unicode();
        const bool control = (u < 0x20 && u != u'\t' && u != u'\n') || u == 0x7f;
        if (!control && u != u'&' && u != u'<' && u != u'>' && !(attribute && u == u'"'))
            continue;
        out += text.mid(runStart, i - runStart);
        runStart = i + 1;
        switch (u) {
        case u'&':
            out += QLatin1String("&amp;");
            break;
        case u'<':
            out += QLatin1String("&lt;");
            break;
        case u'>':
            out += QLatin1String("&gt;");
            break;
        case u'"':
            out += QLatin1String("&quot;");
            break;
        case u'\r':
            // The parser reads a raw carriage return as a newline; only the reference keeps it.
            out += QLatin1String("&#13;");
            break;
        default:
            // C0 controls other than tab, newline and carriage return are not text (libxml2
            // refuses them too); they never reach the output.
            break;
        }
    }
    out += text.mid(runStart);
}

bool isHtmlSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

// Characters a browser drops from an address without a trace: C0 and C1 controls, DEL and
// format characters (zero-width joiners, bidirectional marks).
bool isInvisibleInUrl(QChar c)
{
    return c.unicode() < 0x20 || c.unicode() == 0x7f || c.category() == QChar::Other_Control
        || c.category() == QChar::Other_Format;
}

// Whether an address, as it will be written, is absolute with an http, https or mailto scheme
// (compared case-insensitively), and with "//" and a host after an http or https one.
bool hasSafeScheme(QStringView address)
{
    const qsizetype colon = address.indexOf(u':');
    if (colon <= 0)
        return false; // relative or scheme-relative: a letter's link must be absolute
    const QStringView scheme = address.left(colon);
    if (scheme.compare(QLatin1String("mailto"), Qt::CaseInsensitive) == 0)
        return true;
    if (scheme.compare(QLatin1String("http"), Qt::CaseInsensitive) != 0
        && scheme.compare(QLatin1String("https"), Qt::CaseInsensitive) != 0)
        return false;
    return address.mid(colon + 1).startsWith(QLatin1String("//")) && address.size() > colon + 3;
}

// A URL is kept only with an explicit http, https or mailto scheme. Browsers ignore tabs,
// newlines and control characters inside a scheme ("java\tscript:"), so the scheme is first read
// with every whitespace and invisible character removed. The address kept is the original
// without its invisible characters and with its spaces encoded, and it must pass the same check
// as written: a C1 control or a space between the two slashes ("https:/\u0096/host", a fuzz
// finding) would otherwise make the kept address differ from the one that was checked.
std::optional<QString> safeUrl(const QString& raw)
{
    QString cleaned;
    cleaned.reserve(raw.size());
    for (const QChar c : raw) {
        if (c.unicode() <= 0x20 || isInvisibleInUrl(c) || c.isSpace())
            continue;
        cleaned += c;
    }
    if (!hasSafeScheme(cleaned))
        return std::nullopt;
    QString kept;
    kept.reserve(raw.size());
    for (const QChar c : raw.trimmed()) {
        if (!isInvisibleInUrl(c))
            kept += c;
    }
    // Spaces are not valid in an address; encoded, they cannot start another attribute either.
    kept.replace(u' ', QLatin1String("%20"));
    // The scheme is written in lower case ("HTTPS:" and "ht tps:" become "https:").
    const qsizetype colon = kept.indexOf(u':');
    QString scheme;
    for (const QChar c : kept.left(colon)) {
        if (c.isLetter())
            scheme += c.toLower();
    }
    kept = scheme + kept.mid(colon);
    if (!hasSafeScheme(kept))
        return std::nullopt;
    return kept;
}

// Inline styles and attribute values are checked by the small scanners below, not by regular
// expressions: a pasted word-processor page carries thousands of style declarations, and a
// pattern match for each was most of the sanitiser's time. Values are read as ASCII only (a
// property or keyword spelt with other characters is not one a browser knows either).

bool isAsciiDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isAsciiLower(char c)
{
    return c >= 'a' && c <= 'z';
}

bool oneOf(std::string_view value, std::initializer_list<std::string_view> words)
{
    return std::find(words.begin(), words.end(), value) != words.end();
}

// Consumes between min and max digits at `at`; false if fewer.
bool digits(std::string_view value, std::size_t& at, std::size_t min, std::size_t max)
{
    std::size_t count = 0;
    while (at < value.size() && isAsciiDigit(value[at]) && count < max) {
        ++at;
        ++count;
    }
    return count >= min;
}

bool allDigits(std::string_view value, std::size_t min, std::size_t max)
{
    std::size_t at = 0;
    return digits(value, at, min, max) && at == value.size();
}

// \d{1,integer}(\.\d{1,fraction})? at `at`
bool decimal(std::string_view value, std::size_t& at, std::size_t integer, std::size_t fraction)
{
    if (!digits(value, at, 1, integer))
        return false;
    if (at < value.size() && value[at] == '.') {
        ++at;
        return digits(value, at, 1, fraction);
    }
    return true;
}

// -?(0|\d{1,4}(\.\d{1,3})?(px|pt|em|%|cm|mm|in)?)
bool isLength(std::string_view value)
{
    std::size_t at = 0;
    if (at < value.size() && value[at] == '-')
        ++at;
    if (!decimal(value, at, 4, 3))
        return false;
    return at == value.size() || oneOf(value.substr(at), { "px", "pt", "em", "%", "cm", "mm", "in" });
}

// keyword | \d{1,3}(\.\d)?(pt|px)
bool isFontSize(std::string_view value)
{
    if (oneOf(value, { "xx-small", "x-small", "small", "medium", "large", "x-large", "xx-large" }))
        return true;
    std::size_t at = 0;
    return decimal(value, at, 3, 1) && oneOf(value.substr(at), { "pt", "px" });
}

// Family names, quoted or not, separated by commas: letters, digits, spaces, commas, quotes and
// hyphens only (no escapes, no functions), at most 100 characters.
bool isFontFamily(std::string_view value)
{
    if (value.empty() || value.size() > 100)
        return false;
    return std::all_of(value.begin(), value.end(), [](char c) {
        return isAsciiLower(c) || isAsciiDigit(c) || c == ' ' || c == ',' || c == '\'' || c == '"' || c == '-';
    });
}

bool isColour(std::string_view value)
{
    if (!value.empty() && value[0] == '#') {
        const std::string_view hex = value.substr(1);
        return (hex.size() == 3 || hex.size() == 6)
            && std::all_of(hex.begin(), hex.end(), [](char c) { return isAsciiDigit(c) || (c >= 'a' && c <= 'f'); });
    }
    return oneOf(value, { "black", "gray", "grey", "red", "green", "blue", "navy", "maroon", "purple" });
}

// none | one to three of underline, line-through, overline separated by single spaces
bool isTextDecoration(std::string_view value)
{
    if (value == "none")
        return true;
    int lines = 0;
    std::size_t at = 0;
    while (true) {
        const std::size_t space = value.find(' ', at);
        const std::string_view word = value.substr(at, space == std::string_view::npos ? value.npos : space - at);
        if (!oneOf(word, { "underline", "line-through", "overline" }) || ++lines > 3)
            return false;
        if (space == std::string_view::npos)
            return true;
        at = space + 1;
    }
}

enum class StyleValue {
    FontWeight,
    FontStyle,
    TextDecoration,
    TextAlign,
    VerticalAlign,
    Length,
    FontSize,
    FontFamily,
    Colour,
    WhiteSpace,
    IndentLevel,
    ParagraphType,
};

// The allowed inline style properties (HtmlSanitizer.h lists them) and the values they accept:
// plain keywords, numbers with units, #rgb colours. No url(), expression(), escapes or comments.
struct StyleRule {
    std::string_view property;
    StyleValue value;
};

constexpr StyleRule styleRules[] = {
    { "font-weight", StyleValue::FontWeight },
    { "font-style", StyleValue::FontStyle },
    { "text-decoration", StyleValue::TextDecoration },
    { "text-align", StyleValue::TextAlign },
    { "vertical-align", StyleValue::VerticalAlign },
    { "margin-left", StyleValue::Length },
    { "margin-right", StyleValue::Length },
    { "margin-top", StyleValue::Length },
    { "margin-bottom", StyleValue::Length },
    { "text-indent", StyleValue::Length },
    { "font-size", StyleValue::FontSize },
    { "font-family", StyleValue::FontFamily },
    { "color", StyleValue::Colour },
    { "white-space", StyleValue::WhiteSpace },
    // Qt's rich text: paragraph and list indentation levels, empty paragraphs.
    { "-qt-block-indent", StyleValue::IndentLevel },
    { "-qt-list-indent", StyleValue::IndentLevel },
    { "-qt-paragraph-type", StyleValue::ParagraphType },
};

bool allowedStyleValue(StyleValue kind, std::string_view value)
{
    switch (kind) {
    case StyleValue::FontWeight:
        return oneOf(value, { "normal", "bold", "bolder", "lighter" })
            || (value.size() == 3 && value[0] >= '1' && value[0] <= '9' && value.substr(1) == "00");
    case StyleValue::FontStyle:
        return oneOf(value, { "normal", "italic", "oblique" });
    case StyleValue::TextDecoration:
        return isTextDecoration(value);
    case StyleValue::TextAlign:
        return oneOf(value, { "left", "right", "center", "justify", "start", "end" });
    case StyleValue::VerticalAlign:
        return oneOf(value, { "baseline", "sub", "super", "middle", "top", "bottom" });
    case StyleValue::Length:
        return isLength(value);
    case StyleValue::FontSize:
        return isFontSize(value);
    case StyleValue::FontFamily:
        return isFontFamily(value);
    case StyleValue::Colour:
        return isColour(value);
    case StyleValue::WhiteSpace:
        return oneOf(value, { "normal", "pre", "pre-wrap", "pre-line", "nowrap" });
    case StyleValue::IndentLevel:
        return allDigits(value, 1, 2);
    case StyleValue::ParagraphType:
        return value == "empty";
    }
    return false;
}

// Qt's editor writes these; they carry nothing a stored letter needs, so dropping them is not
// worth telling the user about.
bool silentlyDroppedStyle(std::string_view property)
{
    return oneOf(property, { "-qt-user-state", "-qt-fragment-padding", "-qt-table-type" });
}

// `text` in lowercase ASCII with runs of white space made one space and the ends trimmed (as
// QString::simplified); false if it holds any other character.
bool simplifiedAscii(QStringView text, std::string& out)
{
    out.clear();
    bool space = false;
    for (const QChar c : text) {
        if (c.isSpace()) {
            space = !out.empty();
            continue;
        }
        const char16_t u = c.unicode();
        if (u > 0x7e || u < 0x20)
            return false;
        if (space)
            out += ' ';
        space = false;
        out += static_cast<char>(u >= 'A' && u <= 'Z' ? u + ('a' - 'A') : u);
    }
    return true;
}

// Parses "a: b; c: d" and keeps the allowed declarations, in a canonical form (lowercase, one
// space between declarations, each ending with ";"). A declaration is dropped, and the drop
// reported, when its property is not allowed or its value is not a plain one the property
// accepts: escapes (\), comments (/* */), functions (url(, expression(), at-rules, entities and
// markup never pass. "!important" at the end is ignored.
QString cleanStyle(QStringView style, unsigned& removed)
{
    QString kept;
    std::string property;
    std::string value;
    qsizetype start = 0;
    while (start < style.size()) {
        qsizetype end = style.indexOf(u';', start);
        if (end < 0)
            end = style.size();
        const QStringView declaration = style.mid(start, end - start).trimmed();
        start = end + 1;
        if (declaration.isEmpty())
            continue;
        const qsizetype colon = declaration.indexOf(u':');
        if (colon <= 0 || !simplifiedAscii(declaration.left(colon), property)
            || !simplifiedAscii(declaration.mid(colon + 1), value)) {
            removed |= RemovedStyles;
            continue;
        }
        constexpr std::string_view important = "!important";
        if (value.size() >= important.size()
            && std::string_view(value).substr(value.size() - important.size()) == important) {
            value.resize(value.size() - important.size());
            while (!value.empty() && value.back() == ' ')
                value.pop_back();
        }
        const bool suspicious = value.find_first_of("\\(/@&<:") != std::string::npos;
        const StyleRule* rule = nullptr;
        for (const StyleRule& candidate : styleRules) {
            if (property == candidate.property) {
                rule = &candidate;
                break;
            }
        }
        if (!rule || suspicious || !allowedStyleValue(rule->value, value)) {
            if (!(rule == nullptr && silentlyDroppedStyle(property)))
                removed |= RemovedStyles;
            continue;
        }
        if (!kept.isEmpty())
            kept += u' ';
        kept += QLatin1String(property.data(), static_cast<qsizetype>(property.size()));
        kept += u':';
        kept += QLatin1String(value.data(), static_cast<qsizetype>(value.size()));
        kept += u';';
    }
    return kept;
}

// [a-z]{1,8}(-[a-z0-9]{1,8}){0,3}, lowercase
bool isLanguageTag(std::string_view value)
{
    int part = 0;
    std::size_t at = 0;
    while (true) {
        const std::size_t dash = value.find('-', at);
        const std::string_view subtag = value.substr(at, dash == std::string_view::npos ? value.npos : dash - at);
        if (subtag.empty() || subtag.size() > 8)
            return false;
        const bool ok = std::all_of(
            subtag.begin(), subtag.end(), [part](char c) { return isAsciiLower(c) || (part > 0 && isAsciiDigit(c)); });
        if (!ok || part > 3)
            return false;
        if (dash == std::string_view::npos)
            return true;
        at = dash + 1;
        ++part;
    }
}

// [1-9][0-9]{0,2}
bool isSpan(std::string_view value)
{
    return allDigits(value, 1, 3) && value[0] != '0';
}

// [0-9]{1,4}%?
bool isWidth(std::string_view value)
{
    return allDigits(value.substr(0, value.size() - (!value.empty() && value.back() == '%' ? 1 : 0)), 1, 4);
}

// The attributes that can be kept, with their values checked (case-insensitively; the value is
// kept as written, trimmed).
bool mayKeepAttribute(const QByteArray& attribute)
{
    static constexpr std::string_view names[] = { "dir", "lang", "align", "colspan", "rowspan", "valign", "width",
        "border", "cellspacing", "cellpadding", "type", "start" };
    const std::string_view name(attribute.constData(), static_cast<std::size_t>(attribute.size()));
    return std::find(std::begin(names), std::end(names), name) != std::end(names);
}

bool allowedAttributeValue(const QByteArray& element, const QByteArray& attribute, const QString& value)
{
    std::string lowered;
    if (!simplifiedAscii(value, lowered) || lowered.find(' ') != std::string::npos)
        return false;
    const std::string_view v = lowered;
    if (attribute == "dir")
        return oneOf(v, { "ltr", "rtl", "auto" });
    if (attribute == "lang")
        return isLanguageTag(v);
    if (attribute == "align")
        return element != "a" && element != "span" && oneOf(v, { "left", "right", "center", "justify" });
    if (element == "td" || element == "th") {
        if (attribute == "colspan" || attribute == "rowspan")
            return isSpan(v);
        if (attribute == "valign")
            return oneOf(v, { "top", "middle", "bottom", "baseline" });
        if (attribute == "width")
            return isWidth(v);
    }
    if (element == "tr" && attribute == "valign")
        return oneOf(v, { "top", "middle", "bottom", "baseline" });
    if (element == "table") {
        if (attribute == "border" || attribute == "cellspacing" || attribute == "cellpadding")
            return allDigits(v, 1, 2);
        if (attribute == "width")
            return isWidth(v);
    }
    if (element == "ol") {
        if (attribute == "type")
            return oneOf(v, { "1", "a", "i" });
        if (attribute == "start")
            return allDigits(v, 1, 6);
    }
    if (element == "ul" && attribute == "type")
        return oneOf(v, { "disc", "circle", "square" });
    return false;
}

bool isExternalReference(const QByteArray& attribute)
{
    static const char* const names[] = { "src", "srcset", "background", "poster", "action", "formaction", "lowsrc",
        "dynsrc", "data", "codebase", "longdesc", "ping", "manifest", "cite", "usemap", "xlink:href", "href" };
    for (const char* name : names) {
        if (attribute == name)
            return true;
    }
    return false;
}

// libxml2's HTML parser closes an open element when certain start tags follow it (its
// htmlStartClose table, HTMLparser.c, 2.9.14): the pairs below are those among the elements we
// write. {old, new}: a <new> start tag closes an open <old> (only the innermost open element,
// repeatedly). The walker applies them to its own output, so that the output parses back into
// exactly the structure it describes (see "Idempotence" at the top of the file).
struct StartClose {
    std::string_view open;
    std::string_view next;
};

constexpr StartClose startCloseTable[] = {
    { "a", "a" },
    { "a", "table" },
    { "a", "td" },
    { "a", "th" },
    { "b", "p" },
    { "b", "td" },
    { "b", "th" },
    { "h1", "li" },
    { "h1", "p" },
    { "h1", "table" },
    { "h2", "li" },
    { "h2", "p" },
    { "h2", "table" },
    { "h3", "li" },
    { "h3", "p" },
    { "h3", "table" },
    { "h4", "li" },
    { "h4", "p" },
    { "h4", "table" },
    { "i", "p" },
    { "i", "td" },
    { "i", "th" },
    { "li", "li" },
    { "ol", "ul" },
    { "p", "blockquote" },
    { "p", "div" },
    { "p", "h1" },
    { "p", "h2" },
    { "p", "h3" },
    { "p", "h4" },
    { "p", "hr" },
    { "p", "li" },
    { "p", "ol" },
    { "p", "p" },
    { "p", "pre" },
    { "p", "table" },
    { "p", "tbody" },
    { "p", "td" },
    { "p", "tfoot" },
    { "p", "th" },
    { "p", "tr" },
    { "p", "ul" },
    { "pre", "li" },
    { "pre", "table" },
    { "pre", "ul" },
    { "s", "p" },
    { "span", "td" },
    { "span", "th" },
    { "tbody", "tbody" },
    { "tbody", "tfoot" },
    { "td", "tbody" },
    { "td", "td" },
    { "td", "tfoot" },
    { "td", "th" },
    { "td", "tr" },
    { "tfoot", "tbody" },
    { "th", "tbody" },
    { "th", "td" },
    { "th", "tfoot" },
    { "th", "th" },
    { "th", "tr" },
    { "thead", "tbody" },
    { "thead", "tfoot" },
    { "tr", "tbody" },
    { "tr", "tfoot" },
    { "tr", "tr" },
    { "u", "p" },
    { "u", "td" },
    { "u", "th" },
    { "ul", "ol" },
    { "ul", "pre" },
};

bool startCloses(std::string_view next, std::string_view open)
{
    for (const StartClose& pair : startCloseTable) {
        if (pair.open == open && pair.next == next)
            return true;
    }
    return false;
}

// One pass: parse, walk, re-serialise.
struct Pass {
    QString html;
    QString text;
    unsigned removed = 0;
    std::optional<Error> error;
};

void* prefixedMarker()
{
    static char marker;
    return &marker;
}

// libxml2's own start-element callback, then a mark on the new node if its name had a prefix.
void startElementMarkingPrefixes(void* userData, const xmlChar* name, const xmlChar** attributes)
{
    xmlSAX2StartElement(userData, name, attributes);
    auto* context = static_cast<htmlParserCtxtPtr>(userData);
    if (name && std::strchr(str(name), ':') && context->node && context->node->type == XML_ELEMENT_NODE)
        context->node->_private = prefixedMarker();
}

// Blank to the parser when it reads the output back (a carriage return is written as a
// reference, which is not).
bool isParserBlank(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n';
}

// Walks libxml2's tree and writes the allowed HTML and the plain text. Both describe the
// structure of the written HTML, not of the tree: an element the tree had but the output drops
// (unwrapped, flattened for depth) breaks no line, and an element the parser would close
// implicitly when reading the output back is closed where the parser would close it. The plain
// text is therefore the one the output itself gives, and the output is a fixed point.
class Walker {
public:
    // Room for the output up front: growing a megabyte string by doubling copied it each time.
    Walker(bool qtDocument, qsizetype inputBytes) : m_qtDocument(qtDocument)
    {
        m_html.reserve(inputBytes);
        m_text.reserve(inputBytes / 2);
    }

    void run(xmlNodePtr root);
    QString html() const;
    QString text() const;
    unsigned removed() const { return m_removed; }

private:
    struct Frame {
        xmlNodePtr next; // the next child to visit
        quint64 element; // the element it opened in the output (0: none)
        bool flattened; // a block flattened for depth: a space when it ends
    };
    struct Open {
        const char* name;
        quint64 serial;
        bool block; // a line break in the plain text where it starts and ends
        bool pre;
    };
    void enterElement(xmlNodePtr node);
    quint64 openElement(const char* name, const QString& attributes, bool block, bool pre, bool isVoid);
    void closeInnermost();
    void emitText(QStringView text);
    void breakLine();
    void hardBreak();
    QString attributes(const QByteArray& element, xmlNodePtr node, bool& isLink);

    bool m_qtDocument;
    QString m_html;
    QString m_text;
    bool m_lineStarted = false; // the current plain-text line has text
    bool m_pendingSpace = false;
    bool m_started = false; // the output has a tag or text
    int m_preDepth = 0;
    unsigned m_removed = 0;
    quint64 m_serial = 0;
    std::vector<Frame> m_stack;
    std::vector<Open> m_open; // the elements open in the output, innermost last
};

void Walker::breakLine()
{
    if (m_lineStarted) {
        m_text += u'\n';
        m_lineStarted = false;
    }
    m_pendingSpace = false;
}

void Walker::hardBreak()
{
    m_text += u'\n';
    m_lineStarted = false;
    m_pendingSpace = false;
}

quint64 Walker::openElement(const char* name, const QString& attributes, bool block, bool pre, bool isVoid)
{
    while (!m_open.empty() && startCloses(name, m_open.back().name))
        closeInnermost();
    if (block)
        breakLine();
    m_html += u'<';
    m_html += QLatin1String(name);
    m_html += attributes;
    m_html += u'>';
    m_started = true;
    if (isVoid)
        return 0; // libxml2 gives void elements no children
    if (pre)
        ++m_preDepth;
    m_open.push_back(Open { name, ++m_serial, block, pre });
    return m_serial;
}

void Walker::closeInnermost()
{
    const Open done = m_open.back();
    m_open.pop_back();
    m_html += QLatin1String("</");
    m_html += QLatin1String(done.name);
    m_html += u'>';
    if (done.pre)
        --m_preDepth;
    if (done.block)
        breakLine();
}

// Text into both outputs: escaped into the HTML, white space collapsed into the plain text
// (kept inside pre). C0 controls other than tab and newline are not text (libxml2 refuses them
// too). Text before any element would be put in an implied paragraph when the output is read
// back (libxml2's htmlCheckParagraph), so that paragraph is written.
void Walker::emitText(QStringView text)
{
    qsizetype runStart = 0;
    const auto flush = [&](qsizetype end) {
        if (end > runStart)
            appendEscaped(m_html, text.mid(runStart, end - runStart), false);
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || u == 0x7f) {
            flush(i);
            runStart = i + 1;
            continue;
        }
        if (!m_started && !isParserBlank(c)) {
            flush(i);
            runStart = i;
            openElement("p", QString(), true, false, false);
        }
        if (m_preDepth > 0) {
            if (u == u'\n') {
                hardBreak();
            } else if (u != u'\r') {
                m_text += c;
                m_lineStarted = true;
            }
        } else if (isHtmlSpace(c)) {
            m_pendingSpace = m_lineStarted;
        } else {
            if (m_pendingSpace)
                m_text += u' ';
            m_pendingSpace = false;
            m_text += c;
            m_lineStarted = true;
        }
    }
    flush(text.size());
}

QString Walker::html() const
{
    // Leading and trailing blanks are dropped (the parser drops them before the first element);
    // only the parser's blanks, so that no other character of the text is lost.
    qsizetype begin = 0;
    qsizetype end = m_html.size();
    while (begin < end && isParserBlank(m_html[begin]))
        ++begin;
    while (end > begin && isParserBlank(m_html[end - 1]))
        --end;
    return m_html.mid(begin, end - begin);
}

QString Walker::text() const
{
    qsizetype begin = 0;
    qsizetype end = m_text.size();
    while (begin < end && m_text[begin] == u'\n')
        ++begin;
    while (end > begin && m_text[end - 1] == u'\n')
        --end;
    return m_text.mid(begin, end - begin);
}

QString Walker::attributes(const QByteArray& element, xmlNodePtr node, bool& isLink)
{
    QString out;
    for (xmlAttrPtr attribute = node->properties; attribute; attribute = attribute->next) {
        const QByteArray name = QByteArray(str(attribute->name)).toLower();
        if (name.startsWith("on")) {
            m_removed |= RemovedEventHandlers;
            continue;
        }
        const bool isStyle = name == "style";
        const bool isHref = element == "a" && name == "href";
        if (!isStyle && !isHref && !mayKeepAttribute(name)) {
            if (isExternalReference(name))
                m_removed |= RemovedExternal;
            else if (!(element == "a" && name == "name")) // an anchor inside the document: nothing to tell
                m_removed |= RemovedAttributes;
            continue;
        }
        xmlChar* raw = xmlNodeGetContent(reinterpret_cast<xmlNodePtr>(attribute));
        const QString value = qstr(raw);
        xmlFree(raw);
        if (isStyle) {
            const QString style = cleanStyle(value, m_removed);
            if (!style.isEmpty()) {
                out += QLatin1String(" style=\"");
                appendEscaped(out, style, true);
                out += u'"';
            }
            continue;
        }
        if (isHref) {
            if (const std::optional<QString> url = safeUrl(value)) {
                out += QLatin1String(" href=\"");
                appendEscaped(out, *url, true);
                out += u'"';
                isLink = true;
            } else {
                m_removed |= RemovedUnsafeLinks;
            }
            continue;
        }
        if (allowedAttributeValue(element, name, value)) {
            out += u' ' + QString::fromLatin1(name) + QLatin1String("=\"");
            appendEscaped(out, value.trimmed(), true);
            out += u'"';
            continue;
        }
        m_removed |= RemovedAttributes;
    }
    return out;
}

void Walker::enterElement(xmlNodePtr node)
{
    const char* name = str(node->name);
    // A prefixed name ("o:p" from Word, "v:shape") loses its prefix in libxml2's tree ("o:p"
    // becomes "p"); the parser callback below marks those nodes. None of them is HTML.
    const ElementRule* rule = node->_private == prefixedMarker() ? nullptr : ruleFor(name);
    Frame frame { node->children, 0, false };
    if (!rule) {
        // Unknown elements (Word's o:p, custom tags, font, abbr…): their text stays.
        m_removed |= RemovedElements;
        m_stack.push_back(frame);
        return;
    }
    switch (rule->action) {
    case Action::Drop:
        // Qt's own documents carry a fixed "qrichtext" style sheet in their head: removing it is
        // the expected normalisation, not something to report each time the editor saves.
        if (!(m_qtDocument && rule->report == RemovedStyleSheets && node->parent
                && std::strcmp(str(node->parent->name), "head") == 0))
            m_removed |= rule->report;
        return;
    case Action::Unwrap:
        // Not in the output, so no line break either: the output read back has none there.
        m_removed |= rule->report;
        m_stack.push_back(frame);
        return;
    case Action::Keep:
    case Action::Rename:
        break;
    }
    const QByteArray kept = QByteArray::fromRawData(rule->keptAs, static_cast<qsizetype>(std::strlen(rule->keptAs)));
    bool isLink = false;
    const QString attributeText = attributes(kept, node, isLink);
    if (kept == "a" && !isLink) {
        m_stack.push_back(frame); // a link without a safe address: its text only
        return;
    }
    const bool isVoid = kept == "br" || kept == "hr";
    if (m_open.size() >= static_cast<std::size_t>(DraftLimits::MaxNestingDepth)) {
        // Too deep: the text stays, a block or line break becomes a space between words.
        m_removed |= RemovedNesting;
        frame.flattened = rule->block || kept == "br";
        if (frame.flattened)
            emitText(u" ");
        if (!isVoid)
            m_stack.push_back(frame);
        return;
    }
    frame.element = openElement(rule->keptAs, attributeText, rule->block, kept == "pre", isVoid);
    if (kept == "br")
        hardBreak();
    if (!isVoid)
        m_stack.push_back(frame);
}

void Walker::run(xmlNodePtr root)
{
    m_stack.push_back(Frame { root, 0, false });
    while (!m_stack.empty()) {
        Frame& top = m_stack.back();
        xmlNodePtr node = top.next;
        if (!node) {
            const Frame done = top;
            m_stack.pop_back();
            // Still open unless a later start tag closed it (see startCloses).
            if (done.element && !m_open.empty() && m_open.back().serial == done.element)
                closeInnermost();
            if (done.flattened)
                emitText(u" ");
            continue;
        }
        top.next = node->next;
        switch (node->type) {
        case XML_ELEMENT_NODE:
            enterElement(node); // may push a frame (invalidates `top`)
            break;
        case XML_TEXT_NODE:
        case XML_CDATA_SECTION_NODE:
            emitText(qstr(node->content));
            break;
        case XML_COMMENT_NODE:
        case XML_PI_NODE:
            m_removed |= RemovedComments;
            break;
        case XML_ENTITY_REF_NODE:
            // Unknown entities are kept as text by the HTML parser; a reference node is
            // written back as the text it was.
            if (node->name)
                emitText(QString(u'&' + qstr(node->name) + u';'));
            break;
        default:
            break; // DTD, namespace declarations…
        }
    }
    while (!m_open.empty())
        closeInnermost(); // an implied paragraph
}

bool isQtDocument(xmlDocPtr document)
{
    // <meta name="qrichtext" content="1">, which QTextDocument::toHtml() writes first in <head>.
    xmlNodePtr html = xmlDocGetRootElement(document);
    if (!html)
        return false;
    for (xmlNodePtr head = html->children; head; head = head->next) {
        if (head->type != XML_ELEMENT_NODE || QByteArray(str(head->name)) != "head")
            continue;
        for (xmlNodePtr meta = head->children; meta; meta = meta->next) {
            if (meta->type != XML_ELEMENT_NODE || QByteArray(str(meta->name)) != "meta")
                continue;
            xmlChar* name = xmlGetProp(meta, reinterpret_cast<const xmlChar*>("name"));
            const bool qt = name && QByteArray(str(name)) == "qrichtext";
            xmlFree(name);
            if (qt)
                return true;
        }
    }
    return false;
}

Pass sanitiseOnce(const QByteArray& bytes, const char* encoding)
{
    static std::once_flag initialised;
    std::call_once(initialised, [] { xmlInitParser(); });

    Pass pass;
    htmlParserCtxtPtr context = htmlNewParserCtxt();
    if (!context) {
        pass.error = Error { ErrorCode::Internal, HtmlSanitizer::tr("The HTML parser could not be started.") };
        return pass;
    }
    context->sax->startElement = startElementMarkingPrefixes;
    const int options = HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING;
    xmlDocPtr document
        = htmlCtxtReadMemory(context, bytes.constData(), static_cast<int>(bytes.size()), nullptr, encoding, options);
    // The parser halts (instead of recovering) at its depth limit and on resource errors;
    // whatever followed that point would be lost, so nothing is kept rather than part of it.
    // (With HTML_PARSE_RECOVER, only xmlHaltParser sets disableSAX.)
    const bool halted = context->disableSAX != 0;
    const int errorNumber = context->errNo;
    if (halted) {
        if (document)
            xmlFreeDoc(document);
        htmlFreeParserCtxt(context);
        pass.error = Error { ErrorCode::InvalidInput,
            errorNumber == XML_ERR_INTERNAL_ERROR
                ? HtmlSanitizer::tr("The text is nested too deeply to be read (more than 256 levels of elements). "
                                    "Nothing was kept; paste it as plain text instead.")
                : HtmlSanitizer::tr("The text could not be read completely as HTML. Nothing was kept; paste it as "
                                    "plain text instead.") };
        return pass;
    }
    htmlFreeParserCtxt(context);
    if (!document)
        return pass; // empty input: empty output
    Walker walker(isQtDocument(document), bytes.size());
    walker.run(document->children);
    xmlFreeDoc(document);
    pass.html = walker.html();
    pass.text = walker.text();
    pass.removed = walker.removed();
    return pass;
}

// Word's "downlevel-revealed" conditional markers (<![if !supportLists]>, <![endif]>) are bogus
// comments to a browser but text to libxml2; they are removed before parsing.
QByteArray withoutConditionalMarkers(const QByteArray& bytes, unsigned& removed)
{
    qsizetype at = bytes.indexOf("<![");
    if (at < 0)
        return bytes;
    QByteArray out;
    out.reserve(bytes.size());
    qsizetype copied = 0;
    while (at >= 0) {
        qsizetype end = at + 3;
        const qsizetype limit = std::min(bytes.size(), at + 200);
        while (end < limit && bytes[end] != '>' && bytes[end] != '<')
            ++end;
        const bool marker = end < limit && bytes[end] == '>' && bytes[end - 1] == ']'
            && !bytes.mid(at, end - at).startsWith("<![CDATA[");
        if (marker) {
            out.append(bytes.constData() + copied, at - copied);
            copied = end + 1;
            removed |= RemovedComments;
        }
        at = bytes.indexOf("<![", marker ? end + 1 : at + 3);
    }
    out.append(bytes.constData() + copied, bytes.size() - copied);
    return out;
}

// The encoding of raw bytes: a byte-order mark (libxml2 reads it), else a charset declared in a
// <meta> near the start, else UTF-8 (libxml2 alone would assume ISO-8859-1).
QByteArray declaredEncoding(const QByteArray& bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF") || bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return {};
    static const QRegularExpression meta(QStringLiteral(R"(<meta[^>]*charset\s*=\s*["']?\s*([a-z0-9_.:-]{1,40}))"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = meta.match(QString::fromLatin1(bytes.left(4096)));
    if (match.hasMatch()) {
        const QByteArray name = match.captured(1).toLatin1();
        xmlCharEncodingHandlerPtr handler = xmlFindCharEncodingHandler(name.constData());
        if (handler) {
            xmlCharEncCloseFunc(handler);
            return name;
        }
    }
    return QByteArrayLiteral("UTF-8");
}

Result<SanitisedHtml> sanitiseImpl(const QByteArray& input, const char* encoding)
{
    unsigned removedBeforeParsing = 0;
    const QByteArray bytes = input.size() > DraftLimits::MaxHtmlInputBytes
        ? input
        : withoutConditionalMarkers(input, removedBeforeParsing);
    if (bytes.size() > DraftLimits::MaxHtmlInputBytes) {
        return Error { ErrorCode::InvalidInput,
            HtmlSanitizer::tr("The text is too large to keep in a draft (%1 MB; at most %2 MB). Nothing was kept.")
                .arg(QString::number(static_cast<double>(bytes.size()) / (1024.0 * 1024.0), 'f', 1))
                .arg(DraftLimits::MaxHtmlInputBytes / (1024 * 1024)) };
    }
    const QByteArray detected = encoding ? QByteArray() : declaredEncoding(bytes);
    Pass pass = sanitiseOnce(bytes, encoding ? encoding : (detected.isEmpty() ? nullptr : detected.constData()));
    if (pass.error)
        return *pass.error;
    SanitisedHtml result;
    result.html = std::move(pass.html);
    result.text = std::move(pass.text);
    result.wordCount = HtmlSanitizer::countWords(result.text);
    result.removed = removalLines(pass.removed | removedBeforeParsing);
    return result;
}

} // namespace

Result<SanitisedHtml> HtmlSanitizer::sanitise(const QString& html)
{
    QString cleaned = html;
    cleaned.remove(QChar(u'\0')); // libxml2 would stop reading the text at a NUL
    return sanitiseImpl(cleaned.toUtf8(), "UTF-8");
}

Result<SanitisedHtml> HtmlSanitizer::sanitiseBytes(const QByteArray& html)
{
    return sanitiseImpl(html, nullptr);
}

QString HtmlSanitizer::fromPlainText(const QString& text)
{
    QString normalised = text;
    normalised.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    normalised.replace(u'\r', u'\n');
    QString html;
    const QStringList lines = normalised.split(u'\n');
    for (const QString& line : lines) {
        html += QLatin1String("<p>");
        if (line.trimmed().isEmpty())
            html += QLatin1String("<br>");
        else
            appendEscaped(html, line, false);
        html += QLatin1String("</p>\n");
    }
    return html.trimmed();
}

int HtmlSanitizer::countWords(const QString& text)
{
    return detail::countWords(text);
}

} // namespace advicehub::drafts
