#include "drafts/WordDiff.h"

#include "drafts/WordTokens.h"

#include <dtl/dtl.hpp>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <QHash>

#include <algorithm>
#include <cstring>
#include <mutex>

// The diff runs in two levels: first over paragraphs (a paragraph compared as a whole, so the
// many unchanged paragraphs of a long letter cost one comparison each), then word by word
// inside each run of changed paragraphs. dtl's O((N+M)·D) algorithm is fast when the edit
// distance D is small; the paragraph level keeps D small for the word level even when a long
// text changed in many places (measured in docs/PERFORMANCE.md, advicehub-bench-drafts).

namespace advicehub::drafts {

namespace {

using detail::WordToken;

struct Tokens {
    QString text;
    std::vector<WordToken> tokens;
    std::vector<int> keys; // interned token text without whitespace
};

class Interner {
public:
    int id(QStringView key)
    {
        const QString k = key.toString();
        auto found = m_ids.constFind(k);
        if (found != m_ids.constEnd())
            return *found;
        const int id = static_cast<int>(m_ids.size());
        m_ids.insert(k, id);
        return id;
    }

private:
    QHash<QString, int> m_ids;
};

Tokens tokensOf(const QString& text, Interner& interner)
{
    Tokens t;
    t.text = text;
    t.tokens = detail::tokenise(text);
    t.keys.reserve(t.tokens.size());
    for (const WordToken& token : t.tokens)
        t.keys.push_back(interner.id(QStringView(text).mid(token.start, token.length)));
    return t;
}

// The token's text as written: its own text, its following whitespace, and (first token only)
// the whitespace before it.
QStringView tokenText(const Tokens& t, std::size_t index)
{
    const qsizetype begin = index == 0 ? 0 : t.tokens[index].start;
    return QStringView(t.text).mid(begin, t.tokens[index].end - begin);
}

// A paragraph: the tokens up to one whose following whitespace holds a line break.
struct Paragraph {
    std::size_t first = 0;
    std::size_t last = 0; // exclusive
};

std::vector<Paragraph> paragraphsOf(const Tokens& t)
{
    std::vector<Paragraph> paragraphs;
    std::size_t first = 0;
    for (std::size_t i = 0; i < t.tokens.size(); ++i) {
        const WordToken& token = t.tokens[i];
        const QStringView after
            = QStringView(t.text).mid(token.start + token.length, token.end - token.start - token.length);
        if (after.contains(u'\n') || i + 1 == t.tokens.size()) {
            paragraphs.push_back(Paragraph { first, i + 1 });
            first = i + 1;
        }
    }
    return paragraphs;
}

class SegmentBuilder {
public:
    explicit SegmentBuilder(WordDiff& diff) : m_diff(diff) { }

    void add(DiffSegment::Op op, QStringView text, bool word)
    {
        if (op == DiffSegment::Op::Equal) {
            flushChange();
            append(m_diff.segments, op, text);
            return;
        }
        std::vector<DiffSegment>& pending = op == DiffSegment::Op::Deleted ? m_deleted : m_inserted;
        append(pending, op, text);
        if (word)
            ++(op == DiffSegment::Op::Deleted ? m_diff.wordsDeleted : m_diff.wordsInserted);
    }

    // Deletions before insertions at each change.
    void flushChange()
    {
        for (std::vector<DiffSegment>* pending : { &m_deleted, &m_inserted }) {
            for (DiffSegment& segment : *pending)
                append(m_diff.segments, segment.op, segment.text);
            pending->clear();
        }
    }

private:
    static void append(std::vector<DiffSegment>& segments, DiffSegment::Op op, QStringView text)
    {
        if (text.isEmpty())
            return;
        if (!segments.empty() && segments.back().op == op)
            segments.back().text += text;
        else
            segments.push_back(DiffSegment { op, text.toString() });
    }

    WordDiff& m_diff;
    std::vector<DiffSegment> m_deleted;
    std::vector<DiffSegment> m_inserted;
};

using Ses = std::vector<std::pair<int, dtl::elemInfo>>;

Ses shortestEditScript(const std::vector<int>& a, const std::vector<int>& b)
{
    dtl::Diff<int, std::vector<int>> diff(a, b);
    diff.onHuge();
    diff.compose();
    return diff.getSes().getSequence();
}

// Word level, over old tokens [oldFirst, oldLast) and new tokens [newFirst, newLast).
void diffTokens(const Tokens& oldT, std::size_t oldFirst, std::size_t oldLast, const Tokens& newT, std::size_t newFirst,
    std::size_t newLast, SegmentBuilder& builder)
{
    const std::vector<int> a(oldT.keys.begin() + static_cast<std::ptrdiff_t>(oldFirst),
        oldT.keys.begin() + static_cast<std::ptrdiff_t>(oldLast));
    const std::vector<int> b(newT.keys.begin() + static_cast<std::ptrdiff_t>(newFirst),
        newT.keys.begin() + static_cast<std::ptrdiff_t>(newLast));
    if (a.empty() || b.empty()) {
        for (std::size_t i = oldFirst; i < oldLast; ++i)
            builder.add(DiffSegment::Op::Deleted, tokenText(oldT, i), oldT.tokens[i].word);
        for (std::size_t i = newFirst; i < newLast; ++i)
            builder.add(DiffSegment::Op::Inserted, tokenText(newT, i), newT.tokens[i].word);
        return;
    }
    for (const auto& [key, info] : shortestEditScript(a, b)) {
        if (info.type == dtl::SES_COMMON) {
            const std::size_t i = newFirst + static_cast<std::size_t>(info.afterIdx - 1);
            builder.add(DiffSegment::Op::Equal, tokenText(newT, i), newT.tokens[i].word);
        } else if (info.type == dtl::SES_DELETE) {
            const std::size_t i = oldFirst + static_cast<std::size_t>(info.beforeIdx - 1);
            builder.add(DiffSegment::Op::Deleted, tokenText(oldT, i), oldT.tokens[i].word);
        } else {
            const std::size_t i = newFirst + static_cast<std::size_t>(info.afterIdx - 1);
            builder.add(DiffSegment::Op::Inserted, tokenText(newT, i), newT.tokens[i].word);
        }
    }
}

WordDiff diffTokenised(const Tokens& oldT, const Tokens& newT, Interner& interner)
{
    WordDiff result;
    SegmentBuilder builder(result);
    const std::vector<Paragraph> oldParagraphs = paragraphsOf(oldT);
    const std::vector<Paragraph> newParagraphs = paragraphsOf(newT);
    const auto paragraphKeys = [&](const Tokens& t, const std::vector<Paragraph>& paragraphs) {
        std::vector<int> keys;
        keys.reserve(paragraphs.size());
        for (const Paragraph& p : paragraphs) {
            QString key;
            for (std::size_t i = p.first; i < p.last; ++i) {
                key += QString::number(t.keys[i]);
                key += u' ';
            }
            key.prepend(u'\x01');
            keys.push_back(interner.id(key));
        }
        return keys;
    };
    const std::vector<int> a = paragraphKeys(oldT, oldParagraphs);
    const std::vector<int> b = paragraphKeys(newT, newParagraphs);

    // Changed paragraphs accumulate until the next unchanged one, then are diffed word by word.
    std::size_t oldRunFirst = 0, oldRunLast = 0, newRunFirst = 0, newRunLast = 0;
    bool inRun = false;
    const auto flushRun = [&] {
        if (inRun)
            diffTokens(oldT, oldRunFirst, oldRunLast, newT, newRunFirst, newRunLast, builder);
        inRun = false;
    };
    std::size_t oldNext = 0, newNext = 0; // token positions reached so far
    const auto startRun = [&] {
        if (!inRun) {
            oldRunFirst = oldRunLast = oldNext;
            newRunFirst = newRunLast = newNext;
            inRun = true;
        }
    };
    Ses script;
    if (!a.empty() && !b.empty())
        script = shortestEditScript(a, b);
    else {
        for (std::size_t i = 0; i < a.size(); ++i)
            script.push_back({ a[i], dtl::elemInfo { static_cast<long long>(i + 1), 0, dtl::SES_DELETE } });
        for (std::size_t i = 0; i < b.size(); ++i)
            script.push_back({ b[i], dtl::elemInfo { 0, static_cast<long long>(i + 1), dtl::SES_ADD } });
    }
    for (const auto& [key, info] : script) {
        if (info.type == dtl::SES_COMMON) {
            flushRun();
            builder.flushChange();
            const Paragraph& p = newParagraphs[static_cast<std::size_t>(info.afterIdx - 1)];
            const Paragraph& o = oldParagraphs[static_cast<std::size_t>(info.beforeIdx - 1)];
            for (std::size_t i = p.first; i < p.last; ++i)
                builder.add(DiffSegment::Op::Equal, tokenText(newT, i), newT.tokens[i].word);
            oldNext = o.last;
            newNext = p.last;
        } else if (info.type == dtl::SES_DELETE) {
            startRun();
            const Paragraph& o = oldParagraphs[static_cast<std::size_t>(info.beforeIdx - 1)];
            oldRunLast = oldNext = o.last;
        } else {
            startRun();
            const Paragraph& p = newParagraphs[static_cast<std::size_t>(info.afterIdx - 1)];
            newRunLast = newNext = p.last;
        }
    }
    flushRun();
    builder.flushChange();
    return result;
}

// --- Formatting -------------------------------------------------------------------------------

enum FormatFlag : unsigned {
    Bold = 1u << 0,
    Italic = 1u << 1,
    Underline = 1u << 2,
    Strike = 1u << 3,
    Superscript = 1u << 4,
    Subscript = 1u << 5,
    Code = 1u << 6,
    Quote = 1u << 7,
    TableCell = 1u << 8,
};

// The formatting a word carries, as far as a reader of the letter sees it.
struct Format {
    unsigned flags = 0;
    int heading = 0; // 1–4
    int list = 0; // 0 none, 1 bulleted, 2 numbered
    int listDepth = 0;
    QString align; // "", "left", "center", "right", "justify"
    QString indent; // -qt-block-indent and margin-left, as written
    QString link; // the href
    bool operator==(const Format& o) const
    {
        return flags == o.flags && heading == o.heading && list == o.list && listDepth == o.listDepth
            && align == o.align && indent == o.indent && link == o.link;
    }
};

QString styleValue(const QString& style, QLatin1String property)
{
    for (const QString& declaration : style.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype colon = declaration.indexOf(u':');
        if (colon > 0 && declaration.left(colon).trimmed().compare(property, Qt::CaseInsensitive) == 0)
            return declaration.mid(colon + 1).trimmed().toLower();
    }
    return {};
}

QString attribute(xmlNodePtr node, const char* name)
{
    xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
    const QString result = value ? QString::fromUtf8(reinterpret_cast<const char*>(value)) : QString();
    xmlFree(value);
    return result;
}

class FormatWalker {
public:
    QString text;
    std::vector<int> formatOfChar; // index into formats, per QChar of text
    std::vector<Format> formats;

    void walk(xmlNodePtr node, const Format& inherited, int depth)
    {
        for (; node; node = node->next) {
            if (node->type == XML_TEXT_NODE) {
                const QString content = QString::fromUtf8(reinterpret_cast<const char*>(node->content));
                append(content, inherited);
                continue;
            }
            if (node->type != XML_ELEMENT_NODE || depth > 512)
                continue;
            const QByteArray name(reinterpret_cast<const char*>(node->name));
            Format f = inherited;
            const QString style = attribute(node, "style");
            const bool block = name == "p" || name == "div" || name == "li" || name == "tr" || name == "td"
                || name == "th" || name == "blockquote" || name == "pre" || name.startsWith('h');
            if (name == "b" || name == "strong")
                f.flags |= Bold;
            else if (name == "i" || name == "em")
                f.flags |= Italic;
            else if (name == "u")
                f.flags |= Underline;
            else if (name == "s")
                f.flags |= Strike;
            else if (name == "sup")
                f.flags |= Superscript;
            else if (name == "sub")
                f.flags |= Subscript;
            else if (name == "code" || name == "pre")
                f.flags |= Code;
            else if (name == "blockquote")
                f.flags |= Quote;
            else if (name == "td" || name == "th")
                f.flags |= TableCell;
            else if (name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6')
                f.heading = name[1] - '0';
            else if (name == "ul" || name == "ol") {
                f.list = name == "ul" ? 1 : 2;
                ++f.listDepth;
            } else if (name == "a")
                f.link = attribute(node, "href");
            else if (name == "br")
                append(QStringLiteral("\n"), inherited);
            const QString weight = styleValue(style, QLatin1String("font-weight"));
            if (!weight.isEmpty())
                f.flags
                    = (weight == QLatin1String("bold") || weight == QLatin1String("bolder") || weight.toInt() >= 600)
                    ? f.flags | Bold
                    : f.flags & ~Bold;
            const QString fontStyle = styleValue(style, QLatin1String("font-style"));
            if (!fontStyle.isEmpty())
                f.flags = fontStyle == QLatin1String("normal") ? f.flags & ~Italic : f.flags | Italic;
            const QString decoration = styleValue(style, QLatin1String("text-decoration"));
            if (!decoration.isEmpty()) {
                f.flags = decoration.contains(QLatin1String("underline")) ? f.flags | Underline : f.flags & ~Underline;
                f.flags = decoration.contains(QLatin1String("line-through")) ? f.flags | Strike : f.flags & ~Strike;
            }
            const QString vertical = styleValue(style, QLatin1String("vertical-align"));
            if (vertical == QLatin1String("super"))
                f.flags |= Superscript;
            else if (vertical == QLatin1String("sub"))
                f.flags |= Subscript;
            if (block) {
                QString align = attribute(node, "align").toLower();
                const QString textAlign = styleValue(style, QLatin1String("text-align"));
                if (!textAlign.isEmpty())
                    align = textAlign;
                if (align == QLatin1String("left"))
                    align.clear(); // the default
                f.align = align;
                const QString blockIndent = styleValue(style, QLatin1String("-qt-block-indent"));
                const QString margin = styleValue(style, QLatin1String("margin-left"));
                f.indent = (blockIndent == QLatin1String("0") ? QString() : blockIndent) + u'|'
                    + (margin == QLatin1String("0px") || margin == QLatin1String("0") ? QString() : margin);
                if (f.indent == QLatin1String("|"))
                    f.indent.clear();
                append(QStringLiteral("\n"), inherited);
            }
            walk(node->children, f, depth + 1);
            if (block)
                append(QStringLiteral("\n"), inherited);
        }
    }

private:
    void append(const QString& s, const Format& f)
    {
        if (s.isEmpty())
            return;
        if (formats.empty() || !(formats.back() == f))
            formats.push_back(f);
        text += s;
        formatOfChar.insert(
            formatOfChar.end(), static_cast<std::size_t>(s.size()), static_cast<int>(formats.size() - 1));
    }
};

struct FormattedWords {
    std::vector<int> keys;
    std::vector<Format> formats;
};

FormattedWords formattedWords(const QString& html, Interner& interner)
{
    FormattedWords words;
    if (html.isEmpty())
        return words;
    static std::once_flag initialised;
    std::call_once(initialised, [] { xmlInitParser(); });
    const QByteArray bytes = html.toUtf8();
    htmlDocPtr document = htmlReadMemory(bytes.constData(), static_cast<int>(bytes.size()), nullptr, "UTF-8",
        HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING);
    if (!document)
        return words;
    FormatWalker walker;
    walker.walk(document->children, Format {}, 0);
    xmlFreeDoc(document);
    for (const WordToken& token : detail::tokenise(walker.text)) {
        if (!token.word)
            continue;
        words.keys.push_back(interner.id(QStringView(walker.text).mid(token.start, token.length)));
        words.formats.push_back(
            walker.formats[static_cast<std::size_t>(walker.formatOfChar[static_cast<std::size_t>(token.start)])]);
    }
    return words;
}

// What changed in the formatting of the words both versions share.
QStringList formattingChanges(const QString& oldHtml, const QString& newHtml)
{
    Interner interner;
    const FormattedWords a = formattedWords(oldHtml, interner);
    const FormattedWords b = formattedWords(newHtml, interner);
    if (a.keys.empty() || b.keys.empty())
        return {};
    enum Change : unsigned {
        BoldAdded,
        BoldRemoved,
        ItalicAdded,
        ItalicRemoved,
        UnderlineAdded,
        UnderlineRemoved,
        StrikeAdded,
        StrikeRemoved,
        ScriptChanged,
        CodeChanged,
        QuoteAdded,
        QuoteRemoved,
        HeadingAdded,
        HeadingRemoved,
        HeadingLevel,
        BulletsAdded,
        BulletsRemoved,
        NumbersAdded,
        NumbersRemoved,
        ListDepth,
        Alignment,
        Indentation,
        LinkAdded,
        LinkRemoved,
        LinkChanged,
        TableAdded,
        TableRemoved,
        ChangeCount
    };
    std::array<bool, ChangeCount> seen {};
    const auto flag = [&](const Format& o, const Format& n, unsigned bit, Change added, Change removed) {
        if (!(o.flags & bit) && (n.flags & bit))
            seen[added] = true;
        if ((o.flags & bit) && !(n.flags & bit))
            seen[removed] = true;
    };
    const Ses script = [&] {
        if (a.keys == b.keys) {
            Ses same;
            for (std::size_t i = 0; i < a.keys.size(); ++i) {
                const auto index = static_cast<long long>(i + 1);
                same.push_back({ a.keys[i], dtl::elemInfo { index, index, dtl::SES_COMMON } });
            }
            return same;
        }
        return shortestEditScript(a.keys, b.keys);
    }();
    for (const auto& [key, info] : script) {
        if (info.type != dtl::SES_COMMON)
            continue;
        const Format& o = a.formats[static_cast<std::size_t>(info.beforeIdx - 1)];
        const Format& n = b.formats[static_cast<std::size_t>(info.afterIdx - 1)];
        if (o == n)
            continue;
        flag(o, n, Bold, BoldAdded, BoldRemoved);
        flag(o, n, Italic, ItalicAdded, ItalicRemoved);
        flag(o, n, Underline, UnderlineAdded, UnderlineRemoved);
        flag(o, n, Strike, StrikeAdded, StrikeRemoved);
        flag(o, n, Quote, QuoteAdded, QuoteRemoved);
        flag(o, n, TableCell, TableAdded, TableRemoved);
        if ((o.flags & (Superscript | Subscript)) != (n.flags & (Superscript | Subscript)))
            seen[ScriptChanged] = true;
        if ((o.flags & Code) != (n.flags & Code))
            seen[CodeChanged] = true;
        if (o.heading == 0 && n.heading != 0)
            seen[HeadingAdded] = true;
        else if (o.heading != 0 && n.heading == 0)
            seen[HeadingRemoved] = true;
        else if (o.heading != n.heading)
            seen[HeadingLevel] = true;
        if (o.list != n.list) {
            if (o.list == 1)
                seen[BulletsRemoved] = true;
            if (o.list == 2)
                seen[NumbersRemoved] = true;
            if (n.list == 1)
                seen[BulletsAdded] = true;
            if (n.list == 2)
                seen[NumbersAdded] = true;
        } else if (o.listDepth != n.listDepth) {
            seen[ListDepth] = true;
        }
        if (o.align != n.align)
            seen[Alignment] = true;
        if (o.indent != n.indent)
            seen[Indentation] = true;
        if (o.link.isEmpty() && !n.link.isEmpty())
            seen[LinkAdded] = true;
        else if (!o.link.isEmpty() && n.link.isEmpty())
            seen[LinkRemoved] = true;
        else if (o.link != n.link)
            seen[LinkChanged] = true;
    }
    static const char* const descriptions[ChangeCount] = {
        QT_TRANSLATE_NOOP("WordDiffer", "bold added"),
        QT_TRANSLATE_NOOP("WordDiffer", "bold removed"),
        QT_TRANSLATE_NOOP("WordDiffer", "italic added"),
        QT_TRANSLATE_NOOP("WordDiffer", "italic removed"),
        QT_TRANSLATE_NOOP("WordDiffer", "underline added"),
        QT_TRANSLATE_NOOP("WordDiffer", "underline removed"),
        QT_TRANSLATE_NOOP("WordDiffer", "strikethrough added"),
        QT_TRANSLATE_NOOP("WordDiffer", "strikethrough removed"),
        QT_TRANSLATE_NOOP("WordDiffer", "superscript or subscript changed"),
        QT_TRANSLATE_NOOP("WordDiffer", "code formatting changed"),
        QT_TRANSLATE_NOOP("WordDiffer", "quotation added"),
        QT_TRANSLATE_NOOP("WordDiffer", "quotation removed"),
        QT_TRANSLATE_NOOP("WordDiffer", "heading added"),
        QT_TRANSLATE_NOOP("WordDiffer", "heading removed"),
        QT_TRANSLATE_NOOP("WordDiffer", "heading level changed"),
        QT_TRANSLATE_NOOP("WordDiffer", "bulleted list added"),
        QT_TRANSLATE_NOOP("WordDiffer", "bulleted list removed"),
        QT_TRANSLATE_NOOP("WordDiffer", "numbered list added"),
        QT_TRANSLATE_NOOP("WordDiffer", "numbered list removed"),
        QT_TRANSLATE_NOOP("WordDiffer", "list nesting changed"),
        QT_TRANSLATE_NOOP("WordDiffer", "alignment changed"),
        QT_TRANSLATE_NOOP("WordDiffer", "indentation changed"),
        QT_TRANSLATE_NOOP("WordDiffer", "link added"),
        QT_TRANSLATE_NOOP("WordDiffer", "link removed"),
        QT_TRANSLATE_NOOP("WordDiffer", "link address changed"),
        QT_TRANSLATE_NOOP("WordDiffer", "table added"),
        QT_TRANSLATE_NOOP("WordDiffer", "table removed"),
    };
    QStringList changes;
    for (unsigned i = 0; i < ChangeCount; ++i) {
        if (seen[i])
            changes << WordDiffer::tr(descriptions[i]);
    }
    return changes;
}

} // namespace

WordDiff WordDiffer::diffText(const QString& oldText, const QString& newText)
{
    Interner interner;
    const Tokens oldT = tokensOf(oldText, interner);
    const Tokens newT = tokensOf(newText, interner);
    return diffTokenised(oldT, newT, interner);
}

WordDiff WordDiffer::diffVersions(const DraftVersion& oldVersion, const DraftVersion& newVersion)
{
    WordDiff diff = diffText(oldVersion.text, newVersion.text);
    if (oldVersion.html != newVersion.html)
        diff.formattingChanges = formattingChanges(oldVersion.html, newVersion.html);
    diff.formattingChanged = !diff.formattingChanges.isEmpty();
    return diff;
}

QStringList WordDiffer::tokens(const QString& text)
{
    QStringList list;
    const std::vector<WordToken> tokens = detail::tokenise(text);
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const qsizetype begin = i == 0 ? 0 : tokens[i].start;
        list << text.mid(begin, tokens[i].end - begin);
    }
    return list;
}

} // namespace advicehub::drafts
