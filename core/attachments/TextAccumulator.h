#pragma once

#include "attachments/TextExtraction.h"

#include <QString>
#include <QStringView>

namespace advicehub::attachments {

// The text an extractor collects, bounded while it is collected: an extractor appends as it reads
// and stops reading once full(), so a 200 MB text file or a DOCX of repeated paragraphs never
// becomes a string larger than the limit (plus one character, to know that something was cut).
// Every extractor (plain text, ODT/DOCX, PDF) goes through it, so the rules are the same for all:
// runs of white space become one space inside a paragraph, paragraphs are separated by one
// newline, C0 controls and U+0000 never reach the search index.
class TextAccumulator {
public:
    explicit TextAccumulator(qsizetype limit = kMaxTextChars);

    // Text as it appears in a paragraph; white space (including newlines) collapses.
    void append(QStringView text);
    // Text whose line breaks are meant (a plain text file, a PDF page): each line break ends a
    // paragraph, other white space collapses.
    void appendLines(QStringView text);
    void space();
    void endParagraph();

    // More than the limit is held: the rest of the document need not be read.
    bool full() const { return m_text.size() > m_limit; }
    // The text, cut at the limit at a word boundary when it is longer. `cut` (optional) says
    // whether anything was dropped.
    QString take(bool* cut = nullptr);

private:
    void put(QChar c);

    QString m_text;
    qsizetype m_limit;
    bool m_pendingSpace = false;
};

// `text` cut to at most `limit` characters: at the last white space at or before the limit when
// there is one in the last 1,000 characters before it (else at the limit, never between the two
// halves of a surrogate pair), trailing white space removed.
QString cutAtWordBoundary(QString text, qsizetype limit, bool* cut = nullptr);

} // namespace advicehub::attachments
