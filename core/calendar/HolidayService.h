#pragma once

#include "calendar/WorkingCalendar.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <vector>

namespace advicehub::db {
class Connection;
}

namespace advicehub::calendar {

// The longest holiday name the vault takes.
inline constexpr int kMaxHolidayNameLength = 120;

struct Holiday {
    QDate day;
    QString name;
};

// The office holidays kept in the vault; due dates count working days around them.
class HolidayService {
    Q_DECLARE_TR_FUNCTIONS(HolidayService)
public:
    explicit HolidayService(db::Connection& connection);

    Result<std::vector<Holiday>> list() const;
    Status add(QDate day, const QString& name);
    Status remove(QDate day);
    // The calendar with the current holidays.
    WorkingCalendar calendar() const;

private:
    db::Connection& m_connection;
};

} // namespace advicehub::calendar
