#include "queries/QueryService.h"

#include "calendar/HolidayService.h"
#include "common/IsoTime.h"
#include "db/Connection.h"
#include "db/Guard.h"
#include "db/Transaction.h"
#include "queries/Lifecycle.h"
#include "queries/QuerySearch.h"
#include "reference/ReferenceLookup.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace advicehub::queries {

namespace {

using db::Statement;

const QDate kEpoch(2000, 1, 1);
constexpr int kMaxSubject = 300;
constexpr int kMaxShortText = 300;
constexpr int kMaxLongText = 200000;
// How often createMany reports progress (steps).
constexpr qint64 kProgressEvery = 500;

// The full-text row id: received day in the high bits, so that docid order is received order.
qint64 ftsDocid(QDate received, qint64 id)
{
    const qint64 days = std::max<qint64>(0, kEpoch.daysTo(received));
    return (days << 32) | id;
}

QString joinIds(const QList<int>& numbers)
{
    QStringList parts;
    for (int n : numbers)
        parts << QString::number(n);
    return parts.join(QStringLiteral(", "));
}

QString optionalCode(const std::optional<Route>& route)
{
    return route ? QueryText::code(*route) : QString();
}

Error invalid(const QList<FieldError>& errors)
{
    QStringList lines;
    for (const FieldError& error : errors)
        lines << QStringLiteral("%1: %2").arg(QueryText::label(error.field), error.message);
    return makeError(ErrorCode::InvalidInput, lines.join(QLatin1Char('\n')));
}

// Text columns are NOT NULL: a null QString would bind SQL NULL.
QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString trimmedText(const QString& value)
{
    return text(value.trimmed());
}

// What the full-text index holds of a text: normalised as every search is (QuerySearch).
QString indexed(const QString& value)
{
    return QuerySearch::searchableText(text(value));
}

QList<int> sortedUnique(QList<int> values)
{
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    return values;
}

QList<qint64> sortedUnique(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    return values;
}

} // namespace

struct QueryService::Impl {
    db::Connection& c;
    reference::ReferenceLookup& lookup;
    const Clock& clock;

    QString now() const { return isoUtc(clock.nowUtc()); }

    std::optional<Query> read(qint64 id) const
    {
        Statement s = c.prepare(
            "SELECT q.id, q.reference, q.received_on, q.channel_id, q.state_id, q.institution_type_id, q.institution, "
            "q.contact_name, q.contact_function, q.contact_email, q.contact_phone, q.subject, t.request_text, "
            "q.language, q.confidentiality, q.priority, q.due_on, q.due_overridden, q.assigned_adviser_id, q.route, "
            "q.status, q.waiting_since, q.merged_into_id, q.created_at, q.updated_at, q.version, t.notes "
            "FROM queries q LEFT JOIN query_texts t ON t.query_id = q.id WHERE q.id = ?1");
        s.bind(1, id);
        if (!s.step())
            return std::nullopt;
        Query q;
        q.id = s.int64(0);
        q.reference = s.text(1);
        QueryInput& f = q.fields;
        f.receivedOn = parseIsoDate(s.text(2));
        f.channelId = s.int64(3);
        f.stateId = s.int64(4);
        f.institutionTypeId = s.optionalInt64(5);
        f.institution = s.text(6);
        f.contact = Contact { s.text(7), s.text(8), s.text(9), s.text(10) };
        f.subject = s.text(11);
        f.requestText = s.text(12);
        f.language = s.text(13);
        f.confidentiality = QueryText::confidentiality(s.text(14)).value_or(Confidentiality::Confidential);
        f.priority = QueryText::priority(s.text(15)).value_or(Priority::Normal);
        q.dueOn = parseIsoDate(s.text(16));
        f.dueOn = q.dueOn;
        q.dueOverridden = s.int64(17) != 0;
        f.assignedAdviserId = s.optionalInt64(18);
        if (!s.isNull(19))
            f.route = QueryText::route(s.text(19));
        q.status = QueryText::status(s.text(20)).value_or(QueryStatus::New);
        if (!s.isNull(21))
            q.waitingSince = parseIsoDate(s.text(21));
        q.mergedIntoId = s.optionalInt64(22);
        q.createdAtUtc = parseIsoUtc(s.text(23));
        q.updatedAtUtc = parseIsoUtc(s.text(24));
        q.version = s.int32(25);
        f.notes = s.text(26);
        s.reset();

        Statement themes
            = c.prepare("SELECT qt.theme_id, th.name FROM query_themes qt JOIN themes th ON th.id = qt.theme_id "
                        "WHERE qt.query_id = ?1 ORDER BY th.sort_order");
        themes.bind(1, id);
        while (themes.step()) {
            f.themeIds << themes.int64(0);
            q.themeNames << themes.text(1);
        }
        Statement articles = c.prepare("SELECT article FROM query_articles WHERE query_id = ?1 ORDER BY article");
        articles.bind(1, id);
        while (articles.step())
            f.articles << articles.int32(0);

        if (const auto* state = lookup.state(f.stateId)) {
            q.stateName = state->name;
            q.regionName = state->regionName;
        }
        if (const auto* channel = lookup.channel(f.channelId))
            q.channelName = channel->name;
        if (f.institutionTypeId) {
            if (const auto* type = lookup.institutionType(*f.institutionTypeId))
                q.institutionTypeName = type->name;
        }
        if (f.assignedAdviserId) {
            if (const auto* adviser = lookup.adviser(*f.assignedAdviserId))
                q.adviserName = adviser->name;
        }
        return q;
    }

    qint64 waitedDays(qint64 id) const
    {
        Statement s = c.prepare("SELECT waited_days FROM queries WHERE id = ?1");
        s.bind(1, id);
        return s.step() ? s.int64(0) : 0;
    }

    qint64 insertEntry(qint64 queryId, EntryKind kind, std::optional<qint64> actor, const QString& occurredAt,
        const QString& field, const QString& oldValue, const QString& newValue, const QString& summary,
        const QString& body, std::optional<qint64> correctsId = std::nullopt)
    {
        Statement s = c.prepare(
            "INSERT INTO timeline(query_id, kind, occurred_at, recorded_at, adviser_id, field, old_value, new_value, "
            "summary, body, corrects_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
        const QString recorded = now();
        s.bindAll(queryId, TimelineText::code(kind), occurredAt.isEmpty() ? recorded : occurredAt, recorded, actor,
            field, oldValue, newValue, text(summary), text(body), correctsId);
        s.execute();
        return c.lastInsertRowId();
    }

    // Rebuilds the query's full-text row from what is stored (after a change of its texts,
    // its received date or its timeline).
    void refreshFts(qint64 id)
    {
        Statement s = c.prepare(
            "SELECT q.received_on, q.subject, t.request_text, q.institution, q.contact_name, q.contact_function, "
            "t.notes, q.fts_docid, q.merged_into_id FROM queries q LEFT JOIN query_texts t ON t.query_id = q.id "
            "WHERE q.id = ?1");
        s.bind(1, id);
        if (!s.step())
            return;
        const QDate received = parseIsoDate(s.text(0));
        const QString subject = s.text(1);
        const QString request = s.text(2);
        const QString institution = s.text(3);
        const QString contacts = s.text(4) + QLatin1Char(' ') + s.text(5);
        QString notes = s.text(6);
        const qint64 oldDocid = s.int64(7);
        const bool merged = !s.isNull(8);
        s.reset();

        Statement entries
            = c.prepare("SELECT summary, body FROM timeline WHERE query_id = ?1 AND kind IN "
                        "('note', 'meeting', 'call', 'email_received', 'email_sent', 'correction') ORDER BY id");
        entries.bind(1, id);
        while (entries.step())
            notes += QLatin1Char('\n') + entries.text(0) + QLatin1Char('\n') + entries.text(1);
        entries.reset();

        Statement remove = c.prepare("DELETE FROM query_fts WHERE docid = ?1");
        remove.bind(1, oldDocid);
        remove.execute();
        const qint64 docid = ftsDocid(received, id);
        if (docid != oldDocid) {
            Statement update = c.prepare("UPDATE queries SET fts_docid = ?1 WHERE id = ?2");
            update.bindAll(docid, id);
            update.execute();
        }
        if (merged)
            return; // a merged duplicate is not found by searches; its survivor is
        Statement insert = c.prepare("INSERT INTO query_fts(docid, subject, request, institution, contacts, notes) "
                                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        insert.bindAll(
            docid, indexed(subject), indexed(request), indexed(institution), indexed(contacts), indexed(notes));
        insert.execute();
    }

    // The next reference number of `year` (never reused: the counter only grows).
    int nextSequence(int year)
    {
        Statement bump = c.prepare("UPDATE reference_sequences SET last_value = last_value + 1 WHERE year = ?1");
        bump.bind(1, year);
        bump.execute();
        if (c.changes() == 0) {
            Statement insert = c.prepare("INSERT INTO reference_sequences(year, last_value) VALUES (?1, 1)");
            insert.bind(1, year);
            insert.execute();
            return 1;
        }
        Statement read = c.prepare("SELECT last_value FROM reference_sequences WHERE year = ?1");
        read.bind(1, year);
        read.step();
        return read.int32(0);
    }

    QString themeNames(const QList<qint64>& ids) const
    {
        QStringList names;
        for (qint64 id : ids) {
            const auto* theme = lookup.theme(id);
            names << (theme ? theme->name : QString::number(id));
        }
        return names.join(QStringLiteral("; "));
    }

    QString adviserName(std::optional<qint64> id) const
    {
        if (!id)
            return {};
        const auto* adviser = lookup.adviser(*id);
        return adviser ? adviser->name : QString::number(*id);
    }

    // The value of a field as the timeline shows it: names rather than ids, codes for
    // enumerations (translated when displayed).
    QString display(QueryField field, const QueryInput& f, QDate due) const
    {
        switch (field) {
        case QueryField::ReceivedOn:
            return isoDate(f.receivedOn);
        case QueryField::Channel: {
            const auto* channel = lookup.channel(f.channelId);
            return channel ? channel->name : QString();
        }
        case QueryField::State: {
            const auto* state = lookup.state(f.stateId);
            return state ? state->name : QString();
        }
        case QueryField::InstitutionType: {
            const auto* type = f.institutionTypeId ? lookup.institutionType(*f.institutionTypeId) : nullptr;
            return type ? type->name : QString();
        }
        case QueryField::Institution:
            return f.institution;
        case QueryField::ContactName:
            return f.contact.name;
        case QueryField::ContactFunction:
            return f.contact.function;
        case QueryField::ContactEmail:
            return f.contact.email;
        case QueryField::ContactPhone:
            return f.contact.phone;
        case QueryField::Subject:
            return f.subject;
        case QueryField::RequestText:
            return f.requestText;
        case QueryField::Language:
            return f.language;
        case QueryField::Confidentiality:
            return QueryText::code(f.confidentiality);
        case QueryField::Themes:
            return themeNames(sortedUnique(f.themeIds));
        case QueryField::Articles:
            return joinIds(sortedUnique(f.articles));
        case QueryField::Priority:
            return QueryText::code(f.priority);
        case QueryField::DueOn:
            return isoDate(due);
        case QueryField::Adviser:
            return adviserName(f.assignedAdviserId);
        case QueryField::Route:
            return optionalCode(f.route);
        case QueryField::Notes:
            return f.notes;
        }
        return {};
    }

    void writeChildren(qint64 id, const QueryInput& f, bool replace)
    {
        if (replace) {
            Statement clearThemes = c.prepare("DELETE FROM query_themes WHERE query_id = ?1");
            clearThemes.bind(1, id);
            clearThemes.execute();
            Statement clearArticles = c.prepare("DELETE FROM query_articles WHERE query_id = ?1");
            clearArticles.bind(1, id);
            clearArticles.execute();
        }
        Statement theme = c.prepare("INSERT OR IGNORE INTO query_themes(query_id, theme_id) VALUES (?1, ?2)");
        for (qint64 themeId : f.themeIds) {
            theme.bindAll(id, themeId);
            theme.execute();
        }
        Statement article = c.prepare("INSERT OR IGNORE INTO query_articles(query_id, article) VALUES (?1, ?2)");
        for (int number : f.articles) {
            article.bindAll(id, number);
            article.execute();
        }
    }

    void bumpVersion(qint64 id)
    {
        Statement s = c.prepare("UPDATE queries SET version = version + 1, updated_at = ?1 WHERE id = ?2");
        s.bindAll(now(), id);
        s.execute();
    }
};

QueryService::QueryService(
    db::Connection& connection, reference::ReferenceLookup& lookup, const Clock& clock, QObject* parent)
    : QObject(parent), d(std::make_unique<Impl>(Impl { connection, lookup, clock }))
{ }

QueryService::~QueryService() = default;

QDate QueryService::today() const
{
    return d->clock.nowUtc().toLocalTime().date();
}

calendar::WorkingCalendar QueryService::calendar() const
{
    return calendar::HolidayService(d->c).calendar();
}

QDate QueryService::defaultDueDate(QDate receivedOn, Priority priority, int waitedDays) const
{
    const calendar::WorkingCalendar cal = calendar();
    return cal.addWorkingDays(cal.defaultDueDate(receivedOn, priority), waitedDays);
}

QDate QueryService::defaultDueDateOf(qint64 id, QDate receivedOn, Priority priority) const
{
    int waited = 0;
    try {
        waited = static_cast<int>(d->waitedDays(id));
    } catch (const db::DbError&) {
        // Without the days waited, the default counts from receipt only.
    }
    return defaultDueDate(receivedOn, priority, waited);
}

bool QueryService::parseReference(const QString& reference, int* year, int* sequence)
{
    static const QRegularExpression pattern(QStringLiteral("^AH-(\\d{4})-(\\d{4,6})$"));
    const QRegularExpressionMatch match = pattern.match(reference.trimmed().toUpper());
    if (!match.hasMatch())
        return false;
    *year = match.captured(1).toInt();
    *sequence = match.captured(2).toInt();
    return *sequence > 0;
}

QString QueryService::formatReference(int year, int sequence)
{
    return QStringLiteral("AH-%1-%2").arg(year).arg(sequence, 4, 10, QLatin1Char('0'));
}

QList<FieldError> QueryService::validate(const QueryInput& f) const
{
    QList<FieldError> errors;
    const auto add = [&errors](QueryField field, const QString& message) { errors.append({ field, message }); };
    const reference::ReferenceLookup& lookup = d->lookup;

    if (!f.receivedOn.isValid())
        add(QueryField::ReceivedOn, tr("Enter the date the query was received."));
    else if (f.receivedOn < kEpoch)
        add(QueryField::ReceivedOn, tr("The date is before 2000."));
    else if (f.receivedOn > today().addDays(1))
        add(QueryField::ReceivedOn, tr("The date is in the future."));
    if (!lookup.channel(f.channelId))
        add(QueryField::Channel, tr("Choose how the query was received."));
    if (!lookup.state(f.stateId))
        add(QueryField::State, tr("Choose the requesting State."));
    if (f.institutionTypeId && !lookup.institutionType(*f.institutionTypeId))
        add(QueryField::InstitutionType, tr("Unknown institution type."));
    if (f.institution.size() > kMaxShortText)
        add(QueryField::Institution, tr("At most %1 characters.").arg(kMaxShortText));
    if (f.contact.name.size() > kMaxShortText)
        add(QueryField::ContactName, tr("At most %1 characters.").arg(kMaxShortText));
    if (f.contact.function.size() > kMaxShortText)
        add(QueryField::ContactFunction, tr("At most %1 characters.").arg(kMaxShortText));
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!f.contact.email.isEmpty() && !email.match(f.contact.email.trimmed()).hasMatch())
        add(QueryField::ContactEmail, tr("This is not an e-mail address."));
    static const QRegularExpression phone(QStringLiteral("^[+0-9()./ -]{4,40}$"));
    if (!f.contact.phone.isEmpty() && !phone.match(f.contact.phone.trimmed()).hasMatch())
        add(QueryField::ContactPhone, tr("Use digits, spaces and + ( ) - . / only."));
    if (f.subject.trimmed().isEmpty())
        add(QueryField::Subject, tr("Enter a subject."));
    else if (f.subject.size() > kMaxSubject)
        add(QueryField::Subject, tr("At most %1 characters.").arg(kMaxSubject));
    if (f.requestText.size() > kMaxLongText)
        add(QueryField::RequestText, tr("At most %1 characters.").arg(kMaxLongText));
    if (!lookup.language(f.language))
        add(QueryField::Language, tr("Unknown language."));
    if (f.themeIds.isEmpty())
        add(QueryField::Themes, tr("Choose at least one theme."));
    for (qint64 theme : f.themeIds) {
        if (!lookup.theme(theme)) {
            add(QueryField::Themes, tr("Unknown theme."));
            break;
        }
    }
    for (int article : f.articles) {
        if (article < 1 || article > 33) {
            add(QueryField::Articles, tr("UNCAT articles are numbered 1 to 33."));
            break;
        }
    }
    if (f.dueOn && !f.dueOn->isValid())
        add(QueryField::DueOn, tr("The due date is not valid."));
    else if (f.dueOn && f.receivedOn.isValid() && *f.dueOn < f.receivedOn)
        add(QueryField::DueOn, tr("The due date is before the date of receipt."));
    if (f.assignedAdviserId) {
        const auto* adviser = lookup.adviser(*f.assignedAdviserId);
        if (!adviser)
            add(QueryField::Adviser, tr("Unknown adviser."));
        else if (!adviser->active)
            add(QueryField::Adviser, tr("This adviser is no longer active."));
    }
    if (f.notes.size() > kMaxLongText)
        add(QueryField::Notes, tr("At most %1 characters.").arg(kMaxLongText));
    return errors;
}

Result<Query> QueryService::create(const QueryInput& input)
{
    Record record;
    record.input = input;
    Result<std::vector<qint64>> ids = createMany({ record }, EntryKind::Created);
    if (!ids)
        return ids.error();
    const qint64 id = ids->front();
    return get(id);
}

Result<std::vector<qint64>> QueryService::createMany(
    const std::vector<Record>& records, EntryKind creation, const Progress& progress)
{
    // Everything is checked before anything is written.
    for (std::size_t i = 0; i < records.size(); ++i) {
        const QList<FieldError> errors = validate(records[i].input);
        if (!errors.isEmpty()) {
            Error error = invalid(errors);
            if (records.size() > 1)
                error.message = tr("Record %1: %2").arg(i + 1).arg(error.message);
            return error;
        }
    }
    const calendar::WorkingCalendar cal = calendar();
    const QDate today = this->today();

    Result<std::vector<qint64>> result = db::guard([&]() -> Result<std::vector<qint64>> {
        db::Connection& c = d->c;
        db::Transaction transaction(c);

        // Explicit references (imports) are checked and reserved first.
        QSet<QString> seen;
        QHash<int, int> highestExplicit;
        for (const Record& record : records) {
            if (record.reference.isEmpty())
                continue;
            int year = 0;
            int sequence = 0;
            if (!parseReference(record.reference, &year, &sequence))
                return makeError(ErrorCode::InvalidInput,
                    tr("\u201c%1\u201d is not a reference like AH-2026-0042.").arg(record.reference));
            const QString normalized = formatReference(year, sequence);
            if (seen.contains(normalized))
                return makeError(ErrorCode::InvalidInput, tr("The reference %1 appears twice.").arg(normalized));
            seen.insert(normalized);
            Statement exists = c.prepare("SELECT 1 FROM queries WHERE reference = ?1");
            exists.bind(1, normalized);
            if (exists.step())
                return makeError(
                    ErrorCode::InvalidInput, tr("The reference %1 is already in the vault.").arg(normalized));
            highestExplicit[year] = std::max(highestExplicit.value(year), sequence);
        }

        // Reference counters per year, advanced in memory and written back once.
        QHash<int, int> counters;
        const auto counter = [&](int year) -> int& {
            auto it = counters.find(year);
            if (it == counters.end()) {
                Statement read = c.prepare("SELECT last_value FROM reference_sequences WHERE year = ?1");
                read.bind(1, year);
                const int current = read.step() ? read.int32(0) : 0;
                it = counters.insert(year, std::max(current, highestExplicit.value(year)));
            }
            return *it;
        };
        for (auto it = highestExplicit.cbegin(); it != highestExplicit.cend(); ++it)
            counter(it.key());

        qint64 nextId = std::max(c.queryInt("SELECT ifnull(max(id), 0) FROM queries"),
                            c.queryInt("SELECT ifnull(max(seq), 0) FROM sqlite_sequence WHERE name = 'queries'"))
            + 1;
        const QString now = d->now();
        const std::optional<qint64> actor = m_actor;

        Statement insertQuery = c.prepare(
            "INSERT INTO queries(id, reference, ref_year, ref_seq, received_on, channel_id, state_id, "
            "institution_type_id, institution, contact_name, contact_function, contact_email, contact_phone, subject, "
            "language, confidentiality, priority, due_on, due_overridden, assigned_adviser_id, route, status, "
            "waiting_since, fts_docid, created_at, updated_at, created_by, version) VALUES (?1, ?2, ?3, ?4, ?5, ?6, "
            "?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?25, ?26, 1)");
        Statement insertTexts = c.prepare("INSERT INTO query_texts(query_id, request_text, notes) VALUES (?1, ?2, ?3)");
        Statement insertTheme = c.prepare("INSERT OR IGNORE INTO query_themes(query_id, theme_id) VALUES (?1, ?2)");
        Statement insertArticle = c.prepare("INSERT OR IGNORE INTO query_articles(query_id, article) VALUES (?1, ?2)");
        Statement insertEntry
            = c.prepare("INSERT INTO timeline(query_id, kind, occurred_at, recorded_at, adviser_id, summary, body) "
                        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        Statement insertFts = c.prepare("INSERT INTO query_fts(docid, subject, request, institution, contacts, notes) "
                                        "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");

        std::vector<qint64> ids;
        ids.reserve(records.size());
        std::vector<std::pair<qint64, std::size_t>> ftsOrder; // (docid, index in records)
        ftsOrder.reserve(records.size());
        const QString creationCode = TimelineText::code(creation);
        const qint64 steps = 2 * static_cast<qint64>(records.size());
        qint64 step = 0;
        // Reports every few hundred steps; false: cancelled (the transaction rolls back).
        const auto advance = [&]() {
            ++step;
            return !progress || step % kProgressEvery != 0 || progress(step, steps);
        };
        const auto cancelled = [] { return makeError(ErrorCode::Cancelled, tr("Cancelled; nothing was written.")); };
        for (const Record& record : records) {
            const QueryInput& f = record.input;
            int year = f.receivedOn.year();
            int sequence = 0;
            if (record.reference.isEmpty()) {
                sequence = ++counter(year);
            } else {
                parseReference(record.reference, &year, &sequence);
            }
            const QString reference = formatReference(year, sequence);
            const qint64 id = nextId++;
            const QDate automatic = cal.defaultDueDate(f.receivedOn, f.priority);
            const QDate due = f.dueOn.value_or(automatic);
            const QueryStatus status = record.status.value_or(QueryStatus::New);
            const qint64 docid = ftsDocid(f.receivedOn, id);

            insertQuery.bindAll(id, reference, year, sequence, isoDate(f.receivedOn), f.channelId, f.stateId,
                f.institutionTypeId, trimmedText(f.institution), trimmedText(f.contact.name),
                trimmedText(f.contact.function), trimmedText(f.contact.email), trimmedText(f.contact.phone),
                trimmedText(f.subject), f.language, QueryText::code(f.confidentiality), QueryText::code(f.priority),
                isoDate(due), due != automatic, f.assignedAdviserId, f.route ? QueryText::code(*f.route) : QString(),
                QueryText::code(status), status == QueryStatus::AwaitingRequester ? isoDate(today) : QString(), docid,
                now, actor);
            insertQuery.execute();
            insertTexts.bindAll(id, text(f.requestText), text(f.notes));
            insertTexts.execute();
            for (qint64 theme : f.themeIds) {
                insertTheme.bindAll(id, theme);
                insertTheme.execute();
            }
            for (int article : f.articles) {
                insertArticle.bindAll(id, article);
                insertArticle.execute();
            }
            insertEntry.bindAll(id, creationCode, now, now, actor,
                creation == EntryKind::Created ? tr("Registered as %1").arg(reference)
                                               : tr("Imported as %1").arg(reference),
                text(QString()));
            insertEntry.execute();
            for (const NewEntry& entry : record.entries) {
                insertEntry.bindAll(id, TimelineText::code(entry.kind),
                    entry.occurredAtUtc.isValid() ? isoUtc(entry.occurredAtUtc) : now, now, actor, text(entry.summary),
                    text(entry.body));
                insertEntry.execute();
            }
            ftsOrder.emplace_back(docid, ids.size());
            ids.push_back(id);
            if (!advance())
                return cancelled();
        }

        // FTS4 keeps the terms of a transaction in memory only while docids rise: a lower docid
        // flushes them into a new index segment. Rows of an import in no particular date order
        // would each make a segment (and the import many times slower), so they go in docid order.
        std::sort(ftsOrder.begin(), ftsOrder.end());
        for (const auto& [docid, index] : ftsOrder) {
            const QueryInput& f = records[index].input;
            QString notes = f.notes;
            for (const NewEntry& entry : records[index].entries) {
                if (TimelineText::isLoggable(entry.kind))
                    notes += QLatin1Char('\n') + entry.summary + QLatin1Char('\n') + entry.body;
            }
            insertFts.bindAll(docid, indexed(f.subject), indexed(f.requestText), indexed(f.institution),
                indexed(f.contact.name + QLatin1Char(' ') + f.contact.function), indexed(notes));
            insertFts.execute();
            if (!advance())
                return cancelled();
        }

        Statement saveCounter
            = c.prepare("INSERT OR REPLACE INTO reference_sequences(year, last_value) VALUES (?1, ?2)");
        for (auto it = counters.cbegin(); it != counters.cend(); ++it) {
            saveCounter.bindAll(it.key(), it.value());
            saveCounter.execute();
        }
        transaction.commit();
        return ids;
    });
    if (result) {
        if (result->size() == 1)
            Q_EMIT queryAdded(result->front());
        else if (!result->empty())
            Q_EMIT queriesReset();
    }
    return result;
}

Result<Query> QueryService::update(qint64 id, const QueryInput& input, int expectedVersion)
{
    const QList<FieldError> errors = validate(input);
    if (!errors.isEmpty())
        return invalid(errors);
    bool changed = false;
    Result<void> status = db::guard([&]() -> Result<void> {
        db::Connection& c = d->c;
        db::Transaction transaction(c);
        const std::optional<Query> old = d->read(id);
        if (!old)
            return makeError(ErrorCode::NotFound, tr("No such query."));
        if (old->mergedIntoId)
            return makeError(ErrorCode::NotAllowed, tr("This query was merged into another; edit that one."));
        if (old->version != expectedVersion)
            return makeError(ErrorCode::Conflict,
                tr("%1 was changed by someone else since you opened it. Reload it and try again.").arg(old->reference));

        QueryInput next = input;
        next.themeIds = sortedUnique(next.themeIds);
        next.articles = sortedUnique(next.articles);
        const int waited = static_cast<int>(d->waitedDays(id));
        const QDate automatic = defaultDueDate(next.receivedOn, next.priority, waited);
        // A due date moves only with what it is computed from (receipt, priority) or when one is
        // chosen: an automatic date stays as it was computed even if office holidays changed
        // since, and a date set by hand stays set.
        const bool sameBasis = old->fields.receivedOn == next.receivedOn && old->fields.priority == next.priority;
        const bool storedGivenBack = next.dueOn && *next.dueOn == old->dueOn;
        QDate due = automatic;
        bool overridden = false;
        if (next.dueOn && *next.dueOn == automatic) {
            // the default, chosen or confirmed
        } else if (sameBasis && (!next.dueOn || storedGivenBack)) {
            due = old->dueOn;
            overridden = old->dueOverridden;
        } else if (next.dueOn) {
            due = *next.dueOn;
            overridden = true;
        }

        QueryInput before = old->fields;
        before.themeIds = sortedUnique(before.themeIds);
        before.articles = sortedUnique(before.articles);
        static const QueryField fields[] = { QueryField::ReceivedOn, QueryField::Channel, QueryField::State,
            QueryField::InstitutionType, QueryField::Institution, QueryField::ContactName, QueryField::ContactFunction,
            QueryField::ContactEmail, QueryField::ContactPhone, QueryField::Subject, QueryField::RequestText,
            QueryField::Language, QueryField::Confidentiality, QueryField::Themes, QueryField::Articles,
            QueryField::Priority, QueryField::DueOn, QueryField::Adviser, QueryField::Route, QueryField::Notes };
        const QString now = d->now();
        bool textsChanged = false;
        for (QueryField field : fields) {
            const QString oldValue = d->display(field, before, old->dueOn);
            const QString newValue = d->display(field, next, due);
            if (oldValue == newValue)
                continue;
            changed = true;
            d->insertEntry(id, EntryKind::FieldChanged, m_actor, now, QueryText::code(field), oldValue, newValue,
                QueryText::label(field), QString());
            switch (field) {
            case QueryField::ReceivedOn:
            case QueryField::Subject:
            case QueryField::RequestText:
            case QueryField::Institution:
            case QueryField::ContactName:
            case QueryField::ContactFunction:
            case QueryField::Notes:
                textsChanged = true;
                break;
            default:
                break;
            }
        }
        if (!changed)
            return {};

        Statement update = c.prepare(
            "UPDATE queries SET received_on = ?1, channel_id = ?2, state_id = ?3, institution_type_id = ?4, "
            "institution = ?5, contact_name = ?6, contact_function = ?7, contact_email = ?8, contact_phone = ?9, "
            "subject = ?10, language = ?11, confidentiality = ?12, priority = ?13, due_on = ?14, due_overridden = ?15, "
            "assigned_adviser_id = ?16, route = ?17, updated_at = ?18, version = version + 1 WHERE id = ?19");
        update.bindAll(isoDate(next.receivedOn), next.channelId, next.stateId, next.institutionTypeId,
            trimmedText(next.institution), trimmedText(next.contact.name), trimmedText(next.contact.function),
            trimmedText(next.contact.email), trimmedText(next.contact.phone), trimmedText(next.subject), next.language,
            QueryText::code(next.confidentiality), QueryText::code(next.priority), isoDate(due), overridden,
            next.assignedAdviserId, next.route ? QueryText::code(*next.route) : QString(), now, id);
        update.execute();
        Statement texts = c.prepare("UPDATE query_texts SET request_text = ?1, notes = ?2 WHERE query_id = ?3");
        texts.bindAll(text(next.requestText), text(next.notes), id);
        texts.execute();
        d->writeChildren(id, next, true);
        if (textsChanged)
            d->refreshFts(id);
        transaction.commit();
        return {};
    });
    if (!status)
        return status.error();
    if (changed)
        Q_EMIT queryChanged(id);
    return get(id);
}

QList<QueryStatus> QueryService::allowedTransitions(qint64 id) const
{
    Result<Query> query = get(id);
    if (!query || query->mergedIntoId)
        return {};
    return Lifecycle::allowedFrom(query->status);
}

Result<void> QueryService::changeStatus(qint64 id, QueryStatus to, const QString& reason)
{
    Result<void> result = db::guard([&]() -> Result<void> {
        db::Connection& c = d->c;
        db::Transaction transaction(c);
        const std::optional<Query> q = d->read(id);
        if (!q)
            return makeError(ErrorCode::NotFound, tr("No such query."));
        if (q->mergedIntoId)
            return makeError(ErrorCode::NotAllowed, tr("This query was merged into another."));
        if (!Lifecycle::isAllowed(q->status, to)) {
            return makeError(ErrorCode::NotAllowed,
                tr("A query that is \u201c%1\u201d cannot become \u201c%2\u201d.")
                    .arg(QueryText::label(q->status), QueryText::label(to)));
        }
        if (Lifecycle::reasonRequired(q->status, to) && reason.trimmed().isEmpty()) {
            return makeError(ErrorCode::InvalidInput,
                tr("Give a reason for making the query \u201c%1\u201d.").arg(QueryText::label(to)));
        }
        if (to == QueryStatus::Triaged && (!q->fields.assignedAdviserId || !q->fields.route)) {
            return makeError(
                ErrorCode::NotAllowed, tr("Triage the query first: it needs an assigned adviser and a route."));
        }

        const QString now = d->now();
        const QDate today = this->today();
        QDate due = q->dueOn;
        QString waitingSince;
        if (to == QueryStatus::AwaitingRequester)
            waitingSince = isoDate(today);
        int waitedNow = 0;
        if (q->status == QueryStatus::AwaitingRequester && q->waitingSince) {
            // The clock stopped while the Secretariat waited: the due date moves by the working
            // days spent waiting.
            const calendar::WorkingCalendar cal = calendar();
            waitedNow = cal.workingDaysBetween(*q->waitingSince, today);
            if (waitedNow > 0) {
                due = cal.addWorkingDays(q->dueOn, waitedNow);
                d->insertEntry(id, EntryKind::FieldChanged, m_actor, now, QueryText::code(QueryField::DueOn),
                    isoDate(q->dueOn), isoDate(due), QueryText::label(QueryField::DueOn),
                    tr("The clock stopped for %n working day(s) while awaiting the requester.", nullptr, waitedNow));
            }
        }
        Statement update = c.prepare(
            "UPDATE queries SET status = ?1, waiting_since = ?2, due_on = ?3, waited_days = waited_days + ?4, "
            "updated_at = ?5, version = version + 1 WHERE id = ?6");
        update.bindAll(QueryText::code(to), waitingSince, isoDate(due), waitedNow, now, id);
        update.execute();
        d->insertEntry(id, EntryKind::StatusChanged, m_actor, now, QStringLiteral("status"), QueryText::code(q->status),
            QueryText::code(to), QueryText::label(to), reason.trimmed());
        transaction.commit();
        return {};
    });
    if (result)
        Q_EMIT queryChanged(id);
    return result;
}

Result<void> QueryService::triage(qint64 id, const Triage& triage)
{
    Result<Query> current = get(id);
    if (!current)
        return current.error();
    if (!Lifecycle::isAllowed(current->status, QueryStatus::Triaged)) {
        return makeError(ErrorCode::NotAllowed,
            tr("Only a new or reopened query can be triaged; this one is \u201c%1\u201d.")
                .arg(QueryText::label(current->status)));
    }
    QueryInput input = current->fields;
    input.priority = triage.priority;
    input.dueOn = triage.dueOn;
    input.assignedAdviserId = triage.adviserId;
    input.route = triage.route;
    // No date given: the default for the priority. That is the date there is while the priority
    // stays and the date was not set by hand; otherwise the default is said explicitly (update()
    // keeps a date set by hand when it is not given).
    if (!triage.dueOn && (input.priority != current->fields.priority || current->dueOverridden))
        input.dueOn = defaultDueDateOf(id, current->fields.receivedOn, input.priority);
    else if (!triage.dueOn)
        input.dueOn = current->dueOn;

    // One transaction for the field changes and the transition: both or neither.
    return db::guard([&]() -> Result<void> {
        db::Transaction transaction(d->c);
        Result<Query> updated = update(id, input, current->version);
        if (!updated)
            return updated.error();
        const Result<void> moved = changeStatus(id, QueryStatus::Triaged, triage.note);
        if (!moved)
            return moved;
        transaction.commit();
        return {};
    });
}

Result<TimelineEntry> QueryService::addEntry(qint64 id, const NewEntry& entry)
{
    if (!TimelineText::isLoggable(entry.kind))
        return makeError(ErrorCode::InvalidInput, tr("This kind of entry is written by Advice Hub itself."));
    if (entry.summary.trimmed().isEmpty() && entry.body.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Write what happened."));
    if (entry.summary.size() > kMaxShortText || entry.body.size() > kMaxLongText)
        return makeError(ErrorCode::InvalidInput, tr("The entry is too long."));
    qint64 entryId = 0;
    Result<void> status = db::guard([&]() -> Result<void> {
        db::Transaction transaction(d->c);
        const std::optional<Query> q = d->read(id);
        if (!q)
            return makeError(ErrorCode::NotFound, tr("No such query."));
        if (q->mergedIntoId)
            return makeError(ErrorCode::NotAllowed, tr("This query was merged into another."));
        entryId = d->insertEntry(id, entry.kind, m_actor,
            entry.occurredAtUtc.isValid() ? isoUtc(entry.occurredAtUtc) : QString(), QString(), QString(), QString(),
            entry.summary.trimmed(), entry.body);
        d->bumpVersion(id);
        d->refreshFts(id);
        transaction.commit();
        return {};
    });
    if (!status)
        return status.error();
    Q_EMIT queryChanged(id);
    Result<std::vector<TimelineEntry>> entries = timeline(id);
    if (entries) {
        for (const TimelineEntry& candidate : entries.value()) {
            if (candidate.id == entryId)
                return candidate;
        }
    }
    return makeError(ErrorCode::Internal);
}

Result<TimelineEntry> QueryService::correctEntry(qint64 entryId, const QString& correction)
{
    if (correction.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Write the correction."));
    qint64 queryId = 0;
    qint64 newId = 0;
    Result<void> status = db::guard([&]() -> Result<void> {
        db::Transaction transaction(d->c);
        Statement find = d->c.prepare("SELECT query_id, kind, occurred_at FROM timeline WHERE id = ?1");
        find.bind(1, entryId);
        if (!find.step())
            return makeError(ErrorCode::NotFound, tr("No such timeline entry."));
        queryId = find.int64(0);
        const auto kind = TimelineText::kind(find.text(1)).value_or(EntryKind::Note);
        const QDateTime occurred = parseIsoUtc(find.text(2));
        find.reset();
        newId = d->insertEntry(queryId, EntryKind::Correction, m_actor, QString(), QString(), QString(), QString(),
            tr("Correction of the %1 entry of %2")
                .arg(TimelineText::label(kind).toLower(), occurred.toString(Qt::ISODate)),
            correction, entryId);
        d->bumpVersion(queryId);
        d->refreshFts(queryId);
        transaction.commit();
        return {};
    });
    if (!status)
        return status.error();
    Q_EMIT queryChanged(queryId);
    Result<std::vector<TimelineEntry>> entries = timeline(queryId);
    if (entries) {
        for (const TimelineEntry& candidate : entries.value()) {
            if (candidate.id == newId)
                return candidate;
        }
    }
    return makeError(ErrorCode::Internal);
}

Result<void> QueryService::link(qint64 fromId, qint64 toId, LinkKind kind)
{
    if (fromId == toId)
        return makeError(ErrorCode::InvalidInput, tr("A query cannot be linked to itself."));
    Result<void> status = db::guard([&]() -> Result<void> {
        db::Connection& c = d->c;
        db::Transaction transaction(c);
        const std::optional<Query> from = d->read(fromId);
        const std::optional<Query> to = d->read(toId);
        if (!from || !to)
            return makeError(ErrorCode::NotFound, tr("No such query."));
        if (from->mergedIntoId || to->mergedIntoId)
            return makeError(ErrorCode::NotAllowed, tr("A merged duplicate cannot be linked; link its survivor."));
        Statement exists = c.prepare(
            "SELECT 1 FROM query_links WHERE (from_id = ?1 AND to_id = ?2) OR (from_id = ?2 AND to_id = ?1)");
        exists.bindAll(fromId, toId);
        if (exists.step())
            return makeError(
                ErrorCode::InvalidInput, tr("%1 and %2 are already linked.").arg(from->reference, to->reference));
        exists.reset();
        qint64 a = fromId;
        qint64 b = toId;
        if (kind == LinkKind::Related && a > b)
            std::swap(a, b);
        Statement insert = c.prepare(
            "INSERT INTO query_links(from_id, to_id, kind, created_at, created_by) VALUES (?1, ?2, ?3, ?4, ?5)");
        const QString now = d->now();
        insert.bindAll(
            a, b, kind == LinkKind::Related ? QStringLiteral("related") : QStringLiteral("follow_up"), now, m_actor);
        insert.execute();
        const bool followUp = kind == LinkKind::FollowUp;
        d->insertEntry(fromId, EntryKind::Linked, m_actor, now, QString(), QString(), to->reference,
            followUp ? tr("Follow-up of %1").arg(to->reference) : tr("Related to %1").arg(to->reference), QString());
        d->insertEntry(toId, EntryKind::Linked, m_actor, now, QString(), QString(), from->reference,
            followUp ? tr("Followed up by %1").arg(from->reference) : tr("Related to %1").arg(from->reference),
            QString());
        d->bumpVersion(fromId);
        d->bumpVersion(toId);
        transaction.commit();
        return {};
    });
    if (status) {
        Q_EMIT queryChanged(fromId);
        Q_EMIT queryChanged(toId);
    }
    return status;
}

Result<void> QueryService::unlink(qint64 firstId, qint64 secondId)
{
    Result<void> status = db::guard([&]() -> Result<void> {
        db::Connection& c = d->c;
        db::Transaction transaction(c);
        const std::optional<Query> first = d->read(firstId);
        const std::optional<Query> second = d->read(secondId);
        if (!first || !second)
            return makeError(ErrorCode::NotFound, tr("No such query."));
        Statement remove
            = c.prepare("DELETE FROM query_links WHERE (from_id = ?1 AND to_id = ?2) OR (from_id = ?2 AND to_id = ?1)");
        remove.bindAll(firstId, secondId);
        remove.execute();
        if (c.changes() == 0)
            return makeError(
                ErrorCode::NotFound, tr("%1 and %2 are not linked.").arg(first->reference, second->reference));
        const QString now = d->now();
        d->insertEntry(firstId, EntryKind::Unlinked, m_actor, now, QString(), second->reference, QString(),
            tr("No longer linked to %1").arg(second->reference), QString());
        d->insertEntry(secondId, EntryKind::Unlinked, m_actor, now, QString(), first->reference, QString(),
            tr("No longer linked to %1").arg(first->reference), QString());
        d->bumpVersion(firstId);
        d->bumpVersion(secondId);
        transaction.commit();
        return {};
    });
    if (status) {
        Q_EMIT queryChanged(firstId);
        Q_EMIT queryChanged(secondId);
    }
    return status;
}

Result<void> QueryService::merge(qint64 duplicateId, qint64 survivorId)
{
    if (duplicateId == survivorId)
        return makeError(ErrorCode::InvalidInput, tr("A query cannot be merged into itself."));
    Result<void> status = db::guard([&]() -> Result<void> {
        db::Connection& c = d->c;
        db::Transaction transaction(c);
        const std::optional<Query> duplicate = d->read(duplicateId);
        const std::optional<Query> survivor = d->read(survivorId);
        if (!duplicate || !survivor)
            return makeError(ErrorCode::NotFound, tr("No such query."));
        if (duplicate->mergedIntoId || survivor->mergedIntoId)
            return makeError(ErrorCode::NotAllowed, tr("A query that was already merged cannot be merged again."));

        Statement moveTimeline = c.prepare("UPDATE timeline SET query_id = ?1 WHERE query_id = ?2");
        moveTimeline.bindAll(survivorId, duplicateId);
        moveTimeline.execute();

        // Links of the duplicate now belong to the survivor (except a link between the two).
        struct Link {
            qint64 from;
            qint64 to;
            QString kind;
            QString createdAt;
            std::optional<qint64> createdBy;
        };
        std::vector<Link> links;
        Statement readLinks = c.prepare(
            "SELECT from_id, to_id, kind, created_at, created_by FROM query_links WHERE from_id = ?1 OR to_id = ?1");
        readLinks.bind(1, duplicateId);
        while (readLinks.step())
            links.push_back({ readLinks.int64(0), readLinks.int64(1), readLinks.text(2), readLinks.text(3),
                readLinks.optionalInt64(4) });
        readLinks.reset();
        Statement dropLinks = c.prepare("DELETE FROM query_links WHERE from_id = ?1 OR to_id = ?1");
        dropLinks.bind(1, duplicateId);
        dropLinks.execute();
        Statement addLink = c.prepare("INSERT OR IGNORE INTO query_links(from_id, to_id, kind, created_at, created_by) "
                                      "SELECT ?1, ?2, ?3, ?4, ?5 WHERE NOT EXISTS (SELECT 1 FROM query_links "
                                      "WHERE (from_id = ?1 AND to_id = ?2) OR (from_id = ?2 AND to_id = ?1))");
        for (Link link : links) {
            if (link.from == duplicateId)
                link.from = survivorId;
            if (link.to == duplicateId)
                link.to = survivorId;
            if (link.from == link.to)
                continue;
            addLink.bindAll(link.from, link.to, link.kind, link.createdAt, link.createdBy);
            addLink.execute();
        }

        Statement themes = c.prepare("INSERT OR IGNORE INTO query_themes(query_id, theme_id) SELECT ?1, theme_id FROM "
                                     "query_themes WHERE query_id = ?2");
        themes.bindAll(survivorId, duplicateId);
        themes.execute();
        Statement articles = c.prepare(
            "INSERT OR IGNORE INTO query_articles(query_id, article) SELECT ?1, article FROM query_articles "
            "WHERE query_id = ?2");
        articles.bindAll(survivorId, duplicateId);
        articles.execute();

        const QString now = d->now();
        Statement mark
            = c.prepare("UPDATE queries SET merged_into_id = ?1, updated_at = ?2, version = version + 1 WHERE id = ?3");
        mark.bindAll(survivorId, now, duplicateId);
        mark.execute();
        d->insertEntry(survivorId, EntryKind::Merged, m_actor, now, QString(), duplicate->reference, QString(),
            tr("%1 (a duplicate) was merged into this query").arg(duplicate->reference), QString());
        d->insertEntry(duplicateId, EntryKind::Merged, m_actor, now, QString(), QString(), survivor->reference,
            tr("Merged into %1").arg(survivor->reference), QString());
        d->bumpVersion(survivorId);
        d->refreshFts(duplicateId);
        d->refreshFts(survivorId);
        transaction.commit();
        return {};
    });
    if (status)
        Q_EMIT queriesReset();
    return status;
}

Result<void> QueryService::remove(qint64 id)
{
    Result<void> status = db::guard([&]() -> Result<void> {
        db::Connection& c = d->c;
        db::Transaction transaction(c);
        const std::optional<Query> q = d->read(id);
        if (!q)
            return makeError(ErrorCode::NotFound, tr("No such query."));
        if (q->status != QueryStatus::New)
            return makeError(ErrorCode::NotAllowed,
                tr("Only a query registered by mistake (still new) can be deleted; decline or close this one "
                   "instead."));
        Statement merged = c.prepare("SELECT 1 FROM queries WHERE merged_into_id = ?1");
        merged.bind(1, id);
        if (merged.step())
            return makeError(
                ErrorCode::NotAllowed, tr("Other queries were merged into this one; it cannot be deleted."));
        merged.reset();
        Statement fts = c.prepare("DELETE FROM query_fts WHERE docid = (SELECT fts_docid FROM queries WHERE id = ?1)");
        fts.bind(1, id);
        fts.execute();
        Statement remove = c.prepare("DELETE FROM queries WHERE id = ?1");
        remove.bind(1, id);
        remove.execute();
        transaction.commit();
        return {};
    });
    if (status)
        Q_EMIT queryRemoved(id);
    return status;
}

Result<Query> QueryService::get(qint64 id) const
{
    return db::guard([&]() -> Result<Query> {
        std::optional<Query> q = d->read(id);
        if (!q)
            return makeError(ErrorCode::NotFound, tr("No such query."));
        return std::move(*q);
    });
}

Result<QueryService::Resolved> QueryService::findByReference(const QString& reference) const
{
    int year = 0;
    int sequence = 0;
    if (!parseReference(reference, &year, &sequence))
        return makeError(
            ErrorCode::InvalidInput, tr("\u201c%1\u201d is not a reference like AH-2026-0042.").arg(reference));
    const QString normalized = formatReference(year, sequence);
    return db::guard([&]() -> Result<Resolved> {
        Statement s = d->c.prepare("SELECT id, merged_into_id FROM queries WHERE reference = ?1");
        s.bind(1, normalized);
        if (!s.step())
            return makeError(ErrorCode::NotFound, tr("There is no query %1.").arg(normalized));
        qint64 id = s.int64(0);
        std::optional<qint64> next = s.optionalInt64(1);
        s.reset();
        bool viaMerge = false;
        for (int hops = 0; next && hops < 64; ++hops) {
            viaMerge = true;
            id = *next;
            Statement follow = d->c.prepare("SELECT merged_into_id FROM queries WHERE id = ?1");
            follow.bind(1, id);
            next = follow.step() ? follow.optionalInt64(0) : std::nullopt;
        }
        std::optional<Query> q = d->read(id);
        if (!q)
            return makeError(ErrorCode::NotFound, tr("There is no query %1.").arg(normalized));
        return Resolved { std::move(*q), normalized, viaMerge };
    });
}

Result<std::vector<TimelineEntry>> QueryService::timeline(qint64 id) const
{
    return db::guard([&]() -> Result<std::vector<TimelineEntry>> {
        std::vector<TimelineEntry> entries;
        Statement s = d->c.prepare(
            "SELECT t.id, t.query_id, t.kind, t.occurred_at, t.recorded_at, t.adviser_id, a.name, t.field, "
            "t.old_value, "
            "t.new_value, t.summary, t.body, t.corrects_id FROM timeline t LEFT JOIN advisers a ON a.id = t.adviser_id "
            "WHERE t.query_id = ?1 ORDER BY t.occurred_at, t.id");
        s.bind(1, id);
        while (s.step()) {
            TimelineEntry e;
            e.id = s.int64(0);
            e.queryId = s.int64(1);
            e.kind = TimelineText::kind(s.text(2)).value_or(EntryKind::Note);
            e.occurredAtUtc = parseIsoUtc(s.text(3));
            e.recordedAtUtc = parseIsoUtc(s.text(4));
            e.adviserId = s.optionalInt64(5);
            e.adviserName = s.text(6);
            e.field = s.text(7);
            e.oldValue = s.text(8);
            e.newValue = s.text(9);
            e.summary = s.text(10);
            e.body = s.text(11);
            e.correctsId = s.optionalInt64(12);
            entries.push_back(std::move(e));
        }
        return entries;
    });
}

Result<std::vector<QueryLink>> QueryService::links(qint64 id) const
{
    return db::guard([&]() -> Result<std::vector<QueryLink>> {
        std::vector<QueryLink> links;
        Statement s = d->c.prepare(
            "SELECT l.to_id, q.reference, q.subject, l.kind, 1 FROM query_links l JOIN queries q ON q.id = l.to_id "
            "WHERE l.from_id = ?1 UNION ALL "
            "SELECT l.from_id, q.reference, q.subject, l.kind, 0 FROM query_links l JOIN queries q ON q.id = l.from_id "
            "WHERE l.to_id = ?1 ORDER BY 2");
        s.bind(1, id);
        while (s.step()) {
            links.push_back(QueryLink { s.int64(0), s.text(1), s.text(2),
                s.text(3) == QLatin1String("follow_up") ? LinkKind::FollowUp : LinkKind::Related, s.int64(4) != 0 });
        }
        return links;
    });
}

Result<void> QueryService::recordExport(const QList<qint64>& ids, const QString& summary)
{
    return recordExport(ids, summary, [] { return Status(); });
}

Result<void> QueryService::recordExport(
    const QList<qint64>& ids, const QString& summary, const std::function<Status()>& beforeCommit)
{
    return db::guard([&]() -> Result<void> {
        db::Transaction transaction(d->c);
        const QString now = d->now();
        Statement insert
            = d->c.prepare("INSERT INTO timeline(query_id, kind, occurred_at, recorded_at, adviser_id, summary) "
                           "SELECT id, 'exported', ?2, ?2, ?3, ?4 FROM queries WHERE id = ?1");
        for (qint64 id : ids) {
            insert.bindAll(id, now, m_actor, text(summary));
            insert.execute();
        }
        const Status done = beforeCommit();
        if (!done)
            return done.error();
        transaction.commit();
        return {};
    });
}

} // namespace advicehub::queries
