// advicehub-bench-drafts: how response drafting (issue 11) performs — the word diff of two
// 5,000-word versions, sanitising 1 MB of pasted HTML, opening a draft with 200 versions,
// autosaving a 20-page draft, and full-text search at 100,000 queries plus 100,000 drafts. Each
// row is measured against a baseline run in the same process (the library alone, or the same
// SQL through the core's connection), so the table says what our layers cost. Not a test: it
// prints a table (docs/PERFORMANCE.md has the numbers and the command).

#include "BenchSupport.h"

#include "drafts/HtmlSanitizer.h"
#include "drafts/WordDiff.h"

#include <dtl/dtl.hpp>
#include <libxml/HTMLparser.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRandomGenerator>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace advicehub;
using namespace advicehub::bench;
using namespace advicehub::drafts;

namespace {

const char* const kVocabulary[] = { "the", "State", "party", "Committee", "against", "Torture", "Convention",
    "national", "preventive", "mechanism", "report", "article", "implementation", "legislation", "criminal", "code",
    "definition", "detention", "custody", "safeguards", "access", "lawyer", "doctor", "family", "complaint",
    "investigation", "prompt", "impartial", "redress", "rehabilitation", "training", "police", "prison", "officials",
    "ratification", "accession", "optional", "protocol", "Subcommittee", "visit", "recommendation", "follow-up",
    "l'État", "Côte", "d'Ivoire", "réponse", "législation", "política", "Tanzanía", "of", "and", "to", "in", "for",
    "with", "on", "by", "its", "is", "are", "was", "has", "should", "must", "may", "we", "our", "their", "this", "that",
    "which", "as", "at", "from", "under", "within", "all", "any", "each", "such", "other", "new", "further", "well" };

QString word(QRandomGenerator& random)
{
    const auto n = static_cast<quint32>(std::size(kVocabulary));
    return QString::fromUtf8(kVocabulary[random.bounded(n)]);
}

// A letter of `words` words in paragraphs of 40–80 words, sentences of 8–20.
QStringList paragraphsOfWords(int words, quint32 seed)
{
    QRandomGenerator random(seed);
    QStringList paragraphs;
    int written = 0;
    while (written < words) {
        QString paragraph;
        const int length = std::min(words - written, 40 + static_cast<int>(random.bounded(41u)));
        int sentence = 0;
        for (int i = 0; i < length; ++i) {
            if (!paragraph.isEmpty())
                paragraph += u' ';
            QString w = word(random);
            if (sentence == 0)
                w[0] = w[0].toUpper();
            paragraph += w;
            if (++sentence >= 8 + static_cast<int>(random.bounded(13u)) || i + 1 == length) {
                paragraph += i % 3 == 0 ? QLatin1String(";") : QLatin1String(".");
                sentence = 0;
            } else if (random.bounded(10u) == 0) {
                paragraph += u',';
            }
        }
        paragraphs << paragraph;
        written += length;
    }
    return paragraphs;
}

// Changes every `every`-th word (a different word, so the diff finds a deletion and an insertion).
QStringList edited(const QStringList& paragraphs, int every, quint32 seed)
{
    QRandomGenerator random(seed);
    QStringList result;
    int counter = 0;
    for (const QString& paragraph : paragraphs) {
        QStringList words = paragraph.split(u' ');
        for (QString& w : words) {
            if (++counter % every == 0)
                w = QStringLiteral("changed%1").arg(random.bounded(1000u));
        }
        result << words.join(u' ');
    }
    return result;
}

QString asHtml(const QStringList& paragraphs)
{
    QString html;
    for (const QString& p : paragraphs)
        html += QStringLiteral("<p style=\" margin-top:0px; margin-bottom:0px;\">") + p.toHtmlEscaped()
            + QStringLiteral("</p>\n");
    return html;
}

// About 1 MB of HTML as a word processor pastes it: classes, inline mso styles, o:p elements,
// bold and italic spans, links, a table now and then, conditional comments, a style sheet.
QByteArray pastedHtml(int bytes)
{
    QByteArray html = "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><meta charset=\"utf-8\">"
                      "<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}</style>"
                      "</head><body lang=EN-GB>";
    const QStringList paragraphs = paragraphsOfWords(200000, 7);
    int i = 0;
    while (html.size() < bytes) {
        const QString& p = paragraphs[i % paragraphs.size()];
        const qsizetype cut = p.indexOf(u' ', p.size() / 3);
        html += "<p class=MsoNormal style='margin-bottom:6.0pt;mso-line-height-alt:12pt'><b><span "
                "style='font-size:12.0pt;mso-bidi-font-family:Arial'>";
        html += p.left(cut).toHtmlEscaped().toUtf8();
        html += "</span></b><span style='mso-spacerun:yes'> </span><i>";
        html += p.mid(cut).toHtmlEscaped().toUtf8();
        html += "</i> <a href=\"https://cti2024.org/en/tools\" title=\"CTI\">CTI</a><o:p></o:p></p>\n";
        if (i % 25 == 0)
            html += "<!--[if !supportLists]--><table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>"
                    "<tr><td width=300 valign=top style='width:225pt;border:solid windowtext 1.0pt'>cell</td>"
                    "<td>other</td></tr></table><!--[endif]-->\n";
        ++i;
    }
    html += "</body></html>";
    return html;
}

// The library alone: dtl over the words split at spaces, one level.
void rawDtl(const QString& a, const QString& b)
{
    const QStringList wa = a.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    const QStringList wb = b.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    const std::vector<QString> va(wa.begin(), wa.end());
    const std::vector<QString> vb(wb.begin(), wb.end());
    dtl::Diff<QString, std::vector<QString>> diff(va, vb);
    diff.onHuge();
    diff.compose();
    if (diff.getSes().getSequence().empty() && !va.empty())
        die(QStringLiteral("dtl returned no edit script"));
}

void textRows(Table& table, int runs)
{
    const QStringList base = paragraphsOfWords(5000, 2026);
    const QString a = base.join(u'\n');
    struct Variant {
        const char* name;
        QString b;
    };
    QStringList withMoves = edited(base, 100, 3);
    withMoves.insert(10, QStringLiteral("An inserted paragraph of a few words."));
    withMoves.removeAt(40);
    const std::vector<Variant> variants = {
        { "1% of the words changed, a paragraph added and one removed", withMoves.join(u'\n') },
        { "10% of the words changed (every paragraph touched)", edited(base, 10, 4).join(u'\n') },
        { "completely rewritten (no word in common)", edited(base, 1, 5).join(u'\n') },
    };
    for (const Variant& v : variants) {
        const WordDiff check = WordDiffer::diffText(a, v.b);
        std::fprintf(stderr, "  (%s: %d words deleted, %d inserted)\n", v.name, check.wordsDeleted, check.wordsInserted);
        table.measure(
            QStringLiteral("word diff of two 5,000-word versions: %1").arg(QLatin1String(v.name)), runs, 50,
            [&] { (void)WordDiffer::diffText(a, v.b); }, QStringLiteral("dtl alone on space-split words"),
            [&] { rawDtl(a, v.b); });
    }

    // Two versions as the service compares them: text plus formatting.
    DraftVersion oldVersion;
    oldVersion.html = asHtml(base);
    oldVersion.text = a;
    DraftVersion newVersion;
    QStringList bolder = withMoves;
    bolder[5] = QStringLiteral("<b>") + bolder[5] + QStringLiteral("</b>");
    newVersion.html = must(HtmlSanitizer::sanitise(asHtml(withMoves).replace(QLatin1String("<p style"),
                                QLatin1String("<p align=\"justify\" style"))),
        "sanitising")
                          .html;
    newVersion.text = withMoves.join(u'\n');
    table.measure(
        QStringLiteral("diffVersions (words and formatting) of two 5,000-word versions, 1% changed"), runs, 50,
        [&] { (void)WordDiffer::diffVersions(oldVersion, newVersion); },
        QStringLiteral("dtl alone on space-split words"), [&] { rawDtl(oldVersion.text, newVersion.text); });
}

void sanitiserRows(Table& table, int runs)
{
    const QByteArray html = pastedHtml(1024 * 1024);
    const QString text = QString::fromUtf8(html);
    const SanitisedHtml check = must(HtmlSanitizer::sanitise(text), "sanitising");
    std::fprintf(stderr, "  (1 MB pasted: %lld bytes in, %lld characters out, %d words)\n",
        static_cast<long long>(html.size()), static_cast<long long>(check.html.size()), check.wordCount);
    const auto parseOnly = [&] {
        htmlDocPtr document = htmlReadMemory(html.constData(), static_cast<int>(html.size()), nullptr, "UTF-8",
            HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING);
        if (!document)
            die(QStringLiteral("libxml2 parsed nothing"));
        xmlFreeDoc(document);
    };
    table.measure(
        QStringLiteral("sanitising 1 MB of pasted word-processor HTML"), runs, 100,
        [&] { (void)HtmlSanitizer::sanitise(text); }, QStringLiteral("libxml2's HTML parser alone (parse + free)"),
        parseOnly);
    const QString own = check.html;
    table.measure(
        QStringLiteral("re-sanitising the sanitised result (every save of the editor)"), runs, 100,
        [&] { (void)HtmlSanitizer::sanitise(own); }, QStringLiteral("libxml2's HTML parser alone (parse + free)"),
        [&] {
            const QByteArray bytes = own.toUtf8();
            htmlDocPtr document = htmlReadMemory(bytes.constData(), static_cast<int>(bytes.size()), nullptr, "UTF-8",
                HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING);
            xmlFreeDoc(document);
        });
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("advicehub-bench-drafts"));
    setProgramName("advicehub-bench-drafts");

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Benchmarks Advice Hub's response drafting; prints a table."));
    parser.addHelpOption();
    QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs of each operation (default 15)."),
        QStringLiteral("N"), QStringLiteral("15"));
    parser.addOptions({ runsOption });
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());

    Table text;
    std::fprintf(stderr, "Word diff and sanitiser (%d runs each)...\n", runs);
    textRows(text, runs);
    sanitiserRows(text, runs);
    bool met = text.print(QStringLiteral("Word diff and HTML sanitiser"));
    return met ? 0 : 2;
}
