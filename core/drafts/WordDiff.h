#pragma once

#include "drafts/DraftTypes.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace advicehub::drafts {

// Word-by-word comparison of two texts with Debian's libdtl (an O(ND) shortest-edit-script
// implementation, header only). Texts are split into tokens: words (letters, digits and combining
// marks, so "État", "Tanzanía" and Arabic words are one token each; inner apostrophes and hyphens
// kept), single punctuation characters, and whitespace runs (attached to the segments, compared
// loosely: a changed amount of whitespace is no change). Equal neighbouring tokens are merged into
// segments. A moved word shows as a deletion and an insertion.
class WordDiffer {
    Q_DECLARE_TR_FUNCTIONS(WordDiffer)
public:
    // The texts only.
    static WordDiff diffText(const QString& oldText, const QString& newText);
    // Two versions: the text diff, plus what changed in the formatting (sanitised HTML compared
    // tag by tag: "bold added", "bulleted list removed", "heading changed", "link changed"…),
    // reported even when the words are the same.
    static WordDiff diffVersions(const DraftVersion& oldVersion, const DraftVersion& newVersion);
    // The tokens of a text (exposed for tests).
    static QStringList tokens(const QString& text);
};

} // namespace advicehub::drafts
