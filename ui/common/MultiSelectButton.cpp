#include "common/MultiSelectButton.h"

#include "common/FilterComboBox.h"

#include <QCursor>
#include <QFrame>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QVBoxLayout>

namespace advicehub::ui {

namespace {
// Above this many choices the popup offers a search field.
constexpr int kSearchThreshold = 12;
} // namespace

MultiSelectButton::MultiSelectButton(const QString& title, QWidget* parent) : QToolButton(parent), m_title(title)
{
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setPopupMode(QToolButton::InstantPopup);
    setArrowType(Qt::NoArrow);

    // A popup frame rather than a QMenu: a menu keeps the keyboard for itself, so the search
    // field inside it could not be typed into.
    m_popup = new QFrame(this, Qt::Popup);
    m_popup->setFrameShape(QFrame::StyledPanel);
    m_search = new QLineEdit(m_popup);
    m_search->setPlaceholderText(tr("Find\u2026"));
    m_search->setClearButtonEnabled(true);
    m_list = new QListWidget(m_popup);
    m_list->setUniformItemSizes(true);
    auto* clearButton = new QPushButton(tr("Clear"), m_popup);
    auto* layout = new QVBoxLayout(m_popup);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_search);
    layout->addWidget(m_list);
    layout->addWidget(clearButton, 0, Qt::AlignRight);

    connect(this, &QToolButton::clicked, this, &MultiSelectButton::showPopup);
    connect(m_search, &QLineEdit::textChanged, this, &MultiSelectButton::applyFilter);
    connect(clearButton, &QPushButton::clicked, this, &MultiSelectButton::clearSelection);
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        if (m_updating)
            return;
        updateText();
        Q_EMIT selectionChanged();
    });
    // A click anywhere on the row toggles it, not only on the small box.
    connect(m_list, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
        if (m_list->viewport()->mapFromGlobal(QCursor::pos()).x() > 24)
            item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    });
    updateText();
}

void MultiSelectButton::setItems(const QList<Item>& items)
{
    setItems(items, {});
}

void MultiSelectButton::setItems(const QList<Item>& items, const QStringList& searchKeys)
{
    const QVariantList selected = selectedValues();
    m_updating = true;
    m_list->clear();
    for (const Item& item : items) {
        auto* row = new QListWidgetItem(item.first, m_list);
        row->setData(FilterComboBox::SearchKeysRole, searchKeys.value(m_list->count() - 1));
        row->setToolTip(item.first); // in full, should the popup be narrower than the name
        row->setData(Qt::UserRole, item.second);
        row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        row->setCheckState(selected.contains(item.second) ? Qt::Checked : Qt::Unchecked);
    }
    m_updating = false;
    m_search->setVisible(items.size() > kSearchThreshold);
    updateText();
    if (selectedValues() != selected)
        Q_EMIT selectionChanged();
}

QVariantList MultiSelectButton::selectedValues() const
{
    QVariantList values;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            values << m_list->item(i)->data(Qt::UserRole);
    }
    return values;
}

void MultiSelectButton::setSelectedValues(const QVariantList& values)
{
    const QVariantList before = selectedValues();
    m_updating = true;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem* item = m_list->item(i);
        item->setCheckState(values.contains(item->data(Qt::UserRole)) ? Qt::Checked : Qt::Unchecked);
    }
    m_updating = false;
    updateText();
    if (selectedValues() != before)
        Q_EMIT selectionChanged();
}

void MultiSelectButton::showPopup()
{
    m_search->clear();
    const int rows = std::min(m_list->count(), 14);
    const int rowHeight = std::max(m_list->sizeHintForRow(0), fontMetrics().height() + 4);
    m_list->setFixedHeight(rows * rowHeight + 2 * m_list->frameWidth() + 2);
    // Wide enough for the longest name (themes, articles), within the screen; a name that still
    // does not fit is elided, and its tooltip shows it in full.
    int wanted = std::max(width(), m_list->sizeHintForColumn(0) + 40 + m_list->verticalScrollBar()->sizeHint().width());
    if (const QScreen* screen = this->screen())
        wanted = std::min(wanted, screen->availableGeometry().width() - 40);
    m_list->setMinimumWidth(wanted);
    m_list->setTextElideMode(Qt::ElideMiddle);
    m_popup->adjustSize();
    QPoint at = mapToGlobal(QPoint(0, height()));
    if (const QScreen* screen = this->screen()) {
        const QRect available = screen->availableGeometry();
        at.setX(std::max(at.x(), available.left()));
        at.setX(std::min(at.x(), available.right() - m_popup->width()));
        if (at.y() + m_popup->height() > available.bottom())
            at.setY(mapToGlobal(QPoint(0, 0)).y() - m_popup->height());
    }
    m_popup->move(at);
    m_popup->show();
    if (m_search->isVisible())
        m_search->setFocus();
    else
        m_list->setFocus();
}

void MultiSelectButton::applyFilter(const QString& text)
{
    // Case and accents ignored: "cote" finds "Côte d'Ivoire"; "TZA" Tanzania, given its codes.
    const QString wanted = FilterComboBox::fold(text.simplified());
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem* item = m_list->item(i);
        item->setHidden(!wanted.isEmpty()
            && FilterComboBox::matchRank(item->text(), item->data(FilterComboBox::SearchKeysRole).toString(), wanted)
                < 0);
    }
}

void MultiSelectButton::updateText()
{
    QStringList labels;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            labels << m_list->item(i)->text();
    }
    QString text;
    if (labels.isEmpty())
        text = m_title;
    else if (labels.size() == 1)
        text = tr("%1: %2").arg(m_title, fontMetrics().elidedText(labels.constFirst(), Qt::ElideRight, 160));
    else
        text = tr("%1: %n selected", nullptr, static_cast<int>(labels.size())).arg(m_title);
    setText(text + QStringLiteral(" \u25be")); // ▾: opens a list
    setToolTip(
        labels.isEmpty() ? tr("%1: any").arg(m_title) : tr("%1: %2").arg(m_title, labels.join(QStringLiteral(", "))));
    QFont font = this->font();
    font.setBold(!labels.isEmpty()); // an active filter stands out
    setFont(font);
}

} // namespace advicehub::ui
