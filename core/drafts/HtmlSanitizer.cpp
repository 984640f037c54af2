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
#include <mutex>
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
// Idempotence: the HTML 4 parser closes some elements implicitly (a <div> closes an open <p>),
// so a tree that came out of unwrapping unknown elements could parse differently once
// re-serialised. The output is therefore parsed and re-serialised again until it no longer
// changes (one extra pass for almost every input, a few at most), and that fixed point is stored.

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
    out.reserve(out.size() + text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
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
            if (attribute)
                out += QLatin1String("&quot;");
            else
                out += c;
            break;
        default:
            // C0 controls other than tab, newline and carriage return are not text (libxml2
            // refuses them too); they never reach the output.
            if (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r')
                break;
            if (u == 0x7f)
                break;
            out += c;
        }
    }
}

bool isHtmlSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

// A URL is kept only with an explicit http, https or mailto scheme. Browsers ignore tabs,
// newlines and control characters inside a scheme ("java\tscript:"), so the scheme is read
// with every whitespace and control character removed, and compared case-insensitively.
std::optional<QString> safeUrl(const QString& raw)
{
    QString cleaned;
    cleaned.reserve(raw.size());
    for (const QChar c : raw) {
        if (c.unicode() <= 0x20 || c.unicode() == 0x7f || c.category() == QChar::Other_Format
            || c.category() == QChar::Other_Control || c.isSpace())
            continue;
        cleaned += c;
    }
    const qsizetype colon = cleaned.indexOf(u':');
    if (colon <= 0)
        return std::nullopt; // relative or scheme-relative: a letter's link must be absolute
    const QString scheme = cleaned.left(colon).toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https") && scheme != QLatin1String("mailto"))
        return std::nullopt;
    if (scheme != QLatin1String("mailto") && !cleaned.mid(colon + 1).startsWith(QLatin1String("//")))
        return std::nullopt;
    if (cleaned.size() <= colon + 3 && scheme != QLatin1String("mailto"))
        return std::nullopt;
    // The kept address: the original without its surrounding and control characters.
    QString kept;
    kept.reserve(raw.size());
    for (const QChar c : raw.trimmed()) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.category() == QChar::Other_Format)
            continue;
        kept += c;
    }
    // Spaces are not valid in an address; encoded, they cannot start another attribute either.
    kept.replace(u' ', QLatin1String("%20"));
    return scheme + kept.mid(kept.indexOf(u':'));
}

bool matches(const QString& value, const char* pattern)
{
    // Compiled once per pattern and thread (the sanitiser may run on any thread).
    thread_local QHash<const char*, QRegularExpression> compiled;
    auto found = compiled.find(pattern);
    if (found == compiled.end()) {
        found = compiled.insert(
            pattern, QRegularExpression(QString::fromLatin1(pattern), QRegularExpression::CaseInsensitiveOption));
    }
    return found->match(value).hasMatch();
}

// Allowed inline style properties and the values they accept (anchored patterns). Only plain
// keywords, numbers with units, and #rgb colours: no url(), expression(), escapes or comments,
// which the declaration splitter refuses anyway.
struct StyleRule {
    const char* property;
    const char* valuePattern;
    bool reported; // dropping an unmatched value is reported (Qt-internal properties are not)
};

constexpr const char* lengthPattern = R"(^-?(0|\d{1,4}(\.\d{1,3})?(px|pt|em|%|cm|mm|in)?)$)";

constexpr StyleRule styleRules[] = {
    { "font-weight", R"(^(normal|bold|bolder|lighter|[1-9]00)$)", true },
    { "font-style", R"(^(normal|italic|oblique)$)", true },
    { "text-decoration", R"(^(none|((underline|line-through|overline)( (underline|line-through|overline)){0,2}))$)",
        true },
    { "text-align", R"(^(left|right|center|justify|start|end)$)", true },
    { "vertical-align", R"(^(baseline|sub|super|middle|top|bottom)$)", true },
    { "margin-left", lengthPattern, true },
    { "margin-right", lengthPattern, true },
    { "margin-top", lengthPattern, true },
    { "margin-bottom", lengthPattern, true },
    { "text-indent", lengthPattern, true },
    { "font-size", R"(^(xx-small|x-small|small|medium|large|x-large|xx-large|\d{1,3}(\.\d)?(pt|px))$)", true },
    { "font-family", R"(^[a-z0-9 ,'"-]{1,100}$)", true },
    { "color", R"(^(#[0-9a-f]{3}|#[0-9a-f]{6}|black|gray|grey|red|green|blue|navy|maroon|purple)$)", true },
    { "white-space", R"(^(normal|pre|pre-wrap|pre-line|nowrap)$)", true },
    // Qt's rich text: paragraph and list indentation levels, empty paragraphs.
    { "-qt-block-indent", R"(^\d{1,2}$)", true },
    { "-qt-list-indent", R"(^\d{1,2}$)", true },
    { "-qt-paragraph-type", R"(^empty$)", true },
};

// Qt's editor writes these; they carry nothing a stored letter needs, so dropping them is not
// worth telling the user about.
bool silentlyDroppedStyle(const QString& property)
{
    return property == QLatin1String("-qt-user-state") || property == QLatin1String("-qt-fragment-padding")
        || property == QLatin1String("-qt-table-type");
}

// Parses "a: b; c: d" and keeps the allowed declarations, in a canonical form.
QString cleanStyle(const QString& style, unsigned& removed)
{
    QString kept;
    const QStringList declarations = style.split(u';', Qt::SkipEmptyParts);
    for (const QString& declaration : declarations) {
        const QString trimmed = declaration.trimmed();
        if (trimmed.isEmpty())
            continue;
        const qsizetype colon = trimmed.indexOf(u':');
        if (colon <= 0) {
            removed |= RemovedStyles;
            continue;
        }
        const QString property = trimmed.left(colon).trimmed().toLower();
        QString value = trimmed.mid(colon + 1).simplified();
        if (value.endsWith(QLatin1String("!important"), Qt::CaseInsensitive))
            value = value.chopped(10).trimmed();
        // Escapes, comments, functions and at-rules never pass, whatever the property.
        const bool suspicious = value.contains(u'\\') || value.contains(u'(') || value.contains(u'/')
            || value.contains(u'@') || value.contains(u'&') || value.contains(u'<') || value.contains(u':');
        const StyleRule* rule = nullptr;
        for (const StyleRule& candidate : styleRules) {
            if (property == QLatin1String(candidate.property)) {
                rule = &candidate;
                break;
            }
        }
        if (!rule || suspicious || !matches(value, rule->valuePattern)) {
            if (!(rule == nullptr && silentlyDroppedStyle(property)))
                removed |= RemovedStyles;
            continue;
        }
        if (!kept.isEmpty())
            kept += u' ';
        kept += property + u':' + value.toLower() + u';';
    }
    return kept;
}

bool allowedAttributeValue(const QByteArray& element, const QByteArray& attribute, const QString& value)
{
    const QString v = value.trimmed();
    if (attribute == "dir")
        return matches(v, "^(ltr|rtl|auto)$");
    if (attribute == "lang")
        return matches(v, "^[a-z]{1,8}(-[a-z0-9]{1,8}){0,3}$");
    if (attribute == "align")
        return element != "a" && element != "span" && matches(v, "^(left|right|center|justify)$");
    if (element == "td" || element == "th") {
        if (attribute == "colspan" || attribute == "rowspan")
            return matches(v, "^[1-9][0-9]{0,2}$");
        if (attribute == "valign")
            return matches(v, "^(top|middle|bottom|baseline)$");
        if (attribute == "width")
            return matches(v, "^[0-9]{1,4}%?$");
    }
    if (element == "tr" && attribute == "valign")
        return matches(v, "^(top|middle|bottom|baseline)$");
    if (element == "table") {
        if (attribute == "border" || attribute == "cellspacing" || attribute == "cellpadding")
            return matches(v, "^[0-9]{1,2}$");
        if (attribute == "width")
            return matches(v, "^[0-9]{1,4}%?$");
    }
    if (element == "ol") {
        if (attribute == "type")
            return matches(v, "^[1aAiI]$") && v.size() == 1;
        if (attribute == "start")
            return matches(v, "^[0-9]{1,6}$");
    }
    if (element == "ul" && attribute == "type")
        return matches(v, "^(disc|circle|square)$");
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

class Walker {
public:
    explicit Walker(bool qtDocument) : m_qtDocument(qtDocument) { }

    void run(xmlNodePtr root);
    QString html() const { return m_html; }
    QString text() const;
    unsigned removed() const { return m_removed; }

private:
    struct Frame {
        xmlNodePtr next; // the next child to visit
        const char* closeTag; // emitted when the frame ends (nullptr: nothing)
        bool block; // a line break in the plain text when it ends
        bool pre;
        bool flattened; // a block flattened for depth: a space in the html when it ends
    };
    void enterElement(xmlNodePtr node);
    void addText(const QString& text);
    void breakLine();
    void hardBreak();
    QString attributes(const QByteArray& element, xmlNodePtr node, bool& isLink);

    bool m_qtDocument;
    QString m_html;
    QString m_text;
    bool m_lineStarted = false; // the current plain-text line has text
    bool m_pendingSpace = false;
    int m_preDepth = 0;
    int m_depth = 0; // of kept elements
    unsigned m_removed = 0;
    std::vector<Frame> m_stack;
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

void Walker::addText(const QString& text)
{
    if (m_preDepth > 0) {
        for (const QChar c : text) {
            if (c == u'\n') {
                hardBreak();
            } else if (c != u'\r') {
                m_text += c;
                m_lineStarted = true;
            }
        }
        return;
    }
    for (const QChar c : text) {
        if (isHtmlSpace(c)) {
            m_pendingSpace = m_lineStarted;
            continue;
        }
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            continue;
        if (m_pendingSpace)
            m_text += u' ';
        m_pendingSpace = false;
        m_text += c;
        m_lineStarted = true;
    }
}

QString Walker::text() const
{
    QString text = m_text;
    while (text.endsWith(u'\n'))
        text.chop(1);
    while (text.startsWith(u'\n'))
        text.remove(0, 1);
    return text;
}

QString Walker::attributes(const QByteArray& element, xmlNodePtr node, bool& isLink)
{
    QString out;
    for (xmlAttrPtr attribute = node->properties; attribute; attribute = attribute->next) {
        const QByteArray name = QByteArray(str(attribute->name)).toLower();
        xmlChar* raw = xmlNodeGetContent(reinterpret_cast<xmlNodePtr>(attribute));
        const QString value = qstr(raw);
        xmlFree(raw);
        if (name.startsWith("on")) {
            m_removed |= RemovedEventHandlers;
            continue;
        }
        if (name == "style") {
            const QString style = cleanStyle(value, m_removed);
            if (!style.isEmpty()) {
                out += QLatin1String(" style=\"");
                appendEscaped(out, style, true);
                out += u'"';
            }
            continue;
        }
        if (element == "a" && name == "href") {
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
        if (isExternalReference(name))
            m_removed |= RemovedExternal;
        else if (element == "a" && name == "name")
            continue; // an anchor inside the document: nothing to tell
        else
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
    Frame frame { node->children, nullptr, false, false, false };
    if (!rule) {
        // Unknown elements (Word's o:p, custom tags, font, abbr…): their text stays.
        m_removed |= RemovedElements;
        m_stack.push_back(frame);
        return;
    }
    frame.block = rule->block;
    if (frame.block)
        breakLine();
    switch (rule->action) {
    case Action::Drop:
        // Qt's own documents carry a fixed "qrichtext" style sheet in their head: removing it is
        // the expected normalisation, not something to report each time the editor saves.
        if (!(m_qtDocument && rule->report == RemovedStyleSheets && node->parent
                && QByteArray(str(node->parent->name)) == "head"))
            m_removed |= rule->report;
        return;
    case Action::Unwrap:
        m_removed |= rule->report;
        m_stack.push_back(frame);
        return;
    case Action::Keep:
    case Action::Rename:
        break;
    }
    const QByteArray kept(rule->keptAs);
    bool isLink = false;
    const QString attributeText = attributes(kept, node, isLink);
    if (kept == "a" && !isLink) {
        m_stack.push_back(frame); // a link without a safe address: its text only
        return;
    }
    const bool isVoid = kept == "br" || kept == "hr";
    if (kept == "br")
        hardBreak();
    if (m_depth >= DraftLimits::MaxNestingDepth) {
        m_removed |= RemovedNesting;
        frame.flattened = rule->block || kept == "br";
        if (frame.flattened)
            m_html += u' ';
        if (!isVoid)
            m_stack.push_back(frame);
        return;
    }
    m_html += u'<' + QString::fromLatin1(kept) + attributeText + u'>';
    if (isVoid)
        return; // libxml2 gives void elements no children
    frame.closeTag = rule->keptAs;
    frame.pre = kept == "pre";
    if (frame.pre)
        ++m_preDepth;
    ++m_depth;
    m_stack.push_back(frame);
}

void Walker::run(xmlNodePtr root)
{
    m_stack.push_back(Frame { root, nullptr, false, false, false });
    while (!m_stack.empty()) {
        Frame& top = m_stack.back();
        xmlNodePtr node = top.next;
        if (!node) {
            const Frame done = top;
            m_stack.pop_back();
            if (done.closeTag) {
                m_html += QLatin1String("</") + QLatin1String(done.closeTag) + u'>';
                --m_depth;
            }
            if (done.flattened)
                m_html += u' ';
            if (done.pre)
                --m_preDepth;
            if (done.block)
                breakLine();
            continue;
        }
        top.next = node->next;
        switch (node->type) {
        case XML_ELEMENT_NODE:
            enterElement(node); // may push a frame (invalidates `top`)
            break;
        case XML_TEXT_NODE:
        case XML_CDATA_SECTION_NODE: {
            const QString text = qstr(node->content);
            appendEscaped(m_html, text, false);
            addText(text);
            break;
        }
        case XML_COMMENT_NODE:
        case XML_PI_NODE:
            m_removed |= RemovedComments;
            break;
        case XML_ENTITY_REF_NODE:
            // Unknown entities are kept as text by the HTML parser; a reference node is
            // written back as the text it was.
            if (node->name) {
                const QString text = u'&' + qstr(node->name) + u';';
                appendEscaped(m_html, text, false);
                addText(text);
            }
            break;
        default:
            break; // DTD, namespace declarations…
        }
    }
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
    Walker walker(isQtDocument(document));
    walker.run(document->children);
    xmlFreeDoc(document);
    pass.html = walker.html().trimmed();
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
    Pass first = sanitiseOnce(bytes, encoding ? encoding : (detected.isEmpty() ? nullptr : detected.constData()));
    if (first.error)
        return *first.error;
    // The fixed point (see the top of the file). Each pass can only remove structure the
    // previous one could not express stably, so this converges quickly; the bound is a guard.
    QString html = first.html;
    QString text = first.text;
    for (int round = 0; round < 8; ++round) {
        Pass again = sanitiseOnce(html.toUtf8(), "UTF-8");
        if (again.error)
            return *again.error;
        text = again.text;
        if (again.html == html)
            break;
        html = again.html;
    }
    SanitisedHtml result;
    result.html = html;
    result.text = text;
    result.wordCount = HtmlSanitizer::countWords(text);
    result.removed = removalLines(first.removed | removedBeforeParsing);
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
