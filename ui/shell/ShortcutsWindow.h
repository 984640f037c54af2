#pragma once

#include <QDialog>

class QLineEdit;
class QMenuBar;
class QTreeWidget;

namespace advicehub::ui {

// Help ▸ Keyboard Shortcuts: every command of the menu bar that has a shortcut, read from the
// actions themselves when the window opens (menu path, command, shortcuts in the platform's
// notation), so that the list cannot drift from what the keys do. A filter field narrows it.
class ShortcutsWindow : public QDialog {
    Q_OBJECT
public:
    explicit ShortcutsWindow(const QMenuBar& menuBar, QWidget* parent = nullptr);

    // An action's text as a menu shows it, without its mnemonic marks ("&Print…" → "Print…").
    static QString plainText(const QString& text);

    QTreeWidget* list() const { return m_list; }
    QLineEdit* filterEdit() const { return m_filter; }

private:
    void applyFilter(const QString& text);

    QLineEdit* m_filter;
    QTreeWidget* m_list;
};

} // namespace advicehub::ui
