#include "library/LibraryListTab.h"

#include "common/CurrentItemId.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace advicehub::ui {

LibraryListTab::LibraryListTab(const Names& names, const Labels& labels, const QStringList& headers, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QLatin1String(names.tab));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QLatin1String(names.list));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels(headers);
    m_list->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_list->header()->setStretchLastSection(true);
    m_inactive = new QCheckBox(labels.inactiveCheck, this);
    m_inactive->setObjectName(QLatin1String(names.inactiveCheck));

    auto* row = new QHBoxLayout;
    const std::pair<const char*, QString> buttons[] = { { names.newButton, labels.newButton },
        { names.editButton, labels.editButton }, { names.deactivateButton, labels.deactivateButton },
        { names.reactivateButton, labels.reactivateButton } };
    for (const auto& [name, text] : buttons) {
        auto* button = new QPushButton(text, this);
        button->setObjectName(QLatin1String(name));
        // Return in a filter field filters; it never presses a button of the manager.
        button->setAutoDefault(false);
        row->addWidget(button);
        m_buttons << button;
    }
    row->addStretch();
    row->addWidget(m_inactive);
    m_top = new QHBoxLayout;
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_top);
    layout->addWidget(m_list, 1);
    layout->addLayout(row);

    connect(m_buttons.at(0), &QPushButton::clicked, this, &LibraryListTab::newRequested);
    connect(m_buttons.at(1), &QPushButton::clicked, this, &LibraryListTab::editRequested);
    connect(m_buttons.at(2), &QPushButton::clicked, this, [this] { Q_EMIT activeRequested(false); });
    connect(m_buttons.at(3), &QPushButton::clicked, this, [this] { Q_EMIT activeRequested(true); });
    connect(m_list, &QTreeWidget::itemActivated, this, &LibraryListTab::editRequested);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] { updateButtons(m_adviser); });
    connect(m_inactive, &QCheckBox::toggled, this, &LibraryListTab::showInactiveToggled);
}

void LibraryListTab::refill(const std::function<void()>& addRows)
{
    const qint64 current = currentId();
    m_list->clear();
    addRows();
    if (current)
        select(current);
    updateButtons(m_adviser);
}

void LibraryListTab::addRow(qint64 id, const QStringList& texts, bool active, const QString& toolTip)
{
    auto* item = new QTreeWidgetItem(m_list, texts);
    item->setData(0, IdRole, id);
    item->setData(0, ActiveRole, active);
    if (!toolTip.isEmpty())
        item->setToolTip(0, toolTip);
    if (!active) {
        for (int column = 0; column < m_list->columnCount(); ++column)
            item->setForeground(column, palette().brush(QPalette::PlaceholderText));
    }
}

qint64 LibraryListTab::currentId() const
{
    return currentItemId(m_list, IdRole);
}

void LibraryListTab::select(qint64 id)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(0, IdRole).toLongLong() == id) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            m_list->scrollToItem(m_list->topLevelItem(i));
            return;
        }
    }
}

QStringList LibraryListTab::column(int column) const
{
    QStringList out;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        out << m_list->topLevelItem(i)->text(column);
    return out;
}

void LibraryListTab::updateButtons(bool adviser)
{
    m_adviser = adviser;
    const QTreeWidgetItem* item = m_list->currentItem();
    const bool active = item && item->data(0, ActiveRole).toBool();
    m_buttons.at(0)->setEnabled(adviser);
    m_buttons.at(1)->setEnabled(adviser && item);
    m_buttons.at(2)->setEnabled(adviser && item && active);
    m_buttons.at(3)->setEnabled(adviser && item && !active);
}

} // namespace advicehub::ui
