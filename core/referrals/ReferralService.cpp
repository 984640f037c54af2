#include "referrals/ReferralService.h"

#include "calendar/WorkingCalendar.h"
#include "casefile/CaseRecord.h"
#include "casefile/CaseSummary.h"
#include "casefile/CaseTimeline.h"
#include "casefile/DisclosureRecord.h"
#include "casefile/QueryIndex.h"
#include "common/Clock.h"
#include "common/IsoTime.h"
#include "db/Connection.h"
#include "db/Guard.h"
#include "db/Transaction.h"
#include "queries/QueryService.h"
#include "reference/ReferenceLookup.h"

#include <QCollator>
#include <QHash>
#include <QJsonArray>
#include <QPointer>
#include <QSet>

#include <algorithm>
#include <climits>
#include <functional>

namespace advicehub::referrals {

namespace {

// The IN list of the partial indexes on referrals (schema version 6): the open statuses.
constexpr const char* kOpenSql = "('proposed', 'consent_obtained', 'sent', 'accepted')";

QString folded(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    for (const QChar ch : decomposed) {
        if (!ch.isMark())
            out += ch;
    }
    return out.toCaseFolded();
}

// Shared fields in the order of the checkboxes, without duplicates.
QList<SharedField> ordered(const QList<SharedField>& fields)
{
    QList<SharedField> out;
    for (SharedField field : ReferralText::allSharedFields()) {
        if (fields.contains(field))
            out << field;
    }
    return out;
}

QJsonArray codes(const QList<SharedField>& fields)
{
    QJsonArray array;
    for (SharedField field : ordered(fields))
        array.append(ReferralText::code(field));
    return array;
}

QString labels(const QList<SharedField>& fields)
{
    QStringList names;
    for (SharedField field : ordered(fields))
        names << ReferralText::label(field);
    return names.join(QStringLiteral(", "));
}

// A null QString binds SQL NULL; the text columns are NOT NULL.
QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

// The vault's own formats (IsoTime.h) read without QDate/QDateTime::fromString, which cost
// microseconds per call: lists of thousands of referrals read several per row.
int digits(const QString& text, int from, int count)
{
    int value = 0;
    for (int i = from; i < from + count; ++i) {
        const char16_t ch = text.at(i).unicode();
        if (ch < u'0' || ch > u'9')
            return -1;
        value = value * 10 + (ch - u'0');
    }
    return value;
}

QDate readDate(const QString& text)
{
    if (text.size() == 10 && text.at(4) == QLatin1Char('-') && text.at(7) == QLatin1Char('-')) {
        const int y = digits(text, 0, 4);
        const int m = digits(text, 5, 2);
        const int d = digits(text, 8, 2);
        if (y >= 0 && m >= 0 && d >= 0)
            return QDate(y, m, d);
    }
    return parseIsoDate(text);
}

QDateTime readUtc(const QString& text)
{
    if (text.size() == 20 && text.at(10) == QLatin1Char('T') && text.at(19) == QLatin1Char('Z')
        && text.at(13) == QLatin1Char(':') && text.at(16) == QLatin1Char(':')) {
        const QDate date = readDate(text.left(10));
        const int h = digits(text, 11, 2);
        const int m = digits(text, 14, 2);
        const int sec = digits(text, 17, 2);
        if (date.isValid() && h >= 0 && m >= 0 && sec >= 0)
            return QDateTime(date, QTime(h, m, sec), Qt::UTC);
    }
    return parseIsoUtc(text);
}

std::optional<QDate> optionalDate(const QString& text)
{
    const QDate date = readDate(text);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

QString optionalIso(const std::optional<QDate>& date)
{
    return date ? isoDate(*date) : QString();
}

// The moves of the lifecycle (ReferralTypes.h), whatever the consent.
QList<ReferralStatus> lifecycleFrom(ReferralStatus from)
{
    switch (from) {
    case ReferralStatus::Proposed:
        return { ReferralStatus::ConsentObtained, ReferralStatus::Sent, ReferralStatus::Withdrawn };
    case ReferralStatus::ConsentObtained:
        return { ReferralStatus::Sent, ReferralStatus::Withdrawn };
    case ReferralStatus::Sent:
        return { ReferralStatus::Accepted, ReferralStatus::Declined, ReferralStatus::Withdrawn };
    case ReferralStatus::Accepted:
        return { ReferralStatus::Completed, ReferralStatus::Withdrawn };
    case ReferralStatus::Declined:
    case ReferralStatus::Completed:
    case ReferralStatus::Withdrawn:
        return {};
    }
    return {};
}

} // namespace

class ReferralService::Impl : public casefile::IndexSource, public casefile::SummarySectionProvider {
public:
    Impl(ReferralService& service, casefile::CaseRecord& caseRecord, reference::ReferenceLookup& referenceLookup,
        queries::QueryService& queryService)
        : q(service), record(caseRecord), lookup(referenceLookup), queries(queryService)
    { }

    db::Connection& c() { return record.connection(); }
    QDate today() const { return queries.today(); }

    // casefile::IndexSource: what a search finds of a query's referrals.
    QString indexedText(db::Connection& connection, qint64 queryId) override;
    // casefile::SummarySectionProvider
    Status contribute(qint64 queryId, casefile::CaseSummary& summary) override;

    // `where` is a condition on referrals r (or consents c) whose parameters `bind` binds; the
    // rows come newest first, with what they share and their consent state, in a few statements
    // whatever their number.
    using Binder = std::function<void(db::Statement&)>;
    std::vector<Referral> readReferrals(const std::string& where, const Binder& bind);
    std::vector<Referral> readReferrals(const char* where, qint64 value)
    {
        return readReferrals(where, [value](db::Statement& s) { s.bind(1, value); });
    }
    std::optional<Referral> readReferral(qint64 id);
    // By id, a chunk of ids per statement (each a lookup by primary key).
    std::vector<Referral> readReferralsById(const std::vector<qint64>& ids);
    std::vector<Consent> readConsents(const std::string& where, const Binder& bind);
    std::vector<Consent> readConsents(qint64 queryId)
    {
        return readConsents("c.query_id = ?1", [queryId](db::Statement& s) { s.bind(1, queryId); });
    }
    // The newest consent among `consents` covering the partner and every field.
    static const Consent* covering(
        const std::vector<Consent>& consents, qint64 partnerId, const QList<SharedField>& fields);
    void fillConsentStates(std::vector<Referral>& referrals, const std::string& where, const Binder& bind);

    struct QueryFacts {
        bool exists = false;
        bool merged = false;
        QDate receivedOn;
        QString reference;
    };
    QueryFacts queryFacts(qint64 queryId);
    struct PartnerFacts {
        bool exists = false;
        bool active = false;
        QString name;
    };
    PartnerFacts partnerFacts(qint64 partnerId);
    std::optional<QString> headName(); // the session's adviser's name when their role is head

    void writeFields(qint64 referralId, const QList<SharedField>& fields);
    void notify(qint64 queryId);
    qint64 appendEntry(qint64 queryId, casefile::EntryKind kind, const QString& domain, qint64 sourceId,
        const QString& field, const QString& oldValue, const QString& newValue, const QString& summary,
        const QString& body, const QJsonObject& data, QDate on = {});
    Result<Referral> applyStatus(qint64 id, const StatusChange& change, bool dryRun);
    QList<FollowUp> followUpRows(int noReplyWorkingDays, bool load);

    ReferralService& q;
    casefile::CaseRecord& record;
    reference::ReferenceLookup& lookup;
    queries::QueryService& queries;
};

QString ReferralService::Impl::indexedText(db::Connection& connection, qint64 queryId)
{
    db::Statement s
        = connection.prepare("SELECT reason, outcome, status_reason FROM referrals WHERE query_id = ?1 ORDER BY id");
    s.bind(1, queryId);
    QStringList parts;
    while (s.step()) {
        for (int column = 0; column < 3; ++column) {
            const QString text = s.text(column);
            if (!text.isEmpty())
                parts << text;
        }
    }
    return parts.join(QLatin1Char('\n'));
}

ReferralService::Impl::QueryFacts ReferralService::Impl::queryFacts(qint64 queryId)
{
    QueryFacts facts;
    db::Statement s = c().prepare("SELECT received_on, merged_into_id, reference FROM queries WHERE id = ?1");
    s.bind(1, queryId);
    if (s.step()) {
        facts.exists = true;
        facts.receivedOn = parseIsoDate(s.text(0));
        facts.merged = !s.isNull(1);
        facts.reference = s.text(2);
    }
    return facts;
}

ReferralService::Impl::PartnerFacts ReferralService::Impl::partnerFacts(qint64 partnerId)
{
    PartnerFacts facts;
    db::Statement s = c().prepare("SELECT name, active FROM partners WHERE id = ?1");
    s.bind(1, partnerId);
    if (s.step()) {
        facts.exists = true;
        facts.name = s.text(0);
        facts.active = s.int64(1) != 0;
    }
    return facts;
}

std::optional<QString> ReferralService::Impl::headName()
{
    const std::optional<qint64> actor = record.actor();
    if (!actor)
        return std::nullopt;
    db::Statement s = c().prepare("SELECT name FROM advisers WHERE id = ?1 AND role = 'head' AND active = 1");
    s.bind(1, *actor);
    if (!s.step())
        return std::nullopt;
    return s.text(0);
}

std::vector<Referral> ReferralService::Impl::readReferrals(const std::string& where, const Binder& bind)
{
    std::vector<Referral> referrals;
    db::Statement s = c().prepare(
        std::string(
            "SELECT r.id, r.query_id, q.reference, r.partner_id, p.name, r.contact_id, pc.name, r.proposed_on, "
            "r.reason, "
            "r.follow_up_on, r.status, r.sent_on, r.outcome, r.closed_on, r.consent_id, r.override_justification, "
            "r.override_by, a.name, r.created_at, r.updated_at, r.version, r.status_reason "
            "FROM referrals r JOIN queries q ON q.id = r.query_id JOIN partners p ON p.id = r.partner_id "
            "LEFT JOIN partner_contacts pc ON pc.id = r.contact_id LEFT JOIN advisers a ON a.id = r.override_by WHERE ")
        + where + " ORDER BY r.id DESC");
    bind(s);
    QHash<qint64, std::size_t> index;
    while (s.step()) {
        Referral r;
        r.id = s.int64(0);
        r.queryId = s.int64(1);
        r.queryReference = s.text(2);
        r.partnerId = s.int64(3);
        r.partnerName = s.text(4);
        r.contactId = s.optionalInt64(5);
        r.contactName = s.text(6);
        r.proposedOn = readDate(s.text(7));
        r.reason = s.text(8);
        r.followUpOn = optionalDate(s.text(9));
        r.status = ReferralText::status(s.text(10)).value_or(ReferralStatus::Proposed);
        r.sentOn = optionalDate(s.text(11));
        r.outcome = s.text(12);
        r.closedOn = optionalDate(s.text(13));
        r.consentId = s.optionalInt64(14);
        r.overrideJustification = s.text(15);
        r.overrideById = s.optionalInt64(16);
        r.overrideByName = s.text(17);
        r.createdAtUtc = readUtc(s.text(18));
        r.updatedAtUtc = readUtc(s.text(19));
        r.version = s.int32(20);
        r.statusReason = s.text(21);
        index.insert(r.id, referrals.size());
        referrals.push_back(std::move(r));
    }
    s.reset();
    if (referrals.empty())
        return referrals;
    db::Statement f
        = c().prepare(std::string("SELECT rf.referral_id, rf.field FROM referral_fields rf JOIN referrals r "
                                  "ON r.id = rf.referral_id WHERE ")
            + where);
    bind(f);
    while (f.step()) {
        const auto it = index.constFind(f.int64(0));
        if (it == index.constEnd())
            continue;
        if (const std::optional<SharedField> field = ReferralText::sharedField(f.text(1)))
            referrals[*it].shared << *field;
    }
    f.reset();
    for (Referral& r : referrals)
        r.shared = ordered(r.shared);
    fillConsentStates(referrals, where, bind);
    return referrals;
}

std::vector<Referral> ReferralService::Impl::readReferralsById(const std::vector<qint64>& ids)
{
    constexpr std::size_t kChunk = 100;
    static const std::string where = [] {
        std::string in = "r.id IN (";
        for (std::size_t i = 1; i <= kChunk; ++i)
            in += (i > 1 ? ", ?" : "?") + std::to_string(i);
        return in + ")";
    }();
    std::vector<Referral> all;
    for (std::size_t from = 0; from < ids.size(); from += kChunk) {
        // The last chunk repeats its last id: one statement text (cached) for every chunk.
        const auto bind = [&](db::Statement& st) {
            for (std::size_t i = 0; i < kChunk; ++i)
                st.bind(static_cast<int>(i) + 1, ids[std::min(from + i, ids.size() - 1)]);
        };
        for (Referral& r : readReferrals(where, bind))
            all.push_back(std::move(r));
    }
    return all;
}

std::optional<Referral> ReferralService::Impl::readReferral(qint64 id)
{
    std::vector<Referral> found = readReferrals("r.id = ?1", id);
    if (found.empty())
        return std::nullopt;
    return std::move(found.front());
}

void ReferralService::Impl::fillConsentStates(
    std::vector<Referral>& referrals, const std::string& where, const Binder& bind)
{
    // Before sending, the state depends on the query's consents: read those of every query
    // concerned at once.
    const bool anyUnsettled = std::any_of(referrals.begin(), referrals.end(),
        [](const Referral& r) { return !r.sentOn && !r.consentId && r.overrideJustification.isEmpty(); });
    QHash<qint64, std::vector<Consent>> byQuery;
    if (anyUnsettled) {
        for (Consent& consent :
            readConsents("c.query_id IN (SELECT r.query_id FROM referrals r WHERE " + where + ")", bind))
            byQuery[consent.fields.queryId].push_back(std::move(consent));
    }
    for (Referral& r : referrals) {
        if (r.sentOn || r.consentId || !r.overrideJustification.isEmpty()) {
            // Settled at sending: the consent it rested on, or the override.
            r.consentState = r.consentId            ? ConsentState::Covered
                : r.overrideJustification.isEmpty() ? ConsentState::Missing
                                                    : ConsentState::Overridden;
            continue;
        }
        // By reference: covering() points into the vector (value() would return a temporary copy).
        static const std::vector<Consent> none;
        const auto found = byQuery.constFind(r.queryId);
        const Consent* consent = covering(found == byQuery.constEnd() ? none : *found, r.partnerId, r.shared);
        r.consentState = consent ? ConsentState::Covered : ConsentState::Missing;
        if (consent && ReferralText::isOpen(r.status))
            r.consentId = consent->id;
    }
}

std::vector<Consent> ReferralService::Impl::readConsents(const std::string& where, const Binder& bind)
{
    std::vector<Consent> consents;
    db::Statement s = c().prepare(
        "SELECT c.id, c.given_on, c.form, c.given_by_name, c.given_by_function, c.notes, c.recorded_at, c.recorded_by, "
        "a.name, c.withdrawn_on, c.withdrawal_reason, c.query_id FROM consents c LEFT JOIN advisers a ON a.id = "
        "c.recorded_by WHERE "
        + where + " ORDER BY c.id DESC");
    bind(s);
    QHash<qint64, std::size_t> index;
    while (s.step()) {
        Consent consent;
        consent.id = s.int64(0);
        consent.fields.queryId = s.int64(11);
        consent.fields.givenOn = readDate(s.text(1));
        consent.fields.form = ReferralText::consentForm(s.text(2)).value_or(ConsentForm::Written);
        consent.fields.givenByName = s.text(3);
        consent.fields.givenByFunction = s.text(4);
        consent.fields.notes = s.text(5);
        consent.recordedAtUtc = readUtc(s.text(6));
        consent.recordedById = s.optionalInt64(7);
        consent.recordedByName = s.text(8);
        consent.withdrawnOn = optionalDate(s.text(9));
        consent.withdrawalReason = s.text(10);
        index.insert(consent.id, consents.size());
        consents.push_back(std::move(consent));
    }
    s.reset();
    if (consents.empty())
        return consents;
    db::Statement partners = c().prepare(
        "SELECT cp.consent_id, cp.partner_id, p.name FROM consent_partners cp JOIN consents c ON c.id = cp.consent_id "
        "JOIN partners p ON p.id = cp.partner_id WHERE "
        + where + " ORDER BY cp.consent_id, cp.sort_order");
    bind(partners);
    while (partners.step()) {
        Consent& consent = consents[index.value(partners.int64(0))];
        consent.fields.partnerIds << partners.int64(1);
        consent.partnerNames << partners.text(2);
    }
    partners.reset();
    db::Statement fields
        = c().prepare("SELECT cf.consent_id, cf.field FROM consent_fields cf JOIN consents c ON c.id = "
                      "cf.consent_id WHERE "
            + where);
    bind(fields);
    while (fields.step()) {
        if (const std::optional<SharedField> field = ReferralText::sharedField(fields.text(1)))
            consents[index.value(fields.int64(0))].fields.fields << *field;
    }
    fields.reset();
    for (Consent& consent : consents)
        consent.fields.fields = ordered(consent.fields.fields);
    return consents;
}

const Consent* ReferralService::Impl::covering(
    const std::vector<Consent>& consents, qint64 partnerId, const QList<SharedField>& fields)
{
    // Newest first (readConsents' order).
    for (const Consent& consent : consents) {
        if (consent.withdrawn() || !consent.fields.partnerIds.contains(partnerId))
            continue;
        if (std::all_of(fields.begin(), fields.end(),
                [&consent](SharedField field) { return consent.fields.fields.contains(field); }))
            return &consent;
    }
    return nullptr;
}

void ReferralService::Impl::writeFields(qint64 referralId, const QList<SharedField>& fields)
{
    db::Statement del = c().prepare("DELETE FROM referral_fields WHERE referral_id = ?1");
    del.bind(1, referralId);
    del.execute();
    db::Statement add = c().prepare("INSERT INTO referral_fields(referral_id, field) VALUES (?1, ?2)");
    for (SharedField field : ordered(fields)) {
        add.bindAll(referralId, ReferralText::code(field));
        add.execute();
    }
}

void ReferralService::Impl::notify(qint64 queryId)
{
    QPointer<ReferralService> self(&q);
    c().afterCommit([self, queryId] {
        if (self)
            Q_EMIT self->referralsChanged(queryId);
    });
}

qint64 ReferralService::Impl::appendEntry(qint64 queryId, casefile::EntryKind kind, const QString& domain,
    qint64 sourceId, const QString& field, const QString& oldValue, const QString& newValue, const QString& summary,
    const QString& body, const QJsonObject& data, QDate on)
{
    casefile::TimelineRecord entry;
    entry.kind = kind;
    // Something that happened on an earlier day (a referral sent last week, recorded today) is
    // placed on that day; it is recorded now either way.
    const QDateTime now = record.clock().nowUtc();
    if (on.isValid() && on != today())
        entry.occurredAtUtc = QDateTime(on, now.toLocalTime().time()).toUTC();
    entry.field = field;
    entry.oldValue = oldValue;
    entry.newValue = newValue;
    entry.summary = summary;
    entry.body = body;
    entry.source = casefile::TimelineSource { domain, sourceId };
    entry.data = data;
    return record.timeline().append(queryId, entry);
}

// The summaries of the referral and consent entries in the reader's language, from their data
// (the same source strings as the writers below); nothing when the entry lacks what its text
// needs (entries written before the partner's name, an edit's parts or an override's head were kept in
// the data).
namespace {

std::optional<QString> renderEntry(const casefile::TimelineEntry& entry)
{
    const QJsonObject& data = entry.data;
    const QString event = data.value(QStringLiteral("event")).toString();
    const auto fieldLabels = [&data]() -> std::optional<QString> {
        QList<SharedField> fields;
        for (const QJsonValue& value : data.value(QStringLiteral("fields")).toArray()) {
            const std::optional<SharedField> field = ReferralText::sharedField(value.toString());
            if (!field)
                return std::nullopt;
            fields << *field;
        }
        return labels(fields);
    };
    if (entry.kind == casefile::EntryKind::Referral) {
        const QString partner = data.value(QStringLiteral("partnerName")).toString();
        if (partner.isEmpty())
            return std::nullopt;
        if (event == QLatin1String("proposed")) {
            const std::optional<QString> shared = fieldLabels();
            if (!shared)
                return std::nullopt;
            return ReferralService::tr("Referral to %1 proposed (to share: %2)").arg(partner, *shared);
        }
        if (event == QLatin1String("follow_up")) {
            const QDate on = parseIsoDate(data.value(QStringLiteral("followUpOn")).toString());
            return on.isValid() ? ReferralService::tr("Follow-up of the referral to %1 on %2").arg(partner, isoDate(on))
                                : ReferralService::tr("No follow-up date for the referral to %1").arg(partner);
        }
        if (event == QLatin1String("edited")) {
            // Entries written before the edit's parts were kept in the data have no flags.
            if (!data.contains(QStringLiteral("sharedChanged")))
                return std::nullopt;
            QStringList what;
            if (data.value(QStringLiteral("sharedChanged")).toBool()) {
                const std::optional<QString> shared = fieldLabels();
                if (!shared)
                    return std::nullopt;
                what << ReferralService::tr("shared: %1").arg(*shared);
            }
            if (data.value(QStringLiteral("reasonChanged")).toBool())
                what << ReferralService::tr("reason");
            if (data.value(QStringLiteral("contactChanged")).toBool())
                what << ReferralService::tr("contact");
            if (data.value(QStringLiteral("followUpChanged")).toBool()) {
                const QString followUp = data.value(QStringLiteral("followUpOn")).toString();
                const QDate on = parseIsoDate(followUp);
                if (!followUp.isEmpty() && !on.isValid())
                    return std::nullopt;
                what << (on.isValid() ? ReferralService::tr("follow-up on %1").arg(isoDate(on))
                                      : ReferralService::tr("no follow-up date"));
            }
            return ReferralService::tr("Referral to %1 edited: %2").arg(partner, what.join(QStringLiteral("; ")));
        }
        if (event == QLatin1String("status") && data.value(QStringLiteral("override")).toBool()) {
            // A referral sent without consent names the head who overrode it and why.
            const QString head = data.value(QStringLiteral("overrideByName")).toString();
            if (head.isEmpty() || !data.contains(QStringLiteral("justification")))
                return std::nullopt;
            return ReferralService::tr("Referral to %1 sent WITHOUT consent \u2014 override by %2: %3")
                .arg(partner, head, data.value(QStringLiteral("justification")).toString());
        }
        if (event == QLatin1String("status")) {
            const std::optional<ReferralStatus> to = ReferralText::status(data.value(QStringLiteral("to")).toString());
            if (!to)
                return std::nullopt;
            if (*to == ReferralStatus::Sent) {
                const std::optional<QString> shared = fieldLabels();
                if (!shared)
                    return std::nullopt;
                return ReferralService::tr("Referral to %1 sent (shared: %2; consent on record)").arg(partner, *shared);
            }
            return ReferralService::tr("Referral to %1: %2").arg(partner, ReferralText::label(*to));
        }
        return std::nullopt;
    }
    if (entry.kind == casefile::EntryKind::Exported) {
        // What a referral sent shared (DisclosureRecord keeps the partner and the field codes).
        const QString partner = data.value(QStringLiteral("recipient")).toString();
        if (data.value(QStringLiteral("disclosure_kind")).toString() != QLatin1String("share")
            || data.value(QStringLiteral("document")).toString() != QLatin1String("referral") || partner.isEmpty())
            return std::nullopt;
        const std::optional<QString> shared = fieldLabels();
        if (!shared)
            return std::nullopt;
        return data.value(QStringLiteral("override")).toBool()
            ? ReferralService::tr("Shared with %1 WITHOUT consent (override): %2").arg(partner, *shared)
            : ReferralService::tr("Shared with %1: %2").arg(partner, *shared);
    }
    if (entry.kind == casefile::EntryKind::Consent) {
        const QDate givenOn = parseIsoDate(data.value(QStringLiteral("givenOn")).toString());
        if (!givenOn.isValid())
            return std::nullopt;
        if (event == QLatin1String("consent_recorded") && data.contains(QStringLiteral("partnerNames"))) {
            const std::optional<ConsentForm> form
                = ReferralText::consentForm(data.value(QStringLiteral("form")).toString());
            const std::optional<QString> shared = fieldLabels();
            if (!form || !shared)
                return std::nullopt;
            QStringList partners;
            for (const QJsonValue& name : data.value(QStringLiteral("partnerNames")).toArray())
                partners << name.toString();
            return ReferralService::tr("Consent recorded (%1, %2) to share %3 with %4")
                .arg(ReferralText::label(*form), isoDate(givenOn), *shared, partners.join(QStringLiteral(", ")));
        }
        if (event == QLatin1String("consent_withdrawn")) {
            const QDate when = parseIsoDate(data.value(QStringLiteral("withdrawnOn")).toString());
            if (!when.isValid())
                return std::nullopt;
            return ReferralService::tr("Consent of %1 withdrawn on %2: it covers nothing from now on")
                .arg(isoDate(givenOn), isoDate(when));
        }
    }
    return std::nullopt;
}

} // namespace

ReferralService::ReferralService(
    casefile::CaseRecord& record, reference::ReferenceLookup& lookup, queries::QueryService& queries, QObject* parent)
    : QObject(parent), d(std::make_unique<Impl>(*this, record, lookup, queries))
{
    casefile::TimelineText::setSummaryRenderer(casefile::EntryKind::Referral, &renderEntry);
    casefile::TimelineText::setSummaryRenderer(casefile::EntryKind::Consent, &renderEntry);
    casefile::TimelineText::setSummaryRenderer(casefile::EntryKind::Exported, &renderEntry);
    record.index().addSource(d.get());
    // Triage with a partner chosen proposes the referral in triage's transaction: the fields
    // shared start as the default (subject and themes); consent is asked for later.
    queries.setReferralProposer([this](qint64 queryId, qint64 partnerId, const QString& note) -> Result<void> {
        ReferralInput input;
        input.queryId = queryId;
        input.partnerId = partnerId;
        input.reason = !note.isEmpty() && note.size() <= ReferralLimits::Reason
            ? note
            : tr("Route chosen at triage: referral to a partner.");
        input.shared = ReferralText::defaultSharedFields();
        const Result<Referral> proposed = propose(input);
        if (!proposed)
            return proposed.error();
        return {};
    });
}

ReferralService::~ReferralService()
{
    d->queries.setReferralProposer({});
    d->record.index().removeSource(d.get());
}

casefile::SummarySectionProvider* ReferralService::summaryProvider()
{
    return d.get();
}

Result<QList<SharedField>> ReferralService::sharedFieldsFromCodes(const QStringList& codes)
{
    QList<SharedField> fields;
    for (const QString& raw : codes) {
        const QString code = raw.trimmed().toLower();
        if (code.isEmpty())
            continue;
        const std::optional<SharedField> field = ReferralText::sharedField(code);
        if (!field) {
            QStringList known;
            for (SharedField f : ReferralText::allSharedFields())
                known << ReferralText::code(f);
            return makeError(ErrorCode::InvalidInput,
                tr("\u201c%1\u201d is not a field a referral can share; the fields are: %2.")
                    .arg(raw.trimmed(), known.join(QStringLiteral(", "))));
        }
        if (!fields.contains(*field))
            fields << *field;
    }
    return ordered(fields);
}

bool ReferralService::mayOverride() const
{
    try {
        return d->headName().has_value();
    } catch (const db::DbError&) {
        return false;
    }
}

// --- referrals

Result<Referral> ReferralService::propose(const ReferralInput& input)
{
    const QString reason = input.reason.trimmed();
    if (reason.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Say why the query is referred to this partner."));
    if (reason.size() > ReferralLimits::Reason)
        return makeError(
            ErrorCode::InvalidInput, tr("The reason is longer than %n characters.", nullptr, ReferralLimits::Reason));
    if (input.shared.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Choose at least one field of the query to share."));
    qint64 id = 0;
    const Status done = db::guard([&]() -> Status {
        db::Transaction transaction(d->c());
        const Impl::QueryFacts query = d->queryFacts(input.queryId);
        if (!query.exists)
            return makeError(ErrorCode::NotFound, tr("No such query."));
        if (query.merged)
            return makeError(ErrorCode::NotAllowed, tr("This query was merged into another; refer that one."));
        const Impl::PartnerFacts partner = d->partnerFacts(input.partnerId);
        if (!partner.exists)
            return makeError(ErrorCode::InvalidInput, tr("There is no such partner in the directory."));
        if (!partner.active)
            return makeError(ErrorCode::NotAllowed,
                tr("%1 is inactive; reactivate it or choose another partner.").arg(partner.name));
        if (input.contactId) {
            db::Statement contact
                = d->c().prepare("SELECT 1 FROM partner_contacts WHERE id = ?1 AND partner_id = ?2 AND removed = 0");
            contact.bindAll(*input.contactId, input.partnerId);
            if (!contact.step())
                return makeError(
                    ErrorCode::InvalidInput, tr("The contact chosen is not one of %1's contacts.").arg(partner.name));
        }
        const QDate today = d->today();
        const QDate proposedOn = input.proposedOn.isValid() ? input.proposedOn : today;
        if (proposedOn < query.receivedOn)
            return makeError(ErrorCode::InvalidInput,
                tr("A referral cannot be proposed before the query was received (%1).").arg(isoDate(query.receivedOn)));
        if (proposedOn > today)
            return makeError(ErrorCode::InvalidInput, tr("A referral cannot be proposed on a future date."));
        if (input.followUpOn && (!input.followUpOn->isValid() || *input.followUpOn < today))
            return makeError(ErrorCode::InvalidInput, tr("The follow-up date is in the past."));
        db::Statement open = d->c().prepare(std::string("SELECT 1 FROM referrals WHERE query_id = ?1 AND partner_id = "
                                                        "?2 AND status IN ")
            + kOpenSql);
        open.bindAll(input.queryId, input.partnerId);
        if (open.step())
            return makeError(ErrorCode::NotAllowed,
                tr("%1 already has an open referral to %2; follow that one up instead.")
                    .arg(query.reference, partner.name));
        open.reset();

        const QString now = isoUtc(d->record.clock().nowUtc());
        db::Statement insert = d->c().prepare(
            "INSERT INTO referrals(query_id, partner_id, contact_id, proposed_on, reason, follow_up_on, status, "
            "created_at, created_by, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'proposed', ?7, ?8, ?7)");
        insert.bindAll(input.queryId, input.partnerId, input.contactId, isoDate(proposedOn), reason,
            optionalIso(input.followUpOn), now, d->record.actor());
        insert.execute();
        id = d->c().lastInsertRowId();
        d->writeFields(id, input.shared);
        QJsonObject data { { QStringLiteral("event"), QStringLiteral("proposed") },
            { QStringLiteral("referral"), static_cast<double>(id) },
            { QStringLiteral("partner"), static_cast<double>(input.partnerId) },
            { QStringLiteral("to"), QStringLiteral("proposed") }, { QStringLiteral("fields"), codes(input.shared) },
            { QStringLiteral("proposedOn"), isoDate(proposedOn) }, { QStringLiteral("partnerName"), partner.name } };
        if (input.followUpOn)
            data.insert(QStringLiteral("followUpOn"), isoDate(*input.followUpOn));
        d->appendEntry(input.queryId, casefile::EntryKind::Referral, QStringLiteral("referral"), id,
            QStringLiteral("referral_status"), {}, QStringLiteral("proposed"),
            tr("Referral to %1 proposed (to share: %2)").arg(partner.name, labels(input.shared)), reason, data,
            proposedOn);
        d->record.index().refresh(input.queryId);
        d->notify(input.queryId);
        transaction.commit();
        return {};
    });
    if (!done)
        return done.error();
    return get(id);
}

Result<Referral> ReferralService::edit(qint64 id, const ReferralEdit& edit, int expectedVersion)
{
    const QString reason = edit.reason.trimmed();
    if (reason.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Say why the query is referred to this partner."));
    if (reason.size() > ReferralLimits::Reason)
        return makeError(
            ErrorCode::InvalidInput, tr("The reason is longer than %n characters.", nullptr, ReferralLimits::Reason));
    if (edit.shared.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Choose at least one field of the query to share."));
    const Status done = db::guard([&]() -> Status {
        db::Transaction transaction(d->c());
        const std::optional<Referral> old = d->readReferral(id);
        if (!old)
            return makeError(ErrorCode::NotFound, tr("No such referral."));
        if (old->sentOn || !ReferralText::isOpen(old->status) || old->status == ReferralStatus::Sent)
            return makeError(ErrorCode::NotAllowed,
                old->sentOn || old->status == ReferralStatus::Sent
                    ? tr("This referral was sent already: what is shared cannot change.")
                    : tr("This referral is closed (%1); it cannot be edited.").arg(ReferralText::label(old->status)));
        if (old->version != expectedVersion)
            return makeError(ErrorCode::Conflict,
                tr("This referral was changed by someone else since you opened it. Reload it and try again."));
        if (edit.contactId) {
            db::Statement contact = d->c().prepare(
                "SELECT 1 FROM partner_contacts WHERE id = ?1 AND partner_id = ?2 AND (removed = 0 OR id IS ?3)");
            contact.bindAll(*edit.contactId, old->partnerId, old->contactId);
            if (!contact.step())
                return makeError(ErrorCode::InvalidInput,
                    tr("The contact chosen is not one of %1's contacts.").arg(old->partnerName));
        }
        if (edit.followUpOn != old->followUpOn && edit.followUpOn
            && (!edit.followUpOn->isValid() || *edit.followUpOn < d->today()))
            return makeError(ErrorCode::InvalidInput, tr("The follow-up date is in the past."));
        const QList<SharedField> shared = ordered(edit.shared);
        const bool sharedChanged = shared != old->shared;
        const bool reasonChanged = reason != old->reason;
        const bool contactChanged = edit.contactId != old->contactId;
        const bool followUpChanged = edit.followUpOn != old->followUpOn;
        if (!sharedChanged && !reasonChanged && !contactChanged && !followUpChanged)
            return {};
        db::Statement update = d->c().prepare(
            "UPDATE referrals SET contact_id = ?2, reason = ?3, follow_up_on = ?4, updated_at = ?5, version = version "
            "+ 1 WHERE id = ?1");
        update.bindAll(id, edit.contactId, reason, optionalIso(edit.followUpOn), isoUtc(d->record.clock().nowUtc()));
        update.execute();
        if (sharedChanged)
            d->writeFields(id, shared);
        QStringList what;
        if (sharedChanged)
            what << tr("shared: %1").arg(labels(shared));
        if (reasonChanged)
            what << tr("reason");
        if (contactChanged)
            what << tr("contact");
        if (followUpChanged)
            what << (edit.followUpOn ? tr("follow-up on %1").arg(isoDate(*edit.followUpOn)) : tr("no follow-up date"));
        QJsonObject data { { QStringLiteral("event"), QStringLiteral("edited") },
            { QStringLiteral("referral"), static_cast<double>(id) },
            { QStringLiteral("partner"), static_cast<double>(old->partnerId) },
            { QStringLiteral("fields"), codes(shared) }, { QStringLiteral("oldFields"), codes(old->shared) },
            { QStringLiteral("partnerName"), old->partnerName }, { QStringLiteral("sharedChanged"), sharedChanged },
            { QStringLiteral("reasonChanged"), reasonChanged }, { QStringLiteral("contactChanged"), contactChanged },
            { QStringLiteral("followUpChanged"), followUpChanged } };
        if (followUpChanged && edit.followUpOn)
            data.insert(QStringLiteral("followUpOn"), isoDate(*edit.followUpOn));
        d->appendEntry(old->queryId, casefile::EntryKind::Referral, QStringLiteral("referral"), id,
            sharedChanged ? QStringLiteral("referral_fields") : QString(),
            sharedChanged ? labels(old->shared) : QString(), sharedChanged ? labels(shared) : QString(),
            tr("Referral to %1 edited: %2").arg(old->partnerName, what.join(QStringLiteral("; "))),
            reasonChanged ? reason : QString(), data);
        if (reasonChanged)
            d->record.index().refresh(old->queryId);
        d->notify(old->queryId);
        transaction.commit();
        return {};
    });
    if (!done)
        return done.error();
    return get(id);
}

Result<Referral> ReferralService::setFollowUp(qint64 id, std::optional<QDate> followUpOn)
{
    const Status done = db::guard([&]() -> Status {
        db::Transaction transaction(d->c());
        const std::optional<Referral> old = d->readReferral(id);
        if (!old)
            return makeError(ErrorCode::NotFound, tr("No such referral."));
        if (!ReferralText::isOpen(old->status))
            return makeError(ErrorCode::NotAllowed,
                tr("This referral is closed (%1); it needs no follow-up.").arg(ReferralText::label(old->status)));
        if (followUpOn && (!followUpOn->isValid() || *followUpOn < d->today()))
            return makeError(ErrorCode::InvalidInput, tr("The follow-up date is in the past."));
        if (followUpOn == old->followUpOn)
            return {};
        db::Statement update = d->c().prepare(
            "UPDATE referrals SET follow_up_on = ?2, updated_at = ?3, version = version + 1 WHERE id = ?1");
        update.bindAll(id, optionalIso(followUpOn), isoUtc(d->record.clock().nowUtc()));
        update.execute();
        QJsonObject data { { QStringLiteral("event"), QStringLiteral("follow_up") },
            { QStringLiteral("referral"), static_cast<double>(id) },
            { QStringLiteral("partner"), static_cast<double>(old->partnerId) },
            { QStringLiteral("followUpOn"), optionalIso(followUpOn) },
            { QStringLiteral("partnerName"), old->partnerName } };
        d->appendEntry(old->queryId, casefile::EntryKind::Referral, QStringLiteral("referral"), id,
            QStringLiteral("referral_follow_up"), optionalIso(old->followUpOn), optionalIso(followUpOn),
            followUpOn ? tr("Follow-up of the referral to %1 on %2").arg(old->partnerName, isoDate(*followUpOn))
                       : tr("No follow-up date for the referral to %1").arg(old->partnerName),
            {}, data);
        d->notify(old->queryId);
        transaction.commit();
        return {};
    });
    if (!done)
        return done.error();
    return get(id);
}

Result<Referral> ReferralService::Impl::applyStatus(qint64 id, const StatusChange& change, bool dryRun)
{
    const std::optional<Referral> old = readReferral(id);
    if (!old)
        return makeError(ErrorCode::NotFound, ReferralService::tr("No such referral."));
    const ReferralStatus to = change.to;
    if (!lifecycleFrom(old->status).contains(to)) {
        return makeError(ErrorCode::NotAllowed,
            ReferralService::tr("A referral that is \u201c%1\u201d cannot become \u201c%2\u201d.")
                .arg(ReferralText::label(old->status), ReferralText::label(to)));
    }
    const QString reason = change.reason.trimmed();
    const QString outcome = change.outcome.trimmed();
    if (!dryRun) {
        if (ReferralText::needsReason(to) && reason.isEmpty())
            return makeError(ErrorCode::InvalidInput,
                ReferralService::tr("Give a reason for making the referral \u201c%1\u201d.")
                    .arg(ReferralText::label(to)));
        if (reason.size() > ReferralLimits::Reason)
            return makeError(ErrorCode::InvalidInput,
                ReferralService::tr("The reason is longer than %n characters.", nullptr, ReferralLimits::Reason));
        if (outcome.size() > ReferralLimits::Outcome)
            return makeError(ErrorCode::InvalidInput,
                ReferralService::tr("The outcome is longer than %n characters.", nullptr, ReferralLimits::Outcome));
    }
    const QDate today = this->today();
    const QDate on = change.on.isValid() ? change.on : today;
    if (on > today)
        return makeError(
            ErrorCode::InvalidInput, ReferralService::tr("A referral's status cannot change on a future date."));
    const QDate earliest = old->sentOn ? *old->sentOn : old->proposedOn;
    if (on < earliest)
        return makeError(ErrorCode::InvalidInput,
            ReferralService::tr("The date is before the referral was %1 (%2).")
                .arg(old->sentOn ? ReferralService::tr("sent") : ReferralService::tr("proposed"), isoDate(earliest)));

    const PartnerFacts partner = partnerFacts(old->partnerId);
    std::optional<qint64> consentId;
    QString overrideText;
    std::optional<QString> head;
    if (to == ReferralStatus::ConsentObtained || to == ReferralStatus::Sent) {
        const std::vector<Consent> consents = readConsents(old->queryId);
        if (const Consent* consent = covering(consents, old->partnerId, old->shared))
            consentId = consent->id;
        if (to == ReferralStatus::ConsentObtained && !consentId)
            return makeError(ErrorCode::NotAllowed,
                ReferralService::tr("No recorded consent covers %1 and every field this referral shares (%2). Record "
                                    "the consent first.")
                    .arg(old->partnerName, labels(old->shared)));
        if (to == ReferralStatus::Sent && !partner.active)
            return makeError(ErrorCode::NotAllowed,
                ReferralService::tr("%1 is inactive; reactivate it before sending.").arg(old->partnerName));
        if (to == ReferralStatus::Sent && !consentId) {
            overrideText = change.overrideJustification.trimmed();
            if (overrideText.isEmpty())
                return makeError(ErrorCode::NotAllowed,
                    ReferralService::tr("No recorded consent covers %1 and every field this referral shares (%2). "
                                        "Record the consent, or an adviser with the role head may override with a "
                                        "written justification.")
                        .arg(old->partnerName, labels(old->shared)));
            head = headName();
            if (!head)
                return makeError(ErrorCode::NotAllowed,
                    ReferralService::tr("Only an adviser with the role head may send a referral without consent."));
            if (overrideText.size() < ReferralLimits::MinOverrideJustification)
                return makeError(ErrorCode::InvalidInput,
                    ReferralService::tr("The justification of an override needs at least %n characters.", nullptr,
                        ReferralLimits::MinOverrideJustification));
            if (overrideText.size() > ReferralLimits::Reason)
                return makeError(ErrorCode::InvalidInput,
                    ReferralService::tr(
                        "The justification is longer than %n characters.", nullptr, ReferralLimits::Reason));
        }
    }
    if (dryRun)
        return *old;

    const QString now = isoUtc(record.clock().nowUtc());
    const bool sending = to == ReferralStatus::Sent;
    const bool closing = !ReferralText::isOpen(to);
    db::Statement update = c().prepare(
        "UPDATE referrals SET status = ?2, sent_on = coalesce(?3, sent_on), closed_on = coalesce(?4, closed_on), "
        "outcome = coalesce(?5, outcome), status_reason = coalesce(?6, status_reason), consent_id = coalesce(?7, "
        "consent_id), override_justification = coalesce(?8, override_justification), override_by = coalesce(?9, "
        "override_by), updated_at = ?10, version = version + 1 WHERE id = ?1");
    update.bindAll(id, ReferralText::code(to), sending ? isoDate(on) : QString(), closing ? isoDate(on) : QString(),
        outcome.isEmpty() ? QString() : outcome, reason.isEmpty() ? QString() : reason,
        sending ? consentId : std::optional<qint64>(), overrideText.isEmpty() ? QString() : overrideText,
        overrideText.isEmpty() ? std::optional<qint64>() : record.actor(), now);
    update.execute();

    QJsonObject data { { QStringLiteral("event"), QStringLiteral("status") },
        { QStringLiteral("referral"), static_cast<double>(id) },
        { QStringLiteral("partner"), static_cast<double>(old->partnerId) },
        { QStringLiteral("from"), ReferralText::code(old->status) }, { QStringLiteral("to"), ReferralText::code(to) },
        { QStringLiteral("fields"), codes(old->shared) }, { QStringLiteral("on"), isoDate(on) },
        { QStringLiteral("override"), !overrideText.isEmpty() }, { QStringLiteral("partnerName"), old->partnerName } };
    if (consentId)
        data.insert(QStringLiteral("consent"), static_cast<double>(*consentId));
    QString summary;
    QString body = reason;
    if (!overrideText.isEmpty()) {
        data.insert(QStringLiteral("overrideBy"), static_cast<double>(record.actor().value_or(0)));
        data.insert(QStringLiteral("overrideByName"), *head);
        data.insert(QStringLiteral("justification"), overrideText);
        summary = ReferralService::tr("Referral to %1 sent WITHOUT consent \u2014 override by %2: %3")
                      .arg(old->partnerName, *head, overrideText);
        body = overrideText;
    } else if (sending) {
        summary = ReferralService::tr("Referral to %1 sent (shared: %2; consent on record)")
                      .arg(old->partnerName, labels(old->shared));
    } else {
        summary = ReferralService::tr("Referral to %1: %2").arg(old->partnerName, ReferralText::label(to));
    }
    if (!outcome.isEmpty())
        body = body.isEmpty() ? outcome : body + QStringLiteral("\n\n") + outcome;
    appendEntry(old->queryId, casefile::EntryKind::Referral, QStringLiteral("referral"), id,
        QStringLiteral("referral_status"), ReferralText::code(old->status), ReferralText::code(to), summary, body,
        data);

    if (sending) {
        // What left the vault, in the same transaction: the partner, exactly the shared fields.
        casefile::Disclosure disclosure;
        disclosure.kind = casefile::DisclosureKind::Share;
        disclosure.document = QStringLiteral("referral");
        disclosure.recipient = old->partnerName;
        for (SharedField field : old->shared)
            disclosure.fields << ReferralText::code(field);
        if (!overrideText.isEmpty())
            disclosure.entryData.insert(QStringLiteral("override"), true);
        disclosure.summary = overrideText.isEmpty()
            ? ReferralService::tr("Shared with %1: %2").arg(old->partnerName, labels(old->shared))
            : ReferralService::tr("Shared with %1 WITHOUT consent (override): %2")
                  .arg(old->partnerName, labels(old->shared));
        const Result<qint64> recorded = record.disclosures().record({ old->queryId }, disclosure);
        if (!recorded)
            return recorded.error();
    }
    if (!reason.isEmpty() || !outcome.isEmpty())
        record.index().refresh(old->queryId);
    notify(old->queryId);
    return *old;
}

Result<Referral> ReferralService::changeStatus(qint64 id, const StatusChange& change)
{
    const Status done = db::guard([&]() -> Status {
        db::Transaction transaction(d->c());
        const Result<Referral> applied = d->applyStatus(id, change, false);
        if (!applied)
            return applied.error();
        transaction.commit();
        return {};
    });
    if (!done)
        return done.error();
    return get(id);
}

QList<ReferralStatus> ReferralService::allowedTransitions(qint64 id) const
{
    Result<Referral> referral = get(id);
    if (!referral)
        return {};
    return lifecycleFrom(referral->status);
}

Result<void> ReferralService::canChangeStatus(qint64 id, ReferralStatus to) const
{
    return db::guard([&]() -> Status {
        // Without an override: a missing consent is reported as such (mayOverride() says whether
        // the session's adviser could override it).
        StatusChange change;
        change.to = to;
        const Result<Referral> ok = d->applyStatus(id, change, true);
        if (!ok)
            return ok.error();
        return {};
    });
}

Result<Referral> ReferralService::get(qint64 id) const
{
    return db::guard([&]() -> Result<Referral> {
        std::optional<Referral> r = d->readReferral(id);
        if (!r)
            return makeError(ErrorCode::NotFound, tr("No such referral."));
        return std::move(*r);
    });
}

std::vector<Referral> ReferralService::referralsOf(qint64 queryId) const
{
    try {
        return d->readReferrals("r.query_id = ?1", queryId);
    } catch (const db::DbError&) {
        return {};
    }
}

std::vector<Referral> ReferralService::referralsTo(qint64 partnerId) const
{
    try {
        return d->readReferrals("r.partner_id = ?1", partnerId);
    } catch (const db::DbError&) {
        return {};
    }
}

std::vector<Referral> ReferralService::allReferrals(bool openOnly) const
{
    try {
        return d->readReferrals(
            openOnly ? std::string("r.status IN ") + kOpenSql : std::string("1"), [](db::Statement&) {});
    } catch (const db::DbError&) {
        return {};
    }
}

// --- consents

Result<Consent> ReferralService::recordConsent(const ConsentInput& input)
{
    const QString name = input.givenByName.trimmed();
    const QString function = input.givenByFunction.trimmed();
    const QString notes = input.notes.trimmed();
    if (!input.givenOn.isValid())
        return makeError(ErrorCode::InvalidInput, tr("Enter the date the consent was given."));
    if (name.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Enter who gave the consent."));
    if (name.size() > ReferralLimits::PersonField || function.size() > ReferralLimits::PersonField)
        return makeError(ErrorCode::InvalidInput,
            tr("The name and function of who gave the consent take at most %n characters each.", nullptr,
                ReferralLimits::PersonField));
    if (notes.size() > ReferralLimits::Notes)
        return makeError(
            ErrorCode::InvalidInput, tr("The notes are longer than %n characters.", nullptr, ReferralLimits::Notes));
    if (input.partnerIds.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Choose at least one partner the consent covers."));
    if (input.fields.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Choose at least one field the consent covers."));
    qint64 id = 0;
    const Status done = db::guard([&]() -> Status {
        db::Transaction transaction(d->c());
        const Impl::QueryFacts query = d->queryFacts(input.queryId);
        if (!query.exists)
            return makeError(ErrorCode::NotFound, tr("No such query."));
        if (query.merged)
            return makeError(ErrorCode::NotAllowed, tr("This query was merged into another; record it there."));
        if (input.givenOn < query.receivedOn)
            return makeError(ErrorCode::InvalidInput,
                tr("A consent cannot be given before the query was received (%1).").arg(isoDate(query.receivedOn)));
        if (input.givenOn > d->today())
            return makeError(ErrorCode::InvalidInput, tr("A consent cannot be dated in the future."));
        QList<qint64> partnerIds;
        QStringList partnerNames;
        for (qint64 partnerId : input.partnerIds) {
            if (partnerIds.contains(partnerId))
                continue;
            const Impl::PartnerFacts partner = d->partnerFacts(partnerId);
            if (!partner.exists)
                return makeError(ErrorCode::InvalidInput, tr("A partner the consent names is not in the directory."));
            partnerIds << partnerId;
            partnerNames << partner.name;
        }
        const QList<SharedField> fields = ordered(input.fields);
        db::Statement insert = d->c().prepare(
            "INSERT INTO consents(query_id, given_on, form, given_by_name, given_by_function, notes, recorded_at, "
            "recorded_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
        insert.bindAll(input.queryId, isoDate(input.givenOn), ReferralText::code(input.form), name, text(function),
            text(notes), isoUtc(d->record.clock().nowUtc()), d->record.actor());
        insert.execute();
        id = d->c().lastInsertRowId();
        db::Statement addPartner
            = d->c().prepare("INSERT INTO consent_partners(consent_id, partner_id, sort_order) VALUES (?1, ?2, ?3)");
        for (int i = 0; i < partnerIds.size(); ++i) {
            addPartner.bindAll(id, partnerIds[i], i);
            addPartner.execute();
        }
        db::Statement addField = d->c().prepare("INSERT INTO consent_fields(consent_id, field) VALUES (?1, ?2)");
        for (SharedField field : fields) {
            addField.bindAll(id, ReferralText::code(field));
            addField.execute();
        }
        QJsonArray partnersJson;
        for (qint64 partnerId : partnerIds)
            partnersJson.append(static_cast<double>(partnerId));
        const QJsonObject data { { QStringLiteral("event"), QStringLiteral("consent_recorded") },
            { QStringLiteral("consent"), static_cast<double>(id) }, { QStringLiteral("partners"), partnersJson },
            { QStringLiteral("fields"), codes(fields) }, { QStringLiteral("form"), ReferralText::code(input.form) },
            { QStringLiteral("givenOn"), isoDate(input.givenOn) },
            { QStringLiteral("partnerNames"), QJsonArray::fromStringList(partnerNames) } };
        // The name of who gave it is personal data: kept in the consent, not in the entry's summary.
        d->appendEntry(input.queryId, casefile::EntryKind::Consent, QStringLiteral("consent"), id, {}, {}, {},
            tr("Consent recorded (%1, %2) to share %3 with %4")
                .arg(ReferralText::label(input.form), isoDate(input.givenOn), labels(fields),
                    partnerNames.join(QStringLiteral(", "))),
            {}, data, input.givenOn);
        d->notify(input.queryId);
        transaction.commit();
        return {};
    });
    if (!done)
        return done.error();
    return db::guard([&]() -> Result<Consent> {
        for (Consent& consent : d->readConsents(input.queryId)) {
            if (consent.id == id)
                return std::move(consent);
        }
        return makeError(ErrorCode::Internal);
    });
}

Result<Consent> ReferralService::withdrawConsent(qint64 consentId, QDate on, const QString& rawReason)
{
    const QString reason = rawReason.trimmed();
    if (reason.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Give the reason the consent was withdrawn."));
    if (reason.size() > ReferralLimits::Reason)
        return makeError(
            ErrorCode::InvalidInput, tr("The reason is longer than %n characters.", nullptr, ReferralLimits::Reason));
    qint64 queryId = 0;
    const Status done = db::guard([&]() -> Status {
        db::Transaction transaction(d->c());
        db::Statement s = d->c().prepare("SELECT query_id, given_on, withdrawn_on FROM consents WHERE id = ?1");
        s.bind(1, consentId);
        if (!s.step())
            return makeError(ErrorCode::NotFound, tr("No such consent."));
        queryId = s.int64(0);
        const QDate givenOn = parseIsoDate(s.text(1));
        const bool withdrawn = !s.isNull(2);
        s.reset();
        if (withdrawn)
            return makeError(ErrorCode::NotAllowed, tr("This consent was withdrawn already."));
        const QDate today = d->today();
        const QDate when = on.isValid() ? on : today;
        if (when > today)
            return makeError(ErrorCode::InvalidInput, tr("A withdrawal cannot be dated in the future."));
        if (when < givenOn)
            return makeError(ErrorCode::InvalidInput,
                tr("A consent cannot be withdrawn before it was given (%1).").arg(isoDate(givenOn)));
        db::Statement update = d->c().prepare("UPDATE consents SET withdrawn_on = ?2, withdrawal_reason = ?3, "
                                              "withdrawn_at = ?4, withdrawn_by = ?5 WHERE id = ?1");
        update.bindAll(consentId, isoDate(when), reason, isoUtc(d->record.clock().nowUtc()), d->record.actor());
        update.execute();
        const QJsonObject data { { QStringLiteral("event"), QStringLiteral("consent_withdrawn") },
            { QStringLiteral("consent"), static_cast<double>(consentId) },
            { QStringLiteral("withdrawnOn"), isoDate(when) }, { QStringLiteral("givenOn"), isoDate(givenOn) } };
        d->appendEntry(queryId, casefile::EntryKind::Consent, QStringLiteral("consent"), consentId, {}, {}, {},
            tr("Consent of %1 withdrawn on %2: it covers nothing from now on").arg(isoDate(givenOn), isoDate(when)),
            reason, data);
        d->notify(queryId);
        transaction.commit();
        return {};
    });
    if (!done)
        return done.error();
    return db::guard([&]() -> Result<Consent> {
        for (Consent& consent : d->readConsents(queryId)) {
            if (consent.id == consentId)
                return std::move(consent);
        }
        return makeError(ErrorCode::Internal);
    });
}

std::vector<Consent> ReferralService::consentsOf(qint64 queryId) const
{
    try {
        return d->readConsents(queryId);
    } catch (const db::DbError&) {
        return {};
    }
}

std::optional<Consent> ReferralService::coveringConsent(qint64 referralId) const
{
    try {
        const std::optional<Referral> referral = d->readReferral(referralId);
        if (!referral)
            return std::nullopt;
        const std::vector<Consent> consents = d->readConsents(referral->queryId);
        if (const Consent* consent = Impl::covering(consents, referral->partnerId, referral->shared))
            return *consent;
        return std::nullopt;
    } catch (const db::DbError&) {
        return std::nullopt;
    }
}

// --- suggestions and follow-ups

Result<std::vector<Suggestion>> ReferralService::suggest(qint64 queryId, int limit) const
{
    return db::guard([&]() -> Result<std::vector<Suggestion>> {
        db::Connection& c = d->c();
        db::Statement q = c.prepare("SELECT q.language, s.region_id, q.merged_into_id FROM queries q JOIN states s ON "
                                    "s.id = q.state_id WHERE q.id = ?1");
        q.bind(1, queryId);
        if (!q.step())
            return makeError(ErrorCode::NotFound, tr("No such query."));
        const QString language = q.text(0);
        const qint64 regionId = q.int64(1);
        q.reset();

        struct Candidate {
            QList<qint64> themes;
            bool region = false;
            bool language = false;
        };
        QHash<qint64, Candidate> candidates;
        db::Statement themes = c.prepare(
            "SELECT pt.partner_id, pt.theme_id FROM query_themes qt JOIN partner_themes pt ON pt.theme_id = "
            "qt.theme_id WHERE qt.query_id = ?1");
        themes.bind(1, queryId);
        while (themes.step())
            candidates[themes.int64(0)].themes << themes.int64(1);
        themes.reset();
        db::Statement regions = c.prepare("SELECT partner_id FROM partner_regions WHERE region_id = ?1");
        regions.bind(1, regionId);
        while (regions.step())
            candidates[regions.int64(0)].region = true;
        regions.reset();
        db::Statement languages = c.prepare("SELECT partner_id FROM partner_languages WHERE language = ?1");
        languages.bind(1, language);
        while (languages.step())
            candidates[languages.int64(0)].language = true;
        languages.reset();

        QSet<qint64> referred;
        db::Statement open
            = c.prepare(std::string("SELECT partner_id FROM referrals WHERE query_id = ?1 AND status IN ") + kOpenSql);
        open.bind(1, queryId);
        while (open.step())
            referred.insert(open.int64(0));
        open.reset();

        // Theme names in the order of the vault's theme list.
        QHash<qint64, int> themeRank;
        for (int i = 0; i < d->lookup.themes().size(); ++i)
            themeRank.insert(d->lookup.themes()[i].id, i);
        QString regionName;
        for (const reference::NamedItem& region : d->lookup.regions()) {
            if (region.id == regionId)
                regionName = region.name;
        }
        const reference::NamedItem* languageItem = d->lookup.language(language);
        const QString languageName = languageItem ? languageItem->name : language;

        // Score every active candidate first; names are compared (and reasons written) only
        // where the ranking needs them.
        struct Scored {
            qint64 id;
            int score;
            bool strategic;
            QString name;
            QString acronym;
            const Candidate* candidate;
            mutable QString key; // folded name, computed on demand
        };
        std::vector<Scored> scored;
        db::Statement active = c.prepare("SELECT id, name, acronym, strategic FROM partners WHERE active = 1");
        while (active.step()) {
            const auto it = candidates.constFind(active.int64(0));
            if (it == candidates.constEnd())
                continue;
            const int score = 3 * static_cast<int>(it->themes.size()) + (it->region ? 2 : 0) + (it->language ? 1 : 0);
            scored.push_back({ it.key(), score, active.int64(3) != 0, active.text(1),
                active.isNull(2) ? QString() : active.text(2), &it.value(), {} });
        }
        active.reset();
        static thread_local QCollator collator = [] {
            QCollator made;
            made.setCaseSensitivity(Qt::CaseInsensitive);
            return made;
        }();
        const auto keyOf = [](const Scored& x) -> const QString& {
            if (x.key.isNull())
                x.key = folded(x.name);
            return x.key;
        };
        const auto before = [&](const Scored& x, const Scored& y) {
            if (x.score != y.score)
                return x.score > y.score;
            if (x.strategic != y.strategic)
                return x.strategic;
            const int byName = collator.compare(keyOf(x), keyOf(y));
            if (byName != 0)
                return byName < 0;
            return x.id < y.id;
        };
        const std::size_t count = limit > 0 ? std::min(scored.size(), static_cast<std::size_t>(limit)) : scored.size();
        std::partial_sort(scored.begin(), scored.begin() + static_cast<std::ptrdiff_t>(count), scored.end(), before);

        std::vector<Suggestion> ranked;
        for (std::size_t i = 0; i < count; ++i) {
            const Scored& x = scored[i];
            const Candidate& candidate = *x.candidate;
            Suggestion s;
            s.partnerId = x.id;
            s.partnerName = x.name;
            s.acronym = x.acronym;
            s.strategic = x.strategic;
            s.score = x.score;
            QList<qint64> matched = candidate.themes;
            std::sort(matched.begin(), matched.end(),
                [&](qint64 a, qint64 b) { return themeRank.value(a, INT_MAX) < themeRank.value(b, INT_MAX); });
            for (qint64 theme : matched) {
                const reference::NamedItem* item = d->lookup.theme(theme);
                s.matchingThemes << (item ? item->name : QString::number(theme));
            }
            if (candidate.region)
                s.matchingRegions << regionName;
            if (candidate.language)
                s.matchingLanguages << languageName;
            QStringList reasons;
            if (!s.matchingThemes.isEmpty())
                reasons << tr("expertise: %1").arg(s.matchingThemes.join(QStringLiteral(", ")));
            if (candidate.region)
                reasons << tr("region: %1").arg(regionName);
            if (candidate.language)
                reasons << tr("works in %1").arg(languageName);
            s.reasons = reasons.join(QStringLiteral("; "));
            s.alreadyReferred = referred.contains(s.partnerId);
            ranked.push_back(std::move(s));
        }
        return ranked;
    });
}

QList<FollowUp> ReferralService::Impl::followUpRows(int noReplyWorkingDays, bool load)
{
    const QDate today = this->today();
    const int days = std::max(0, noReplyWorkingDays);
    struct Row {
        qint64 id;
        FollowUp::Why why;
        int overdue;
    };
    std::vector<Row> rows;
    QSet<qint64> seen;
    db::Statement due = c().prepare(std::string("SELECT id, follow_up_on FROM referrals WHERE follow_up_on <= ?1 AND "
                                                "status IN ")
        + kOpenSql);
    due.bind(1, isoDate(today));
    while (due.step()) {
        const QDate on = readDate(due.text(1));
        rows.push_back({ due.int64(0), FollowUp::Why::FollowUpDue, static_cast<int>(on.daysTo(today)) });
        seen.insert(due.int64(0));
    }
    due.reset();
    // N working days are at least N calendar days: the index on sent_on narrows the candidates.
    const calendar::WorkingCalendar cal = queries.calendar();
    db::Statement sent = c().prepare("SELECT id, sent_on FROM referrals WHERE sent_on <= ?1 AND status = 'sent'");
    sent.bind(1, isoDate(today.addDays(-days)));
    while (sent.step()) {
        const qint64 id = sent.int64(0);
        if (seen.contains(id))
            continue;
        const int waited = cal.workingDaysBetween(readDate(sent.text(1)), today);
        if (waited >= days)
            rows.push_back({ id, FollowUp::Why::NoReply, waited });
    }
    sent.reset();
    std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
        if (a.overdue != b.overdue)
            return a.overdue > b.overdue;
        return a.id < b.id;
    });
    QHash<qint64, Referral> loaded;
    if (load && !rows.empty()) {
        std::vector<qint64> ids;
        ids.reserve(rows.size());
        for (const Row& row : rows)
            ids.push_back(row.id);
        for (Referral& r : readReferralsById(ids))
            loaded.insert(r.id, std::move(r));
    }
    QList<FollowUp> followUps;
    for (const Row& row : rows) {
        FollowUp f;
        f.why = row.why;
        f.daysOverdue = row.overdue;
        f.referral.id = row.id;
        if (load) {
            const auto it = loaded.find(row.id);
            if (it == loaded.end())
                continue;
            f.referral = std::move(*it);
        }
        followUps << f;
    }
    return followUps;
}

std::vector<FollowUp> ReferralService::followUps(int noReplyWorkingDays) const
{
    try {
        const QList<FollowUp> rows = d->followUpRows(noReplyWorkingDays, true);
        return std::vector<FollowUp>(rows.begin(), rows.end());
    } catch (const db::DbError&) {
        return {};
    }
}

int ReferralService::followUpCount(int noReplyWorkingDays) const
{
    try {
        return static_cast<int>(d->followUpRows(noReplyWorkingDays, false).size());
    } catch (const db::DbError&) {
        return 0;
    }
}

// --- the case summary

Status ReferralService::Impl::contribute(qint64 queryId, casefile::CaseSummary& summary)
{
    return db::guard([&]() -> Status {
        using casefile::Sensitivity;
        using casefile::SummaryField;
        const std::vector<Referral> referrals = readReferrals("r.query_id = ?1", queryId);
        for (const Referral& r : referrals) {
            casefile::SummarySection section;
            section.code = QStringLiteral("referral");
            section.title = ReferralService::tr("Referral to %1").arg(r.partnerName);
            const auto add = [&section](const char* code, const QString& label, const QString& display,
                                 const QJsonValue& raw, Sensitivity sensitivity = Sensitivity::Ordinary) {
                SummaryField field;
                field.code = QLatin1String(code);
                field.label = label;
                field.display = display;
                field.raw = display.isEmpty() && raw.isString() && raw.toString().isEmpty() ? QJsonValue() : raw;
                field.sensitivity = sensitivity;
                section.fields.push_back(std::move(field));
            };
            add("referral_id", ReferralService::tr("Referral"), QString::number(r.id), static_cast<double>(r.id));
            SummaryField partnerField;
            partnerField.code = QStringLiteral("partner");
            partnerField.label = ReferralService::tr("Partner");
            partnerField.display = r.partnerName;
            partnerField.raw = r.partnerName;
            partnerField.attributes.emplace_back(QStringLiteral("partner_id"), static_cast<double>(r.partnerId));
            section.fields.push_back(std::move(partnerField));
            add("contact", ReferralService::tr("Contact at the partner"), r.contactName, r.contactName,
                Sensitivity::PersonalData);
            add("status", ReferralService::tr("Status"), ReferralText::label(r.status), ReferralText::code(r.status));
            QString consent;
            QString consentCode;
            switch (r.consentState) {
            case ConsentState::Missing:
                consent = ReferralService::tr("Missing");
                consentCode = QStringLiteral("missing");
                break;
            case ConsentState::Covered:
                consent = r.consentId ? ReferralService::tr("Covered (consent %1)").arg(*r.consentId)
                                      : ReferralService::tr("Covered");
                consentCode = QStringLiteral("covered");
                break;
            case ConsentState::Overridden:
                consent = ReferralService::tr("OVERRIDE by %1: %2").arg(r.overrideByName, r.overrideJustification);
                consentCode = QStringLiteral("override");
                break;
            }
            add("consent", ReferralService::tr("Consent"), consent, consentCode, Sensitivity::Internal);
            QJsonArray shared = codes(r.shared);
            add("shared", ReferralService::tr("Shared"), labels(r.shared), shared);
            add("proposed_on", ReferralService::tr("Proposed on"), isoDate(r.proposedOn), isoDate(r.proposedOn));
            add("reason", ReferralService::tr("Reason"), r.reason, r.reason, Sensitivity::Internal);
            add("follow_up_on", ReferralService::tr("Follow-up on"), optionalIso(r.followUpOn),
                optionalIso(r.followUpOn));
            add("sent_on", ReferralService::tr("Sent on"), optionalIso(r.sentOn), optionalIso(r.sentOn));
            add("outcome", ReferralService::tr("Outcome"), r.outcome, r.outcome, Sensitivity::Internal);
            add("closed_on", ReferralService::tr("Closed on"), optionalIso(r.closedOn), optionalIso(r.closedOn));
            add("status_reason", ReferralService::tr("Reason for the status"), r.statusReason, r.statusReason,
                Sensitivity::Internal);
            summary.referrals.push_back(std::move(section));
        }
        return {};
    });
}

} // namespace advicehub::referrals
