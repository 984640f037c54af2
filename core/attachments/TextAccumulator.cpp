#include "attachments/TextAccumulator.h"

#include <algorithm>

namespace advicehub::attachments {

namespace {

// The characters that separate words for the index. U+0000 and the other C0 controls are treated
// as white space: they are not text and would only confuse the tokenizer.
bool isBreak(QChar c)
{
    return c.isSpace() || c.unicode() < 0x20 || c.unicode() == 0x7f;
}

} // namespace

TextAccumulator::TextAccumulator(qsizetype limit) : m_limit(limit)
{ }

void TextAccumulator::put(QChar c)
{
    if (full())
        return;
    if (m_pendingSpace) {
        m_pendingSpace = false;
        if (!m_text.isEmpty() && m_text.back() != u'\n')
            m_text.append(u' ');
        if (full())
            return;
    }
    m_text.append(c);
}

void TextAccumulator::append(QStringView text)
{
    for (const QChar c : text) {
        if (full())
            return;
        if (isBreak(c))
            m_pendingSpace = true;
        else
            put(c);
    }
}

void TextAccumulator::appendLines(QStringView text)
{
    for (const QChar c : text) {
        if (full())
            return;
        if (c == u'\n' || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            endParagraph();
        else if (isBreak(c))
            m_pendingSpace = true; // includes '\r' of CR LF
        else
            put(c);
    }
}

void TextAccumulator::space()
{
    m_pendingSpace = true;
}

void TextAccumulator::endParagraph()
{
    m_pendingSpace = false;
    if (!m_text.isEmpty() && m_text.back() != u'\n' && !full())
        m_text.append(u'\n');
}

QString TextAccumulator::take(bool* cut)
{
    QString text = std::move(m_text);
    m_text.clear();
    m_pendingSpace = false;
    return cutAtWordBoundary(std::move(text), m_limit, cut);
}

QString cutAtWordBoundary(QString text, qsizetype limit, bool* cut)
{
    const bool over = text.size() > limit;
    if (cut)
        *cut = over;
    if (over) {
        // text.at(limit) exists: a break there means the first `limit` characters end a word.
        const qsizetype floor = std::max<qsizetype>(0, limit - 1000);
        qsizetype at = limit;
        while (at > floor && !isBreak(text.at(at)))
            --at;
        if (at <= floor) {
            at = limit; // one long "word" (a run of CJK, a base64 blob): cut at the limit
            if (at > 0 && text.at(at - 1).isHighSurrogate())
                --at;
        }
        text.truncate(at);
    }
    qsizetype end = text.size();
    while (end > 0 && isBreak(text.at(end - 1)))
        --end;
    text.truncate(end);
    return text;
}

} // namespace advicehub::attachments
