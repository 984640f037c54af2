// advicehub-bench-drafts: how response drafting (issue 11) performs — the word diff of two
// 5,000-word versions, sanitising 1 MB of pasted HTML, opening a draft with 200 versions,
// autosaving a 20-page draft, and full-text search at 100,000 queries plus 100,000 drafts. Each
// row is measured against a baseline run in the same process (the library alone, or the same
// SQL through the core's connection), so the table says what our layers cost. Not a test: it
// prints a table (docs/PERFORMANCE.md has the numbers and the command).

#include "BenchSupport.h"

#include "casefile/CaseRecord.h"
#include "casefile/QueryIndex.h"
#include "common/Clock.h"
#include "crypto/Kdf.h"
#include "crypto/SecureBuffer.h"
#include "db/Connection.h"
#include "db/Statement.h"
#include "db/Transaction.h"
#include "demo/DemoDataGenerator.h"
#include "drafts/DraftService.h"
#include "drafts/HtmlSanitizer.h"
#include "drafts/WordDiff.h"
#include "library/LibraryService.h"
#include "pending/PendingEditService.h"
#include "queries/QuerySearch.h"
#include "session/Session.h"
#include "vault/Vault.h"

#include <dtl/dtl.hpp>
#include <libxml/HTMLparser.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStringList>
#include <QTemporaryDir>

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
        std::fprintf(
            stderr, "  (%s: %d words deleted, %d inserted)\n", v.name, check.wordsDeleted, check.wordsInserted);
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
    newVersion.html = must(HtmlSanitizer::sanitise(asHtml(withMoves).replace(
                               QLatin1String("<p style"), QLatin1String("<p align=\"justify\" style"))),
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

// --- The vault rows ---------------------------------------------------------------------------

struct VaultSetup {
    int queries = 100000;
    int drafts = 100000;
    QString dir;
};

// A draft of `versions` versions of a ~1,500-word letter, each a small edit of the previous one,
// saved through DraftService (one transaction per save, as in the editor).
qint64 draftWithVersions(Session& session, qint64 queryId, int versions)
{
    QStringList letter = paragraphsOfWords(1500, 11);
    drafts::DraftInput input;
    input.queryId = queryId;
    input.title = QStringLiteral("Substantive response (benchmark)");
    input.html = asHtml(letter);
    Draft draft = must(session.drafts().create(input), "creating the draft");
    for (int v = 2; v <= versions; ++v) {
        const int p = v % static_cast<int>(letter.size());
        letter[p] = letter[p] + QStringLiteral(" Revision %1.").arg(v);
        draft
            = must(session.drafts().save(draft.id, asHtml(letter), QStringLiteral("revision %1").arg(v), draft.version),
                "saving a version");
    }
    return draft.id;
}

void vaultRows(Table& table, int runs, const VaultSetup& setup)
{
    QTemporaryDir temporary;
    const QString dir = setup.dir.isEmpty() ? temporary.path() : setup.dir;
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(QStringLiteral("bench-drafts.ahv"));
    QFile::remove(path);
    const SystemClock clock;
    std::fprintf(
        stderr, "Creating a vault of %d fictional queries (INSECURE testing key derivation)...\n", setup.queries);
    auto vault = must(Vault::create(path, crypto::SecureBuffer::fromPassphrase(QStringLiteral("bench only 2026")),
                          crypto::KdfProfile::insecureTesting()),
        "creating a vault");
    auto session = must(Session::open(std::move(vault), clock), "opening a session");
    demo::DemoDataOptions options;
    options.queries = setup.queries;
    options.batchSize = 5000;
    options.entriesPerQuery = 1;
    must(demo::DemoDataGenerator::populate(session->queries(), session->advisers(), session->lookup(), options),
        "generating queries");
    const advisers::Adviser author = must(session->advisers().add(QStringLiteral("Bench Author")), "adding an adviser");
    must(session->setCurrentAdviser(author.id), "choosing the adviser");
    db::Connection& connection = session->vault().connection();
    std::vector<qint64> queryIds;
    {
        db::Statement ids = connection.prepare("SELECT id FROM queries ORDER BY id");
        while (ids.step())
            queryIds.push_back(ids.int64(0));
    }

    // The same vault without drafts, for the search rows' baseline: a copy of the file now (every
    // change is committed and the journal is DELETE, so the file alone is the vault).
    const QString withoutDraftsPath = QDir(dir).filePath(QStringLiteral("bench-drafts-without.ahv"));
    QFile::remove(withoutDraftsPath);
    if (!QFile::copy(path, withoutDraftsPath))
        die(QStringLiteral("could not copy the vault"));

    // Drafts in bulk, as QueryBench and ReferralBench seed their rows: prepared inserts through
    // core/db in one transaction (DraftService::create runs one transaction and one index refresh
    // per draft: ~54 drafts per second here, half an hour for 100,000). Every draft has one
    // version whose body went through HtmlSanitizer; every other draft was cleared and sent
    // (dates over two years) and is in the precedent index, as markSent writes it. Then every
    // query's search row is rebuilt by QueryIndex::refresh (the one writer), in docid order so
    // that FTS4 keeps one segment. Not written: the timeline entries of creating and sending.
    std::fprintf(stderr, "Adding %d drafts in bulk through core/db...\n", setup.drafts);
    QElapsedTimer seeding;
    seeding.start();
    const QStringList texts = paragraphsOfWords(300000, 99);
    const qint64 channelId = connection.queryInt("SELECT min(id) FROM channels");
    QHash<int, SanitisedHtml> bodies; // 2 x 997 distinct bodies, sanitised once each
    const auto bodyOf = [&](int i) -> const SanitisedHtml& {
        const int variant = (i % 997) * 2 + (i % 100 == 0 ? 1 : 0);
        auto found = bodies.find(variant);
        if (found == bodies.end()) {
            const int first = ((variant / 2) * 3) % static_cast<int>(texts.size() - 3);
            QString html = asHtml(texts.mid(first, 3));
            if (variant % 2)
                html += QStringLiteral("<p>Benchmark marker: quillwort.</p>");
            found = bodies.insert(variant, must(HtmlSanitizer::sanitise(html), "sanitising a draft"));
        }
        return *found;
    };
    {
        db::Transaction batch(connection);
        db::Statement insertDraft = connection.prepare(
            "INSERT INTO drafts(query_id, title, language, kind, state, latest_version, word_count, created_at, "
            "created_by, updated_at, cleared_version, cleared_by, version) VALUES (?1, ?2, 'en', "
            "'substantive_response', ?3, 1, ?4, ?5, ?6, ?5, ?7, ?8, 1)");
        db::Statement insertVersion = connection.prepare(
            "INSERT INTO draft_versions(draft_id, number, html, text, word_count, comment, author_id, saved_at) "
            "VALUES (?1, 1, ?2, ?3, ?4, '', ?5, ?6)");
        db::Statement markSent = connection.prepare(
            "UPDATE drafts SET state = 'sent', sent_version = 1, sent_on = ?2, sent_channel_id = ?3 WHERE id = ?1");
        db::Statement insertPrecedent
            = connection.prepare("INSERT INTO precedent_fts(docid, title, body) VALUES (?1, ?2, ?3)");
        const QDate firstDay(2024, 1, 1);
        for (int i = 0; i < setup.drafts; ++i) {
            const SanitisedHtml& body = bodyOf(i);
            const QString title = QStringLiteral("Draft %1").arg(i + 1);
            const bool sent = i % 2 == 0;
            const QString at = QStringLiteral("2025-06-02T09:00:00Z");
            insertDraft.bindAll(queryIds[static_cast<std::size_t>(i) % queryIds.size()], title,
                sent ? QStringLiteral("cleared") : QStringLiteral("draft"), body.wordCount, at, author.id,
                sent ? std::optional<qint64>(1) : std::nullopt, sent ? std::optional<qint64>(author.id) : std::nullopt);
            insertDraft.execute();
            const qint64 draftId = connection.lastInsertRowId();
            insertVersion.bindAll(draftId, body.html, body.text, body.wordCount, author.id, at);
            insertVersion.execute();
            if (sent) {
                markSent.bindAll(draftId, firstDay.addDays((i * 7919) % 730).toString(Qt::ISODate), channelId);
                markSent.execute();
                insertPrecedent.bindAll(draftId, casefile::QueryIndex::searchableText(title),
                    casefile::QueryIndex::searchableText(body.text));
                insertPrecedent.execute();
            }
        }
        std::fprintf(stderr, "  rows inserted (%.0f s); rebuilding the search rows...\n", elapsedMs(seeding) / 1000);
        std::vector<qint64> byDocid;
        {
            db::Statement ids = connection.prepare("SELECT id FROM queries ORDER BY fts_docid");
            while (ids.step())
                byDocid.push_back(ids.int64(0));
        }
        casefile::QueryIndex& index = session->caseRecord().index();
        for (const qint64 id : byDocid)
            index.refresh(id);
        batch.commit();
    }
    std::fprintf(stderr, "  seeded in %.0f s\n", elapsedMs(seeding) / 1000);

    std::fprintf(stderr, "A draft with 200 versions...\n");
    const qint64 busyDraft = draftWithVersions(*session, queryIds[queryIds.size() / 2], 200);

    table.measure(
        QStringLiteral("opening a draft with 200 versions (get + versions list)"), runs, 20,
        [&] {
            const Draft d = must(session->drafts().get(busyDraft), "get");
            const std::vector<DraftVersion> v = must(session->drafts().versions(busyDraft), "versions");
            if (v.size() != 200 || d.latestVersion != 200)
                die(QStringLiteral("the draft does not have 200 versions"));
        },
        QStringLiteral("the same rows read through core/db"),
        [&] {
            db::Statement d = connection.prepare("SELECT * FROM drafts WHERE id = ?1");
            d.bind(1, busyDraft);
            if (!d.step())
                die(QStringLiteral("no draft"));
            db::Statement v = connection.prepare("SELECT id, number, html, text, word_count, comment, author_id, "
                                                 "saved_at FROM draft_versions WHERE draft_id = ?1 ORDER BY number");
            v.bind(1, busyDraft);
            int rows = 0;
            while (v.step()) {
                (void)v.text(2);
                (void)v.text(3);
                ++rows;
            }
            if (rows != 200)
                die(QStringLiteral("not 200 versions"));
        });

    // Autosave of a 20-page draft (~10,000 words) into the vault's unsaved-work store.
    const QString twentyPages = asHtml(paragraphsOfWords(10000, 20));
    const qint64 queryOfDraft = queryIds[queryIds.size() / 2];
    std::optional<qint64> kept;
    int keeps = 0;
    table.measure(
        QStringLiteral("autosave of a 20-page draft (PendingEditService::keep, ~10,000 words, %1 KB)")
            .arg(twentyPages.toUtf8().size() / 1024),
        runs, 20,
        [&] {
            QJsonObject payload;
            payload.insert(QStringLiteral("draftId"), busyDraft);
            payload.insert(QStringLiteral("html"), QString(twentyPages + QString::number(++keeps)));
            kept = must(session->pendingEdits().keep(pending::PendingKind::DraftText, queryOfDraft, 200, payload,
                            QStringLiteral("Substantive response (benchmark)"), author.id, kept),
                "keeping");
        },
        QStringLiteral("one INSERT of the same bytes through core/db (own transaction)"),
        [&] {
            db::Transaction t(connection);
            connection.execute("CREATE TABLE IF NOT EXISTS bench_blob(id INTEGER PRIMARY KEY, body TEXT)");
            db::Statement insert = connection.prepare("INSERT OR REPLACE INTO bench_blob(id, body) VALUES (1, ?1)");
            insert.bind(1, QString(twentyPages + QString::number(++keeps)));
            insert.step();
            t.commit();
        });

    // Full-text search, newest first, as the query list runs it (first page of 100), against the
    // same search on the copy of the vault taken before the drafts were added.
    auto withoutDraftsVault
        = must(Vault::open(withoutDraftsPath, crypto::SecureBuffer::fromPassphrase(QStringLiteral("bench only 2026"))),
            "opening the vault without drafts");
    auto withoutDrafts = must(Session::open(std::move(withoutDraftsVault), clock), "opening its session");
    queries::QueryFilter filter;
    queries::QuerySort newestFirst;
    const auto search = [&](Session& on, const QString& words) {
        filter.text = words;
        return must(on.search().page(filter, newestFirst, std::nullopt, 100), "searching").rows.size();
    };
    for (const QString& words : { QStringLiteral("quillwort"), QStringLiteral("safeguards"),
             QStringLiteral("detention lawyer"), QStringLiteral("convention") }) {
        std::fprintf(stderr, "  search \"%s\": %zu rows (%zu without drafts)\n", words.toUtf8().constData(),
            search(*session, words), search(*withoutDrafts, words));
        table.measure(
            QStringLiteral("search newest first, first 100, %1 queries + %2 drafts: \"%3\"")
                .arg(setup.queries)
                .arg(setup.drafts)
                .arg(words),
            runs, 30, [&] { (void)search(*session, words); },
            QStringLiteral("the same search, same queries, no drafts (copy of the vault)"),
            [&] { (void)search(*withoutDrafts, words); });
    }

    // Precedent search (the sent half of the drafts), newest first, against the same statement
    // with the index forbidden (NOT INDEXED: what it cost before schema version 8).
    library::PrecedentFilter precedents;
    const auto precedentSql = [&](bool indexed, const QString& words) {
        std::string sql = "SELECT d.id FROM drafts d";
        sql += indexed ? "" : " NOT INDEXED";
        sql += " WHERE d.state = 'sent'";
        if (!words.isEmpty())
            sql += " AND d.id IN (SELECT docid FROM precedent_fts WHERE precedent_fts MATCH ?1)";
        sql += " ORDER BY d.sent_on DESC, d.id DESC LIMIT 50";
        db::Statement s = connection.prepare(sql);
        if (!words.isEmpty())
            s.bind(1, queries::QuerySearch::ftsExpression(words));
        std::size_t rows = 0;
        while (s.step())
            ++rows;
        return rows;
    };
    for (const QString& words : { QString(), QStringLiteral("quillwort"), QStringLiteral("safeguards") }) {
        precedents.text = words;
        const std::size_t found = must(session->library().searchPrecedents(precedents), "precedents").size();
        std::fprintf(stderr, "  precedents \"%s\": %zu (SQL %zu)\n", words.toUtf8().constData(), found,
            precedentSql(false, words));
        table.measure(
            QStringLiteral("precedent search, first 50 of %1 sent drafts: %2")
                .arg((setup.drafts + 1) / 2)
                .arg(words.isEmpty() ? QStringLiteral("newest, no words") : QStringLiteral("\"%1\"").arg(words)),
            runs, 30, [&] { (void)must(session->library().searchPrecedents(precedents), "precedents"); },
            QStringLiteral("the page's SQL without the index (NOT INDEXED)"),
            [&] { (void)precedentSql(false, words); });
    }
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
    QCommandLineOption queriesOption(QStringLiteral("queries"), QStringLiteral("Queries (default 100000)."),
        QStringLiteral("N"), QStringLiteral("100000"));
    QCommandLineOption draftsOption(QStringLiteral("drafts"), QStringLiteral("Drafts (default 100000)."),
        QStringLiteral("N"), QStringLiteral("100000"));
    QCommandLineOption textOnlyOption(
        QStringLiteral("text-only"), QStringLiteral("Only the word diff and sanitiser rows (no vault)."));
    QCommandLineOption dirOption(QStringLiteral("dir"),
        QStringLiteral("Folder for the benchmark vault (default: a temporary folder, removed at the end)."),
        QStringLiteral("DIR"));
    parser.addOptions({ runsOption, queriesOption, draftsOption, textOnlyOption, dirOption });
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    VaultSetup setup;
    setup.queries = std::max(10, parser.value(queriesOption).toInt());
    setup.drafts = std::max(10, parser.value(draftsOption).toInt());
    setup.dir = parser.value(dirOption);

    Table text;
    std::fprintf(stderr, "Word diff and sanitiser (%d runs each)...\n", runs);
    textRows(text, runs);
    sanitiserRows(text, runs);
    if (!parser.isSet(textOnlyOption)) {
        Table vault;
        vaultRows(vault, runs, setup);
        text.print(QStringLiteral("Word diff and HTML sanitiser"));
        const bool vaultMet = vault.print(QStringLiteral("Drafts in the vault"));
        return vaultMet ? 0 : 2;
    }
    return text.print(QStringLiteral("Word diff and HTML sanitiser")) ? 0 : 2;
}
