#pragma once

#include "referrals/ReferralTypes.h"

#include <QHash>
#include <QKeySequence>
#include <QObject>

class QAction;
class QMenu;

namespace advicehub {
class Session;
}

namespace advicehub::ui {

class AppSettings;
class QueryPage;
class ReferralsPanel;

// The referral actions of the query page — Refer to Partner…, Record Consent…, Withdraw
// Consent…, the selected referral's status moves (only those ReferralService::allowedTransitions
// offers, named by their verbs), Edit Referral… (until sent) and Follow-up Date… — and what
// they do. They are in the Query menu, the table's context menu and under the lists of the
// Referrals tab. Every dialog belongs to the page, so that a lock closes it with the page.
class ReferralActions : public QObject {
    Q_OBJECT
public:
    ReferralActions(Session& session, QueryPage& page, ReferralsPanel& panel);

    // For the Query menu, in order (a separator first).
    QList<QAction*> menuActions() const { return m_menuActions; }
    QAction* action(const QString& objectName) const { return m_actions.value(objectName); }
    QMenu* statusMenu() const { return m_statusMenu; }
    // The actions follow the query shown, the referral and consent selected and the adviser.
    void update();
    // At a lock: one line per open referral dialog holding typed text, which the vault does not
    // keep (pending::PendingKind has no kind for them) — what kind of form, never its content.
    QStringList notKept() const;

public Q_SLOTS:
    void referToPartner();
    void recordConsent();
    void withdrawConsent();
    void changeStatus(referrals::ReferralStatus to);
    void editReferral();
    void setFollowUp();

Q_SIGNALS:
    void statusMessage(const QString& message);
    // A referral or consent changed (the follow-up counts follow).
    void referralsChanged();

private:
    QAction* make(const char* name, const QString& text, const QKeySequence& shortcut = {});
    void changed(std::optional<qint64> selectReferral = std::nullopt);
    void offerReferredStatus(const referrals::Referral& sent);

    Session& m_session;
    QueryPage& m_page;
    ReferralsPanel& m_panel;
    QMenu* m_statusMenu = nullptr;
    QList<QAction*> m_menuActions;
    QHash<QString, QAction*> m_actions;
};

} // namespace advicehub::ui
