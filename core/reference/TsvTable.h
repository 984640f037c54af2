#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace advicehub::reference {

// A tab-separated table from the reference resources: a header line, then one record per
// line, no quoting (values never contain tabs or newlines). A malformed table is a build
// defect, so load() throws std::runtime_error naming the file and line.
class TsvTable {
public:
    static TsvTable load(const QString& resourcePath);

    std::size_t size() const { return m_rows.size(); }
    // The value of the named column in row `row`.
    const QString& value(std::size_t row, const QString& column) const;

private:
    QString m_path;
    QHash<QString, int> m_columns;
    std::vector<QStringList> m_rows;
};

} // namespace advicehub::reference
