// Drafts of answers and their clearance (issue 11): drafts/DraftService.h. Every rule through the
// service the application and the CLI use, and the sent lock through the schema too.
#include "QueryFixture.h"
#include "casefile/CaseRecord.h"
#include "casefile/CaseSummary.h"
#include "casefile/DisclosureRecord.h"
#include "db/Connection.h"
#include "db/DbError.h"
#include "drafts/DraftService.h"
#include "pending/PendingEditService.h"
#include "queries/CaseSummaryBuilder.h"
#include "queries/QueryRules.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch.hpp>

// Everything of this file in a namespace of its own: the unity build puts several test files in
// one translation unit (tests/CMakeLists.txt).
namespace draft_test {

using namespace advicehub;
using namespace advicehub::drafts;
using advicehub::queries::QueryStatus;

namespace {

const QString kLocked
    = QStringLiteral("This draft was sent: it is locked. Copy it into a new draft to reuse its text.");
const QString kJustification = QStringLiteral("I am the Secretariat's only adviser this month.");

struct DraftFixture : test::QueryFixture {
    DraftFixture() : drafts(&session->drafts())
    {
        auto head = advisers->add(QStringLiteral("Helga Marchetti-Oduya"), advisers::Role::Head);
        REQUIRE(head.ok());
        secondHeadId = head->id;
        REQUIRE(session->reloadReferenceData().ok());
    }

    using test::QueryFixture::create;
    db::Connection& c() { return vault->connection(); }
    void as(qint64 adviser) { REQUIRE(session->setCurrentAdviser(adviser).ok()); }

    static QString body(const QString& text) { return QStringLiteral("<p>%1</p>").arg(text); }

    Draft create(qint64 queryId, const QString& text = QStringLiteral("The Secretariat thanks the Ministry."),
        const QString& title = QStringLiteral("Answer on accession"))
    {
        DraftInput in;
        in.queryId = queryId;
        in.title = title;
        in.kind = DraftKind::SubstantiveResponse;
        in.language = DraftLanguage::English;
        in.html = body(text);
        auto made = drafts->create(in);
        INFO((made ? QString() : made.error().message).toStdString());
        REQUIRE(made.ok());
        return made.value();
    }

    template <typename T> static T ok(Result<T> result)
    {
        INFO((result ? QString() : result.error().message).toStdString());
        REQUIRE(result.ok());
        return std::move(result).value();
    }

    Draft save(const Draft& d, const QString& text) { return ok(drafts->save(d.id, body(text), {}, d.version)); }
    Draft submit(const Draft& d) { return ok(drafts->submit(d.id, {}, d.version)); }
    Draft clearAs(qint64 head, const Draft& d)
    {
        as(head);
        Draft cleared = ok(drafts->clear(d.id, QStringLiteral("Fine."), d.version));
        as(adviserId);
        return cleared;
    }
    Draft send(const Draft& d)
    {
        SendInput in;
        in.channelId = channelId("email");
        return ok(drafts->markSent(d.id, in, d.version));
    }
    // Written by the session's adviser, cleared by the head, sent.
    Draft sentDraft(qint64 queryId, const QString& text = QStringLiteral("The answer as sent."))
    {
        Draft d = submit(create(queryId, text));
        d = clearAs(otherAdviserId, d);
        return send(d);
    }

    // What a refused operation must leave as it was.
    struct Counts {
        qint64 drafts, versions, steps, timeline, disclosures, precedents;
        QString states;
        bool operator==(const Counts&) const = default;
    };
    Counts counts()
    {
        return { c().queryInt("SELECT count(*) FROM drafts"), c().queryInt("SELECT count(*) FROM draft_versions"),
            c().queryInt("SELECT count(*) FROM draft_steps"), c().queryInt("SELECT count(*) FROM timeline"),
            c().queryInt("SELECT count(*) FROM disclosures"), c().queryInt("SELECT count(*) FROM precedent_fts"),
            c().queryText("SELECT group_concat(state || ':' || version || ':' || title, ',') FROM drafts") };
    }

    std::vector<casefile::TimelineEntry> draftEntries(qint64 queryId)
    {
        std::vector<casefile::TimelineEntry> out;
        const auto timeline = service->timeline(queryId);
        REQUIRE(timeline.ok());
        for (const auto& entry : timeline.value()) {
            if (entry.kind == casefile::EntryKind::Draft)
                out.push_back(entry);
        }
        return out;
    }

    void toInProgress(qint64 queryId)
    {
        queries::QueryService::Triage triage;
        triage.adviserId = adviserId;
        triage.route = queries::Route::InHouse;
        REQUIRE(service->triage(queryId, triage).ok());
        REQUIRE(service->changeStatus(queryId, QueryStatus::InProgress).ok());
    }

    DraftService* drafts;
    qint64 secondHeadId = 0;
};

} // namespace

TEST_CASE("every save appends an immutable version, numbered in order", "[drafts]")
{
    DraftFixture f;
    const auto q = f.create();
    Draft d = f.create(q.id, QStringLiteral("First words."));
    CHECK(d.state == DraftState::Draft);
    CHECK(d.latestVersion == 1);
    CHECK(d.wordCount == 2);
    CHECK(d.createdById == f.adviserId);
    d = f.save(d, QStringLiteral("Second words, more of them."));
    d = f.save(d, QStringLiteral("Third."));
    CHECK(d.latestVersion == 3);
    CHECK(d.wordCount == 1);

    const auto versions = DraftFixture::ok(f.drafts->versions(d.id));
    REQUIRE(versions.size() == 3);
    for (int i = 0; i < 3; ++i) {
        CHECK(versions[i].number == i + 1);
        CHECK(versions[i].html.isEmpty()); // the list is read without the bodies
        CHECK(versions[i].authorId == f.adviserId);
    }
    CHECK(versions[1].wordCount == 5);
    const DraftVersion second = DraftFixture::ok(f.drafts->version(d.id, 2));
    CHECK(second.text.contains(QLatin1String("Second words")));
    CHECK(second.html.contains(QLatin1String("Second words")));
    CHECK(DraftFixture::ok(f.drafts->version(d.id)).number == 3);
    CHECK(f.drafts->version(d.id, 9).code() == ErrorCode::NotFound);

    SECTION("the schema refuses to change or delete a version")
    {
        CHECK_THROWS_AS(
            f.c().execute("UPDATE draft_versions SET html = '<p>rewritten</p>' WHERE number = 1"), db::DbError);
        CHECK_THROWS_AS(f.c().execute("UPDATE draft_versions SET comment = 'x'"), db::DbError);
        CHECK(DraftFixture::ok(f.drafts->version(d.id, 1)).text.contains(QLatin1String("First words")));
    }
    SECTION("saving the same text again is refused and writes nothing")
    {
        const auto before = f.counts();
        const auto same = f.drafts->save(d.id, DraftFixture::body(QStringLiteral("Third.")), {}, d.version);
        REQUIRE_FALSE(same.ok());
        CHECK(same.code() == ErrorCode::InvalidInput);
        CHECK(same.error().message.contains(QLatin1String("No change to save")));
        CHECK(f.counts() == before);
    }
    SECTION("a stale version is a conflict and writes nothing")
    {
        const auto before = f.counts();
        const auto stale = f.drafts->save(d.id, DraftFixture::body(QStringLiteral("Other.")), {}, d.version - 1);
        CHECK(stale.code() == ErrorCode::Conflict);
        CHECK(f.drafts->submit(d.id, {}, d.version - 1).code() == ErrorCode::Conflict);
        CHECK(f.counts() == before);
    }
    SECTION("a new draft needs a title and a query that was not merged")
    {
        const auto before = f.counts();
        DraftInput in;
        in.queryId = q.id;
        in.title = QStringLiteral("   ");
        CHECK(f.drafts->create(in).code() == ErrorCode::InvalidInput);
        in.title = QString(DraftLimits::Title + 1, QLatin1Char('x'));
        CHECK(f.drafts->create(in).code() == ErrorCode::InvalidInput);
        in.title = QStringLiteral("Fine");
        in.queryId = 987654;
        CHECK(f.drafts->create(in).code() == ErrorCode::NotFound);
        const auto other = f.create(QStringLiteral("A duplicate"));
        REQUIRE(f.service->merge(other.id, q.id).ok());
        const auto afterMerge = f.counts();
        in.queryId = other.id;
        CHECK(f.drafts->create(in).code() == ErrorCode::NotAllowed);
        CHECK(f.counts() == afterMerge);
        CHECK(before.drafts == afterMerge.drafts);
    }
}

TEST_CASE("the clearance chain allows exactly its steps", "[drafts]")
{
    DraftFixture f;
    const auto q = f.create();
    Draft d = f.create(q.id);
    using A = DraftService::Action;
    CHECK(f.drafts->allowedActions(d.id) == QList<A> { A::Save, A::Submit, A::CopyIntoNew, A::Remove });

    // Out of order: nothing written, each with its own message.
    const auto refusedNow = [&](const Result<Draft>& result, ErrorCode code = ErrorCode::NotAllowed) {
        REQUIRE_FALSE(result.ok());
        CHECK(result.code() == code);
        CHECK_FALSE(result.error().message.isEmpty());
    };
    auto before = f.counts();
    f.as(f.otherAdviserId);
    refusedNow(f.drafts->clear(d.id, {}, d.version));
    refusedNow(f.drafts->requestChanges(d.id, QStringLiteral("Shorter."), d.version));
    f.as(f.adviserId);
    refusedNow(f.drafts->markSent(d.id, SendInput { {}, f.channelId("email"), {} }, d.version));
    CHECK(f.counts() == before);

    d = f.submit(d);
    CHECK(d.state == DraftState::Submitted);
    refusedNow(f.drafts->submit(d.id, {}, d.version));
    CHECK(f.drafts->allowedActions(d.id) == QList<A> { A::Save, A::CopyIntoNew, A::Remove });

    SECTION("only a head requests changes or clears")
    {
        before = f.counts();
        const auto changes = f.drafts->requestChanges(d.id, QStringLiteral("Shorter."), d.version);
        refusedNow(changes);
        CHECK(changes.error().message.contains(QLatin1String("head")));
        CHECK(f.drafts->canDo(d.id, A::Clear).code() == ErrorCode::NotAllowed);
        refusedNow(f.drafts->clear(d.id, {}, d.version));
        CHECK(f.counts() == before);
    }
    SECTION("changes requested need a comment, go back to the author, and a new version is submitted again")
    {
        f.as(f.otherAdviserId);
        CHECK(f.drafts->allowedActions(d.id).contains(A::Clear));
        CHECK(f.drafts->allowedActions(d.id).contains(A::RequestChanges));
        before = f.counts();
        refusedNow(f.drafts->requestChanges(d.id, QStringLiteral("  "), d.version), ErrorCode::InvalidInput);
        CHECK(f.counts() == before);
        d = DraftFixture::ok(f.drafts->requestChanges(d.id, QStringLiteral("Cite the UNCAT article."), d.version));
        CHECK(d.state == DraftState::ChangesRequested);
        refusedNow(f.drafts->clear(d.id, {}, d.version));
        f.as(f.adviserId);
        d = f.save(d, QStringLiteral("The Secretariat thanks the Ministry (article 2)."));
        CHECK(d.state == DraftState::Draft);
        d = f.submit(d);
        d = f.clearAs(f.otherAdviserId, d);
        CHECK(d.state == DraftState::Cleared);
        CHECK(d.clearedVersion == 2);
        CHECK(d.clearedById == f.otherAdviserId);
        CHECK_FALSE(d.selfCleared);
        const auto steps = DraftFixture::ok(f.drafts->steps(d.id));
        REQUIRE(steps.size() == 4);
        CHECK(steps[0].action == StepAction::Submitted);
        CHECK(steps[0].versionNumber == 1);
        CHECK(steps[1].action == StepAction::ChangesRequested);
        CHECK(steps[1].versionNumber == 1); // the comment stays with the version it is about
        CHECK(steps[1].comment == QStringLiteral("Cite the UNCAT article."));
        CHECK(steps[1].adviserId == f.otherAdviserId);
        CHECK(steps[2].action == StepAction::Submitted);
        CHECK(steps[2].versionNumber == 2);
        CHECK(steps[3].action == StepAction::Cleared);
        CHECK(steps[3].versionNumber == 2);
    }
    SECTION("marking sent: a cleared draft, a date neither future nor before receipt, a known channel")
    {
        d = f.clearAs(f.otherAdviserId, d);
        CHECK(f.drafts->allowedActions(d.id) == QList<A> { A::Save, A::MarkSent, A::CopyIntoNew, A::Remove });
        before = f.counts();
        const QDate today = f.clock.nowUtc().date();
        refusedNow(f.drafts->markSent(d.id, SendInput { today.addDays(1), f.channelId("email"), {} }, d.version),
            ErrorCode::InvalidInput);
        refusedNow(f.drafts->markSent(d.id, SendInput { today.addDays(-1), f.channelId("email"), {} }, d.version),
            ErrorCode::InvalidInput);
        refusedNow(f.drafts->markSent(d.id, SendInput { today, 987654, {} }, d.version), ErrorCode::InvalidInput);
        CHECK(f.counts() == before);
        d = DraftFixture::ok(f.drafts->markSent(
            d.id, SendInput { today, f.channelId("email"), QStringLiteral("to the Minister's office") }, d.version));
        CHECK(d.state == DraftState::Sent);
        CHECK(d.locked());
        CHECK(d.sentVersion == 1);
        CHECK(d.sentOn == today);
        CHECK(d.sentChannelId == f.channelId("email"));
        CHECK_FALSE(d.sentChannelName.isEmpty());
        CHECK(f.drafts->hasSentDraft(q.id));
        CHECK(f.c().queryInt("SELECT count(*) FROM precedent_fts WHERE precedent_fts MATCH 'ministry'") == 1);
        CHECK(f.c().queryInt("SELECT docid FROM precedent_fts") == d.id);
        CHECK(f.drafts->allowedActions(d.id) == QList<A> { A::CopyIntoNew });
    }
}

TEST_CASE("four eyes: nobody clears a version they wrote", "[drafts]")
{
    DraftFixture f;
    const auto q = f.create();
    f.as(f.otherAdviserId); // a head writes the draft
    Draft d = f.submit(f.create(q.id));
    const auto before = f.counts();
    CHECK_FALSE(f.drafts->needsSelfClearanceJustification(d.id));
    const auto own = f.drafts->clear(d.id, {}, d.version, kJustification);
    REQUIRE_FALSE(own.ok());
    CHECK(own.code() == ErrorCode::NotAllowed);
    CHECK(own.error().message.contains(QLatin1String("Four eyes")));
    CHECK(f.drafts->canDo(d.id, DraftService::Action::Clear).code() == ErrorCode::NotAllowed);
    // ...but may ask for changes to it.
    CHECK(f.drafts->canDo(d.id, DraftService::Action::RequestChanges).ok());
    CHECK(f.counts() == before);
    d = f.clearAs(f.secondHeadId, d);
    CHECK(d.clearedById == f.secondHeadId);

    SECTION("the author of the newest version counts, not the creator")
    {
        Draft other = f.create(q.id, QStringLiteral("Begun by the adviser."), QStringLiteral("Holding reply"));
        f.as(f.otherAdviserId);
        other = f.save(other, QStringLiteral("Rewritten by the head."));
        other = f.submit(other);
        CHECK(f.drafts->clear(other.id, {}, other.version).code() == ErrorCode::NotAllowed);
        f.as(f.secondHeadId);
        CHECK(f.drafts->clear(other.id, {}, other.version).ok());
    }
}

TEST_CASE("a single-adviser vault clears its own version with a recorded justification", "[drafts]")
{
    DraftFixture f;
    REQUIRE(f.advisers->setActive(f.otherAdviserId, false).ok());
    REQUIRE(f.advisers->setActive(f.secondHeadId, false).ok());
    const auto q = f.create();
    Draft d = f.submit(f.create(q.id));
    CHECK(f.drafts->needsSelfClearanceJustification(d.id));
    CHECK(f.drafts->canDo(d.id, DraftService::Action::Clear).ok());
    const auto before = f.counts();
    const auto none = f.drafts->clear(d.id, {}, d.version);
    CHECK(none.code() == ErrorCode::InvalidInput);
    CHECK(f.drafts->clear(d.id, {}, d.version, QStringLiteral("Too short.")).code() == ErrorCode::InvalidInput);
    CHECK(f.counts() == before);

    d = DraftFixture::ok(f.drafts->clear(d.id, {}, d.version, kJustification));
    CHECK(d.state == DraftState::Cleared);
    CHECK(d.selfCleared);
    CHECK(d.clearedById == f.adviserId);
    const auto steps = DraftFixture::ok(f.drafts->steps(d.id));
    REQUIRE(steps.back().action == StepAction::Cleared);
    CHECK(steps.back().selfCleared);
    CHECK(steps.back().comment == kJustification);
    const auto entries = f.draftEntries(q.id);
    REQUIRE_FALSE(entries.empty());
    CHECK(entries.back().summary.contains(QLatin1String("SELF-CLEARED")));
    CHECK(entries.back().summary.contains(kJustification));
    CHECK(entries.back().data.value(QStringLiteral("selfCleared")).toBool());
}

TEST_CASE("saving a new version of a submitted or cleared draft sends it back to draft", "[drafts]")
{
    DraftFixture f;
    const auto q = f.create();
    Draft d = f.submit(f.create(q.id));
    d = f.save(d, QStringLiteral("Edited while submitted."));
    CHECK(d.state == DraftState::Draft);
    d = f.clearAs(f.otherAdviserId, f.submit(d));
    CHECK(d.clearedVersion == 2);
    d = f.save(d, QStringLiteral("Edited after clearance."));
    CHECK(d.state == DraftState::Draft);
    CHECK_FALSE(d.clearedVersion.has_value());
    CHECK_FALSE(d.clearedById.has_value());
    CHECK(f.c().queryInt("SELECT count(*) FROM drafts WHERE cleared_version IS NULL AND cleared_by IS NULL") == 1);
    const auto steps = DraftFixture::ok(f.drafts->steps(d.id));
    QStringList actions;
    for (const auto& step : steps)
        actions << DraftText::code(step.action) + QString::number(step.versionNumber);
    CHECK(actions.join(QLatin1Char(' ')) == QStringLiteral("submitted1 reopened2 submitted2 cleared2 reopened3"));
    // Changes requested: back to draft without a reopening step.
    d = f.submit(d);
    f.as(f.otherAdviserId);
    d = DraftFixture::ok(f.drafts->requestChanges(d.id, QStringLiteral("One more change."), d.version));
    f.as(f.adviserId);
    d = f.save(d, QStringLiteral("Edited after the request."));
    CHECK(DraftFixture::ok(f.drafts->steps(d.id)).back().action == StepAction::ChangesRequested);
}

TEST_CASE("a sent draft is locked: the core and the schema refuse every edit", "[drafts]")
{
    DraftFixture f;
    const auto q = f.create();
    const Draft d = f.sentDraft(q.id);
    const auto before = f.counts();

    SECTION("through the core")
    {
        const auto lockedNow = [&](const auto& result) {
            REQUIRE_FALSE(result.ok());
            CHECK(result.code() == ErrorCode::NotAllowed);
            CHECK(result.error().message == kLocked);
        };
        lockedNow(f.drafts->save(d.id, DraftFixture::body(QStringLiteral("Changed after sending.")), {}, d.version));
        lockedNow(f.drafts->rename(d.id, QStringLiteral("New title"), d.language, d.kind, d.version));
        lockedNow(f.drafts->submit(d.id, {}, d.version));
        f.as(f.secondHeadId);
        lockedNow(f.drafts->requestChanges(d.id, QStringLiteral("Change"), d.version));
        lockedNow(f.drafts->clear(d.id, {}, d.version));
        lockedNow(f.drafts->markSent(d.id, SendInput { {}, f.channelId("email"), {} }, d.version));
        lockedNow(f.drafts->remove(d.id));
        lockedNow(f.drafts->canDo(d.id, DraftService::Action::Save));
        CHECK(f.counts() == before);
    }
    SECTION("through raw SQL on the vault's connection")
    {
        for (const char* sql : { "UPDATE drafts SET title = 'x'", "UPDATE drafts SET state = 'draft'",
                 "UPDATE drafts SET version = version + 1", "UPDATE drafts SET sent_on = '2026-01-01'",
                 "DELETE FROM drafts", "DELETE FROM draft_versions", "DELETE FROM draft_steps",
                 "UPDATE draft_versions SET text = 'x'", "UPDATE draft_steps SET comment = 'x'" }) {
            INFO(sql);
            CHECK_THROWS_AS(f.c().execute(sql), db::DbError);
        }
        db::Statement add = f.c().prepare(
            "INSERT INTO draft_versions(draft_id, number, html, text, saved_at) VALUES (?1, 2, '<p>x</p>', 'x', "
            "'2026-01-05T09:00:00Z')");
        add.bind(1, d.id);
        CHECK_THROWS_AS(add.execute(), db::DbError);
        CHECK(f.counts() == before);
    }
    SECTION("it can still be read and copied into a new draft")
    {
        const Draft copy = DraftFixture::ok(f.drafts->copyIntoNew(d.id));
        CHECK(copy.state == DraftState::Draft);
        CHECK(copy.latestVersion == 1);
        CHECK(copy.copiedFromDraftId == d.id);
        CHECK(copy.title.startsWith(QLatin1String("Copy of")));
        CHECK(DraftFixture::ok(f.drafts->version(copy.id)).text == DraftFixture::ok(f.drafts->version(d.id)).text);
        // The copy is an ordinary draft; the original is untouched.
        CHECK(f.save(copy, QStringLiteral("Reused and changed.")).latestVersion == 2);
        CHECK(DraftFixture::ok(f.drafts->get(d.id)).version == d.version);
        CHECK(f.drafts->remove(copy.id).ok());
    }
}

TEST_CASE("removing an unsent draft deletes its versions and steps and is recorded", "[drafts]")
{
    DraftFixture f;
    const auto q = f.create();
    Draft d = f.submit(f.save(f.create(q.id), QStringLiteral("Second.")));
    const Draft copy = DraftFixture::ok(f.drafts->copyIntoNew(d.id, 1, QStringLiteral("Reused")));
    REQUIRE(f.drafts->remove(d.id).ok());
    CHECK(f.drafts->get(d.id).code() == ErrorCode::NotFound);
    CHECK(f.c().queryInt("SELECT count(*) FROM draft_versions WHERE draft_id NOT IN (SELECT id FROM drafts)") == 0);
    CHECK(f.c().queryInt("SELECT count(*) FROM draft_steps") == 0);
    CHECK_FALSE(DraftFixture::ok(f.drafts->get(copy.id)).copiedFromDraftId.has_value());
    const auto entries = f.draftEntries(q.id);
    REQUIRE_FALSE(entries.empty());
    CHECK(entries.back().data.value(QStringLiteral("event")).toString() == QStringLiteral("removed"));
    CHECK(entries.back().data.value(QStringLiteral("versions")).toInt() == 2);
    CHECK_FALSE(entries.back().body.contains(QLatin1String("Second")));
}

TEST_CASE("removing a draft takes its kept unsaved text with it, in the same transaction", "[drafts][pending]")
{
    DraftFixture f;
    const auto q = f.create();
    const Draft d = f.create(q.id);
    const Draft other = f.create(q.id, QStringLiteral("Another answer."), QStringLiteral("Holding reply"));
    pending::PendingEditService& pending = f.session->pendingEdits();
    const auto keepFor = [&](const Draft& draft, const QString& html) {
        QJsonObject payload;
        payload.insert(QStringLiteral("draft"), static_cast<double>(draft.id));
        payload.insert(QStringLiteral("baseVersion"), draft.latestVersion);
        payload.insert(QStringLiteral("html"), html);
        auto kept = pending.keep(pending::PendingKind::DraftText, draft.queryId, draft.version, payload,
            QStringLiteral("Draft being edited"), f.adviserId);
        REQUIRE(kept.ok());
        return kept.value();
    };
    const qint64 mine = keepFor(d, QStringLiteral("<p>Typed but not saved.</p>"));
    const qint64 second = keepFor(d, QStringLiteral("<p>Typed in a second window.</p>"));
    const qint64 theirs = keepFor(other, QStringLiteral("<p>The other draft's text.</p>"));
    const auto keptIds = [&] {
        QList<qint64> ids;
        const auto edits = pending.list();
        REQUIRE(edits.ok());
        for (const pending::PendingEdit& edit : edits.value())
            ids << edit.id;
        return ids;
    };
    REQUIRE(keptIds() == QList<qint64> { mine, second, theirs });

    SECTION("a refused removal keeps the text")
    {
        const Draft copy = f.send(f.clearAs(f.secondHeadId, f.submit(DraftFixture::ok(f.drafts->copyIntoNew(d.id)))));
        REQUIRE(copy.state == DraftState::Sent);
        const auto refused = f.drafts->remove(d.id); // the source of a sent copy stays
        CHECK(refused.code() == ErrorCode::NotAllowed);
        CHECK(keptIds() == QList<qint64> { mine, second, theirs });
    }
    SECTION("a removal deletes the draft's kept copies, and only those")
    {
        REQUIRE(f.drafts->remove(d.id).ok());
        CHECK(keptIds() == QList<qint64> { theirs });
        const auto entries = f.draftEntries(q.id);
        REQUIRE_FALSE(entries.empty());
        CHECK(entries.back().data.value(QStringLiteral("keptTextsDiscarded")).toInt() == 2);
        CHECK_FALSE(entries.back().body.contains(QLatin1String("Typed")));
        CHECK_FALSE(entries.back().summary.contains(QLatin1String("Typed")));
    }
}

TEST_CASE("renaming a draft changes title, kind and language, is on the timeline, and guards lost updates", "[drafts]")
{
    DraftFixture f;
    const auto q = f.create();
    const Draft d = f.create(q.id);
    const auto before = f.draftEntries(q.id).size();

    const Draft renamed = DraftFixture::ok(f.drafts->rename(
        d.id, QStringLiteral("  Réponse sur l'adhésion "), DraftLanguage::French, DraftKind::HoldingReply, d.version));
    CHECK(renamed.title == QStringLiteral("Réponse sur l'adhésion"));
    CHECK(renamed.language == DraftLanguage::French);
    CHECK(renamed.kind == DraftKind::HoldingReply);
    CHECK(renamed.latestVersion == d.latestVersion); // not a new version of the text
    CHECK(renamed.version == d.version + 1);
    const auto entries = f.draftEntries(q.id);
    REQUIRE(entries.size() == before + 1);
    CHECK(entries.back().data.value(QStringLiteral("event")).toString() == QStringLiteral("renamed"));
    CHECK(entries.back().data.value(QStringLiteral("kind")).toString() == QStringLiteral("holding_reply"));
    CHECK(entries.back().data.value(QStringLiteral("language")).toString() == QStringLiteral("fr"));
    CHECK(entries.back().summary.contains(QStringLiteral("Réponse sur l'adhésion")));

    // The same values again: nothing to record.
    const Draft same
        = DraftFixture::ok(f.drafts->rename(d.id, renamed.title, renamed.language, renamed.kind, renamed.version));
    CHECK(same.version == renamed.version);
    CHECK(f.draftEntries(q.id).size() == before + 1);

    // A window that read the draft before the rename: refused, nothing changed.
    const auto stale = f.drafts->rename(d.id, QStringLiteral("Stale"), d.language, d.kind, d.version);
    CHECK(stale.code() == ErrorCode::Conflict);
    CHECK(f.drafts->rename(d.id, QStringLiteral("   "), d.language, d.kind, renamed.version).code()
        == ErrorCode::InvalidInput);
    CHECK(DraftFixture::ok(f.drafts->get(d.id)).title == renamed.title);
    CHECK(f.draftEntries(q.id).size() == before + 1);
}

TEST_CASE("every step is on the query's timeline with its structured data", "[drafts]")
{
    DraftFixture f;
    const auto q = f.create();
    QList<qint64> changed;
    QObject::connect(f.drafts, &DraftService::draftsChanged, [&changed](qint64 id) { changed << id; });
    Draft d = f.create(q.id);
    CHECK(changed == QList<qint64> { q.id });
    d = f.save(d, QStringLiteral("Second."));
    d = f.submit(d);
    f.as(f.otherAdviserId);
    d = DraftFixture::ok(f.drafts->requestChanges(d.id, QStringLiteral("Cite the article."), d.version));
    f.as(f.adviserId);
    d = f.save(d, QStringLiteral("Third."));
    d = f.clearAs(f.otherAdviserId, f.submit(d));
    d = f.send(d);
    DraftFixture::ok(f.drafts->copyIntoNew(d.id));

    QStringList events;
    for (const auto& entry : f.draftEntries(q.id)) {
        REQUIRE(entry.source.has_value());
        CHECK(entry.source->domain == QStringLiteral("draft"));
        CHECK(entry.data.contains(QStringLiteral("draft")));
        CHECK(entry.data.contains(QStringLiteral("version")));
        CHECK(entry.data.contains(QStringLiteral("state")));
        events << entry.data.value(QStringLiteral("event")).toString();
    }
    CHECK(events.join(QLatin1Char(' '))
        == QStringLiteral("created saved submitted changes_requested saved submitted cleared sent copied"));
    const auto entries = f.draftEntries(q.id);
    CHECK(entries[3].summary.contains(QLatin1String("Cite the article.")));
    CHECK(entries[7].data.value(QStringLiteral("channel")).toInteger() == f.channelId("email"));
    CHECK(entries[7].data.value(QStringLiteral("on")).toString() == QStringLiteral("2026-01-05"));
    CHECK(entries[7].data.value(QStringLiteral("version")).toInt() == 3);
    CHECK(changed.size() == 9);
}

TEST_CASE("a query moves to response sent with a sent draft, or with a reason", "[drafts][queries]")
{
    DraftFixture f;
    const auto q = f.create();
    f.toInProgress(q.id);
    CHECK(f.service->reasonRequiredFor(q.id, QueryStatus::ResponseSent));
    const auto timelineBefore = f.c().queryInt("SELECT count(*) FROM timeline");
    const auto refused = f.service->changeStatus(q.id, QueryStatus::ResponseSent);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.code() == ErrorCode::InvalidInput);
    CHECK(refused.error().message.contains(QLatin1String("the answer was given outside Advice Hub")));
    CHECK(f.get(q.id).status == QueryStatus::InProgress);
    CHECK(f.c().queryInt("SELECT count(*) FROM timeline") == timelineBefore);

    SECTION("a draft that is cleared but not sent is not enough")
    {
        f.clearAs(f.otherAdviserId, f.submit(f.create(q.id)));
        CHECK(f.service->reasonRequiredFor(q.id, QueryStatus::ResponseSent));
        CHECK_FALSE(f.service->changeStatus(q.id, QueryStatus::ResponseSent).ok());
    }
    SECTION("a sent draft")
    {
        f.sentDraft(q.id);
        CHECK_FALSE(f.service->reasonRequiredFor(q.id, QueryStatus::ResponseSent));
        REQUIRE(f.service->changeStatus(q.id, QueryStatus::ResponseSent).ok());
        CHECK(f.get(q.id).status == QueryStatus::ResponseSent);
    }
    SECTION("a reason: the answer was given outside Advice Hub")
    {
        REQUIRE(f.service
                    ->changeStatus(q.id, QueryStatus::ResponseSent,
                        QStringLiteral("Answered by telephone by the Head of Secretariat"))
                    .ok());
        CHECK(f.get(q.id).status == QueryStatus::ResponseSent);
    }
    // Other moves keep their own rule.
    CHECK_FALSE(f.service->reasonRequiredFor(q.id, QueryStatus::AwaitingRequester));
}

TEST_CASE("a query with drafts cannot be deleted", "[drafts][queries]")
{
    DraftFixture f;
    const auto q = f.create();
    const Draft d = f.create(q.id);
    const auto problem = f.service->canRemove(q.id);
    REQUIRE_FALSE(problem.ok());
    CHECK(problem.code() == ErrorCode::NotAllowed);
    CHECK(problem.error().message.contains(QLatin1String("drafts")));
    CHECK(f.service->remove(q.id).code() == ErrorCode::NotAllowed);
    CHECK(f.get(q.id).id == q.id);
    REQUIRE(f.drafts->remove(d.id).ok());
    CHECK(f.service->canRemove(q.id).ok());
}

TEST_CASE("merging a duplicate moves its drafts, sent ones included, to the survivor", "[drafts][queries]")
{
    DraftFixture f;
    const auto survivor = f.create(QStringLiteral("Survivor"));
    const auto duplicate = f.create(QStringLiteral("Duplicate"));
    const Draft sent = f.sentDraft(duplicate.id, QStringLiteral("Sent before the merge: pangolin."));
    const Draft open = f.create(duplicate.id, QStringLiteral("Still a draft."), QStringLiteral("Holding reply"));
    REQUIRE(f.service->merge(duplicate.id, survivor.id).ok());
    CHECK(DraftFixture::ok(f.drafts->get(sent.id)).queryId == survivor.id);
    CHECK(DraftFixture::ok(f.drafts->get(sent.id)).state == DraftState::Sent);
    CHECK(DraftFixture::ok(f.drafts->get(open.id)).queryId == survivor.id);
    CHECK(f.drafts->draftsOf(survivor.id).size() == 2);
    CHECK(f.drafts->draftsOf(duplicate.id).empty());
    CHECK(f.drafts->hasSentDraft(survivor.id));
    queries::QueryFilter filter;
    filter.text = QStringLiteral("pangolin");
    const auto found = f.search->ids(filter, {});
    REQUIRE(found.ok());
    CHECK(found.value() == QList<qint64> { survivor.id });
}

TEST_CASE("the search finds a draft's latest text, not an older version's", "[drafts][search]")
{
    DraftFixture f;
    const auto q = f.create();
    const auto other = f.create(QStringLiteral("Another query"));
    const auto find = [&](const char* text) {
        queries::QueryFilter filter;
        filter.text = QString::fromUtf8(text);
        const auto ids = f.search->ids(filter, {});
        REQUIRE(ids.ok());
        return ids.value();
    };
    Draft d = f.create(q.id, QStringLiteral("The zebrafinch paragraph."), QStringLiteral("Note on the okapi"));
    CHECK(find("zebrafinch") == QList<qint64> { q.id });
    CHECK(find("okapi") == QList<qint64> { q.id });
    d = f.save(d, QStringLiteral("The quokka paragraph, with Côte d'Ivoire."));
    CHECK(find("quokka") == QList<qint64> { q.id });
    CHECK(find("cote") == QList<qint64> { q.id });
    CHECK(find("zebrafinch").isEmpty());
    d = DraftFixture::ok(f.drafts->rename(d.id, QStringLiteral("Note on the tapir"), d.language, d.kind, d.version));
    CHECK(find("okapi").isEmpty());
    CHECK(find("tapir") == QList<qint64> { q.id });
    REQUIRE(f.drafts->remove(d.id).ok());
    CHECK(find("quokka").isEmpty());
    Q_UNUSED(other);
}

TEST_CASE("the case summary has a Drafts part: the answer and the list", "[drafts][summary]")
{
    DraftFixture f;
    const auto q = f.create();
    const auto build = [&] {
        auto summary = f.session->caseSummaries().build(f.get(q.id), {});
        REQUIRE(summary.ok());
        return summary.value();
    };
    CHECK(build().drafts.empty());
    f.create(q.id, QStringLiteral("Only a draft so far."), QStringLiteral("Holding reply"));
    auto summary = build();
    REQUIRE(summary.drafts.size() == 2);
    CHECK(summary.drafts[0].code == QStringLiteral("answer"));
    CHECK(summary.drafts[0].title.contains(QLatin1String("DRAFT")));

    const Draft sent = f.sentDraft(q.id, QStringLiteral("The substantive answer."));
    summary = build();
    REQUIRE(summary.drafts.size() == 3);
    const auto& answer = summary.drafts[0];
    CHECK(answer.title == QStringLiteral("Answer sent"));
    const auto field = [](const casefile::SummarySection& s, const char* code) -> const casefile::SummaryField* {
        for (const auto& item : s.fields) {
            if (item.code == QLatin1String(code))
                return &item;
        }
        return nullptr;
    };
    REQUIRE(field(answer, "draft_id") != nullptr);
    CHECK(field(answer, "draft_id")->raw.toInteger() == sent.id);
    REQUIRE(field(answer, "sent_on") != nullptr);
    CHECK(field(answer, "sent_on")->display == QStringLiteral("2026-01-05"));
    REQUIRE(field(answer, "text") != nullptr);
    CHECK(field(answer, "text")->display.contains(QLatin1String("The substantive answer.")));
    CHECK(field(summary.drafts[1], "state") != nullptr);
    const QJsonObject json = casefile::caseSummaryToJson(summary);
    REQUIRE(json.contains(QStringLiteral("drafts")));
    CHECK(json.value(QStringLiteral("drafts")).toArray().size() == 3);
}

TEST_CASE("exporting a version writes the file and records the disclosure", "[drafts][export]")
{
    DraftFixture f;
    const auto q = f.create();
    const Draft d = f.sentDraft(q.id);
    const QString path = f.dir.file(QStringLiteral("answer.html"));
    const QByteArray bytes("<html><body><p>The answer as sent.</p></body></html>");
    const auto disclosures = f.c().queryInt("SELECT count(*) FROM disclosures");
    REQUIRE(f.drafts->exportVersion(d.id, 1, QStringLiteral("html"), bytes, path, false).ok());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == bytes);
    // 0600: nobody but the owner (Qt adds the User bits for the current user).
    const auto permissions = QFileInfo(path).permissions();
    CHECK(permissions.testFlag(QFileDevice::ReadOwner));
    CHECK((permissions
              & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                  | QFileDevice::WriteOther | QFileDevice::ExeOther | QFileDevice::ExeOwner))
        == 0);
    CHECK(f.c().queryInt("SELECT count(*) FROM disclosures") == disclosures + 1);
    const auto recorded = f.session->caseRecord().disclosures().list();
    REQUIRE(recorded.ok());
    const auto& last = recorded->back();
    CHECK(last.document == QStringLiteral("draft"));
    CHECK(last.fields == QStringList { QStringLiteral("draft_text") });
    CHECK(last.fileName == QStringLiteral("answer.html"));
    CHECK(last.recipient == QStringLiteral("answer.html"));

    SECTION("an existing file is not replaced unless asked, and nothing is recorded")
    {
        const auto refused = f.drafts->exportVersion(d.id, 1, QStringLiteral("html"), "other", path, false);
        CHECK(refused.code() == ErrorCode::AlreadyExists);
        CHECK(f.c().queryInt("SELECT count(*) FROM disclosures") == disclosures + 1);
        REQUIRE(f.drafts->exportVersion(d.id, 1, QStringLiteral("text"), "other", path, true).ok());
        CHECK(f.c().queryInt("SELECT count(*) FROM disclosures") == disclosures + 2);
    }
    SECTION("a version that does not exist is refused")
    {
        CHECK(
            f.drafts->exportVersion(d.id, 7, QStringLiteral("html"), bytes, f.dir.file(QStringLiteral("x.html")), false)
                .code()
            == ErrorCode::NotFound);
        CHECK_FALSE(QFileInfo::exists(f.dir.file(QStringLiteral("x.html"))));
    }
}

TEST_CASE("the index refresh reads one version row per draft, by its key", "[drafts][search]")
{
    DraftFixture f;
    // The statement of DraftService's IndexSource: no scan of the versions, however many there are.
    db::Statement plan = f.c().prepare(
        "EXPLAIN QUERY PLAN SELECT d.title, v.text FROM drafts d JOIN draft_versions v ON v.draft_id = d.id AND "
        "v.number = d.latest_version WHERE d.query_id = ?1 ORDER BY d.id");
    plan.bind(1, qint64(1));
    QStringList details;
    while (plan.step())
        details << plan.text(3);
    INFO(details.join(QStringLiteral(" | ")).toStdString());
    CHECK_FALSE(details.join(QLatin1Char('|')).contains(QLatin1String("SCAN TABLE draft_versions")));
    CHECK(
        details.join(QLatin1Char('|'))
            .contains(QLatin1String(
                "TABLE draft_versions AS v USING INDEX sqlite_autoindex_draft_versions_1 (draft_id=? AND number=?)")));
    CHECK(details.join(QLatin1Char('|')).contains(QLatin1String("drafts_query")));
}

} // namespace draft_test
