#include "reference/TsvTable.h"

#include <QFile>

#include <stdexcept>

namespace advicehub::reference {

TsvTable TsvTable::load(const QString& resourcePath)
{
    QFile file(resourcePath);
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("reference table missing: " + resourcePath.toStdString());
    const QString content = QString::fromUtf8(file.readAll());
    const QStringList lines = content.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.isEmpty())
        throw std::runtime_error("reference table empty: " + resourcePath.toStdString());

    TsvTable table;
    table.m_path = resourcePath;
    const QStringList header = lines.first().split(QLatin1Char('\t'));
    for (int i = 0; i < header.size(); ++i)
        table.m_columns.insert(header.at(i).trimmed(), i);
    for (int lineNo = 1; lineNo < lines.size(); ++lineNo) {
        QStringList fields = lines.at(lineNo).split(QLatin1Char('\t'));
        if (fields.size() != header.size()) {
            throw std::runtime_error("reference table " + resourcePath.toStdString() + " line "
                + std::to_string(lineNo + 1) + ": expected " + std::to_string(header.size()) + " fields");
        }
        for (QString& field : fields)
            field = field.trimmed();
        table.m_rows.push_back(std::move(fields));
    }
    return table;
}

const QString& TsvTable::value(std::size_t row, const QString& column) const
{
    const auto it = m_columns.constFind(column);
    if (it == m_columns.constEnd())
        throw std::runtime_error("reference table " + m_path.toStdString() + " has no column " + column.toStdString());
    return m_rows.at(row).at(*it);
}

} // namespace advicehub::reference
