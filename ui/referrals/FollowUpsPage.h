#pragma once

#include "referrals/ReferralTypes.h"
#include "shell/Page.h"

#include <QDate>

#include <vector>

class QLabel;
class QTimer;
class QTreeWidget;

namespace advicehub {
class Session;
}

namespace advicehub::ui {

class AppSettings;

// Referrals to follow up: open referrals whose follow-up date has come, and sent referrals with
// no reply after the working days set in Settings (ReferralService::followUps), most overdue
// first, overdue ones red as overdue queries are. The page bar shows their number
// (ReferralService::followUpCount), read again after every referral change, a new day or a
// change of the setting. Activating one opens its query on the Referrals tab.
class FollowUpsPage : public Page {
    Q_OBJECT
public:
    FollowUpsPage(Session& session, AppSettings& settings, QWidget* parent = nullptr);
    ~FollowUpsPage() override;

    QString title() const override;
    QIcon icon() const override;
    QString menuTitle() const override;
    QString menuObjectName() const override;
    QList<QAction*> menuActions() const override;
    void start() override;
    void adviserChanged() override;
    void settingsChanged() override;
    QStringList keepUnsavedWork() override { return {}; }

    QTreeWidget* list() const { return m_list; }
    int count() const { return m_count; }
    const std::vector<referrals::FollowUp>& followUps() const { return m_followUps; }

public Q_SLOTS:
    // Reads the list and its count again.
    void refresh();
    void openSelected();

Q_SIGNALS:
    void openQueryRequested(qint64 queryId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    Session& m_session;
    AppSettings& m_settings;
    QTreeWidget* m_list;
    QLabel* m_summary;
    QTimer* m_dayTimer;
    QList<QAction*> m_menuActions;
    std::vector<referrals::FollowUp> m_followUps;
    int m_count = 0;
    QDate m_today;
};

} // namespace advicehub::ui
