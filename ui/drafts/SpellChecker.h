#pragma once

#include "drafts/DraftTypes.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QSyntaxHighlighter>

#include <memory>

class Hunspell;

namespace advicehub::ui {

// Hunspell with Debian's dictionary for a draft's language (/usr/share/hunspell/en_GB, fr_FR,
// es_ES), plus the words the Secretariat added to the vault's dictionary (loaded with add(); kept
// in the vault only, never in a personal dictionary file). A missing dictionary is not an error
// the editor stops on: available() is false and unavailableReason() says which file is missing.
class SpellChecker {
    Q_DECLARE_TR_FUNCTIONS(SpellChecker)
public:
    explicit SpellChecker(drafts::DraftLanguage language, const QString& directory = defaultDirectory());
    ~SpellChecker();
    SpellChecker(const SpellChecker&) = delete;
    SpellChecker& operator=(const SpellChecker&) = delete;

    static QString defaultDirectory(); // /usr/share/hunspell
    static QString dictionaryName(drafts::DraftLanguage language); // "en_GB", "fr_FR", "es_ES"

    drafts::DraftLanguage language() const { return m_language; }
    bool available() const { return m_hunspell != nullptr; }
    QString unavailableReason() const { return m_reason; }

    // True for a correctly spelt word (and for anything while no dictionary is loaded).
    bool isCorrect(const QString& word) const;
    QStringList suggestions(const QString& word) const;
    // Accepts a word for this session's checker (the vault's dictionary words, a new addition).
    void addWord(const QString& word);

private:
    drafts::DraftLanguage m_language;
    std::unique_ptr<Hunspell> m_hunspell;
    QString m_reason;
};

// Marks every misspelt word of a document with a red wave underline, block by block as the text
// changes (QSyntaxHighlighter only re-highlights the blocks that changed).
class SpellHighlighter : public QSyntaxHighlighter {
    Q_OBJECT
public:
    SpellHighlighter(SpellChecker* checker, QTextDocument* document);

    void setChecker(SpellChecker* checker);
    SpellChecker* checker() const { return m_checker; }
    // The words of a text as the checker sees them: letters and marks, with inner apostrophes and
    // hyphens; digits and words with digits are skipped. (start, length) pairs.
    static QList<QPair<int, int>> words(const QString& text);

protected:
    void highlightBlock(const QString& text) override;

private:
    SpellChecker* m_checker;
};

} // namespace advicehub::ui
