// The word diff of draft versions (core/drafts/WordDiff): known pairs, words with accents and
// Arabic, punctuation, whitespace, and formatting changes reported as such.
#include "drafts/WordDiff.h"
#include "drafts/HtmlSanitizer.h"

#include <catch2/catch.hpp>

#include <initializer_list>

// Everything of this file in a namespace of its own: the unity build puts several test files in
// one translation unit (tests/CMakeLists.txt).
namespace word_diff_test {

using namespace advicehub;
using namespace advicehub::drafts;

namespace {

using Op = DiffSegment::Op;

QStringList utf8List(std::initializer_list<const char*> items)
{
    QStringList list;
    for (const char* item : items)
        list << QString::fromUtf8(item);
    return list;
}

// The segments as "=text", "-text", "+text".
QStringList marked(const WordDiff& diff)
{
    QStringList list;
    for (const DiffSegment& segment : diff.segments) {
        const QChar mark = segment.op == Op::Equal ? u'=' : (segment.op == Op::Deleted ? u'-' : u'+');
        list << mark + segment.text;
    }
    return list;
}

// Both texts can be rebuilt from the segments: nothing is lost or duplicated.
void checkReconstructs(const WordDiff& diff, const QString& oldText, const QString& newText)
{
    QString oldRebuilt, newRebuilt;
    for (const DiffSegment& segment : diff.segments) {
        if (segment.op != Op::Inserted)
            oldRebuilt += segment.text;
        if (segment.op != Op::Deleted)
            newRebuilt += segment.text;
    }
    CHECK(newRebuilt == newText);
    CHECK(oldRebuilt.simplified().remove(u' ') == oldText.simplified().remove(u' '));
}

DraftVersion version(const QString& html)
{
    Result<SanitisedHtml> clean = HtmlSanitizer::sanitise(html);
    REQUIRE(clean.ok());
    DraftVersion v;
    v.html = clean->html;
    v.text = clean->text;
    v.wordCount = clean->wordCount;
    return v;
}

} // namespace

TEST_CASE("tokens are words with their accents and inner apostrophes, punctuation and attached whitespace")
{
    CHECK(WordDiffer::tokens(QStringLiteral("Dear Ms. Diallo, l’État's follow-up  —  (2026)"))
        == utf8List({ "Dear ", "Ms", ". ", "Diallo", ", ", "l’État's ", "follow-up  ", "—  ", "(", "2026", ")" }));
    CHECK(WordDiffer::tokens(QStringLiteral("  leading")) == utf8List({ "  leading" }));
    CHECK(WordDiffer::tokens(QStringLiteral("اتفاقية مناهضة")) == utf8List({ "اتفاقية ", "مناهضة" }));
    CHECK(WordDiffer::tokens(QString()).isEmpty());
}

TEST_CASE("an inserted word is marked as an insertion between equal segments")
{
    const QString a = QStringLiteral("The State replied.");
    const QString b = QStringLiteral("The State party replied.");
    const WordDiff diff = WordDiffer::diffText(a, b);
    CHECK(marked(diff) == utf8List({ "=The State ", "+party ", "=replied." }));
    CHECK(diff.wordsInserted == 1);
    CHECK(diff.wordsDeleted == 0);
    CHECK_FALSE(diff.identical());
    checkReconstructs(diff, a, b);
}

TEST_CASE("deleted words are marked as a deletion")
{
    const QString a = QStringLiteral("We thank you for your very detailed letter.");
    const QString b = QStringLiteral("We thank you for your letter.");
    const WordDiff diff = WordDiffer::diffText(a, b);
    CHECK(marked(diff) == utf8List({ "=We thank you for your ", "-very detailed ", "=letter." }));
    CHECK(diff.wordsDeleted == 2);
    CHECK(diff.wordsInserted == 0);
    checkReconstructs(diff, a, b);
}

TEST_CASE("a replaced word shows its deletion before its insertion")
{
    const WordDiff diff = WordDiffer::diffText(QStringLiteral("a prompt reply"), QStringLiteral("a swift reply"));
    CHECK(marked(diff) == utf8List({ "=a ", "-prompt ", "+swift ", "=reply" }));
    CHECK(diff.wordsDeleted == 1);
    CHECK(diff.wordsInserted == 1);
}

TEST_CASE("a moved word is a deletion and an insertion")
{
    const QString a = QStringLiteral("urgently we must reply");
    const QString b = QStringLiteral("we must reply urgently");
    const WordDiff diff = WordDiffer::diffText(a, b);
    CHECK(diff.wordsDeleted == 1);
    CHECK(diff.wordsInserted == 1);
    CHECK(marked(diff).first() == QLatin1String("-urgently "));
    CHECK(marked(diff).last() == QLatin1String("+urgently"));
    checkReconstructs(diff, a, b);
}

TEST_CASE("accents make a different word, and accented words are one token")
{
    const WordDiff diff = WordDiffer::diffText(
        QStringLiteral("la Côte d’Ivoire et l'État"), QStringLiteral("la Cote d’Ivoire et l'État"));
    CHECK(marked(diff) == utf8List({ "=la ", "-Côte ", "+Cote ", "=d’Ivoire et l'État" }));
    CHECK(diff.wordsDeleted == 1);
    CHECK(diff.wordsInserted == 1);
    // Decomposed accents (e + combining acute) stay inside their word.
    const WordDiff decomposed = WordDiffer::diffText(QStringLiteral("ete\u0301 vu"), QStringLiteral("ete\u0301 revu"));
    CHECK(marked(decomposed) == utf8List({ "=ete\u0301 ", "-vu", "+revu" }));
}

TEST_CASE("Arabic words are compared word by word")
{
    const QString a = QStringLiteral("تلتزم الدولة الطرف باتخاذ إجراءات فعّالة");
    const QString b = QStringLiteral("تلتزم الدولة باتخاذ إجراءات تشريعية فعّالة");
    const WordDiff diff = WordDiffer::diffText(a, b);
    CHECK(marked(diff) == utf8List({ "=تلتزم الدولة ", "-الطرف ", "=باتخاذ إجراءات ", "+تشريعية ", "=فعّالة" }));
    CHECK(diff.wordsDeleted == 1);
    CHECK(diff.wordsInserted == 1);
    checkReconstructs(diff, a, b);
}

TEST_CASE("changed punctuation is marked but counts no word")
{
    const WordDiff diff = WordDiffer::diffText(QStringLiteral("Thank you."), QStringLiteral("Thank you!"));
    CHECK(marked(diff) == utf8List({ "=Thank you", "-.", "+!" }));
    CHECK(diff.wordsDeleted == 0);
    CHECK(diff.wordsInserted == 0);
    // Still a change: the history and `draft diff` must not call the versions identical.
    CHECK_FALSE(diff.identical());
}

TEST_CASE("a change in whitespace only is no change")
{
    const QString a = QStringLiteral("Dear  Ms Diallo,\n\nThank you .");
    const QString b = QStringLiteral("Dear Ms Diallo, Thank\tyou.");
    const WordDiff diff = WordDiffer::diffText(a, b);
    CHECK(marked(diff) == QStringList({ QLatin1String("=") + b }));
    CHECK(diff.identical());
    CHECK(WordDiffer::diffText(QString(), QString()).identical());
    CHECK(WordDiffer::diffText(QString(), QString()).segments.empty());
}

TEST_CASE("texts that share nothing, or one of them empty, are one deletion and one insertion")
{
    const WordDiff diff = WordDiffer::diffText(QStringLiteral("old words"), QStringLiteral("new text here"));
    CHECK(marked(diff) == utf8List({ "-old words", "+new text here" }));
    CHECK(diff.wordsDeleted == 2);
    CHECK(diff.wordsInserted == 3);
    CHECK(marked(WordDiffer::diffText(QString(), QStringLiteral("x y"))) == utf8List({ "+x y" }));
    CHECK(marked(WordDiffer::diffText(QStringLiteral("x y"), QString())) == utf8List({ "-x y" }));
}

TEST_CASE("changes in several paragraphs of a long text are found word by word")
{
    QStringList oldParagraphs, newParagraphs;
    for (int i = 0; i < 50; ++i) {
        const QString paragraph = QStringLiteral("Paragraph %1 says what the Secretariat thinks of item %1.").arg(i);
        oldParagraphs << paragraph;
        newParagraphs << (i % 10 == 3 ? QString(paragraph).replace(QLatin1String("thinks"), QLatin1String("knows"))
                                      : paragraph);
    }
    newParagraphs.insert(20, QStringLiteral("A new paragraph."));
    newParagraphs.removeAt(40);
    const QString a = oldParagraphs.join(u'\n');
    const QString b = newParagraphs.join(u'\n');
    const WordDiff diff = WordDiffer::diffText(a, b);
    CHECK(diff.wordsDeleted == 5 + 10); // "thinks" five times, one paragraph of ten words
    CHECK(diff.wordsInserted == 5 + 3);
    checkReconstructs(diff, a, b);
}

TEST_CASE("a formatting-only change between versions is reported as such")
{
    const DraftVersion plain = version(QStringLiteral("<p>We thank the State for its reply.</p><p>Regards</p>"));
    const DraftVersion bold = version(QStringLiteral("<p>We thank the <b>State</b> for its reply.</p><p>Regards</p>"));
    const WordDiff added = WordDiffer::diffVersions(plain, bold);
    CHECK(added.wordsInserted == 0);
    CHECK(added.wordsDeleted == 0);
    CHECK(added.formattingChanged);
    CHECK_FALSE(added.identical());
    CHECK(added.formattingChanges == utf8List({ "bold added" }));
    CHECK(WordDiffer::diffVersions(bold, plain).formattingChanges == utf8List({ "bold removed" }));

    // Qt's own way of writing bold is the same bold.
    const DraftVersion qtBold = version(QStringLiteral(
        "<p>We thank the <span style=\" font-weight:700;\">State</span> for its reply.</p><p>Regards</p>"));
    CHECK(WordDiffer::diffVersions(bold, qtBold).identical());

    const DraftVersion list
        = version(QStringLiteral("<h2>We thank the State for its reply.</h2><ul><li>Regards</li></ul>"));
    const WordDiff structure = WordDiffer::diffVersions(plain, list);
    CHECK(structure.formattingChanges == utf8List({ "heading added", "bulleted list added" }));

    const DraftVersion linked = version(QStringLiteral(
        "<p align=center>We thank the <a href=\"https://example.org/a\">State</a> for its reply.</p><p>Regards</p>"));
    const DraftVersion relinked = version(QStringLiteral(
        "<p align=center>We thank the <a href=\"https://example.org/b\">State</a> for its reply.</p><p>Regards</p>"));
    CHECK(WordDiffer::diffVersions(plain, linked).formattingChanges == utf8List({ "alignment changed", "link added" }));
    CHECK(WordDiffer::diffVersions(linked, relinked).formattingChanges == utf8List({ "link address changed" }));

    // The same version: nothing.
    CHECK(WordDiffer::diffVersions(linked, linked).identical());
}

TEST_CASE("formatting of inserted words is part of the insertion, not a formatting change")
{
    const DraftVersion a = version(QStringLiteral("<p>We thank the State.</p>"));
    const DraftVersion b = version(QStringLiteral("<p>We thank the <i>State party</i>.</p>"));
    const WordDiff diff = WordDiffer::diffVersions(a, b);
    CHECK(diff.wordsInserted == 1);
    CHECK(diff.formattingChanges == utf8List({ "italic added" })); // "State" itself became italic
    const DraftVersion c = version(QStringLiteral("<p>We thank the State <i>warmly</i>.</p>"));
    const WordDiff onlyInserted = WordDiffer::diffVersions(a, c);
    CHECK(onlyInserted.wordsInserted == 1);
    CHECK_FALSE(onlyInserted.formattingChanged);
}

TEST_CASE("a long text edited throughout, or rewritten entirely, is still diffed exactly")
{
    QStringList oldParagraphs, touched, rewritten;
    for (int i = 0; i < 60; ++i) {
        QStringList words;
        for (int w = 0; w < 60; ++w)
            words << QStringLiteral("w%1x%2").arg(i).arg(w % 7);
        oldParagraphs << words.join(u' ');
        QStringList changed = words;
        changed[(i * 7) % 60] = QStringLiteral("changed");
        touched << changed.join(u' ');
        rewritten << QStringLiteral("fresh%1 ").arg(i).repeated(60).trimmed();
    }
    const QString a = oldParagraphs.join(u'\n');
    const WordDiff edited = WordDiffer::diffText(a, touched.join(u'\n'));
    CHECK(edited.wordsDeleted == 60);
    CHECK(edited.wordsInserted == 60);
    checkReconstructs(edited, a, touched.join(u'\n'));
    const WordDiff replaced = WordDiffer::diffText(a, rewritten.join(u'\n'));
    CHECK(replaced.wordsDeleted == 3600);
    CHECK(replaced.wordsInserted == 3600);
    checkReconstructs(replaced, a, rewritten.join(u'\n'));
}

} // namespace word_diff_test
