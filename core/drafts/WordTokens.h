#pragma once

#include <QString>
#include <QStringView>

#include <vector>

namespace advicehub::drafts::detail {

// One token of a text as the word diff and the word count see it (private to core/drafts).
struct WordToken {
    qsizetype start = 0; // where the token's own text begins (after any leading whitespace)
    qsizetype length = 0; // of the word or punctuation character, whitespace excluded
    qsizetype end = 0; // after the whitespace that follows it
    bool word = false; // letters, digits, marks (with inner apostrophes and hyphens); else punctuation
};

// Words: runs of letters, digits and combining marks (accents, Arabic harakat), with an inner
// apostrophe (' or ’), hyphen or zero-width (non-)joiner kept when a word character follows.
// Every other non-space character is a token of its own. Whitespace belongs to the token before
// it; whitespace at the very start belongs to the first token.
std::vector<WordToken> tokenise(QStringView text);
int countWords(QStringView text);

} // namespace advicehub::drafts::detail
