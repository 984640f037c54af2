#pragma once

#include "referrals/ReferralTypes.h"

#include <QDialog>

#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTreeWidget;

namespace advicehub {
class Session;
}

namespace advicehub::ui {

class CheckList;
class InlineError;

// Refer to Partner…: proposes a referral of the query — the partners suggested for it
// (ReferralService::suggest, with their reasons) at the top, any other active partner found by
// its name below; the contact at the partner; why; the fields to share (the least by default:
// subject and themes); a follow-up date. It says whether a consent already recorded covers the
// partner and fields chosen. With a referral given, it edits what may still change before the
// referral is sent (contact, reason, shared fields, follow-up).
class ReferDialog : public QDialog {
    Q_OBJECT
public:
    // A new referral of the query.
    ReferDialog(Session& session, qint64 queryId, const QString& queryReference, QWidget* parent = nullptr);
    // Editing a referral not yet sent.
    ReferDialog(Session& session, const referrals::Referral& referral, QWidget* parent = nullptr);

    QTreeWidget* suggestionList() const { return m_suggestions; }
    QListWidget* partnerList() const { return m_partners; }
    QLineEdit* partnerSearch() const { return m_partnerSearch; }
    CheckList* sharedFieldList() const { return m_shared; }
    QPlainTextEdit* reasonEdit() const { return m_reason; }
    QComboBox* contactCombo() const { return m_contact; }
    QLabel* consentLabel() const { return m_consentNote; }
    std::optional<qint64> chosenPartnerId() const { return m_partnerId; }
    QList<referrals::SharedField> sharedFields() const;
    // Something typed that is not saved (what a lock would discard).
    bool hasTypedText() const;

public Q_SLOTS:
    void accept() override;
    // Asks before discarding typed text (TypedText).
    void reject() override;

Q_SIGNALS:
    void saved(qint64 referralId);

private:
    void build(bool editing);
    void fillSuggestions();
    void fillPartners(const QString& text);
    void choosePartner(std::optional<qint64> id);
    void updateConsentNote();

    Session& m_session;
    qint64 m_queryId = 0;
    std::optional<referrals::Referral> m_editing;
    std::optional<qint64> m_partnerId;
    std::vector<referrals::Consent> m_consents;

    QTreeWidget* m_suggestions = nullptr;
    QLineEdit* m_partnerSearch = nullptr;
    QListWidget* m_partners = nullptr;
    QLabel* m_chosen = nullptr;
    QComboBox* m_contact = nullptr;
    QDateEdit* m_proposedOn = nullptr;
    QPlainTextEdit* m_reason = nullptr;
    CheckList* m_shared = nullptr;
    QCheckBox* m_followUp = nullptr;
    QDateEdit* m_followUpOn = nullptr;
    QLabel* m_consentNote = nullptr;
    InlineError* m_error = nullptr;
};

} // namespace advicehub::ui
