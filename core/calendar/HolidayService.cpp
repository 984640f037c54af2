#include "calendar/HolidayService.h"

#include "common/IsoTime.h"
#include "db/Connection.h"
#include "db/Guard.h"
#include "db/Transaction.h"

namespace advicehub::calendar {

HolidayService::HolidayService(db::Connection& connection) : m_connection(connection)
{ }

Result<std::vector<Holiday>> HolidayService::list() const
{
    return db::guard([&]() -> Result<std::vector<Holiday>> {
        std::vector<Holiday> holidays;
        db::Statement s = m_connection.prepare("SELECT day, name FROM holidays ORDER BY day");
        while (s.step())
            holidays.push_back({ parseIsoDate(s.text(0)), s.text(1) });
        return holidays;
    });
}

Status HolidayService::add(QDate day, const QString& name)
{
    if (!day.isValid())
        return makeError(ErrorCode::InvalidInput, tr("The date is not valid."));
    const QString clean = name.simplified();
    if (clean.size() > kMaxHolidayNameLength)
        return makeError(ErrorCode::InvalidInput, tr("The name is too long (at most 120 characters)."));
    return db::guard([&]() -> Status {
        db::Transaction transaction(m_connection);
        db::Statement existing = m_connection.prepare("SELECT name FROM holidays WHERE day = ?1");
        existing.bind(1, isoDate(day));
        if (existing.step()) {
            return makeError(ErrorCode::InvalidInput,
                tr("%1 is already an office holiday (\u201c%2\u201d).").arg(isoDate(day), existing.text(0)));
        }
        existing.reset();
        db::Statement s = m_connection.prepare("INSERT INTO holidays(day, name) VALUES (?1, ?2)");
        s.bindAll(isoDate(day), clean);
        s.execute();
        transaction.commit();
        return {};
    });
}

Status HolidayService::remove(QDate day)
{
    return db::guard([&]() -> Status {
        db::Transaction transaction(m_connection);
        db::Statement s = m_connection.prepare("DELETE FROM holidays WHERE day = ?1");
        s.bind(1, isoDate(day));
        s.execute();
        if (m_connection.changes() == 0)
            return makeError(ErrorCode::NotFound, tr("%1 is not an office holiday.").arg(isoDate(day)));
        transaction.commit();
        return {};
    });
}

WorkingCalendar HolidayService::calendar() const
{
    QSet<QDate> days;
    try {
        db::Statement s = m_connection.prepare("SELECT day FROM holidays");
        while (s.step())
            days.insert(parseIsoDate(s.text(0)));
    } catch (const db::DbError&) {
        // Without the holiday list, due dates count Monday to Friday only.
    }
    return WorkingCalendar(std::move(days));
}

} // namespace advicehub::calendar
