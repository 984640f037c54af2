#include "partners/PartnerService.h"

#include "casefile/CaseRecord.h"
#include "common/Clock.h"
#include "common/IsoTime.h"
#include "db/Connection.h"
#include "db/Guard.h"
#include "db/Transaction.h"
#include "reference/ReferenceLookup.h"

#include <QCollator>
#include <QPointer>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace advicehub::partners {

namespace {

// Case and accents ignored: "cote" matches "Côte", "APT" matches "apt".
QString folded(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar ch : decomposed) {
        if (!ch.isMark())
            out += ch;
    }
    return out.toCaseFolded();
}

// Trimmed and never null: a null QString binds SQL NULL, and the text columns are NOT NULL.
QString clean(const QString& text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isNull() ? QStringLiteral("") : trimmed;
}

bool contactIsEmpty(const PartnerContact& c)
{
    return clean(c.name).isEmpty() && clean(c.role).isEmpty() && clean(c.email).isEmpty() && clean(c.phone).isEmpty();
}

template <typename T> QList<T> sortedUnique(QList<T> list)
{
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end()), list.end());
    return list;
}

// What is stored: trimmed texts, sorted unique ids and codes, no empty contact rows.
PartnerInput normalised(const PartnerInput& in)
{
    PartnerInput out = in;
    out.name = clean(in.name);
    out.acronym = clean(in.acronym);
    out.description = clean(in.description);
    out.notes = clean(in.notes);
    out.themeIds = sortedUnique(in.themeIds);
    out.regionIds = sortedUnique(in.regionIds);
    QStringList languages;
    for (const QString& code : in.languages)
        languages << clean(code).toLower();
    languages.removeDuplicates();
    languages.sort();
    out.languages = languages;
    out.contacts.clear();
    for (const PartnerContact& c : in.contacts) {
        if (contactIsEmpty(c))
            continue;
        out.contacts.push_back(PartnerContact { c.id, clean(c.name), clean(c.role), clean(c.email), clean(c.phone) });
    }
    return out;
}

} // namespace

class PartnerService::Impl {
public:
    Impl(casefile::CaseRecord& caseRecord, reference::ReferenceLookup& referenceLookup)
        : record(caseRecord), lookup(referenceLookup)
    { }

    db::Connection& c() { return record.connection(); }

    std::optional<Partner> read(qint64 id) const;
    void writeChildren(qint64 id, const PartnerInput& input, const Partner* old);
    void recordChange(qint64 partnerId, const QString& partnerName, const QString& action, const QString& field = {},
        const QString& oldValue = {}, const QString& newValue = {});
    QString display(PartnerField field, const PartnerInput& input) const;
    QStringList themeNames(const QList<qint64>& ids) const;
    QStringList regionNames(const QList<qint64>& ids) const;
    QStringList languageNames(const QStringList& codes) const;

    casefile::CaseRecord& record;
    reference::ReferenceLookup& lookup;
};

QStringList PartnerService::Impl::themeNames(const QList<qint64>& ids) const
{
    QStringList names;
    for (qint64 id : ids) {
        const reference::NamedItem* theme = lookup.theme(id);
        names << (theme ? theme->name : QString::number(id));
    }
    return names;
}

QStringList PartnerService::Impl::regionNames(const QList<qint64>& ids) const
{
    QStringList names;
    for (qint64 id : ids) {
        const auto& regions = lookup.regions();
        const auto it = std::find_if(
            regions.begin(), regions.end(), [id](const reference::NamedItem& item) { return item.id == id; });
        names << (it != regions.end() ? it->name : QString::number(id));
    }
    return names;
}

QStringList PartnerService::Impl::languageNames(const QStringList& codes) const
{
    QStringList names;
    for (const QString& code : codes) {
        const reference::NamedItem* language = lookup.language(code);
        names << (language ? language->name : code);
    }
    return names;
}

std::optional<Partner> PartnerService::Impl::read(qint64 id) const
{
    db::Connection& connection = record.connection();
    db::Statement s = connection.prepare(
        "SELECT name, acronym, type, strategic, description, notes, active, version, "
        "(SELECT count(*) FROM referrals r WHERE r.partner_id = p.id), "
        "(SELECT count(*) FROM referrals r WHERE r.partner_id = p.id AND r.status IN ('proposed', 'consent_obtained', "
        "'sent', 'accepted')) FROM partners p WHERE id = ?1");
    s.bind(1, id);
    if (!s.step())
        return std::nullopt;
    Partner p;
    p.id = id;
    p.fields.name = s.text(0);
    p.fields.acronym = s.text(1).isNull() ? QString() : s.text(1);
    p.fields.type = PartnerText::type(s.text(2)).value_or(PartnerType::Ngo);
    p.fields.strategic = s.int64(3) != 0;
    p.fields.description = s.text(4);
    p.fields.notes = s.text(5);
    p.active = s.int64(6) != 0;
    p.version = s.int32(7);
    p.referralCount = s.int32(8);
    p.openReferralCount = s.int32(9);
    s.reset();

    db::Statement themes = connection.prepare(
        "SELECT pt.theme_id FROM partner_themes pt LEFT JOIN themes t ON t.id = pt.theme_id WHERE pt.partner_id = ?1 "
        "ORDER BY t.sort_order, t.name");
    themes.bind(1, id);
    while (themes.step())
        p.fields.themeIds << themes.int64(0);
    themes.reset();
    db::Statement regions = connection.prepare(
        "SELECT pr.region_id FROM partner_regions pr LEFT JOIN regions r ON r.id = pr.region_id WHERE pr.partner_id = "
        "?1 ORDER BY r.sort_order, r.name");
    regions.bind(1, id);
    while (regions.step())
        p.fields.regionIds << regions.int64(0);
    regions.reset();
    db::Statement languages = connection.prepare(
        "SELECT pl.language FROM partner_languages pl LEFT JOIN languages l ON l.code = pl.language WHERE "
        "pl.partner_id = ?1 ORDER BY l.sort_order, pl.language");
    languages.bind(1, id);
    while (languages.step())
        p.fields.languages << languages.text(0);
    languages.reset();
    db::Statement contacts = connection.prepare("SELECT id, name, role, email, phone FROM partner_contacts WHERE "
                                                "partner_id = ?1 AND removed = 0 ORDER BY sort_order, id");
    contacts.bind(1, id);
    while (contacts.step()) {
        p.fields.contacts.push_back(PartnerContact {
            contacts.int64(0), contacts.text(1), contacts.text(2), contacts.text(3), contacts.text(4) });
    }
    contacts.reset();
    p.themeNames = themeNames(p.fields.themeIds);
    p.regionNames = regionNames(p.fields.regionIds);
    p.languageNames = languageNames(p.fields.languages);
    return p;
}

void PartnerService::Impl::writeChildren(qint64 id, const PartnerInput& input, const Partner* old)
{
    db::Connection& connection = record.connection();
    if (!old || old->fields.themeIds != input.themeIds) {
        db::Statement del = connection.prepare("DELETE FROM partner_themes WHERE partner_id = ?1");
        del.bind(1, id);
        del.execute();
        db::Statement add = connection.prepare("INSERT INTO partner_themes(partner_id, theme_id) VALUES (?1, ?2)");
        for (qint64 theme : input.themeIds) {
            add.bindAll(id, theme);
            add.execute();
        }
    }
    if (!old || old->fields.regionIds != input.regionIds) {
        db::Statement del = connection.prepare("DELETE FROM partner_regions WHERE partner_id = ?1");
        del.bind(1, id);
        del.execute();
        db::Statement add = connection.prepare("INSERT INTO partner_regions(partner_id, region_id) VALUES (?1, ?2)");
        for (qint64 region : input.regionIds) {
            add.bindAll(id, region);
            add.execute();
        }
    }
    if (!old || old->fields.languages != input.languages) {
        db::Statement del = connection.prepare("DELETE FROM partner_languages WHERE partner_id = ?1");
        del.bind(1, id);
        del.execute();
        db::Statement add = connection.prepare("INSERT INTO partner_languages(partner_id, language) VALUES (?1, ?2)");
        for (const QString& language : input.languages) {
            add.bindAll(id, language);
            add.execute();
        }
    }
    if (old && old->fields.contacts == input.contacts)
        return;
    // Contacts keep their ids across edits (referrals point at them). One no longer listed is
    // deleted, or only marked removed when a referral names it.
    QSet<qint64> kept;
    for (const PartnerContact& contact : input.contacts) {
        if (contact.id != 0)
            kept.insert(contact.id);
    }
    if (old) {
        for (const PartnerContact& contact : old->fields.contacts) {
            if (kept.contains(contact.id))
                continue;
            db::Statement used = connection.prepare("SELECT 1 FROM referrals WHERE contact_id = ?1");
            used.bind(1, contact.id);
            const bool referenced = used.step();
            used.reset();
            db::Statement drop = connection.prepare(referenced ? "UPDATE partner_contacts SET removed = 1 WHERE id = ?1"
                                                               : "DELETE FROM partner_contacts WHERE id = ?1");
            drop.bind(1, contact.id);
            drop.execute();
        }
    }
    db::Statement update = connection.prepare("UPDATE partner_contacts SET name = ?2, role = ?3, email = ?4, phone = "
                                              "?5, sort_order = ?6 WHERE id = ?1 AND partner_id = ?7");
    db::Statement insert = connection.prepare("INSERT INTO partner_contacts(partner_id, name, role, email, phone, "
                                              "sort_order) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    int order = 0;
    for (const PartnerContact& contact : input.contacts) {
        if (contact.id != 0) {
            update.bindAll(contact.id, contact.name, contact.role, contact.email, contact.phone, order, id);
            update.execute();
        } else {
            insert.bindAll(id, contact.name, contact.role, contact.email, contact.phone, order);
            insert.execute();
        }
        ++order;
    }
}

void PartnerService::Impl::recordChange(qint64 partnerId, const QString& partnerName, const QString& action,
    const QString& field, const QString& oldValue, const QString& newValue)
{
    db::Statement s = record.connection().prepare(
        "INSERT INTO partner_changes(partner_id, partner_name, changed_at, adviser_id, action, field, old_value, "
        "new_value) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    const auto text = [](const QString& value) { return value.isNull() ? QStringLiteral("") : value; };
    s.bindAll(partnerId, text(partnerName), isoUtc(record.clock().nowUtc()), record.actor(), action, text(field),
        text(oldValue), text(newValue));
    s.execute();
}

QString PartnerService::Impl::display(PartnerField field, const PartnerInput& input) const
{
    switch (field) {
    case PartnerField::Name:
        return input.name;
    case PartnerField::Acronym:
        return input.acronym;
    case PartnerField::Type:
        return PartnerText::label(input.type);
    case PartnerField::Strategic:
        return input.strategic ? PartnerService::tr("Yes") : PartnerService::tr("No");
    case PartnerField::Themes:
        return themeNames(input.themeIds).join(QStringLiteral(", "));
    case PartnerField::Regions:
        return regionNames(input.regionIds).join(QStringLiteral(", "));
    case PartnerField::Languages:
        return languageNames(input.languages).join(QStringLiteral(", "));
    case PartnerField::Contacts: {
        QStringList lines;
        for (const PartnerContact& c : input.contacts) {
            QStringList parts { c.name };
            for (const QString& extra : { c.role, c.email, c.phone }) {
                if (!extra.isEmpty())
                    parts << extra;
            }
            lines << parts.join(QStringLiteral(", "));
        }
        return lines.join(QStringLiteral("; "));
    }
    case PartnerField::Description:
        return input.description;
    case PartnerField::Notes:
        return input.notes;
    case PartnerField::Active:
        return {};
    }
    return {};
}

PartnerService::PartnerService(casefile::CaseRecord& record, reference::ReferenceLookup& lookup, QObject* parent)
    : QObject(parent), d(std::make_unique<Impl>(record, lookup))
{ }

PartnerService::~PartnerService() = default;

QList<PartnerFieldError> PartnerService::validate(const PartnerInput& raw, std::optional<qint64> id) const
{
    QList<PartnerFieldError> errors;
    const PartnerInput input = normalised(raw);
    const auto tooLong = [](int limit) { return tr("At most %n characters.", nullptr, limit); };

    if (input.name.isEmpty()) {
        errors.append({ PartnerField::Name, tr("Enter the partner's name."), {} });
    } else if (input.name.size() > PartnerLimits::Name) {
        errors.append({ PartnerField::Name, tooLong(PartnerLimits::Name), {} });
    } else {
        try {
            db::Statement s
                = d->c().prepare("SELECT id FROM partners WHERE name = ?1 COLLATE NOCASE AND id IS NOT ?2 LIMIT 1");
            s.bindAll(input.name, id);
            bool taken = s.step();
            s.reset();
            if (!taken) {
                // NOCASE folds ASCII letters only: compare the rest here.
                db::Statement all = d->c().prepare("SELECT id, name FROM partners");
                const QString key = input.name.toCaseFolded();
                while (all.step()) {
                    if ((!id || all.int64(0) != *id) && all.text(1).toCaseFolded() == key) {
                        taken = true;
                        break;
                    }
                }
                all.reset();
            }
            if (taken)
                errors.append({ PartnerField::Name, tr("Another partner already has this name."), {} });
        } catch (const db::DbError&) {
            errors.append({ PartnerField::Name, tr("The directory could not be read to check the name."), {} });
        }
    }
    if (input.acronym.size() > PartnerLimits::Acronym) {
        errors.append({ PartnerField::Acronym, tooLong(PartnerLimits::Acronym), {} });
    } else if (!input.acronym.isEmpty()) {
        try {
            db::Statement s
                = d->c().prepare("SELECT 1 FROM partners WHERE acronym = ?1 COLLATE NOCASE AND id IS NOT ?2 LIMIT 1");
            s.bindAll(input.acronym, id);
            if (s.step())
                errors.append({ PartnerField::Acronym, tr("Another partner already uses this acronym."), {} });
        } catch (const db::DbError&) {
            errors.append({ PartnerField::Acronym, tr("The directory could not be read to check the acronym."), {} });
        }
    }
    for (qint64 theme : input.themeIds) {
        if (!d->lookup.theme(theme)) {
            errors.append({ PartnerField::Themes, tr("An area of expertise is not one of the vault's themes."), {} });
            break;
        }
    }
    for (qint64 region : input.regionIds) {
        const auto& regions = d->lookup.regions();
        if (std::none_of(regions.begin(), regions.end(),
                [region](const reference::NamedItem& item) { return item.id == region; })) {
            errors.append({ PartnerField::Regions, tr("A region is not one of the vault's regions."), {} });
            break;
        }
    }
    for (const QString& language : input.languages) {
        if (!d->lookup.language(language)) {
            errors.append(
                { PartnerField::Languages, tr("A working language is not one of the vault's languages."), {} });
            break;
        }
    }
    if (static_cast<int>(input.contacts.size()) > PartnerLimits::Contacts) {
        errors.append({ PartnerField::Contacts, tr("At most %n contacts.", nullptr, PartnerLimits::Contacts), {} });
    }
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    static const QRegularExpression phone(QStringLiteral("^\\+?[0-9 ().\\-/]+$"));
    QSet<qint64> ownContacts;
    QSet<qint64> seenContacts;
    if (id) {
        try {
            db::Statement s = d->c().prepare("SELECT id FROM partner_contacts WHERE partner_id = ?1 AND removed = 0");
            s.bind(1, *id);
            while (s.step())
                ownContacts.insert(s.int64(0));
        } catch (const db::DbError&) { }
    }
    // Rows are numbered as the user sees them (empty rows included), so raw.contacts here.
    for (int row = 0; row < static_cast<int>(raw.contacts.size()); ++row) {
        const PartnerContact& c = raw.contacts[static_cast<std::size_t>(row)];
        if (contactIsEmpty(c))
            continue;
        const auto add = [&](const QString& message) { errors.append({ PartnerField::Contacts, message, row }); };
        if (clean(c.name).isEmpty())
            add(tr("Contact %1: enter the name.").arg(row + 1));
        for (const QString& value : { c.name, c.role, c.email, c.phone }) {
            if (clean(value).size() > PartnerLimits::ContactField) {
                add(tr("Contact %1: at most %2 characters per field.").arg(row + 1).arg(PartnerLimits::ContactField));
                break;
            }
        }
        if (!clean(c.email).isEmpty() && !email.match(clean(c.email)).hasMatch())
            add(tr("Contact %1: the e-mail address is not like name@example.org.").arg(row + 1));
        if (!clean(c.phone).isEmpty() && !phone.match(clean(c.phone)).hasMatch())
            add(tr("Contact %1: a phone number has digits, spaces, + ( ) - . / only.").arg(row + 1));
        if (c.id != 0) {
            if (!ownContacts.contains(c.id))
                add(tr("Contact %1 is not a contact of this partner.").arg(row + 1));
            else if (seenContacts.contains(c.id))
                add(tr("Contact %1 is listed twice.").arg(row + 1));
            seenContacts.insert(c.id);
        }
    }
    if (input.description.size() > PartnerLimits::Description)
        errors.append({ PartnerField::Description, tooLong(PartnerLimits::Description), {} });
    if (input.notes.size() > PartnerLimits::Notes)
        errors.append({ PartnerField::Notes, tooLong(PartnerLimits::Notes), {} });
    return errors;
}

namespace {

Error invalid(const QList<PartnerFieldError>& errors)
{
    QStringList lines;
    for (const PartnerFieldError& e : errors)
        lines << PartnerFieldText::label(e.field) + QStringLiteral(": ") + e.message;
    return makeError(ErrorCode::InvalidInput, lines.join(QLatin1Char('\n')));
}

constexpr PartnerField kCompared[] = { PartnerField::Name, PartnerField::Acronym, PartnerField::Type,
    PartnerField::Strategic, PartnerField::Themes, PartnerField::Regions, PartnerField::Languages,
    PartnerField::Contacts, PartnerField::Description, PartnerField::Notes };

} // namespace

Result<Partner> PartnerService::create(const PartnerInput& raw)
{
    const QList<PartnerFieldError> errors = validate(raw);
    if (!errors.isEmpty())
        return invalid(errors);
    const PartnerInput input = normalised(raw);
    for (const PartnerContact& c : input.contacts) {
        if (c.id != 0)
            return makeError(ErrorCode::InvalidInput, tr("A new partner's contacts are new too."));
    }
    qint64 id = 0;
    const Status done = db::guard([&]() -> Status {
        db::Transaction transaction(d->c());
        const QString now = isoUtc(d->record.clock().nowUtc());
        db::Statement s = d->c().prepare(
            "INSERT INTO partners(name, acronym, type, strategic, description, notes, active, version, created_at, "
            "updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 1, 1, ?7, ?7)");
        s.bindAll(input.name, input.acronym, PartnerText::code(input.type), input.strategic, input.description,
            input.notes, now);
        s.execute();
        id = d->c().lastInsertRowId();
        d->writeChildren(id, input, nullptr);
        d->recordChange(id, input.name, QStringLiteral("created"));
        QPointer<PartnerService> self(this);
        d->c().afterCommit([self] {
            if (self)
                Q_EMIT self->partnersChanged();
        });
        transaction.commit();
        return {};
    });
    if (!done)
        return done.error();
    return get(id);
}

Result<Partner> PartnerService::update(qint64 id, const PartnerInput& raw, int expectedVersion)
{
    const QList<PartnerFieldError> errors = validate(raw, id);
    if (!errors.isEmpty())
        return invalid(errors);
    const PartnerInput input = normalised(raw);
    const Status done = db::guard([&]() -> Status {
        db::Transaction transaction(d->c());
        const std::optional<Partner> old = d->read(id);
        if (!old)
            return makeError(ErrorCode::NotFound, tr("No such partner."));
        if (old->version != expectedVersion)
            return makeError(ErrorCode::Conflict,
                tr("This partner was changed by someone else since you opened it. Reload it and try again."));
        PartnerInput before = normalised(old->fields);
        bool changed = false;
        for (PartnerField field : kCompared) {
            const QString oldValue = d->display(field, before);
            const QString newValue = d->display(field, input);
            // Contacts can change without a visible difference in names (a reordering is one).
            const bool differs
                = field == PartnerField::Contacts ? before.contacts != input.contacts : oldValue != newValue;
            if (!differs)
                continue;
            changed = true;
            d->recordChange(
                id, input.name, QStringLiteral("changed"), PartnerFieldText::code(field), oldValue, newValue);
        }
        if (!changed)
            return {};
        db::Statement s = d->c().prepare(
            "UPDATE partners SET name = ?2, acronym = ?3, type = ?4, strategic = ?5, description = ?6, notes = ?7, "
            "version = version + 1, updated_at = ?8 WHERE id = ?1");
        s.bindAll(id, input.name, input.acronym, PartnerText::code(input.type), input.strategic, input.description,
            input.notes, isoUtc(d->record.clock().nowUtc()));
        s.execute();
        Partner oldNormalised = *old;
        oldNormalised.fields = before;
        d->writeChildren(id, input, &oldNormalised);
        QPointer<PartnerService> self(this);
        d->c().afterCommit([self] {
            if (self)
                Q_EMIT self->partnersChanged();
        });
        transaction.commit();
        return {};
    });
    if (!done)
        return done.error();
    return get(id);
}

Result<void> PartnerService::setActive(qint64 id, bool active)
{
    return db::guard([&]() -> Status {
        db::Transaction transaction(d->c());
        const std::optional<Partner> old = d->read(id);
        if (!old)
            return makeError(ErrorCode::NotFound, tr("No such partner."));
        if (old->active == active)
            return {};
        db::Statement s
            = d->c().prepare("UPDATE partners SET active = ?2, version = version + 1, updated_at = ?3 WHERE id = ?1");
        s.bindAll(id, active, isoUtc(d->record.clock().nowUtc()));
        s.execute();
        d->recordChange(id, old->fields.name, active ? QStringLiteral("reactivated") : QStringLiteral("deactivated"));
        QPointer<PartnerService> self(this);
        d->c().afterCommit([self] {
            if (self)
                Q_EMIT self->partnersChanged();
        });
        transaction.commit();
        return {};
    });
}

Result<void> PartnerService::remove(qint64 id)
{
    return db::guard([&]() -> Status {
        db::Transaction transaction(d->c());
        const std::optional<Partner> old = d->read(id);
        if (!old)
            return makeError(ErrorCode::NotFound, tr("No such partner."));
        db::Statement used = d->c().prepare("SELECT EXISTS (SELECT 1 FROM referrals WHERE partner_id = ?1), "
                                            "EXISTS (SELECT 1 FROM consent_partners WHERE partner_id = ?1)");
        used.bind(1, id);
        used.step();
        const bool referred = used.int64(0) != 0;
        const bool consented = used.int64(1) != 0;
        used.reset();
        if (referred)
            return makeError(ErrorCode::NotAllowed,
                tr("This partner has referrals on record and cannot be deleted; deactivate it instead."));
        if (consented)
            return makeError(ErrorCode::NotAllowed,
                tr("A recorded consent names this partner, so it cannot be deleted; deactivate it instead."));
        db::Statement del = d->c().prepare("DELETE FROM partners WHERE id = ?1");
        del.bind(1, id);
        del.execute();
        d->recordChange(id, old->fields.name, QStringLiteral("removed"));
        QPointer<PartnerService> self(this);
        d->c().afterCommit([self] {
            if (self)
                Q_EMIT self->partnersChanged();
        });
        transaction.commit();
        return {};
    });
}

Result<Partner> PartnerService::get(qint64 id) const
{
    return db::guard([&]() -> Result<Partner> {
        std::optional<Partner> p = d->read(id);
        if (!p)
            return makeError(ErrorCode::NotFound, tr("No such partner."));
        return std::move(*p);
    });
}

Result<Partner> PartnerService::find(const QString& nameAcronymOrId) const
{
    const QString text = nameAcronymOrId.trimmed();
    if (text.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Name the partner (its name, acronym or number)."));
    return db::guard([&]() -> Result<Partner> {
        bool isNumber = false;
        const qint64 number = text.toLongLong(&isNumber);
        if (isNumber) {
            if (std::optional<Partner> p = d->read(number))
                return std::move(*p);
        }
        const QString key = text.toCaseFolded();
        std::optional<qint64> byName;
        QList<qint64> byAcronym;
        db::Statement all = d->c().prepare("SELECT id, name, acronym FROM partners ORDER BY id");
        while (all.step()) {
            if (all.text(1).toCaseFolded() == key)
                byName = all.int64(0);
            else if (!all.isNull(2) && all.text(2).toCaseFolded() == key)
                byAcronym << all.int64(0);
        }
        all.reset();
        if (!byName && byAcronym.size() > 1)
            return makeError(ErrorCode::InvalidInput,
                tr("More than one partner has this acronym; give the partner's name or number."));
        const std::optional<qint64> found = byName ? byName
            : byAcronym.isEmpty()                  ? std::nullopt
                                                   : std::optional<qint64>(byAcronym.front());
        if (!found)
            return makeError(ErrorCode::NotFound, tr("There is no partner of that name, acronym or number."));
        std::optional<Partner> p = d->read(*found);
        if (!p)
            return makeError(ErrorCode::NotFound, tr("There is no partner of that name, acronym or number."));
        return std::move(*p);
    });
}

std::vector<Partner> PartnerService::list(const PartnerListFilter& filter) const
{
    std::vector<Partner> partners;
    try {
        db::Statement s = d->c().prepare(
            "SELECT id FROM partners p WHERE (?1 OR active = 1) AND (?2 IS NULL OR type = ?2) "
            "AND (?3 IS NULL OR EXISTS (SELECT 1 FROM partner_themes t WHERE t.partner_id = p.id AND t.theme_id = ?3)) "
            "AND (?4 IS NULL OR EXISTS (SELECT 1 FROM partner_regions r WHERE r.partner_id = p.id AND r.region_id = "
            "?4))");
        s.bindAll(filter.includeInactive, filter.type ? PartnerText::code(*filter.type) : QString(), filter.themeId,
            filter.regionId);
        QList<qint64> ids;
        while (s.step())
            ids << s.int64(0);
        s.reset();
        const QStringList words = folded(filter.text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (qint64 id : ids) {
            std::optional<Partner> p = d->read(id);
            if (!p)
                continue;
            if (!words.isEmpty()) {
                const QString haystack = folded(p->fields.name + QLatin1Char(' ') + p->fields.acronym + QLatin1Char(' ')
                    + p->fields.description + QLatin1Char(' ') + p->themeNames.join(QLatin1Char(' ')));
                if (!std::all_of(words.begin(), words.end(), [&](const QString& w) { return haystack.contains(w); }))
                    continue;
            }
            partners.push_back(std::move(*p));
        }
    } catch (const db::DbError&) {
        return {};
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::stable_sort(partners.begin(), partners.end(), [&](const Partner& a, const Partner& b) {
        const int byFolded = collator.compare(folded(a.fields.name), folded(b.fields.name));
        if (byFolded != 0)
            return byFolded < 0;
        return a.id < b.id;
    });
    return partners;
}

std::vector<PartnerChange> PartnerService::history(qint64 partnerId) const
{
    std::vector<PartnerChange> changes;
    try {
        db::Statement s = d->c().prepare(
            "SELECT c.id, c.changed_at, c.adviser_id, a.name, c.action, c.field, c.old_value, c.new_value "
            "FROM partner_changes c LEFT JOIN advisers a ON a.id = c.adviser_id WHERE c.partner_id = ?1 ORDER BY c.id");
        s.bind(1, partnerId);
        while (s.step()) {
            PartnerChange change;
            change.id = s.int64(0);
            change.partnerId = partnerId;
            change.atUtc = parseIsoUtc(s.text(1));
            change.adviserId = s.optionalInt64(2);
            change.adviserName = s.text(3);
            change.action = s.text(4);
            change.field = s.text(5);
            change.oldValue = s.text(6);
            change.newValue = s.text(7);
            changes.push_back(std::move(change));
        }
    } catch (const db::DbError&) {
        return {};
    }
    return changes;
}

} // namespace advicehub::partners
