#include "drafts/WordTokens.h"

namespace advicehub::drafts::detail {

namespace {

char32_t codePointAt(QStringView text, qsizetype i, int* size)
{
    const QChar c = text[i];
    if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
        *size = 2;
        return QChar::surrogateToUcs4(c, text[i + 1]);
    }
    *size = 1;
    return c.unicode();
}

// ASCII first: most text of a letter is, and the Unicode tables cost a lookup per character.
bool isWordChar(char32_t c)
{
    if (c < 0x80)
        return (c >= U'0' && c <= U'9') || ((c | 0x20) >= U'a' && (c | 0x20) <= U'z');
    return QChar::isLetterOrNumber(c) || QChar::isMark(c);
}

bool isJoiner(char32_t c)
{
    return c == U'\'' || c == U'\u2019' || c == U'-' || c == U'\u2011' || c == U'\u200c' || c == U'\u200d';
}

bool isSpace(char32_t c)
{
    if (c < 0x80)
        return c == U' ' || (c >= U'\t' && c <= U'\r');
    return QChar::isSpace(c);
}

// Calls `f` with each token in order (tokenise collects them, countWords only counts).
template <typename F> void scanTokens(QStringView text, F&& f)
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    int size = 1;
    // Leading whitespace: attached to the first token (see the header).
    while (i < n && isSpace(codePointAt(text, i, &size)))
        i += size;
    while (i < n) {
        WordToken token;
        token.start = i;
        const char32_t c = codePointAt(text, i, &size);
        if (isWordChar(c)) {
            token.word = true;
            i += size;
            while (i < n) {
                const char32_t d = codePointAt(text, i, &size);
                if (isWordChar(d)) {
                    i += size;
                    continue;
                }
                if (isJoiner(d) && i + size < n) {
                    int nextSize = 1;
                    if (isWordChar(codePointAt(text, i + size, &nextSize))) {
                        i += size + nextSize;
                        continue;
                    }
                }
                break;
            }
        } else {
            i += size;
        }
        token.length = i - token.start;
        while (i < n && isSpace(codePointAt(text, i, &size)))
            i += size;
        token.end = i;
        f(token);
    }
}

} // namespace

std::vector<WordToken> tokenise(QStringView text)
{
    std::vector<WordToken> tokens;
    scanTokens(text, [&](const WordToken& token) { tokens.push_back(token); });
    return tokens;
}

int countWords(QStringView text)
{
    int words = 0;
    scanTokens(text, [&](const WordToken& token) { words += token.word ? 1 : 0; });
    return words;
}

} // namespace advicehub::drafts::detail
