#include "BenchSupport.h"

#include <algorithm>

namespace advicehub::bench {

namespace {
const char* g_program = "advicehub-bench";
}

void setProgramName(const char* name)
{
    g_program = name;
}

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

void die(const QString& message)
{
    out().flush();
    std::fprintf(stderr, "%s: %s\n", g_program, message.toUtf8().constData());
    std::exit(1);
}

double elapsedMs(const QElapsedTimer& timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

QString number(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

Stats stats(std::vector<double> samples)
{
    if (samples.empty())
        return {};
    std::sort(samples.begin(), samples.end());
    const std::size_t n = samples.size();
    const double median = n % 2 ? samples[n / 2] : (samples[n / 2 - 1] + samples[n / 2]) / 2;
    return { median, samples.back() };
}

void Table::measure(const QString& operation, int runs, double targetMs, const std::function<void()>& ours,
    const QString& baselineName, const std::function<void()>& baseline)
{
    std::vector<double> oursMs;
    std::vector<double> baselineMs;
    const auto time = [](const std::function<void()>& f, std::vector<double>& into) {
        QElapsedTimer timer;
        timer.start();
        f();
        into.push_back(elapsedMs(timer));
    };
    for (int run = 0; run < runs; ++run) {
        if (run % 2 == 0) {
            time(ours, oursMs);
            time(baseline, baselineMs);
        } else {
            time(baseline, baselineMs);
            time(ours, oursMs);
        }
    }
    m_rows.push_back(Row { operation, stats(oursMs), baselineName, stats(baselineMs), targetMs });
    std::fprintf(stderr, "  %-64s %9.2f ms (baseline %9.2f ms)\n", operation.toUtf8().constData(),
        m_rows.back().ours.median, m_rows.back().baseline.median);
}

bool Table::print(const QString& title) const
{
    bool allMet = true;
    out() << "\n### " << title << "\n\n"
          << "| operation | median | worst | baseline (same run) | baseline median | ratio | target | met |\n"
          << "|---|---:|---:|---|---:|---:|---:|---|\n";
    for (const Row& row : m_rows) {
        const double ratio = row.baseline.median > 0 ? row.ours.median / row.baseline.median : 0;
        const bool met = row.targetMs <= 0 || row.ours.median <= row.targetMs;
        allMet = allMet && met;
        out() << "| " << row.operation << " | " << number(row.ours.median) << " ms | " << number(row.ours.worst)
              << " ms | " << row.baselineName << " | " << number(row.baseline.median) << " ms | " << number(ratio)
              << " | " << (row.targetMs > 0 ? QStringLiteral("≤ %1 ms").arg(row.targetMs) : QStringLiteral("—"))
              << " | " << (met ? "yes" : "**no**") << " |\n";
    }
    out().flush();
    return allMet;
}

} // namespace advicehub::bench
