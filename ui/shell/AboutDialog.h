#pragma once

#include <QDialog>

namespace advicehub::ui {

class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);
};

} // namespace advicehub::ui
