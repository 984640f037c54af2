#pragma once

#include "referrals/ReferralTypes.h"

#include <QDate>
#include <QWidget>

#include <optional>
#include <vector>

class QAction;
class QLabel;
class QPlainTextEdit;
class QTreeWidget;

namespace advicehub {
class Session;
}

namespace advicehub::ui {

// The Referrals tab of the query detail pane: the query's referrals (partner, status, consent
// state — an override marked as such —, what is shared, the follow-up date, red once passed)
// with the selected one in full below, and the consents the State gave (date, form, given by,
// partners, fields, withdrawn). Read-only: the referral actions (ReferralActions) change them;
// the panel shows them as buttons.
class ReferralsPanel : public QWidget {
    Q_OBJECT
public:
    explicit ReferralsPanel(Session& session, QWidget* parent = nullptr);

    // Shows the referrals of a query (nullopt: none).
    void showQuery(std::optional<qint64> queryId);
    // Reads them again (after a change).
    void refresh();
    std::optional<qint64> queryId() const { return m_queryId; }
    const std::vector<referrals::Referral>& referrals() const { return m_referrals; }
    const std::vector<referrals::Consent>& consents() const { return m_consents; }
    std::optional<referrals::Referral> selectedReferral() const;
    std::optional<referrals::Consent> selectedConsent() const;
    void selectReferral(qint64 id);

    QTreeWidget* referralList() const { return m_referralList; }
    QTreeWidget* consentList() const { return m_consentList; }
    QPlainTextEdit* referralText() const { return m_referralText; }
    // Buttons under the lists, for the page's referral actions.
    void setReferralActions(const QList<QAction*>& actions);
    void setConsentActions(const QList<QAction*>& actions);

    // How the consent state of a referral reads in the list ("Override", "Covered", "Missing").
    static QString consentStateText(const referrals::Referral& referral);
    static QString sharedText(const QList<referrals::SharedField>& fields);

Q_SIGNALS:
    void selectionChanged();
    // The list of referrals changed (the tab's title shows their number).
    void countChanged(int open, int all);

private:
    void fillReferrals();
    void fillConsents();
    QString describe(const referrals::Referral& referral) const;

    Session& m_session;
    std::optional<qint64> m_queryId;
    std::vector<referrals::Referral> m_referrals;
    std::vector<referrals::Consent> m_consents;
    QDate m_today;

    QTreeWidget* m_referralList;
    QPlainTextEdit* m_referralText;
    QWidget* m_referralButtons;
    QTreeWidget* m_consentList;
    QWidget* m_consentButtons;
    QLabel* m_empty;
};

} // namespace advicehub::ui
