// Spell checking of the draft editor: hunspell with Debian's dictionaries (the draft's language
// picks the dictionary), the red wave under misspelt words, the vault's own words, a missing
// dictionary reported rather than crashing.
#include "TestSupport.h"
#include "drafts/DraftTextEdit.h"
#include "drafts/SpellChecker.h"

#include <catch2/catch.hpp>

#include <QFileInfo>
#include <QMenu>
#include <QTextBlock>
#include <QTextEdit>
#include <QTextLayout>

#include <cstdio>
#include <cstdlib>

// Everything of this file in a namespace of its own: the unity build puts several test files in
// one translation unit (tests/CMakeLists.txt).
namespace spell_check_test {

using namespace advicehub;
using namespace advicehub::ui;
using drafts::DraftLanguage;

namespace {

void requireDictionaries()
{
    for (const char* name : { "en_GB", "fr_FR", "es_ES" }) {
        if (!QFileInfo::exists(QStringLiteral("/usr/share/hunspell/%1.dic").arg(QLatin1String(name)))) {
            std::fprintf(stderr,
                "SKIPPED: the hunspell dictionary %s is not installed (hunspell-en-gb, hunspell-fr, "
                "hunspell-es)\n",
                name);
            std::exit(77);
        }
    }
}

// The words of the first block the highlighter underlines with a wave.
QStringList markedWords(QTextEdit& edit)
{
    QStringList words;
    const QTextBlock block = edit.document()->firstBlock();
    for (const QTextLayout::FormatRange& range : block.layout()->formats()) {
        if (range.format.underlineStyle() == QTextCharFormat::WaveUnderline)
            words << block.text().mid(range.start, range.length);
    }
    return words;
}

} // namespace

TEST_CASE("the dictionary of the draft's language decides what is misspelt", "[spelling]")
{
    requireDictionaries();
    SpellChecker english(DraftLanguage::English);
    REQUIRE(english.available());
    CHECK(english.isCorrect(QStringLiteral("colour")));
    CHECK(english.isCorrect(QStringLiteral("Convention")));
    CHECK_FALSE(english.isCorrect(QStringLiteral("recieve")));
    CHECK(english.suggestions(QStringLiteral("recieve")).contains(QStringLiteral("receive")));

    SpellChecker french(DraftLanguage::French);
    REQUIRE(french.available());
    CHECK(french.isCorrect(QStringLiteral("État")));
    CHECK(french.isCorrect(QStringLiteral("l'État")));
    CHECK(french.isCorrect(QStringLiteral("l\u2019État"))); // typographic apostrophe
    CHECK_FALSE(french.isCorrect(QStringLiteral("recieve")));

    SpellChecker spanish(DraftLanguage::Spanish);
    REQUIRE(spanish.available());
    CHECK(spanish.isCorrect(QStringLiteral("tortura")));
    CHECK_FALSE(spanish.isCorrect(QStringLiteral("colour")));
}

TEST_CASE("misspelt words get a red wave underline, the vault's words and digits do not", "[spelling]")
{
    requireDictionaries();
    QTextEdit edit;
    SpellChecker checker(DraftLanguage::English);
    SpellHighlighter highlighter(&checker, edit.document());
    edit.setPlainText(QStringLiteral("We recieve the follow-up from the Comittee on 12 May, ref 42b."));
    CHECK(markedWords(edit) == QStringList { QStringLiteral("recieve"), QStringLiteral("Comittee") });

    // Bold text keeps its weight under the wave: the highlighter only adds the underline.
    const QTextBlock block = edit.document()->firstBlock();
    for (const QTextLayout::FormatRange& range : block.layout()->formats()) {
        CHECK(range.format.underlineColor() == QColor(0xd0, 0x10, 0x10));
        CHECK_FALSE(range.format.hasProperty(QTextFormat::FontWeight));
    }

    checker.addWord(QStringLiteral("Comittee"));
    highlighter.rehighlight();
    CHECK(markedWords(edit) == QStringList { QStringLiteral("recieve") });
}

TEST_CASE("a missing dictionary turns spell checking off with a reason, never a crash", "[spelling]")
{
    test::TempDir empty;
    SpellChecker checker(DraftLanguage::French, empty.path());
    CHECK_FALSE(checker.available());
    CHECK(checker.unavailableReason().contains(QLatin1String("fr_FR.dic")));
    CHECK(checker.isCorrect(QStringLiteral("recieve"))); // nothing marked
    CHECK(checker.suggestions(QStringLiteral("recieve")).isEmpty());
    checker.addWord(QStringLiteral("word")); // harmless

    QTextEdit edit;
    SpellHighlighter highlighter(&checker, edit.document());
    edit.setPlainText(QStringLiteral("recieve"));
    CHECK(markedWords(edit).isEmpty());
}

TEST_CASE("the context menu of a misspelt word offers suggestions and the vault dictionary", "[spelling]")
{
    requireDictionaries();
    DraftTextEdit edit;
    SpellChecker checker(DraftLanguage::English);
    SpellHighlighter highlighter(&checker, edit.document());
    edit.setSpellChecker(&checker);
    edit.setPlainText(QStringLiteral("We recieve it"));
    edit.resize(400, 200);
    edit.show();

    QTextCursor inWord(edit.document());
    inWord.setPosition(5);
    const QPoint at = edit.cursorRect(inWord).center();
    std::unique_ptr<QMenu> menu(edit.createContextMenu(at));
    QStringList suggestions;
    QAction* add = nullptr;
    for (QAction* action : menu->actions()) {
        if (action->objectName() == QLatin1String("spellingSuggestion"))
            suggestions << action->text();
        if (action->objectName() == QLatin1String("addToDictionaryAction"))
            add = action;
    }
    REQUIRE(suggestions.contains(QStringLiteral("receive")));
    REQUIRE(add != nullptr);

    QString requested;
    QObject::connect(&edit, &DraftTextEdit::addToDictionaryRequested, [&](const QString& word) { requested = word; });
    add->trigger();
    CHECK(requested == QStringLiteral("recieve"));

    for (QAction* action : menu->actions()) {
        if (action->objectName() == QLatin1String("spellingSuggestion") && action->text() == QLatin1String("receive"))
            action->trigger();
    }
    CHECK(edit.toPlainText() == QStringLiteral("We receive it"));
}

} // namespace spell_check_test
