#include "common/CheckList.h"

namespace advicehub::ui {

CheckList::CheckList(QWidget* parent, int visibleRows) : QListWidget(parent)
{
    // Long names (themes, articles) wrap instead of being cut off.
    setWordWrap(true);
    setResizeMode(QListView::Adjust);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setMinimumHeight(visibleRows * (fontMetrics().height() + 6));
    connect(this, &QListWidget::itemChanged, this, &CheckList::checkedChanged);
}

QListWidgetItem* CheckList::addItem(const QString& text, const QVariant& value, bool checked)
{
    auto* item = new QListWidgetItem(text, this);
    item->setToolTip(text);
    item->setData(Qt::UserRole, value);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return item;
}

QVariantList CheckList::checkedValues() const
{
    QVariantList values;
    for (int i = 0; i < count(); ++i) {
        if (item(i)->checkState() == Qt::Checked)
            values << item(i)->data(Qt::UserRole);
    }
    return values;
}

void CheckList::setCheckedValues(const QVariantList& values)
{
    for (int i = 0; i < count(); ++i)
        item(i)->setCheckState(values.contains(item(i)->data(Qt::UserRole)) ? Qt::Checked : Qt::Unchecked);
}

QListWidgetItem* CheckList::itemFor(const QVariant& value) const
{
    for (int i = 0; i < count(); ++i) {
        if (item(i)->data(Qt::UserRole) == value)
            return item(i);
    }
    return nullptr;
}

void CheckList::setChecked(const QVariant& value, bool checked)
{
    if (QListWidgetItem* found = itemFor(value))
        found->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

} // namespace advicehub::ui
