#include "drafts/SpellChecker.h"

#include <QFileInfo>
#include <QTextCharFormat>

#include <hunspell/hunspell.hxx>

namespace advicehub::ui {

using drafts::DraftLanguage;

QString SpellChecker::defaultDirectory()
{
    return QStringLiteral("/usr/share/hunspell");
}

QString SpellChecker::dictionaryName(DraftLanguage language)
{
    switch (language) {
    case DraftLanguage::French:
        return QStringLiteral("fr_FR");
    case DraftLanguage::Spanish:
        return QStringLiteral("es_ES");
    case DraftLanguage::English:
        break;
    }
    return QStringLiteral("en_GB");
}

SpellChecker::SpellChecker(DraftLanguage language, const QString& directory) : m_language(language)
{
    const QString base = directory + QLatin1Char('/') + dictionaryName(language);
    const QString aff = base + QStringLiteral(".aff");
    const QString dic = base + QStringLiteral(".dic");
    if (!QFileInfo(aff).isReadable() || !QFileInfo(dic).isReadable()) {
        m_reason = tr("Spell checking is off: the %1 dictionary (%2) is not installed.")
                       .arg(drafts::DraftText::label(language), QFileInfo(dic).fileName());
        return;
    }
    m_hunspell = std::make_unique<Hunspell>(QFile::encodeName(aff).constData(), QFile::encodeName(dic).constData());
    // Debian's en_GB, fr and es dictionaries are UTF-8; another encoding would garble every
    // word with an accent, so such a dictionary is refused rather than used wrongly.
    if (QString::fromStdString(m_hunspell->get_dict_encoding()).compare(QLatin1String("UTF-8"), Qt::CaseInsensitive)
        != 0) {
        m_hunspell.reset();
        m_reason
            = tr("Spell checking is off: the %1 dictionary is not in UTF-8.").arg(drafts::DraftText::label(language));
    }
}

SpellChecker::~SpellChecker() = default;

bool SpellChecker::isCorrect(const QString& word) const
{
    if (!m_hunspell || word.isEmpty())
        return true;
    const std::string utf8 = word.toStdString();
    if (m_hunspell->spell(utf8))
        return true;
    // Typographic apostrophes (l’État) as the dictionaries spell them (l'État).
    if (word.contains(QChar(0x2019))) {
        QString plain = word;
        plain.replace(QChar(0x2019), QLatin1Char('\''));
        return m_hunspell->spell(plain.toStdString());
    }
    return false;
}

QStringList SpellChecker::suggestions(const QString& word) const
{
    QStringList result;
    if (!m_hunspell || word.isEmpty())
        return result;
    for (const std::string& suggestion : m_hunspell->suggest(word.toStdString()))
        result << QString::fromStdString(suggestion);
    return result;
}

void SpellChecker::addWord(const QString& word)
{
    if (m_hunspell && !word.isEmpty())
        m_hunspell->add(word.toStdString());
}

SpellHighlighter::SpellHighlighter(SpellChecker* checker, QTextDocument* document)
    : QSyntaxHighlighter(document), m_checker(checker)
{ }

void SpellHighlighter::setChecker(SpellChecker* checker)
{
    m_checker = checker;
    rehighlight();
}

QList<QPair<int, int>> SpellHighlighter::words(const QString& text)
{
    QList<QPair<int, int>> found;
    const auto isWordChar = [](QChar c) { return c.isLetterOrNumber() || c.isMark(); };
    const auto isJoiner = [](QChar c) { return c == QLatin1Char('\'') || c == QChar(0x2019) || c == QLatin1Char('-'); };
    int i = 0;
    const int n = static_cast<int>(text.size());
    while (i < n) {
        if (!isWordChar(text.at(i))) {
            ++i;
            continue;
        }
        const int start = i;
        bool digit = false;
        while (i < n) {
            if (isWordChar(text.at(i))) {
                digit = digit || text.at(i).isDigit();
                ++i;
            } else if (isJoiner(text.at(i)) && i + 1 < n && isWordChar(text.at(i + 1))) {
                ++i;
            } else {
                break;
            }
        }
        if (!digit)
            found.append({ start, i - start });
    }
    return found;
}

void SpellHighlighter::highlightBlock(const QString& text)
{
    if (!m_checker || !m_checker->available())
        return;
    QTextCharFormat misspelt;
    misspelt.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    misspelt.setUnderlineColor(QColor(0xd0, 0x10, 0x10));
    for (const auto& [start, length] : words(text)) {
        const QString word = text.mid(start, length);
        if (m_checker->isCorrect(word))
            continue;
        // A hyphenated compound is accepted when each part is ("follow-up", "peut-être").
        if (word.contains(QLatin1Char('-'))) {
            bool allParts = true;
            for (const QString& part : word.split(QLatin1Char('-'), Qt::SkipEmptyParts))
                allParts = allParts && m_checker->isCorrect(part);
            if (allParts)
                continue;
        }
        setFormat(start, length, misspelt);
    }
}

} // namespace advicehub::ui
