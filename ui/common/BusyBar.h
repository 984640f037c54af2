#pragma once

#include <QProgressBar>

namespace advicehub::ui {

// A thin, indeterminate progress bar shown while slow work (key derivation, a backup) runs on a
// worker thread; hidden otherwise.
class BusyBar : public QProgressBar {
    Q_OBJECT
public:
    explicit BusyBar(QWidget* parent = nullptr) : QProgressBar(parent)
    {
        setRange(0, 0);
        setTextVisible(false);
        setMaximumHeight(6);
        setVisible(false);
    }
};

} // namespace advicehub::ui
