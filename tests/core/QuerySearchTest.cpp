#include "QueryFixture.h"
#include "db/Connection.h"
#include "db/Migrations.h"
#include "session/Session.h"

#include <catch2/catch.hpp>

#include <map>

// Everything of this file in a namespace of its own: the unity build puts several test files in
// one translation unit (tests/CMakeLists.txt).
namespace query_search_test {

using namespace advicehub;
using namespace advicehub::queries;

namespace {

QStringList references(const Result<QueryPage>& page)
{
    REQUIRE(page.ok());
    QStringList refs;
    for (const QueryRow& row : page->rows)
        refs << row.reference;
    return refs;
}

QStringList find(test::QueryFixture& f, const QString& text, QueryFilter filter = {})
{
    filter.text = text;
    return references(f.search->page(filter, QuerySort {}));
}

} // namespace

TEST_CASE("full-text search ignores accents, finds Arabic and prefixes, newest first")
{
    test::QueryFixture f;
    QueryInput ivory = f.input(QStringLiteral("Côte d'Ivoire: draft law on torture"));
    ivory.stateId = f.stateId("CI");
    ivory.receivedOn = QDate(2025, 11, 3);
    const Query first = f.create(ivory);
    QueryInput arabic = f.input(QStringLiteral("طلب مشورة بشأن الاتفاقية"));
    arabic.requestText = QStringLiteral("نرجو تقديم المشورة بشأن التصديق على اتفاقية مناهضة التعذيب");
    arabic.language = QStringLiteral("ar");
    const Query second = f.create(arabic);
    QueryInput prisons = f.input(QStringLiteral("Prison conditions"));
    prisons.requestText = QStringLiteral("Severe overcrowding in pre-trial detention.");
    prisons.receivedOn = QDate(2025, 12, 1);
    const Query third = f.create(prisons);
    QueryInput contact = f.input(QStringLiteral("Training request"));
    contact.contact.name = QStringLiteral("Zoë Tallowmere");
    contact.notes = QStringLiteral("Asked about the Bali seminar report");
    const Query fourth = f.create(contact);

    CHECK(find(f, QStringLiteral("cote")) == QStringList { first.reference });
    CHECK(find(f, QStringLiteral("CÔTE")) == QStringList { first.reference });
    CHECK(find(f, QStringLiteral("التعذيب")) == QStringList { second.reference });
    CHECK(find(f, QStringLiteral("overcrowd*")) == QStringList { third.reference });
    CHECK(find(f, QStringLiteral("overcrowd")).isEmpty()); // whole words unless a prefix is asked for
    CHECK(find(f, QStringLiteral("zoe")) == QStringList { fourth.reference }); // contact names
    CHECK(find(f, QStringLiteral("bali")) == QStringList { fourth.reference }); // notes
    CHECK(find(f, QStringLiteral("\"draft law\"")) == QStringList { first.reference });
    CHECK(find(f, QStringLiteral("law torture")) == QStringList { first.reference }); // every word must match
    // Newest first: received 2026-01-05 (two), 2025-12-01, 2025-11-03.
    CHECK(find(f, QStringLiteral("ministry"))
        == QStringList { fourth.reference, second.reference, third.reference, first.reference });

    SECTION("search syntax in the input is never an error")
    {
        for (const char* text : { "\"", "AND", "OR NOT", "(", "-", "*", "col:umn", "NEAR/3", "\"unbalanced" }) {
            QueryFilter filter;
            filter.text = QString::fromUtf8(text);
            CHECK(f.search->page(filter, QuerySort {}).ok());
        }
    }
    SECTION("a note logged later is found")
    {
        NewEntry meeting;
        meeting.kind = EntryKind::Meeting;
        meeting.summary = QStringLiteral("Meeting with the Permanent Mission");
        meeting.body = QStringLiteral("Discussed the Ombudsman's mandate");
        REQUIRE(f.service->addEntry(third.id, meeting).ok());
        CHECK(find(f, QStringLiteral("ombudsman")) == QStringList { third.reference });
    }
    SECTION("an edit is reflected in the index")
    {
        Query q = f.get(first.id);
        q.fields.subject = QStringLiteral("Renamed subject");
        REQUIRE(f.service->update(first.id, q.fields, q.version).ok());
        CHECK(find(f, QStringLiteral("ivoire")).isEmpty());
        CHECK(find(f, QStringLiteral("renamed")) == QStringList { first.reference });
    }
}

TEST_CASE("filters combine with each other and with the search")
{
    test::QueryFixture f;
    QueryInput a = f.input(QStringLiteral("Police custody safeguards"));
    a.themeIds = { f.themeId("police_custody") };
    a.priority = Priority::High;
    const Query ghana = f.create(a);
    QueryInput b = f.input(QStringLiteral("Police training"));
    b.stateId = f.stateId("FJ");
    b.themeIds = { f.themeId("training"), f.themeId("police_custody") };
    b.confidentiality = Confidentiality::StrictlyConfidential;
    const Query fiji = f.create(b);
    QueryInput c = f.input(QStringLiteral("Reporting to the Committee"));
    c.stateId = f.stateId("CL");
    c.receivedOn = QDate(2025, 6, 2);
    c.themeIds = { f.themeId("reporting") };
    const Query chile = f.create(c);

    QueryFilter filter;
    filter.themeIds = { f.themeId("police_custody") };
    CHECK(references(f.search->page(filter, {})).size() == 2);
    filter.text = QStringLiteral("police");
    filter.regionIds = { f.lookup->findRegion(QStringLiteral("AP"))->id };
    CHECK(references(f.search->page(filter, {})) == QStringList { fiji.reference });
    CHECK(f.search->count(filter).value() == 1);

    QueryFilter byState;
    byState.stateIds = { f.stateId("GH"), f.stateId("CL") };
    byState.priorities = { Priority::High };
    CHECK(references(f.search->page(byState, {})) == QStringList { ghana.reference });

    QueryFilter byDate;
    byDate.receivedTo = QDate(2025, 12, 31);
    CHECK(references(f.search->page(byDate, {})) == QStringList { chile.reference });

    QueryFilter confidential;
    confidential.confidentialities = { Confidentiality::StrictlyConfidential };
    CHECK(references(f.search->page(confidential, {})) == QStringList { fiji.reference });

    SECTION("saved searches keep a filter")
    {
        auto saved = f.search->saveSearch(QStringLiteral("Police in Asia-Pacific"), filter);
        REQUIRE(saved.ok());
        auto all = f.search->savedSearches();
        REQUIRE(all->size() == 1);
        CHECK(all->front().name == QStringLiteral("Police in Asia-Pacific"));
        CHECK(all->front().filter == filter);
        REQUIRE(f.search->deleteSavedSearch(all->front().id).ok());
        CHECK(f.search->savedSearches()->empty());
    }
}

TEST_CASE("views: inbox, mine, overdue, due this week, awaiting, closed")
{
    test::QueryFixture f;
    const Query fresh = f.create(QStringLiteral("Fresh"));
    const Query working = f.create(QStringLiteral("Working"));
    QueryService::Triage triage;
    triage.adviserId = f.adviserId;
    triage.route = Route::InHouse;
    triage.priority = Priority::Urgent; // due Wednesday 7 January
    REQUIRE(f.service->triage(working.id, triage).ok());
    REQUIRE(f.service->changeStatus(working.id, QueryStatus::InProgress).ok());
    const Query waiting = f.create(QStringLiteral("Waiting"));
    REQUIRE(f.service->triage(waiting.id, triage).ok());
    REQUIRE(f.service->changeStatus(waiting.id, QueryStatus::InProgress).ok());
    REQUIRE(f.service->changeStatus(waiting.id, QueryStatus::AwaitingRequester).ok());
    const Query declined = f.create(QStringLiteral("Declined"));
    REQUIRE(f.service->changeStatus(declined.id, QueryStatus::Declined, QStringLiteral("out of scope")).ok());

    const auto view = [&](QueryView v) {
        QueryFilter filter;
        filter.view = v;
        filter.currentAdviserId = f.adviserId;
        QStringList subjects;
        // Keep the Result alive: a range-for over `page(...)->rows` would iterate a destroyed temporary.
        const Result<QueryPage> page = f.search->page(filter, QuerySort { SortColumn::Subject, Qt::AscendingOrder });
        REQUIRE(page.ok());
        for (const QueryRow& row : page->rows)
            subjects << row.subject;
        return subjects;
    };
    CHECK(view(QueryView::Inbox) == QStringList { QStringLiteral("Fresh") });
    CHECK(view(QueryView::Mine) == (QStringList { QStringLiteral("Waiting"), QStringLiteral("Working") }));
    CHECK(view(QueryView::AwaitingRequester) == QStringList { QStringLiteral("Waiting") });
    CHECK(view(QueryView::Closed) == QStringList { QStringLiteral("Declined") });
    CHECK(view(QueryView::DueThisWeek) == QStringList { QStringLiteral("Working") });
    CHECK(view(QueryView::Overdue).isEmpty());

    // The counts beside the views agree with the rows each view lists.
    const auto counts = [&] {
        const auto all = f.search->viewCounts(f.adviserId);
        REQUIRE(all.ok());
        REQUIRE(all->size() == allViews().size());
        std::map<QueryView, qint64> byView;
        for (const auto& [v, n] : all.value())
            byView[v] = n;
        for (QueryView v : allViews())
            CHECK(byView[v] == view(v).size());
        return byView;
    };
    CHECK(counts()[QueryView::All] == 4);
    CHECK(counts()[QueryView::Overdue] == 0);

    f.setToday(QDate(2026, 1, 8)); // the urgent ones were due on the 7th
    CHECK(view(QueryView::Overdue) == QStringList { QStringLiteral("Working") }); // not the one awaiting the requester
    CHECK(counts()[QueryView::Overdue] == 1);
    CHECK(f.search->viewCounts(std::nullopt)->at(1) == std::pair<QueryView, qint64>(QueryView::Mine, 0));
    QueryFilter all;
    const auto rows = f.search->page(all, {})->rows;
    for (const QueryRow& row : rows)
        CHECK(row.overdue == (row.subject == QStringLiteral("Working")));
    (void)fresh;
}

TEST_CASE("pages follow each other without gaps or repeats, in every sort order")
{
    test::QueryFixture f;
    std::vector<QueryService::Record> records;
    for (int i = 0; i < 57; ++i) {
        QueryService::Record record;
        record.input = f.input(QStringLiteral("Query %1").arg(i % 7)); // repeated subjects test the tie-break
        record.input.receivedOn = QDate(2025, 1, 1).addDays(i % 11);
        record.input.priority = allPriorities()[static_cast<std::size_t>(i % 4)];
        record.input.stateId = f.lookup->states().at(i % 9).id;
        if (i % 3 == 1)
            record.input.assignedAdviserId = f.otherAdviserId; // Tomas Brindlewood
        else if (i % 3 == 2)
            record.input.assignedAdviserId = f.adviserId; // Amara Quillfeather
        records.push_back(record);
    }
    REQUIRE(f.service->createMany(records).ok());
    SECTION("by adviser: the unassigned first, then by name, each by date of receipt")
    {
        const auto rows
            = f.search->page(QueryFilter {}, QuerySort { SortColumn::Adviser, Qt::AscendingOrder }, std::nullopt, 1000);
        REQUIRE(rows.ok());
        REQUIRE(rows->rows.size() == 57);
        const auto key = [](const QueryRow& row) { return std::make_tuple(row.adviserName, row.receivedOn, row.id); };
        for (std::size_t i = 1; i < rows->rows.size(); ++i)
            CHECK(key(rows->rows[i - 1]) < key(rows->rows[i]));
        CHECK(rows->rows.front().adviserName.isEmpty());
        CHECK(rows->rows.back().adviserName == QStringLiteral("Tomas Brindlewood"));
    }
    for (SortColumn column : { SortColumn::Reference, SortColumn::Received, SortColumn::State, SortColumn::Subject,
             SortColumn::Priority, SortColumn::Status, SortColumn::Due, SortColumn::Adviser }) {
        for (Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            const QuerySort sort { column, order };
            const auto whole = f.search->page(QueryFilter {}, sort, std::nullopt, 1000);
            INFO("sort column " << static_cast<int>(column) << (whole ? "" : whole.error().message.toStdString()));
            REQUIRE(whole.ok());
            REQUIRE(whole->rows.size() == 57);
            CHECK_FALSE(whole->next.has_value());
            std::vector<qint64> paged;
            std::optional<PageCursor> cursor;
            int pages = 0;
            do {
                const auto page = f.search->page(QueryFilter {}, sort, cursor, 10);
                REQUIRE(page.ok());
                for (const QueryRow& row : page->rows)
                    paged.push_back(row.id);
                cursor = page->next;
                ++pages;
            } while (cursor && pages < 20);
            std::vector<qint64> expected;
            for (const QueryRow& row : whole->rows)
                expected.push_back(row.id);
            CHECK(paged == expected);
            CHECK(pages == 6);
        }
    }
    SECTION("a search sorted by date pages through FTS order")
    {
        QueryFilter filter;
        filter.text = QStringLiteral("ministry");
        std::vector<qint64> paged;
        std::optional<PageCursor> cursor;
        do {
            const auto page = f.search->page(filter, QuerySort {}, cursor, 8);
            REQUIRE(page.ok());
            for (const QueryRow& row : page->rows)
                paged.push_back(row.id);
            cursor = page->next;
        } while (cursor);
        CHECK(paged.size() == 57);
        CHECK(f.search->ids(filter, QuerySort {})->size() == 57);
    }
}

TEST_CASE("the fts expression quotes every term")
{
    CHECK(QuerySearch::ftsExpression(QStringLiteral("cote d'ivoire")) == QStringLiteral("\"cote\" \"d ivoire\""));
    CHECK(QuerySearch::ftsExpression(QStringLiteral("overcrowd*")) == QStringLiteral("\"overcrowd*\""));
    CHECK(QuerySearch::ftsExpression(QStringLiteral("\"draft law\" OR")) == QStringLiteral("\"draft law\" \"OR\""));
    CHECK(QuerySearch::ftsExpression(QStringLiteral("  -- ()  ")).isEmpty());
}

TEST_CASE("a search is normalised as the index is: decomposed accents, compatibility forms, non-BMP letters")
{
    test::QueryFixture f;
    QueryInput ivory = f.input(QStringLiteral("C\u00f4te d'Ivoire: custody registers"));
    ivory.requestText = QStringLiteral("The \ufb01rst draft (a ligature), ＦＵＬＬ width letters.");
    const Query composed = f.create(ivory);
    QueryInput decomposedInput = f.input(QStringLiteral("Se\u0301ne\u0301gal: prison visits"));
    const Query decomposed = f.create(decomposedInput);
    // U+1D49C MATHEMATICAL SCRIPT CAPITAL A and U+20000 (CJK extension B): outside the BMP.
    QueryInput outside = f.input(QString::fromUtf8("Zeta\xf0\x9d\x92\x9c"
                                                   "bc and \xf0\xa0\x80\x80\xe4\xb8\x80 registers"));
    const Query nonBmp = f.create(outside);

    CHECK(find(f, QStringLiteral("Co\u0302te")) == QStringList { composed.reference }); // NFD typed
    CHECK(find(f, QStringLiteral("cote")) == QStringList { composed.reference });
    CHECK(find(f, QStringLiteral("S\u00e9n\u00e9gal")) == QStringList { decomposed.reference }); // NFC typed
    CHECK(find(f, QStringLiteral("senegal")) == QStringList { decomposed.reference });
    CHECK(find(f, QStringLiteral("first draft")) == QStringList { composed.reference });
    CHECK(find(f, QStringLiteral("\ufb01rst")) == QStringList { composed.reference });
    CHECK(find(f, QStringLiteral("full width")) == QStringList { composed.reference });
    CHECK(find(f,
              QString::fromUtf8("Zeta\xf0\x9d\x92\x9c"
                                "bc"))
        == QStringList { nonBmp.reference });
    CHECK(find(f, QString::fromUtf8("\xf0\xa0\x80\x80\xe4\xb8\x80")) == QStringList { nonBmp.reference });
    CHECK(find(f, QString::fromUtf8("\xf0\xa0\x80\x80\xe4\xb8\x80 registers")) == QStringList { nonBmp.reference });
    // The non-BMP letter is part of the word, not a gap in it.
    CHECK(find(f, QStringLiteral("Zeta")).isEmpty());
    CHECK(
        QuerySearch::ftsExpression(QString::fromUtf8("\xf0\xa0\x80\x80")) == QString::fromUtf8("\"\xf0\xa0\x80\x80\""));
}

TEST_CASE("a search of too many words is refused with a message, not an internal error")
{
    test::QueryFixture f;
    f.create(QStringLiteral("Prison visits"));
    QStringList words;
    for (int i = 0; i < QuerySearch::MaxSearchWords; ++i)
        words << QStringLiteral("prison");
    QueryFilter filter;
    filter.text = words.join(QLatin1Char(' '));
    CHECK(f.search->count(filter).value() == 1); // at the limit: searched
    const QString atLimit = filter.text;
    const QStringList tooMany { atLimit + QStringLiteral(" visits"), QStringLiteral("\"%1 visits\"").arg(atLimit),
        QStringLiteral("word ").repeated(5000) };
    for (const QString& text : tooMany) {
        filter.text = text;
        const Result<QueryPage> page = f.search->page(filter, QuerySort {});
        REQUIRE_FALSE(page.ok());
        CHECK(page.code() == ErrorCode::InvalidInput);
        CHECK(page.error().message.contains(QString::number(QuerySearch::MaxSearchWords)));
        CHECK(f.search->count(filter).code() == ErrorCode::InvalidInput);
        CHECK(f.search->ids(filter, QuerySort {}).code() == ErrorCode::InvalidInput);
    }
}

TEST_CASE("a vault indexed before searches were normalised finds the same texts after its upgrade")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("v3.ahv"));
    ManualClock clock;
    {
        auto old = VaultTestAccess::createAtVersion(path, test::passphrase(), crypto::KdfProfile::insecureTesting(), 3);
        REQUIRE(old.ok());
        // A query as version 3 wrote it (today's services write what later versions added), with
        // its index row holding the text as typed: a ligature and full-width letters included.
        db::Connection& c = old.value()->connection();
        c.execute(
            "INSERT INTO advisers(id, name, created_at) VALUES (1, 'Amara Quillfeather', '2026-01-02T09:00:00Z')");
        c.execute("INSERT INTO queries(id, reference, ref_year, ref_seq, received_on, channel_id, state_id, subject, "
                  "language, confidentiality, priority, due_on, fts_docid, created_at, updated_at, created_by) "
                  "SELECT 1, 'AH-2026-0001', 2026, 1, '2026-01-02', (SELECT id FROM channels WHERE code = 'email'), "
                  "(SELECT id FROM states WHERE iso2 = 'GH'), 'Draft law', 'en', 'confidential', 'normal', "
                  "'2026-01-16', 1, '2026-01-02T09:00:00Z', '2026-01-02T09:00:00Z', 1");
        c.execute("INSERT INTO query_texts(query_id) VALUES (1)");
        c.execute("INSERT INTO query_themes(query_id, theme_id) SELECT 1, id FROM themes WHERE code = 'training'");
        c.execute(
            "INSERT INTO timeline(query_id, kind, occurred_at, recorded_at, adviser_id, summary, body) VALUES "
            "(1, 'created', '2026-01-02T09:00:00Z', '2026-01-02T09:00:00Z', 1, 'Registered as AH-2026-0001', '')");
        db::Statement raw = c.prepare("INSERT INTO query_fts(docid, subject, request, institution, contacts, notes) "
                                      "VALUES (1, ?1, '', '', ' ', '')");
        raw.bind(1, QStringLiteral("The \ufb01rst ＦＵＬＬ draft"));
        raw.execute();
    }
    auto vault = test::openVault(path);
    REQUIRE(vault->info().schemaVersion == db::Migrator::latestVersion());
    CHECK(vault->connection().queryText("SELECT subject FROM query_fts") == QStringLiteral("The first FULL draft"));
    auto opened = Session::open(std::move(vault), clock);
    REQUIRE(opened.ok());
    QueryFilter filter;
    filter.text = QStringLiteral("first full");
    CHECK(opened.value()->search().count(filter).value() == 1);
    filter.text = QStringLiteral("\ufb01rst");
    CHECK(opened.value()->search().count(filter).value() == 1);
}

TEST_CASE("a snippet says why a query matched: the matched words marked in their context")
{
    test::QueryFixture f;
    QueryInput prisons = f.input(QStringLiteral("Prison conditions"));
    prisons.requestText = QStringLiteral("The committee asked about severe overcrowding in pre-trial detention "
                                         "centres and the Côte d'Ivoire report.");
    const Query query = f.create(prisons);
    const Query other = f.create(f.input(QStringLiteral("Training request")));

    const Result<QString> found = f.search->snippet(query.id, QStringLiteral("overcrowd* COTE"));
    REQUIRE(found.ok());
    CHECK(found.value().contains(QStringLiteral("[overcrowding]")));
    CHECK(found.value().contains(QStringLiteral("[Côte]"))); // as written: accents and case kept
    CHECK(f.search->snippet(query.id, QStringLiteral("prison"), QStringLiteral("<<"), QStringLiteral(">>"))
              .value()
              .contains(QStringLiteral("<<Prison>>")));
    // A long text is cut around the match.
    const QString cut = f.search->snippet(query.id, QStringLiteral("report"), {}, {}, 4).value();
    CHECK(cut.startsWith(QStringLiteral("\u2026")));
    CHECK(cut.contains(QStringLiteral("report")));
    // No match, nothing searchable, an unknown query: empty, never an error.
    CHECK(f.search->snippet(other.id, QStringLiteral("overcrowding")).value().isEmpty());
    CHECK(f.search->snippet(query.id, QStringLiteral("  \" * ")).value().isEmpty());
    CHECK(f.search->snippet(987654, QStringLiteral("prison")).value().isEmpty());
    CHECK(f.search->snippet(query.id, QStringLiteral("NEAR/3 (")).ok());
}

} // namespace query_search_test
