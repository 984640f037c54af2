#pragma once

#include <QLatin1String>
#include <QString>
#include <QStringView>

#include <array>
#include <cstddef>
#include <optional>
#include <utility>
#include <vector>

namespace advicehub {

// An enum's stored codes as a constant table, e.g.
//   constexpr CodeTable<Priority, 4> kPriorityCodes { { { Priority::Urgent, "urgent" }, … } };
// and the three lookups every domain type needs. Codes are ASCII and never change (the vault
// stores them).
template <typename Enum, std::size_t N> using CodeTable = std::array<std::pair<Enum, const char*>, N>;

template <typename Enum, std::size_t N> QString codeOf(const CodeTable<Enum, N>& table, Enum value)
{
    for (const auto& [item, text] : table) {
        if (item == value)
            return QString::fromLatin1(text);
    }
    return {};
}

template <typename Enum, std::size_t N> std::optional<Enum> valueOf(const CodeTable<Enum, N>& table, QStringView code)
{
    for (const auto& [item, text] : table) {
        if (code == QLatin1String(text))
            return item;
    }
    return std::nullopt;
}

// Every value, in the table's order.
template <typename Enum, std::size_t N> std::vector<Enum> valuesOf(const CodeTable<Enum, N>& table)
{
    std::vector<Enum> values;
    values.reserve(N);
    for (const auto& [item, text] : table)
        values.push_back(item);
    return values;
}

} // namespace advicehub
