#pragma once

#include <QTreeWidget>

namespace advicehub::ui {

// The record id a list's current row carries in `role` of its first column; 0 when no row is
// current (record ids start at 1). Lists refilled after a change use it to select the same
// record again. (A plain integer rather than a std::optional: GCC 12 at -O2 warns falsely,
// -Wmaybe-uninitialized, on an optional compared inside the refill loop.)
inline qint64 currentItemId(const QTreeWidget* list, int role)
{
    const QTreeWidgetItem* item = list->currentItem();
    return item ? item->data(0, role).toLongLong() : 0;
}

} // namespace advicehub::ui
