#pragma once

#include "referrals/ReferralTypes.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace advicehub {
class Session;
}

namespace advicehub::ui {

class InlineError;

// Moves a referral to another status, with what comes with it: the date (sent or closed on), the
// reason (required to decline or withdraw), the outcome (accepted, declined, completed).
//
// Marking a referral sent without a recorded consent that covers its partner and every field it
// shares: the dialog says so. An adviser with role head may override the rule with a written
// justification (at least 20 characters, counted as it is typed); it is recorded with the
// adviser's name and marked as an override wherever the referral appears. Anyone else is told
// that only a head may do so and offered to record the consent instead.
class ReferralStatusDialog : public QDialog {
    Q_OBJECT
public:
    ReferralStatusDialog(
        Session& session, const referrals::Referral& referral, referrals::ReferralStatus to, QWidget* parent = nullptr);

    referrals::ReferralStatus target() const { return m_to; }
    // Sending needs an override (no consent covers the referral).
    bool needsOverride() const { return m_needsOverride; }
    bool mayOverride() const { return m_mayOverride; }
    QPlainTextEdit* reasonEdit() const { return m_reason; }
    QPlainTextEdit* outcomeEdit() const { return m_outcome; }
    QPlainTextEdit* justificationEdit() const { return m_justification; }
    QLabel* justificationCounter() const { return m_counter; }
    QPushButton* okButton() const { return m_ok; }
    // Something typed that is not saved (what a lock would discard).
    bool hasTypedText() const;

public Q_SLOTS:
    void accept() override;
    // Asks before discarding typed text (TypedText).
    void reject() override;

Q_SIGNALS:
    void statusChanged(const referrals::Referral& referral);
    // A non-head chose to record the consent instead.
    void recordConsentRequested();

private:
    void updateCounter();

    Session& m_session;
    referrals::Referral m_referral;
    referrals::ReferralStatus m_to;
    bool m_needsOverride = false;
    bool m_mayOverride = false;
    QDateEdit* m_on = nullptr;
    QPlainTextEdit* m_reason = nullptr;
    QPlainTextEdit* m_outcome = nullptr;
    QPlainTextEdit* m_justification = nullptr;
    QLabel* m_counter = nullptr;
    QPushButton* m_ok = nullptr;
    InlineError* m_error = nullptr;
};

} // namespace advicehub::ui
