#include "advisers/AdviserService.h"

#include "common/IsoTime.h"
#include "db/Connection.h"
#include "db/Guard.h"
#include "db/Transaction.h"

namespace advicehub::advisers {

namespace {

Adviser readAdviser(const db::Statement& s)
{
    Adviser adviser;
    adviser.id = s.int64(0);
    adviser.name = s.text(1);
    adviser.role = roleFromCode(s.text(2)).value_or(Role::Adviser);
    adviser.active = s.int64(3) != 0;
    return adviser;
}

QString cleanName(const QString& name)
{
    return name.simplified();
}

} // namespace

QString roleCode(Role role)
{
    switch (role) {
    case Role::Adviser:
        return QStringLiteral("adviser");
    case Role::Head:
        return QStringLiteral("head");
    case Role::Assistant:
        return QStringLiteral("assistant");
    }
    return QStringLiteral("adviser");
}

std::optional<Role> roleFromCode(QStringView code)
{
    for (Role role : { Role::Adviser, Role::Head, Role::Assistant }) {
        if (code == roleCode(role))
            return role;
    }
    return std::nullopt;
}

QString roleLabel(Role role)
{
    switch (role) {
    case Role::Adviser:
        return AdviserService::tr("Adviser");
    case Role::Head:
        return AdviserService::tr("Head of Secretariat");
    case Role::Assistant:
        return AdviserService::tr("Assistant");
    }
    return {};
}

AdviserService::AdviserService(db::Connection& connection, const Clock& clock)
    : m_connection(connection), m_clock(clock)
{ }

Result<std::vector<Adviser>> AdviserService::list(bool includeInactive) const
{
    return db::guard([&]() -> Result<std::vector<Adviser>> {
        std::vector<Adviser> advisers;
        db::Statement s = m_connection.prepare(includeInactive
                ? "SELECT id, name, role, active FROM advisers ORDER BY name COLLATE NOCASE"
                : "SELECT id, name, role, active FROM advisers WHERE active = 1 ORDER BY name COLLATE NOCASE");
        while (s.step())
            advisers.push_back(readAdviser(s));
        return advisers;
    });
}

Result<Adviser> AdviserService::find(qint64 id) const
{
    return db::guard([&]() -> Result<Adviser> {
        db::Statement s = m_connection.prepare("SELECT id, name, role, active FROM advisers WHERE id = ?1");
        s.bind(1, id);
        if (!s.step())
            return makeError(ErrorCode::NotFound, tr("No such adviser."));
        return readAdviser(s);
    });
}

Result<Adviser> AdviserService::findByName(const QString& name) const
{
    return db::guard([&]() -> Result<Adviser> {
        db::Statement s = m_connection.prepare("SELECT id, name, role, active FROM advisers WHERE name = ?1");
        s.bind(1, cleanName(name));
        if (!s.step())
            return makeError(
                ErrorCode::NotFound, tr("There is no adviser called \u201c%1\u201d.").arg(cleanName(name)));
        return readAdviser(s);
    });
}

Status AdviserService::checkName(const QString& clean, std::optional<qint64> renamedId) const
{
    if (clean.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("An adviser needs a name."));
    if (clean.size() > kMaxAdviserNameLength)
        return makeError(ErrorCode::InvalidInput, tr("The name is too long (at most 120 characters)."));
    db::Statement taken = m_connection.prepare("SELECT id FROM advisers WHERE name = ?1");
    taken.bind(1, clean);
    if (taken.step() && (!renamedId || taken.int64(0) != *renamedId))
        return makeError(ErrorCode::InvalidInput, tr("There is already an adviser called \u201c%1\u201d.").arg(clean));
    return {};
}

Result<Adviser> AdviserService::add(const QString& name, Role role)
{
    const QString clean = cleanName(name);
    return db::guard([&]() -> Result<Adviser> {
        db::Transaction transaction(m_connection);
        if (Status usable = checkName(clean, std::nullopt); !usable)
            return usable.error();
        db::Statement insert
            = m_connection.prepare("INSERT INTO advisers(name, role, active, created_at) VALUES (?1, ?2, 1, ?3)");
        insert.bindAll(clean, roleCode(role), isoUtc(m_clock.nowUtc()));
        insert.execute();
        const qint64 id = m_connection.lastInsertRowId();
        // The first adviser of a vault is who works in it until someone else does.
        if (!lastAdviserId())
            storeLastAdviserId(id);
        transaction.commit();
        return Adviser { id, clean, role, true };
    });
}

Status AdviserService::rename(qint64 id, const QString& name)
{
    const QString clean = cleanName(name);
    return db::guard([&]() -> Status {
        db::Transaction transaction(m_connection);
        if (Status usable = checkName(clean, id); !usable)
            return usable;
        db::Statement update = m_connection.prepare("UPDATE advisers SET name = ?1 WHERE id = ?2");
        update.bindAll(clean, id);
        update.execute();
        if (m_connection.changes() == 0)
            return makeError(ErrorCode::NotFound, tr("No such adviser."));
        transaction.commit();
        return {};
    });
}

Status AdviserService::setActive(qint64 id, bool active)
{
    return db::guard([&]() -> Status {
        db::Transaction transaction(m_connection);
        db::Statement update = m_connection.prepare("UPDATE advisers SET active = ?1 WHERE id = ?2");
        update.bindAll(active, id);
        update.execute();
        if (m_connection.changes() == 0)
            return makeError(ErrorCode::NotFound, tr("No such adviser."));
        transaction.commit();
        return {};
    });
}

std::optional<qint64> AdviserService::lastAdviserId() const
{
    try {
        db::Statement s
            = m_connection.prepare("SELECT a.id FROM meta m JOIN advisers a ON a.id = CAST(m.value AS INTEGER) "
                                   "WHERE m.key = 'last_adviser_id' AND a.active = 1");
        if (s.step())
            return s.int64(0);
    } catch (const db::DbError&) { }
    return std::nullopt;
}

Status AdviserService::setLastAdviserId(qint64 id)
{
    return db::guard([&]() -> Status {
        storeLastAdviserId(id);
        return {};
    });
}

void AdviserService::storeLastAdviserId(qint64 id)
{
    const QString value = QString::number(id);
    db::Statement current = m_connection.prepare("SELECT value FROM meta WHERE key = 'last_adviser_id'");
    if (current.step() && current.text(0) == value)
        return; // unchanged: nothing to write
    current.reset();
    db::Statement s = m_connection.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES ('last_adviser_id', ?1)");
    s.bind(1, value);
    s.execute();
}

} // namespace advicehub::advisers
