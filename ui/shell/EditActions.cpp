#include "shell/EditActions.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCoreApplication>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace advicehub::ui {

namespace {

struct Edit {
    const char* objectName;
    const char* text;
    QKeySequence::StandardKey key;
};

const Edit kEdits[] = {
    { "undoAction", QT_TRANSLATE_NOOP("advicehub::ui::EditActions", "&Undo"), QKeySequence::Undo },
    { "redoAction", QT_TRANSLATE_NOOP("advicehub::ui::EditActions", "&Redo"), QKeySequence::Redo },
    { "cutAction", QT_TRANSLATE_NOOP("advicehub::ui::EditActions", "Cu&t"), QKeySequence::Cut },
    { "copyAction", QT_TRANSLATE_NOOP("advicehub::ui::EditActions", "&Copy"), QKeySequence::Copy },
    { "pasteAction", QT_TRANSLATE_NOOP("advicehub::ui::EditActions", "&Paste"), QKeySequence::Paste },
    { "selectAllAction", QT_TRANSLATE_NOOP("advicehub::ui::EditActions", "Select &All"), QKeySequence::SelectAll },
};

// What the focused widget offers, as its own context menu would.
struct Offer {
    bool undo = false, redo = false, cut = false, copy = false, paste = false, selectAll = false;
};

Offer offerOf(QWidget* widget)
{
    Offer offer;
    const bool clipboardHasText
        = QApplication::clipboard()->mimeData() && QApplication::clipboard()->mimeData()->hasText();
    if (auto* line = qobject_cast<QLineEdit*>(widget)) {
        const bool editable = !line->isReadOnly();
        const bool secret = line->echoMode() != QLineEdit::Normal; // a passphrase is never copied
        offer = { editable && line->isUndoAvailable(), editable && line->isRedoAvailable(),
            editable && !secret && line->hasSelectedText(), !secret && line->hasSelectedText(),
            editable && clipboardHasText, !line->text().isEmpty() };
    } else if (auto* plain = qobject_cast<QPlainTextEdit*>(widget)) {
        const bool editable = !plain->isReadOnly();
        const bool selected = plain->textCursor().hasSelection();
        offer = { editable && plain->document()->isUndoAvailable(), editable && plain->document()->isRedoAvailable(),
            editable && selected, selected, editable && clipboardHasText, !plain->document()->isEmpty() };
    } else if (auto* rich = qobject_cast<QTextEdit*>(widget)) {
        const bool editable = !rich->isReadOnly();
        const bool selected = rich->textCursor().hasSelection();
        offer = { editable && rich->document()->isUndoAvailable(), editable && rich->document()->isRedoAvailable(),
            editable && selected, selected, editable && clipboardHasText, !rich->document()->isEmpty() };
    } else if (auto* view = qobject_cast<QAbstractItemView*>(widget)) {
        offer.copy = view->currentIndex().isValid();
        offer.selectAll = view->selectionMode() == QAbstractItemView::ExtendedSelection
            || view->selectionMode() == QAbstractItemView::MultiSelection;
    }
    return offer;
}

} // namespace

EditActions::EditActions(QMenu* menu, QWidget* window) : QObject(menu), m_window(window)
{
    QAction* before = menu->actions().value(0);
    for (const Edit& edit : kEdits) {
        auto* action = new QAction(tr(edit.text), this);
        action->setObjectName(QString::fromLatin1(edit.objectName));
        // Shown in the menu, live only while the menu itself has the focus: the keys stay the
        // focused widget's.
        action->setShortcut(edit.key);
        action->setShortcutContext(Qt::WidgetShortcut);
        const QKeyCombination combination = QKeySequence(edit.key)[0];
        const int key = combination.toCombined();
        connect(action, &QAction::triggered, this, [this, key] { send(key); });
        menu->insertAction(before, action);
        m_actions << action;
        if (action->objectName() == QLatin1String("redoAction") || action->objectName() == QLatin1String("pasteAction"))
            menu->insertSeparator(before);
    }
    menu->insertSeparator(before);
    connect(menu, &QMenu::aboutToShow, this, &EditActions::updateEnabled);
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) { focusChanged(now); });
    focusChanged(QApplication::focusWidget());
    updateEnabled();
}

QAction* EditActions::action(const QString& objectName) const
{
    for (QAction* action : m_actions) {
        if (action->objectName() == objectName)
            return action;
    }
    return nullptr;
}

void EditActions::focusChanged(QWidget* now)
{
    // Menus and other windows do not count: the Edit menu acts on what the user was working in.
    if (now && !qobject_cast<QMenu*>(now) && now->window() == m_window)
        m_target = now;
}

void EditActions::updateEnabled()
{
    const Offer offer = m_target ? offerOf(m_target) : Offer {};
    const bool enabled[] = { offer.undo, offer.redo, offer.cut, offer.copy, offer.paste, offer.selectAll };
    for (int i = 0; i < m_actions.size(); ++i)
        m_actions.at(i)->setEnabled(enabled[i]);
}

void EditActions::send(int key)
{
    if (!m_target)
        return;
    const auto combination = QKeyCombination::fromCombined(key);
    QKeyEvent press(QEvent::KeyPress, combination.key(), combination.keyboardModifiers());
    QCoreApplication::sendEvent(m_target, &press);
    QKeyEvent release(QEvent::KeyRelease, combination.key(), combination.keyboardModifiers());
    QCoreApplication::sendEvent(m_target, &release);
}

} // namespace advicehub::ui
