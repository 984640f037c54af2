#include "drafts/DraftService.h"

#include "advisers/AdviserService.h"
#include "casefile/CaseRecord.h"
#include "casefile/CaseSummary.h"
#include "casefile/CaseTimeline.h"
#include "casefile/DisclosureRecord.h"
#include "casefile/ExportFile.h"
#include "casefile/QueryIndex.h"
#include "common/Clock.h"
#include "common/IsoTime.h"
#include "db/Connection.h"
#include "db/Guard.h"
#include "db/Transaction.h"
#include "drafts/HtmlSanitizer.h"
#include "drafts/WordDiff.h"
#include "pending/PendingEditService.h"
#include "queries/QueryService.h"
#include "reference/ReferenceLookup.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QPointer>

namespace advicehub::drafts {

namespace {

// The columns every read of a draft takes, in the order readDraft() expects them. The author of
// the newest version comes from the one version row (draft_id, number) = (id, latest_version).
constexpr const char* kDraftColumns
    = "SELECT d.id, d.query_id, q.reference, d.title, d.language, d.kind, d.state, d.latest_version, d.word_count, "
      "d.created_at, d.created_by, ca.name, d.updated_at, v.author_id, va.name, d.cleared_version, d.cleared_by, "
      "cb.name, d.self_cleared, d.sent_version, d.sent_on, d.sent_channel_id, d.copied_from, d.template_id, "
      "d.version FROM drafts d JOIN queries q ON q.id = d.query_id LEFT JOIN advisers ca ON ca.id = d.created_by "
      "LEFT JOIN draft_versions v ON v.draft_id = d.id AND v.number = d.latest_version LEFT JOIN advisers va ON "
      "va.id = v.author_id LEFT JOIN advisers cb ON cb.id = d.cleared_by ";

QString quoted(const QString& title)
{
    return QStringLiteral("\u201c%1\u201d").arg(title);
}

// A null QString binds SQL NULL; the text columns are NOT NULL.
QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

std::optional<int> optionalInt(db::Statement& s, int column)
{
    if (s.isNull(column))
        return std::nullopt;
    return s.int32(column);
}

} // namespace

class DraftService::Impl : public casefile::IndexSource, public casefile::SummarySectionProvider {
    Q_DECLARE_TR_FUNCTIONS(advicehub::drafts::DraftService)
public:
    Impl(DraftService& service, casefile::CaseRecord& caseRecord, reference::ReferenceLookup& referenceLookup,
        advisers::AdviserService& adviserService, queries::QueryService& queryService)
        : q(service), record(caseRecord), lookup(referenceLookup), advisers(adviserService), queries(queryService)
    { }

    db::Connection& c() { return record.connection(); }
    QString now() const { return isoUtc(record.clock().nowUtc()); }

    // casefile::IndexSource: the title and the newest version's text of each draft of a query.
    QString indexedText(db::Connection& connection, qint64 queryId) override;
    // casefile::SummarySectionProvider
    Status contribute(qint64 queryId, casefile::CaseSummary& summary) override;

    std::optional<Draft> readDraft(qint64 id);
    std::vector<Draft> readDrafts(qint64 queryId);
    static Draft fromRow(db::Statement& s, const reference::ReferenceLookup& lookup);
    std::optional<DraftVersion> readVersion(qint64 draftId, int number, bool withBodies);
    // The rows of a draft's versions or steps: `sql` with the draft's id as ?1, each row read by
    // `readRow`; NotFound when there is no such draft.
    template <typename Row, typename ReadRow>
    Result<std::vector<Row>> rowsOfDraft(qint64 draftId, std::string_view sql, ReadRow readRow)
    {
        return db::guard([&]() -> Result<std::vector<Row>> {
            db::Statement exists = c().prepare("SELECT 1 FROM drafts WHERE id = ?1");
            exists.bind(1, draftId);
            if (!exists.step())
                return noSuchDraft();
            exists.reset();
            db::Statement s = c().prepare(sql);
            s.bind(1, draftId);
            std::vector<Row> list;
            while (s.step())
                list.push_back(readRow(s));
            return list;
        });
    }

    struct QueryFacts {
        bool exists = false;
        bool merged = false;
        QDate receivedOn;
    };
    QueryFacts queryFacts(qint64 queryId);

    // Who the session's adviser is, for the clearance rules.
    struct Actor {
        std::optional<qint64> id;
        bool head = false;
        bool active = false;
        QString name;
    };
    Actor actor();
    int activeAdvisers();

    // Why `action` is refused on `draft` now (by the session's adviser), or ok. The one place the
    // clearance chain's rules live: the operations and canDo()/allowedActions() both ask it.
    Status check(const Draft& draft, DraftService::Action action);
    // Clearing `draft` now would be the single-adviser self-clearance.
    bool selfClearance(const Draft& draft);

    static Error locked()
    {
        return makeError(ErrorCode::NotAllowed,
            tr("This draft was sent: it is locked. Copy it into a new draft to reuse its text."));
    }
    static Error conflict()
    {
        return makeError(ErrorCode::Conflict,
            tr("This draft was changed by someone else since you opened it. Reload it and try again."));
    }
    static Error noSuchDraft() { return makeError(ErrorCode::NotFound, tr("No such draft.")); }

    qint64 insertVersion(qint64 draftId, int number, const SanitisedHtml& body, const QString& comment);
    void insertStep(qint64 draftId, int versionNumber, StepAction action, const QString& comment, bool selfCleared);
    void appendEntry(qint64 queryId, qint64 draftId, const QString& summary, const QString& body,
        const QJsonObject& data, QDate on = {});
    QJsonObject data(const char* event, const Draft& draft, int version, DraftState state) const;
    void notify(qint64 queryId);
    // Loads the draft for a change: exists, not sent, the expected version.
    Result<Draft> forChange(qint64 draftId, std::optional<int> expectedVersion);

    DraftService& q;
    casefile::CaseRecord& record;
    reference::ReferenceLookup& lookup;
    advisers::AdviserService& advisers;
    queries::QueryService& queries;
};

// --- reading

Draft DraftService::Impl::fromRow(db::Statement& s, const reference::ReferenceLookup& lookup)
{
    Draft d;
    d.id = s.int64(0);
    d.queryId = s.int64(1);
    d.queryReference = s.text(2);
    d.title = s.text(3);
    d.language = DraftText::language(s.text(4)).value_or(DraftLanguage::English);
    d.kind = DraftText::kind(s.text(5)).value_or(DraftKind::Other);
    d.state = DraftText::state(s.text(6)).value_or(DraftState::Draft);
    d.latestVersion = s.int32(7);
    d.wordCount = s.int32(8);
    d.createdAtUtc = parseIsoUtc(s.text(9));
    d.createdById = s.optionalInt64(10);
    d.createdByName = s.text(11);
    d.updatedAtUtc = parseIsoUtc(s.text(12));
    d.lastAuthorId = s.optionalInt64(13);
    d.lastAuthorName = s.text(14);
    d.clearedVersion = optionalInt(s, 15);
    d.clearedById = s.optionalInt64(16);
    d.clearedByName = s.text(17);
    d.selfCleared = s.int64(18) != 0;
    d.sentVersion = optionalInt(s, 19);
    if (!s.isNull(20))
        d.sentOn = parseIsoDate(s.text(20));
    d.sentChannelId = s.optionalInt64(21);
    if (d.sentChannelId) {
        const reference::NamedItem* channel = lookup.channel(*d.sentChannelId);
        d.sentChannelName = channel ? channel->name : QString();
    }
    d.copiedFromDraftId = s.optionalInt64(22);
    d.templateId = s.optionalInt64(23);
    d.version = s.int32(24);
    return d;
}

std::optional<Draft> DraftService::Impl::readDraft(qint64 id)
{
    db::Statement s = c().prepare(std::string(kDraftColumns) + "WHERE d.id = ?1");
    s.bind(1, id);
    if (!s.step())
        return std::nullopt;
    return fromRow(s, lookup);
}

std::vector<Draft> DraftService::Impl::readDrafts(qint64 queryId)
{
    db::Statement s
        = c().prepare(std::string(kDraftColumns) + "WHERE d.query_id = ?1 ORDER BY d.updated_at DESC, d.id DESC");
    s.bind(1, queryId);
    std::vector<Draft> drafts;
    while (s.step())
        drafts.push_back(fromRow(s, lookup));
    return drafts;
}

std::optional<DraftVersion> DraftService::Impl::readVersion(qint64 draftId, int number, bool withBodies)
{
    db::Statement s = c().prepare(withBodies
            ? "SELECT v.id, v.number, v.word_count, v.comment, v.author_id, a.name, v.saved_at, v.html, v.text FROM "
              "draft_versions v LEFT JOIN advisers a ON a.id = v.author_id WHERE v.draft_id = ?1 AND v.number = ?2"
            : "SELECT v.id, v.number, v.word_count, v.comment, v.author_id, a.name, v.saved_at FROM draft_versions v "
              "LEFT JOIN advisers a ON a.id = v.author_id WHERE v.draft_id = ?1 AND v.number = ?2");
    s.bindAll(draftId, number);
    if (!s.step())
        return std::nullopt;
    DraftVersion v;
    v.id = s.int64(0);
    v.draftId = draftId;
    v.number = s.int32(1);
    v.wordCount = s.int32(2);
    v.comment = s.text(3);
    v.authorId = s.optionalInt64(4);
    v.authorName = s.text(5);
    v.savedAtUtc = parseIsoUtc(s.text(6));
    if (withBodies) {
        v.html = s.text(7);
        v.text = s.text(8);
    }
    return v;
}

QString DraftService::Impl::indexedText(db::Connection& connection, qint64 queryId)
{
    // Only the newest version of each draft: one version row per draft, by its unique key.
    db::Statement s = connection.prepare(
        "SELECT d.title, v.text FROM drafts d JOIN draft_versions v ON v.draft_id = d.id AND v.number = "
        "d.latest_version WHERE d.query_id = ?1 ORDER BY d.id");
    s.bind(1, queryId);
    QStringList parts;
    while (s.step()) {
        parts << s.text(0);
        const QString body = s.text(1);
        if (!body.isEmpty())
            parts << body;
    }
    return parts.join(QLatin1Char('\n'));
}

DraftService::Impl::QueryFacts DraftService::Impl::queryFacts(qint64 queryId)
{
    QueryFacts facts;
    db::Statement s = c().prepare("SELECT received_on, merged_into_id FROM queries WHERE id = ?1");
    s.bind(1, queryId);
    if (s.step()) {
        facts.exists = true;
        facts.receivedOn = parseIsoDate(s.text(0));
        facts.merged = !s.isNull(1);
    }
    return facts;
}

DraftService::Impl::Actor DraftService::Impl::actor()
{
    Actor a;
    a.id = record.actor();
    if (!a.id)
        return a;
    db::Statement s = c().prepare("SELECT role, active, name FROM advisers WHERE id = ?1");
    s.bind(1, *a.id);
    if (s.step()) {
        a.head = s.text(0) == QLatin1String("head");
        a.active = s.int64(1) != 0;
        a.name = s.text(2);
    }
    return a;
}

int DraftService::Impl::activeAdvisers()
{
    return static_cast<int>(c().queryInt("SELECT count(*) FROM advisers WHERE active = 1"));
}

bool DraftService::Impl::selfClearance(const Draft& draft)
{
    const Actor who = actor();
    return draft.state == DraftState::Submitted && who.id && draft.lastAuthorId == who.id && activeAdvisers() == 1;
}

Status DraftService::Impl::check(const Draft& draft, DraftService::Action action)
{
    using A = DraftService::Action;
    if (action == A::CopyIntoNew)
        return {};
    if (draft.locked())
        return locked();
    switch (action) {
    case A::Save:
    case A::Remove:
    case A::CopyIntoNew:
        return {};
    case A::Submit:
        if (draft.state == DraftState::Submitted)
            return makeError(ErrorCode::NotAllowed, tr("This draft is already submitted for clearance."));
        if (draft.state == DraftState::Cleared)
            return makeError(ErrorCode::NotAllowed,
                tr("This draft is cleared already; mark it sent, or save a new version to change it."));
        return {};
    case A::RequestChanges:
    case A::Clear: {
        if (draft.state != DraftState::Submitted) {
            return makeError(ErrorCode::NotAllowed,
                action == A::Clear ? tr("Only a draft submitted for clearance can be cleared (this one is "
                                        "\u201c%1\u201d).")
                                         .arg(DraftText::label(draft.state))
                                   : tr("Changes can be requested only on a draft submitted for clearance (this one "
                                        "is \u201c%1\u201d).")
                                         .arg(DraftText::label(draft.state)));
        }
        const Actor who = actor();
        if (!who.id || !who.active)
            return makeError(ErrorCode::NotAllowed,
                tr("Choose who you are first: clearance is recorded with the adviser who gives it."));
        const bool single = activeAdvisers() == 1;
        // A vault with one active adviser has no one else to clear: that adviser is the head.
        if (!who.head && !single)
            return makeError(ErrorCode::NotAllowed,
                action == A::Clear ? tr("Only an adviser with the role head can clear a draft.")
                                   : tr("Only an adviser with the role head can request changes to a draft."));
        if (action == A::Clear && draft.lastAuthorId && draft.lastAuthorId == who.id && !single)
            return makeError(ErrorCode::NotAllowed,
                tr("Four eyes: you wrote version %1 of this draft, so another head must clear it.")
                    .arg(draft.latestVersion));
        return {};
    }
    case A::MarkSent:
        if (draft.state != DraftState::Cleared)
            return makeError(ErrorCode::NotAllowed,
                tr("Only a cleared draft can be marked sent (this one is \u201c%1\u201d).")
                    .arg(DraftText::label(draft.state)));
        return {};
    }
    return {};
}

Result<Draft> DraftService::Impl::forChange(qint64 draftId, std::optional<int> expectedVersion)
{
    std::optional<Draft> draft = readDraft(draftId);
    if (!draft)
        return noSuchDraft();
    if (draft->locked())
        return locked();
    if (expectedVersion && draft->version != *expectedVersion)
        return conflict();
    return std::move(*draft);
}

// --- writing

qint64 DraftService::Impl::insertVersion(qint64 draftId, int number, const SanitisedHtml& body, const QString& comment)
{
    db::Statement insert = c().prepare(
        "INSERT INTO draft_versions(draft_id, number, html, text, word_count, comment, author_id, saved_at) VALUES "
        "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    insert.bindAll(
        draftId, number, text(body.html), text(body.text), body.wordCount, text(comment), record.actor(), now());
    insert.execute();
    return c().lastInsertRowId();
}

void DraftService::Impl::insertStep(
    qint64 draftId, int versionNumber, StepAction action, const QString& comment, bool selfCleared)
{
    db::Statement insert = c().prepare(
        "INSERT INTO draft_steps(draft_id, version_number, action, comment, adviser_id, occurred_at, self_cleared) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    insert.bindAll(draftId, versionNumber, DraftText::code(action), text(comment), record.actor(), now(), selfCleared);
    insert.execute();
}

QJsonObject DraftService::Impl::data(const char* event, const Draft& draft, int version, DraftState state) const
{
    return QJsonObject { { QStringLiteral("event"), QLatin1String(event) },
        { QStringLiteral("draft"), static_cast<double>(draft.id) }, { QStringLiteral("version"), version },
        { QStringLiteral("state"), DraftText::code(state) }, { QStringLiteral("kind"), DraftText::code(draft.kind) },
        { QStringLiteral("language"), DraftText::code(draft.language) }, { QStringLiteral("title"), draft.title } };
}

void DraftService::Impl::appendEntry(
    qint64 queryId, qint64 draftId, const QString& summary, const QString& body, const QJsonObject& data, QDate on)
{
    casefile::TimelineRecord entry;
    entry.kind = casefile::EntryKind::Draft;
    const QDateTime nowUtc = record.clock().nowUtc();
    // Sent last week, recorded today: placed on that day, recorded now either way.
    if (on.isValid() && on != queries.today())
        entry.occurredAtUtc = QDateTime(on, nowUtc.toLocalTime().time()).toUTC();
    entry.summary = summary;
    entry.body = body;
    entry.source = casefile::TimelineSource { QStringLiteral("draft"), draftId };
    entry.data = data;
    record.timeline().append(queryId, entry);
}

void DraftService::Impl::notify(qint64 queryId)
{
    QPointer<DraftService> self(&q);
    c().afterCommit([self, queryId] {
        if (self)
            Q_EMIT self->draftsChanged(queryId);
    });
}

// --- the service

namespace {

// The summaries of the draft entries in the reader's language, from their data (the same source
// strings as the writers below); nothing when the entry lacks what its text needs (entries
// written before the title, a rename's changes or a self-clearance's justification were kept in
// the data).
std::optional<QString> renderEntry(const casefile::TimelineEntry& entry)
{
    const QJsonObject& data = entry.data;
    const QString title = data.value(QStringLiteral("title")).toString();
    if (title.isEmpty())
        return std::nullopt;
    if (entry.kind == casefile::EntryKind::Exported) {
        // A version exported to a file (the disclosure record keeps the file's name).
        const QString fileName = data.value(QStringLiteral("file_name")).toString();
        const QString format = data.value(QStringLiteral("format")).toString();
        if (data.value(QStringLiteral("document")).toString() != QLatin1String("draft") || fileName.isEmpty()
            || format.isEmpty())
            return std::nullopt;
        return DraftService::tr("Draft %1, version %2, exported as %3 to %4")
            .arg(quoted(title))
            .arg(data.value(QStringLiteral("version")).toInt())
            .arg(format, fileName);
    }
    if (entry.kind != casefile::EntryKind::Draft)
        return std::nullopt;
    const QString event = data.value(QStringLiteral("event")).toString();
    const int version = data.value(QStringLiteral("version")).toInt();
    if (event == QLatin1String("created")) {
        const std::optional<DraftKind> kind = DraftText::kind(data.value(QStringLiteral("kind")).toString());
        const std::optional<DraftLanguage> language
            = DraftText::language(data.value(QStringLiteral("language")).toString());
        if (!kind || !language)
            return std::nullopt;
        return DraftService::tr("Draft %1 created (%2, %3)")
            .arg(quoted(title), DraftText::label(*kind), DraftText::label(*language));
    }
    if (event == QLatin1String("saved")) {
        const std::optional<DraftState> from = DraftText::state(data.value(QStringLiteral("from")).toString());
        if (!from)
            return std::nullopt;
        if (*from == DraftState::Cleared) {
            if (!data.contains(QStringLiteral("clearedVersion")))
                return std::nullopt;
            return DraftService::tr(
                "Draft %1: version %2 saved; the clearance of version %3 was withdrawn, the draft is back "
                "to draft")
                .arg(quoted(title))
                .arg(version)
                .arg(data.value(QStringLiteral("clearedVersion")).toInt());
        }
        if (*from == DraftState::Submitted)
            return DraftService::tr("Draft %1: version %2 saved while submitted; back to draft")
                .arg(quoted(title))
                .arg(version);
        const int words = data.value(QStringLiteral("words")).toInt();
        return DraftService::tr("Draft %1: version %2 saved (%n word(s))", nullptr, words)
            .arg(quoted(title))
            .arg(version);
    }
    if (event == QLatin1String("submitted"))
        return DraftService::tr("Draft %1: version %2 submitted for clearance").arg(quoted(title)).arg(version);
    if (event == QLatin1String("changes_requested"))
        return DraftService::tr("Draft %1: changes requested to version %2: %3")
            .arg(quoted(title))
            .arg(version)
            .arg(data.value(QStringLiteral("comment")).toString());
    if (event == QLatin1String("cleared") && !data.value(QStringLiteral("selfCleared")).toBool())
        return DraftService::tr("Draft %1: version %2 cleared").arg(quoted(title)).arg(version);
    if (event == QLatin1String("cleared")) {
        if (!data.contains(QStringLiteral("justification")))
            return std::nullopt;
        return DraftService::tr("Draft %1: version %2 SELF-CLEARED by its author (the vault's only adviser): %3")
            .arg(quoted(title))
            .arg(version)
            .arg(data.value(QStringLiteral("justification")).toString());
    }
    if (event == QLatin1String("renamed")) {
        // Entries written before the old kind, language and new title were kept in the data.
        const std::optional<DraftKind> kind = DraftText::kind(data.value(QStringLiteral("kind")).toString());
        const std::optional<DraftKind> oldKind = DraftText::kind(data.value(QStringLiteral("oldKind")).toString());
        const std::optional<DraftLanguage> language
            = DraftText::language(data.value(QStringLiteral("language")).toString());
        const std::optional<DraftLanguage> oldLanguage
            = DraftText::language(data.value(QStringLiteral("oldLanguage")).toString());
        const QString newTitle = data.value(QStringLiteral("newTitle")).toString();
        if (!kind || !oldKind || !language || !oldLanguage || newTitle.isEmpty())
            return std::nullopt;
        QStringList what;
        if (newTitle != title)
            what << DraftService::tr("renamed %1").arg(quoted(newTitle));
        if (*kind != *oldKind)
            what << DraftText::label(*kind);
        if (*language != *oldLanguage)
            what << DraftText::label(*language);
        return DraftService::tr("Draft %1: %2").arg(quoted(title), what.join(QStringLiteral("; ")));
    }
    if (event == QLatin1String("sent")) {
        const QString channel = data.value(QStringLiteral("channelName")).toString();
        const QDate on = parseIsoDate(data.value(QStringLiteral("on")).toString());
        if (channel.isEmpty() || !on.isValid())
            return std::nullopt;
        return DraftService::tr("Draft %1: version %2 sent on %3 by %4; the text is locked")
            .arg(quoted(title))
            .arg(version)
            .arg(isoDate(on), channel);
    }
    if (event == QLatin1String("copied")) {
        const QString fromTitle = data.value(QStringLiteral("fromTitle")).toString();
        if (fromTitle.isEmpty())
            return std::nullopt;
        return DraftService::tr("Draft %1 created as a copy of %2 (version %3)")
            .arg(quoted(title), quoted(fromTitle))
            .arg(data.value(QStringLiteral("fromVersion")).toInt());
    }
    if (event == QLatin1String("removed")) {
        const int versions = data.value(QStringLiteral("versions")).toInt();
        return DraftService::tr("Draft %1 deleted with its %n version(s)", nullptr, versions).arg(quoted(title));
    }
    return std::nullopt;
}

} // namespace

DraftService::DraftService(casefile::CaseRecord& record, reference::ReferenceLookup& lookup,
    advisers::AdviserService& advisers, queries::QueryService& queries, QObject* parent)
    : QObject(parent), d(std::make_unique<Impl>(*this, record, lookup, advisers, queries))
{
    casefile::TimelineText::setSummaryRenderer(casefile::EntryKind::Draft, &renderEntry);
    casefile::TimelineText::setSummaryRenderer(casefile::EntryKind::Exported, &renderEntry);
    record.index().addSource(d.get());
}

DraftService::~DraftService()
{
    d->record.index().removeSource(d.get());
}

casefile::SummarySectionProvider* DraftService::summaryProvider()
{
    return d.get();
}

Result<Draft> DraftService::create(const DraftInput& input)
{
    const QString title = input.title.trimmed();
    const QString comment = input.comment.trimmed();
    if (title.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Give the draft a title."));
    if (title.size() > DraftLimits::Title)
        return makeError(
            ErrorCode::InvalidInput, tr("The title is longer than %n characters.", nullptr, DraftLimits::Title));
    if (comment.size() > DraftLimits::Comment)
        return makeError(
            ErrorCode::InvalidInput, tr("The comment is longer than %n characters.", nullptr, DraftLimits::Comment));
    const Result<SanitisedHtml> body = HtmlSanitizer::sanitise(input.html);
    if (!body)
        return body.error();
    qint64 id = 0;
    const Status done = db::guard([&]() -> Status {
        db::Transaction transaction(d->c());
        const Impl::QueryFacts query = d->queryFacts(input.queryId);
        if (!query.exists)
            return makeError(ErrorCode::NotFound, tr("No such query."));
        if (query.merged)
            return makeError(ErrorCode::NotAllowed, tr("This query was merged into another; draft the answer there."));
        if (input.templateId) {
            db::Statement t = d->c().prepare("SELECT 1 FROM draft_templates WHERE id = ?1");
            t.bind(1, *input.templateId);
            if (!t.step())
                return makeError(ErrorCode::InvalidInput, tr("There is no such template."));
        }
        const QString now = d->now();
        db::Statement insert = d->c().prepare(
            "INSERT INTO drafts(query_id, title, language, kind, state, latest_version, word_count, created_at, "
            "created_by, updated_at, template_id, version) VALUES (?1, ?2, ?3, ?4, 'draft', 1, ?5, ?6, ?7, ?6, ?8, 1)");
        insert.bindAll(input.queryId, title, DraftText::code(input.language), DraftText::code(input.kind),
            body->wordCount, now, d->record.actor(), input.templateId);
        insert.execute();
        id = d->c().lastInsertRowId();
        d->insertVersion(id, 1, *body, comment);
        Draft draft;
        draft.id = id;
        draft.kind = input.kind;
        draft.language = input.language;
        draft.title = title;
        QJsonObject data = d->data("created", draft, 1, DraftState::Draft);
        if (input.templateId)
            data.insert(QStringLiteral("template"), static_cast<double>(*input.templateId));
        d->appendEntry(input.queryId, id,
            tr("Draft %1 created (%2, %3)")
                .arg(quoted(title), DraftText::label(input.kind), DraftText::label(input.language)),
            comment, data);
        d->record.index().refresh(input.queryId);
        d->notify(input.queryId);
        transaction.commit();
        return {};
    });
    if (!done)
        return done.error();
    return get(id);
}

Result<Draft> DraftService::save(qint64 draftId, const QString& html, const QString& rawComment, int expectedVersion)
{
    const QString comment = rawComment.trimmed();
    if (comment.size() > DraftLimits::Comment)
        return makeError(
            ErrorCode::InvalidInput, tr("The comment is longer than %n characters.", nullptr, DraftLimits::Comment));
    // Sanitised before the transaction: parsing a large paste holds no lock.
    const Result<SanitisedHtml> body = HtmlSanitizer::sanitise(html);
    if (!body)
        return body.error();
    const Status done = db::guard([&]() -> Status {
        db::Transaction transaction(d->c());
        const Result<Draft> old = d->forChange(draftId, expectedVersion);
        if (!old)
            return old.error();
        db::Statement newest = d->c().prepare(
            "SELECT html FROM draft_versions WHERE draft_id = ?1 AND number = (SELECT max(number) FROM draft_versions "
            "WHERE draft_id = ?1)");
        newest.bind(1, draftId);
        if (newest.step() && newest.text(0) == body->html)
            return makeError(ErrorCode::InvalidInput,
                tr("No change to save: the text is the same as version %1.").arg(old->latestVersion));
        newest.reset();
        db::Statement next
            = d->c().prepare("SELECT coalesce(max(number), 0) + 1 FROM draft_versions WHERE draft_id = ?1");
        next.bind(1, draftId);
        next.step();
        const int version = next.int32(0);
        next.reset();
        d->insertVersion(draftId, version, *body, comment);
        const bool reopened = old->state == DraftState::Submitted || old->state == DraftState::Cleared;
        if (reopened) {
            d->insertStep(draftId, version, StepAction::Reopened,
                old->state == DraftState::Cleared
                    ? tr("Version %1 replaced the cleared version %2: the clearance no longer applies.")
                          .arg(version)
                          .arg(old->clearedVersion.value_or(old->latestVersion))
                    : tr("Version %1 replaced the submitted version %2.").arg(version).arg(old->latestVersion),
                false);
        }
        db::Statement update = d->c().prepare(
            "UPDATE drafts SET state = 'draft', latest_version = ?2, word_count = ?3, updated_at = ?4, "
            "cleared_version = NULL, cleared_by = NULL, self_cleared = 0, version = version + 1 WHERE id = ?1");
        update.bindAll(draftId, version, body->wordCount, d->now());
        update.execute();
        QJsonObject data = d->data("saved", *old, version, DraftState::Draft);
        data.insert(QStringLiteral("from"), DraftText::code(old->state));
        data.insert(QStringLiteral("words"), body->wordCount);
        if (old->state == DraftState::Cleared)
            data.insert(QStringLiteral("clearedVersion"), old->clearedVersion.value_or(old->latestVersion));
        QString summary = tr("Draft %1: version %2 saved (%n word(s))", nullptr, body->wordCount)
                              .arg(quoted(old->title))
                              .arg(version);
        if (old->state == DraftState::Cleared)
            summary = tr("Draft %1: version %2 saved; the clearance of version %3 was withdrawn, the draft is back "
                         "to draft")
                          .arg(quoted(old->title))
                          .arg(version)
                          .arg(old->clearedVersion.value_or(old->latestVersion));
        else if (old->state == DraftState::Submitted)
            summary
                = tr("Draft %1: version %2 saved while submitted; back to draft").arg(quoted(old->title)).arg(version);
        d->appendEntry(old->queryId, draftId, summary, comment, data);
        d->record.index().refresh(old->queryId);
        d->notify(old->queryId);
        transaction.commit();
        return {};
    });
    if (!done)
        return done.error();
    return get(draftId);
}

Result<Draft> DraftService::rename(
    qint64 draftId, const QString& rawTitle, DraftLanguage language, DraftKind kind, int expectedVersion)
{
    const QString title = rawTitle.trimmed();
    if (title.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Give the draft a title."));
    if (title.size() > DraftLimits::Title)
        return makeError(
            ErrorCode::InvalidInput, tr("The title is longer than %n characters.", nullptr, DraftLimits::Title));
    const Status done = db::guard([&]() -> Status {
        db::Transaction transaction(d->c());
        const Result<Draft> old = d->forChange(draftId, expectedVersion);
        if (!old)
            return old.error();
        if (old->title == title && old->language == language && old->kind == kind)
            return {};
        db::Statement update = d->c().prepare("UPDATE drafts SET title = ?2, language = ?3, kind = ?4, updated_at = "
                                              "?5, version = version + 1 WHERE id = ?1");
        update.bindAll(draftId, title, DraftText::code(language), DraftText::code(kind), d->now());
        update.execute();
        Draft renamed = *old;
        renamed.language = language;
        renamed.kind = kind;
        QJsonObject data = d->data("renamed", renamed, old->latestVersion, old->state);
        // What changed, for the renderer ("title" stays the old title the summary names).
        data.insert(QStringLiteral("oldKind"), DraftText::code(old->kind));
        data.insert(QStringLiteral("oldLanguage"), DraftText::code(old->language));
        data.insert(QStringLiteral("newTitle"), title);
        QStringList what;
        if (old->title != title)
            what << tr("renamed %1").arg(quoted(title));
        if (old->kind != kind)
            what << DraftText::label(kind);
        if (old->language != language)
            what << DraftText::label(language);
        d->appendEntry(old->queryId, draftId,
            tr("Draft %1: %2").arg(quoted(old->title), what.join(QStringLiteral("; "))), {}, data);
        if (old->title != title)
            d->record.index().refresh(old->queryId);
        d->notify(old->queryId);
        transaction.commit();
        return {};
    });
    if (!done)
        return done.error();
    return get(draftId);
}

Result<Draft> DraftService::submit(qint64 draftId, const QString& rawComment, int expectedVersion)
{
    const QString comment = rawComment.trimmed();
    if (comment.size() > DraftLimits::Comment)
        return makeError(
            ErrorCode::InvalidInput, tr("The comment is longer than %n characters.", nullptr, DraftLimits::Comment));
    const Status done = db::guard([&]() -> Status {
        db::Transaction transaction(d->c());
        const Result<Draft> old = d->forChange(draftId, expectedVersion);
        if (!old)
            return old.error();
        if (const Status ok = d->check(*old, Action::Submit); !ok)
            return ok.error();
        d->insertStep(draftId, old->latestVersion, StepAction::Submitted, comment, false);
        db::Statement update = d->c().prepare(
            "UPDATE drafts SET state = 'submitted', updated_at = ?2, version = version + 1 WHERE id = ?1");
        update.bindAll(draftId, d->now());
        update.execute();
        d->appendEntry(old->queryId, draftId,
            tr("Draft %1: version %2 submitted for clearance").arg(quoted(old->title)).arg(old->latestVersion), comment,
            d->data("submitted", *old, old->latestVersion, DraftState::Submitted));
        d->notify(old->queryId);
        transaction.commit();
        return {};
    });
    if (!done)
        return done.error();
    return get(draftId);
}

Result<Draft> DraftService::requestChanges(qint64 draftId, const QString& rawComment, int expectedVersion)
{
    const QString comment = rawComment.trimmed();
    if (comment.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Say what should change: a request for changes needs a comment."));
    if (comment.size() > DraftLimits::Comment)
        return makeError(
            ErrorCode::InvalidInput, tr("The comment is longer than %n characters.", nullptr, DraftLimits::Comment));
    const Status done = db::guard([&]() -> Status {
        db::Transaction transaction(d->c());
        const Result<Draft> old = d->forChange(draftId, expectedVersion);
        if (!old)
            return old.error();
        if (const Status ok = d->check(*old, Action::RequestChanges); !ok)
            return ok.error();
        d->insertStep(draftId, old->latestVersion, StepAction::ChangesRequested, comment, false);
        db::Statement update = d->c().prepare(
            "UPDATE drafts SET state = 'changes_requested', updated_at = ?2, version = version + 1 WHERE id = ?1");
        update.bindAll(draftId, d->now());
        update.execute();
        QJsonObject data = d->data("changes_requested", *old, old->latestVersion, DraftState::ChangesRequested);
        data.insert(QStringLiteral("comment"), comment);
        d->appendEntry(old->queryId, draftId,
            tr("Draft %1: changes requested to version %2: %3")
                .arg(quoted(old->title))
                .arg(old->latestVersion)
                .arg(comment),
            comment, data);
        d->notify(old->queryId);
        transaction.commit();
        return {};
    });
    if (!done)
        return done.error();
    return get(draftId);
}

Result<Draft> DraftService::clear(
    qint64 draftId, const QString& rawComment, int expectedVersion, const QString& rawJustification)
{
    const QString comment = rawComment.trimmed();
    const QString justification = rawJustification.trimmed();
    if (comment.size() > DraftLimits::Comment || justification.size() > DraftLimits::Comment)
        return makeError(
            ErrorCode::InvalidInput, tr("The comment is longer than %n characters.", nullptr, DraftLimits::Comment));
    const Status done = db::guard([&]() -> Status {
        db::Transaction transaction(d->c());
        const Result<Draft> old = d->forChange(draftId, expectedVersion);
        if (!old)
            return old.error();
        if (const Status ok = d->check(*old, Action::Clear); !ok)
            return ok.error();
        const bool self = d->selfClearance(*old);
        if (self && justification.size() < DraftLimits::MinSelfClearanceJustification)
            return makeError(ErrorCode::InvalidInput,
                tr("You wrote this version and you are the vault's only adviser: clearing it yourself needs a "
                   "justification of at least %n characters, which is recorded.",
                    nullptr, DraftLimits::MinSelfClearanceJustification));
        // The justification is the step's comment (a separate comment follows it).
        QString stepComment = self ? justification : comment;
        if (self && !comment.isEmpty())
            stepComment += QStringLiteral("\n\n") + comment;
        d->insertStep(draftId, old->latestVersion, StepAction::Cleared, stepComment, self);
        db::Statement update = d->c().prepare(
            "UPDATE drafts SET state = 'cleared', cleared_version = ?2, cleared_by = ?3, self_cleared = ?4, "
            "updated_at = ?5, version = version + 1 WHERE id = ?1");
        update.bindAll(draftId, old->latestVersion, d->record.actor(), self, d->now());
        update.execute();
        QJsonObject data = d->data("cleared", *old, old->latestVersion, DraftState::Cleared);
        data.insert(QStringLiteral("selfCleared"), self);
        if (self)
            data.insert(QStringLiteral("justification"), justification);
        const QString summary = self
            ? tr("Draft %1: version %2 SELF-CLEARED by its author (the vault's only adviser): %3")
                  .arg(quoted(old->title))
                  .arg(old->latestVersion)
                  .arg(justification)
            : tr("Draft %1: version %2 cleared").arg(quoted(old->title)).arg(old->latestVersion);
        d->appendEntry(old->queryId, draftId, summary, stepComment, data);
        d->notify(old->queryId);
        transaction.commit();
        return {};
    });
    if (!done)
        return done.error();
    return get(draftId);
}

Result<Draft> DraftService::markSent(qint64 draftId, const SendInput& input, int expectedVersion)
{
    const QString note = input.note.trimmed();
    if (note.size() > DraftLimits::SendNote)
        return makeError(
            ErrorCode::InvalidInput, tr("The note is longer than %n characters.", nullptr, DraftLimits::SendNote));
    const Status done = db::guard([&]() -> Status {
        db::Transaction transaction(d->c());
        const Result<Draft> old = d->forChange(draftId, expectedVersion);
        if (!old)
            return old.error();
        if (const Status ok = d->check(*old, Action::MarkSent); !ok)
            return ok.error();
        const QDate today = d->queries.today();
        const QDate on = input.on.isValid() ? input.on : today;
        if (on > today)
            return makeError(ErrorCode::InvalidInput, tr("An answer cannot be marked sent on a future date."));
        const Impl::QueryFacts query = d->queryFacts(old->queryId);
        if (on < query.receivedOn)
            return makeError(ErrorCode::InvalidInput,
                tr("An answer cannot be sent before the query was received (%1).").arg(isoDate(query.receivedOn)));
        const reference::NamedItem* channel = d->lookup.channel(input.channelId);
        if (!channel)
            return makeError(ErrorCode::InvalidInput, tr("Choose the channel the answer was sent by."));
        const int version = old->clearedVersion.value_or(old->latestVersion);
        d->insertStep(draftId, version, StepAction::Sent, note, false);
        db::Statement update = d->c().prepare(
            "UPDATE drafts SET state = 'sent', sent_version = cleared_version, sent_on = ?2, sent_channel_id = ?3, "
            "updated_at = ?4, version = version + 1 WHERE id = ?1");
        update.bindAll(draftId, isoDate(on), input.channelId, d->now());
        update.execute();
        // The precedent search: the sent text, which never changes again.
        const std::optional<DraftVersion> sent = d->readVersion(draftId, version, true);
        db::Statement precedent = d->c().prepare("INSERT INTO precedent_fts(docid, title, body) VALUES (?1, ?2, ?3)");
        precedent.bindAll(draftId, casefile::QueryIndex::searchableText(old->title),
            casefile::QueryIndex::searchableText(sent ? sent->text : QString()));
        precedent.execute();
        QJsonObject data = d->data("sent", *old, version, DraftState::Sent);
        data.insert(QStringLiteral("channel"), static_cast<double>(input.channelId));
        data.insert(QStringLiteral("on"), isoDate(on));
        data.insert(QStringLiteral("channelName"), channel->name);
        d->appendEntry(old->queryId, draftId,
            tr("Draft %1: version %2 sent on %3 by %4; the text is locked")
                .arg(quoted(old->title))
                .arg(version)
                .arg(isoDate(on), channel->name),
            note, data, on);
        d->notify(old->queryId);
        transaction.commit();
        return {};
    });
    if (!done)
        return done.error();
    return get(draftId);
}

Result<Draft> DraftService::copyIntoNew(qint64 draftId, std::optional<int> number, const QString& rawTitle)
{
    QString title = rawTitle.trimmed();
    if (title.size() > DraftLimits::Title)
        return makeError(
            ErrorCode::InvalidInput, tr("The title is longer than %n characters.", nullptr, DraftLimits::Title));
    qint64 id = 0;
    const Status done = db::guard([&]() -> Status {
        db::Transaction transaction(d->c());
        const std::optional<Draft> source = d->readDraft(draftId);
        if (!source)
            return Impl::noSuchDraft();
        const int from = number.value_or(source->latestVersion);
        const std::optional<DraftVersion> version = d->readVersion(draftId, from, true);
        if (!version)
            return makeError(ErrorCode::NotFound, tr("This draft has no version %1.").arg(from));
        const Impl::QueryFacts query = d->queryFacts(source->queryId);
        if (query.merged)
            return makeError(ErrorCode::NotAllowed, tr("This query was merged into another; draft the answer there."));
        if (title.isEmpty())
            title = tr("Copy of %1").arg(source->title).left(DraftLimits::Title);
        const QString now = d->now();
        db::Statement insert = d->c().prepare(
            "INSERT INTO drafts(query_id, title, language, kind, state, latest_version, word_count, created_at, "
            "created_by, updated_at, copied_from, version) VALUES (?1, ?2, ?3, ?4, 'draft', 1, ?5, ?6, ?7, ?6, ?8, 1)");
        insert.bindAll(source->queryId, title, DraftText::code(source->language), DraftText::code(source->kind),
            version->wordCount, now, d->record.actor(), draftId);
        insert.execute();
        id = d->c().lastInsertRowId();
        // The stored body is sanitised already: copied as it is.
        SanitisedHtml body;
        body.html = version->html;
        body.text = version->text;
        body.wordCount = version->wordCount;
        d->insertVersion(id, 1, body, tr("Copied from draft %1, version %2").arg(quoted(source->title)).arg(from));
        Draft copy = *source;
        copy.id = id;
        copy.title = title;
        QJsonObject data = d->data("copied", copy, 1, DraftState::Draft);
        data.insert(QStringLiteral("from"), static_cast<double>(draftId));
        data.insert(QStringLiteral("fromTitle"), source->title);
        data.insert(QStringLiteral("fromVersion"), from);
        d->appendEntry(source->queryId, id,
            tr("Draft %1 created as a copy of %2 (version %3)").arg(quoted(title), quoted(source->title)).arg(from), {},
            data);
        d->record.index().refresh(source->queryId);
        d->notify(source->queryId);
        transaction.commit();
        return {};
    });
    if (!done)
        return done.error();
    return get(id);
}

Result<void> DraftService::remove(qint64 draftId)
{
    return db::guard([&]() -> Status {
        db::Transaction transaction(d->c());
        const Result<Draft> old = d->forChange(draftId, std::nullopt);
        if (!old)
            return old.error();
        db::Statement sentCopy
            = d->c().prepare("SELECT title FROM drafts WHERE copied_from = ?1 AND state = 'sent' LIMIT 1");
        sentCopy.bind(1, draftId);
        if (sentCopy.step())
            return makeError(ErrorCode::NotAllowed,
                tr("The sent draft %1 was copied from this one, which stays as its source.")
                    .arg(quoted(sentCopy.text(0))));
        sentCopy.reset();
        // Copies that were not sent forget where they came from.
        db::Statement orphan = d->c().prepare("UPDATE drafts SET copied_from = NULL WHERE copied_from = ?1");
        orphan.bind(1, draftId);
        orphan.execute();
        for (const char* sql : { "DELETE FROM draft_steps WHERE draft_id = ?1",
                 "DELETE FROM draft_versions WHERE draft_id = ?1", "DELETE FROM drafts WHERE id = ?1" }) {
            db::Statement del = d->c().prepare(sql);
            del.bind(1, draftId);
            del.execute();
        }
        // Unsaved text kept for this draft (autosave, lock) would be offered back for a draft that
        // no longer exists: it goes in the same transaction.
        const int keptTexts = pending::PendingEditService::removeDraftText(d->c(), draftId);
        QJsonObject data = d->data("removed", *old, old->latestVersion, old->state);
        data.insert(QStringLiteral("versions"), old->latestVersion);
        if (keptTexts > 0)
            data.insert(QStringLiteral("keptTextsDiscarded"), keptTexts);
        d->appendEntry(old->queryId, draftId,
            tr("Draft %1 deleted with its %n version(s)", nullptr, old->latestVersion).arg(quoted(old->title)), {},
            data);
        d->record.index().refresh(old->queryId);
        d->notify(old->queryId);
        transaction.commit();
        return {};
    });
}

QList<DraftService::Action> DraftService::allowedActions(qint64 draftId) const
{
    QList<Action> allowed;
    try {
        const std::optional<Draft> draft = d->readDraft(draftId);
        if (!draft)
            return allowed;
        for (Action action : { Action::Save, Action::Submit, Action::RequestChanges, Action::Clear, Action::MarkSent,
                 Action::CopyIntoNew, Action::Remove }) {
            if (d->check(*draft, action))
                allowed << action;
        }
    } catch (const db::DbError&) {
        return {};
    }
    return allowed;
}

Result<void> DraftService::canDo(qint64 draftId, Action action) const
{
    return db::guard([&]() -> Status {
        const std::optional<Draft> draft = d->readDraft(draftId);
        if (!draft)
            return Impl::noSuchDraft();
        return d->check(*draft, action);
    });
}

bool DraftService::needsSelfClearanceJustification(qint64 draftId) const
{
    try {
        const std::optional<Draft> draft = d->readDraft(draftId);
        return draft && d->selfClearance(*draft);
    } catch (const db::DbError&) {
        return false;
    }
}

Result<Draft> DraftService::get(qint64 draftId) const
{
    return db::guard([&]() -> Result<Draft> {
        std::optional<Draft> draft = d->readDraft(draftId);
        if (!draft)
            return Impl::noSuchDraft();
        return std::move(*draft);
    });
}

std::vector<Draft> DraftService::draftsOf(qint64 queryId) const
{
    try {
        return d->readDrafts(queryId);
    } catch (const db::DbError&) {
        return {};
    }
}

Result<std::vector<DraftVersion>> DraftService::versions(qint64 draftId) const
{
    return d->rowsOfDraft<DraftVersion>(draftId,
        "SELECT v.id, v.number, v.word_count, v.comment, v.author_id, a.name, v.saved_at FROM draft_versions v "
        "LEFT JOIN advisers a ON a.id = v.author_id WHERE v.draft_id = ?1 ORDER BY v.number",
        [draftId](const db::Statement& s) {
            DraftVersion v;
            v.id = s.int64(0);
            v.draftId = draftId;
            v.number = s.int32(1);
            v.wordCount = s.int32(2);
            v.comment = s.text(3);
            v.authorId = s.optionalInt64(4);
            v.authorName = s.text(5);
            v.savedAtUtc = parseIsoUtc(s.text(6));
            return v;
        });
}

Result<DraftVersion> DraftService::version(qint64 draftId, std::optional<int> number) const
{
    return db::guard([&]() -> Result<DraftVersion> {
        const std::optional<Draft> draft = d->readDraft(draftId);
        if (!draft)
            return Impl::noSuchDraft();
        const int wanted = number.value_or(draft->latestVersion);
        std::optional<DraftVersion> v = d->readVersion(draftId, wanted, true);
        if (!v)
            return makeError(ErrorCode::NotFound, tr("This draft has no version %1.").arg(wanted));
        return std::move(*v);
    });
}

Result<std::vector<ClearanceStep>> DraftService::steps(qint64 draftId) const
{
    return d->rowsOfDraft<ClearanceStep>(draftId,
        "SELECT s.id, s.version_number, s.action, s.comment, s.adviser_id, a.name, s.occurred_at, s.self_cleared "
        "FROM draft_steps s LEFT JOIN advisers a ON a.id = s.adviser_id WHERE s.draft_id = ?1 ORDER BY s.id",
        [draftId](const db::Statement& s) {
            ClearanceStep step;
            step.id = s.int64(0);
            step.draftId = draftId;
            step.versionNumber = s.int32(1);
            step.action = DraftText::stepAction(s.text(2)).value_or(StepAction::Submitted);
            step.comment = s.text(3);
            step.adviserId = s.optionalInt64(4);
            step.adviserName = s.text(5);
            step.occurredAtUtc = parseIsoUtc(s.text(6));
            step.selfCleared = s.int64(7) != 0;
            return step;
        });
}

Result<WordDiff> DraftService::diff(qint64 draftId, int oldNumber, int newNumber) const
{
    const Result<DraftVersion> older = version(draftId, oldNumber);
    if (!older)
        return older.error();
    const Result<DraftVersion> newer = version(draftId, newNumber);
    if (!newer)
        return newer.error();
    return WordDiffer::diffVersions(*older, *newer);
}

bool DraftService::hasSentDraft(qint64 queryId) const
{
    try {
        db::Statement s = d->c().prepare("SELECT 1 FROM drafts WHERE query_id = ?1 AND state = 'sent' LIMIT 1");
        s.bind(1, queryId);
        return s.step();
    } catch (const db::DbError&) {
        return false;
    }
}

Result<void> DraftService::exportVersion(qint64 draftId, int versionNumber, const QString& format,
    const QByteArray& bytes, const QString& path, bool overwrite)
{
    const Result<Draft> draft = get(draftId);
    if (!draft)
        return draft.error();
    const Result<DraftVersion> v = version(draftId, versionNumber);
    if (!v)
        return v.error();
    const QString fileName = QFileInfo(path).fileName();
    casefile::Disclosure disclosure;
    disclosure.kind = casefile::DisclosureKind::Export;
    disclosure.document = QStringLiteral("draft");
    disclosure.recipient = fileName;
    disclosure.fileName = fileName;
    disclosure.fields = QStringList { QStringLiteral("draft_text") };
    disclosure.entryData = QJsonObject { { QStringLiteral("title"), draft->title },
        { QStringLiteral("version"), versionNumber }, { QStringLiteral("format"), format } };
    disclosure.summary = tr("Draft %1, version %2, exported as %3 to %4")
                             .arg(quoted(draft->title))
                             .arg(versionNumber)
                             .arg(format, fileName);
    return casefile::writeRecordedExport(
        d->record.disclosures(), { draft->queryId }, disclosure, path, overwrite, bytes);
}

// --- the case summary

Status DraftService::Impl::contribute(qint64 queryId, casefile::CaseSummary& summary)
{
    return db::guard([&]() -> Status {
        using casefile::Sensitivity;
        using casefile::SummaryField;
        const std::vector<Draft> drafts = readDrafts(queryId);
        if (drafts.empty())
            return {};
        // The answer: the sent one (the newest sent), else a cleared one, else the newest draft.
        const Draft* answer = nullptr;
        for (DraftState wanted : { DraftState::Sent, DraftState::Cleared }) {
            for (const Draft& draft : drafts) {
                if (!answer && draft.state == wanted)
                    answer = &draft;
            }
        }
        const bool final = answer != nullptr;
        if (!answer)
            answer = &drafts.front();
        const int number = answer->sentVersion.value_or(answer->clearedVersion.value_or(answer->latestVersion));
        const std::optional<DraftVersion> body = readVersion(answer->id, number, true);

        const auto add
            = [](casefile::SummarySection& section, const char* code, const QString& label, const QString& display,
                  const QJsonValue& raw, Sensitivity sensitivity = Sensitivity::Ordinary) {
                  SummaryField field;
                  field.code = QLatin1String(code);
                  field.label = label;
                  field.display = display;
                  field.raw = display.isEmpty() ? QJsonValue() : raw;
                  field.sensitivity = sensitivity;
                  section.fields.push_back(std::move(field));
              };

        casefile::SummarySection main;
        main.code = QStringLiteral("answer");
        main.title = answer->state == DraftState::Sent ? tr("Answer sent")
            : answer->state == DraftState::Cleared     ? tr("Answer cleared, not yet sent")
                                                       : tr("Answer: DRAFT (not cleared)");
        add(main, "draft_id", tr("Draft"), QString::number(answer->id), static_cast<double>(answer->id));
        add(main, "title", tr("Title"), answer->title, answer->title);
        add(main, "kind", tr("Kind"), DraftText::label(answer->kind), DraftText::code(answer->kind));
        add(main, "state", tr("State"), final ? DraftText::label(answer->state) : tr("DRAFT"),
            DraftText::code(answer->state));
        add(main, "version", tr("Version"), QString::number(number), number);
        if (answer->sentOn) {
            add(main, "sent_on", tr("Sent on"), isoDate(*answer->sentOn), isoDate(*answer->sentOn));
            add(main, "sent_channel", tr("Sent by"), answer->sentChannelName, answer->sentChannelName);
        }
        if (answer->clearedVersion)
            add(main, "cleared_by", tr("Cleared by"),
                answer->selfCleared ? tr("%1 (self-cleared)").arg(answer->clearedByName) : answer->clearedByName,
                answer->clearedByName);
        if (body)
            add(main, "text", tr("Text"), body->text, body->text, Sensitivity::Internal);
        summary.drafts.push_back(std::move(main));

        for (const Draft& draft : drafts) {
            casefile::SummarySection section;
            section.code = QStringLiteral("draft");
            section.title = tr("Draft %1").arg(quoted(draft.title));
            add(section, "draft_id", tr("Draft"), QString::number(draft.id), static_cast<double>(draft.id));
            add(section, "title", tr("Title"), draft.title, draft.title);
            add(section, "kind", tr("Kind"), DraftText::label(draft.kind), DraftText::code(draft.kind));
            add(section, "language", tr("Language"), DraftText::label(draft.language), DraftText::code(draft.language));
            add(section, "state", tr("State"), DraftText::label(draft.state), DraftText::code(draft.state));
            add(section, "version", tr("Version"), QString::number(draft.latestVersion), draft.latestVersion);
            add(section, "sent_on", tr("Sent on"), draft.sentOn ? isoDate(*draft.sentOn) : QString(),
                draft.sentOn ? isoDate(*draft.sentOn) : QString());
            summary.drafts.push_back(std::move(section));
        }
        return {};
    });
}

} // namespace advicehub::drafts
