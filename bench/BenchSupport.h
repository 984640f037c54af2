#pragma once

#include "common/Result.h"

#include <QElapsedTimer>
#include <QString>
#include <QTextStream>

#include <cstdio>
#include <cstdlib>
#include <functional>
#include <vector>

// What every Advice Hub benchmark program needs: a table of medians measured against a baseline
// in the same run, printed as the Markdown docs/PERFORMANCE.md holds. (QueryBench and
// ReferralBench print their own tables, "our layers against direct SQL", with DirectSql.h.)
namespace advicehub::bench {

QTextStream& out();
[[noreturn]] void die(const QString& message);
// The program's name in messages (set once in main).
void setProgramName(const char* name);

template <typename T> T must(Result<T> result, const char* what)
{
    if (!result)
        die(QStringLiteral("%1: %2").arg(QLatin1String(what), result.error().message));
    return std::move(result.value());
}
inline void must(Result<void> result, const char* what)
{
    if (!result)
        die(QStringLiteral("%1: %2").arg(QLatin1String(what), result.error().message));
}

double elapsedMs(const QElapsedTimer& timer);
QString number(double value, int decimals = 2);

struct Stats {
    double median = 0;
    double worst = 0;
};
Stats stats(std::vector<double> samples);

// Rows of "ours against a baseline": both run `runs` times, alternating which goes first.
class Table {
public:
    void measure(const QString& operation, int runs, double targetMs, const std::function<void()>& ours,
        const QString& baselineName, const std::function<void()>& baseline);
    // Prints the table; returns whether every row met its target.
    bool print(const QString& title) const;

private:
    struct Row {
        QString operation;
        Stats ours;
        QString baselineName;
        Stats baseline;
        double targetMs = 0;
    };
    std::vector<Row> m_rows;
};

} // namespace advicehub::bench
