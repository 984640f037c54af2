#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace advicehub {

// How dates and times are written in the vault and in exports: ISO 8601, dates as YYYY-MM-DD,
// instants in UTC with a Z. Text sorts in time order, and the stock sqlcipher shell shows it
// readably.
inline QString isoDate(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

inline QDate parseIsoDate(const QString& text)
{
    return QDate::fromString(text, Qt::ISODate);
}

inline QString isoUtc(const QDateTime& instant)
{
    return instant.isValid() ? instant.toUTC().toString(Qt::ISODate) : QString();
}

inline QDateTime parseIsoUtc(const QString& text)
{
    QDateTime instant = QDateTime::fromString(text, Qt::ISODate);
    if (instant.isValid() && instant.timeSpec() == Qt::LocalTime)
        instant.setTimeSpec(Qt::UTC);
    return instant;
}

} // namespace advicehub
