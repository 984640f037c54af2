#include "calendar/WorkingCalendar.h"

namespace advicehub::calendar {

bool WorkingCalendar::isWorkingDay(QDate date) const
{
    return date.dayOfWeek() <= 5 && !m_holidays.contains(date);
}

QDate WorkingCalendar::addWorkingDays(QDate from, int days) const
{
    QDate date = from;
    // A guard against a calendar made only of holidays: no more than 20 calendar days per step.
    for (int counted = 0, guard = 0; counted < days && guard < days * 20 + 400; ++guard) {
        date = date.addDays(1);
        if (isWorkingDay(date))
            ++counted;
    }
    return date;
}

int WorkingCalendar::workingDaysBetween(QDate from, QDate to) const
{
    int count = 0;
    for (QDate date = from.addDays(1); date <= to; date = date.addDays(1)) {
        if (isWorkingDay(date))
            ++count;
    }
    return count;
}

int WorkingCalendar::defaultDueWorkingDays(queries::Priority priority)
{
    switch (priority) {
    case queries::Priority::Urgent:
        return 2;
    case queries::Priority::High:
        return 5;
    case queries::Priority::Normal:
        return 10;
    case queries::Priority::Low:
        return 20;
    }
    return 10;
}

QDate WorkingCalendar::defaultDueDate(QDate received, queries::Priority priority) const
{
    return addWorkingDays(received, defaultDueWorkingDays(priority));
}

} // namespace advicehub::calendar
