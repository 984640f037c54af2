#include "queries/ValueParser.h"

#include "common/IsoTime.h"

#include <QRegularExpression>

namespace advicehub::queries {

QString normalizedCode(const QString& text)
{
    QString result = text.simplified().toLower();
    result.replace(QLatin1Char(' '), QLatin1Char('_'));
    result.replace(QLatin1Char('-'), QLatin1Char('_'));
    return result;
}

std::optional<QDate> parseDate(const QString& text)
{
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString value = text.trimmed();
    if (!iso.match(value).hasMatch())
        return std::nullopt;
    const QDate date = parseIsoDate(value);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

std::optional<int> parseInteger(const QString& text)
{
    bool isNumber = false;
    const int number = text.trimmed().toInt(&isNumber);
    return isNumber ? std::optional<int>(number) : std::nullopt;
}

QStringList splitList(const QString& text, bool alsoComma)
{
    static const QRegularExpression separators(QStringLiteral("[;,]"));
    const QStringList parts = alsoComma ? text.split(separators) : text.split(QLatin1Char(';'));
    QStringList result;
    for (const QString& part : parts) {
        const QString clean = part.simplified();
        if (!clean.isEmpty())
            result << clean;
    }
    return result;
}

} // namespace advicehub::queries
