#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QWidget;

namespace advicehub::ui {

// The Edit menu's Undo, Redo, Cut, Copy, Paste and Select All, for whatever text field, text
// box or list had the keyboard focus when the menu opened. Each sends the widget the very key
// its shortcut is (Ctrl+Z, Ctrl+C…), so the menu does exactly what the keyboard does — the
// undo history of forms and the timeline editor, and the concealed clipboard for copies
// (security/Clipboard). The menu shows the shortcuts but does not take them: the keys keep
// going to the focused widget as before.
class EditActions : public QObject {
    Q_OBJECT
public:
    // Adds the actions at the top of `menu`, enabled for the widget focused when it opens.
    EditActions(QMenu* menu, QWidget* window);

    QAction* action(const QString& objectName) const;
    // The widget the actions work on: the one focused last in `window` (not a menu).
    QWidget* target() const { return m_target; }

private:
    void focusChanged(QWidget* now);
    void updateEnabled();
    void send(int key);

    QWidget* m_window;
    QPointer<QWidget> m_target;
    QList<QAction*> m_actions;
};

} // namespace advicehub::ui
