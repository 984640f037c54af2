#pragma once

#include "queries/QueryTypes.h"

#include <QDate>
#include <QSet>

namespace advicehub::calendar {

// Working days of the Secretariat: Monday to Friday, minus the office holidays kept in the vault.
class WorkingCalendar {
public:
    explicit WorkingCalendar(QSet<QDate> holidays = {}) : m_holidays(std::move(holidays)) { }

    bool isWorkingDay(QDate date) const;
    // The date `days` working days after `from` (from itself when days is 0).
    QDate addWorkingDays(QDate from, int days) const;
    // The number of working days d with from < d <= to (0 when to <= from).
    int workingDaysBetween(QDate from, QDate to) const;

    // Default time to respond, in working days from receipt: urgent 2, high 5, normal 10, low 20.
    static int defaultDueWorkingDays(queries::Priority priority);
    QDate defaultDueDate(QDate received, queries::Priority priority) const;

private:
    QSet<QDate> m_holidays;
};

} // namespace advicehub::calendar
