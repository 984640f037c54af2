#include "shell/ShortcutsWindow.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace advicehub::ui {

namespace {

void addMenu(const QMenu& menu, const QStringList& path, QTreeWidget& list)
{
    const QStringList here = path + QStringList { ShortcutsWindow::plainText(menu.title()) };
    for (const QAction* action : menu.actions()) {
        if (action->isSeparator())
            continue;
        if (const QMenu* submenu = action->menu()) {
            addMenu(*submenu, here, list);
            continue;
        }
        const QList<QKeySequence> shortcuts = action->shortcuts();
        if (shortcuts.isEmpty() || action->text().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence& shortcut : shortcuts)
            keys << shortcut.toString(QKeySequence::NativeText);
        auto* item = new QTreeWidgetItem(&list,
            { here.join(QStringLiteral(" \u25b8 ")), ShortcutsWindow::plainText(action->text()),
                keys.join(QStringLiteral(", ")) });
        item->setData(1, Qt::UserRole, action->objectName());
    }
}

} // namespace

ShortcutsWindow::ShortcutsWindow(const QMenuBar& menuBar, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsWindow"));
    setWindowTitle(tr("Keyboard Shortcuts"));

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("shortcutsFilterEdit"));
    m_filter->setPlaceholderText(tr("Filter by command, menu or key"));
    m_filter->setClearButtonEnabled(true);
    auto* filterLabel = new QLabel(tr("&Find:"), this);
    filterLabel->setBuddy(m_filter);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("shortcutsList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({ tr("Menu"), tr("Command"), tr("Shortcut") });
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    // Every menu of the bar, the pages' menus included (a page's shortcuts work while it is shown).
    for (const QAction* top : menuBar.actions()) {
        if (const QMenu* menu = top->menu())
            addMenu(*menu, {}, *m_list);
    }
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->setSortingEnabled(false);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsWindow::applyFilter);

    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filterRow);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(640, 520);
    m_filter->setFocus();
}

QString ShortcutsWindow::plainText(const QString& text)
{
    QString plain;
    const QString shown = text.section(QLatin1Char('\t'), 0, 0);
    plain.reserve(shown.size());
    for (qsizetype i = 0; i < shown.size(); ++i) {
        if (shown.at(i) == QLatin1Char('&')) {
            if (i + 1 < shown.size() && shown.at(i + 1) == QLatin1Char('&'))
                plain += QLatin1Char('&'), ++i;
            continue;
        }
        plain += shown.at(i);
    }
    return plain;
}

void ShortcutsWindow::applyFilter(const QString& text)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem* item = m_list->topLevelItem(row);
        const QString all = item->text(0) + QLatin1Char(' ') + item->text(1) + QLatin1Char(' ') + item->text(2);
        bool shown = true;
        for (const QString& word : words)
            shown = shown && all.contains(word, Qt::CaseInsensitive);
        item->setHidden(!shown);
    }
}

} // namespace advicehub::ui
