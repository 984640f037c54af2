#include "calendar/HolidayService.h"

#include "common/IsoTime.h"
#include "db/Connection.h"
#include "db/Guard.h"

namespace advicehub::calendar {

HolidayService::HolidayService(db::Connection& connection) : m_connection(connection) {}

Result<std::vector<Holiday>> HolidayService::list() const
{
    return db::guard([&]() -> Result<std::vector<Holiday>> {
        std::vector<Holiday> holidays;
        db::Statement s = m_connection.prepare("SELECT day, name FROM holidays ORDER BY day");
        while (s.step())
            holidays.push_back({parseIsoDate(s.text(0)), s.text(1)});
        return holidays;
    });
}

Status HolidayService::add(QDate day, const QString& name)
{
    if (!day.isValid())
        return makeError(ErrorCode::InvalidInput, tr("The date is not valid."));
    return db::guard([&]() -> Status {
        db::Statement s = m_connection.prepare("INSERT OR REPLACE INTO holidays(day, name) VALUES (?1, ?2)");
        s.bindAll(isoDate(day), name.simplified());
        s.execute();
        return {};
    });
}

Status HolidayService::remove(QDate day)
{
    return db::guard([&]() -> Status {
        db::Statement s = m_connection.prepare("DELETE FROM holidays WHERE day = ?1");
        s.bind(1, isoDate(day));
        s.execute();
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
