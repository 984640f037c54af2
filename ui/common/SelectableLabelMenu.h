#pragma once

#include <QObject>

namespace advicehub::ui {

// Gives every label whose text can be selected the context menu users expect -- Copy and
// Select All -- application-wide. Qt 6.4's QLabel opens a menu only over a link, so a right
// click on a contact or a title in the detail pane offered nothing. What Copy puts on the
// clipboard goes through Qt's clipboard like any other copy, so the application's Clipboard
// conceals it. One per application; it filters the application's events while it lives.
class SelectableLabelMenu : public QObject {
    Q_OBJECT
public:
    explicit SelectableLabelMenu(QObject* parent = nullptr);
    ~SelectableLabelMenu() override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace advicehub::ui
