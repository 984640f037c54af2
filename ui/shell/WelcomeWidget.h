#pragma once

#include <QWidget>

namespace advicehub::ui {

// First start, when no vault is known: create a vault, open one, or look at the demo vault.
class WelcomeWidget : public QWidget {
    Q_OBJECT
public:
    explicit WelcomeWidget(QWidget* parent = nullptr);

Q_SIGNALS:
    void createRequested();
    void openRequested();
    void demoRequested();
};

} // namespace advicehub::ui
