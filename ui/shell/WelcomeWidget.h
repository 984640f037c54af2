#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QListWidget;

namespace advicehub::ui {

// When no vault is open and none is waiting to be unlocked: create a vault, open one, open one
// of the recent vaults, or look at the demo vault.
class WelcomeWidget : public QWidget {
    Q_OBJECT
public:
    explicit WelcomeWidget(QWidget* parent = nullptr);

    // The recent vaults, most recent first; a missing file is listed disabled.
    void setRecentVaults(const QStringList& paths);

Q_SIGNALS:
    void recentRequested(const QString& path);
    void createRequested();
    void openRequested();
    void demoRequested();

private:
    QLabel* m_recentLabel;
    QListWidget* m_recent;
};

} // namespace advicehub::ui
