#pragma once

#include "referrals/ReferralTypes.h"

#include <QDialog>

class QDateEdit;
class QPlainTextEdit;

namespace advicehub {
class Session;
}

namespace advicehub::ui {

class InlineError;

// Withdraw Consent…: records that the State withdrew a consent (when, why). The consent stays
// on record, marked withdrawn; from then on it covers nothing, so a referral resting on it can
// no longer be sent.
class WithdrawConsentDialog : public QDialog {
    Q_OBJECT
public:
    WithdrawConsentDialog(Session& session, const referrals::Consent& consent, QWidget* parent = nullptr);

    QPlainTextEdit* reasonEdit() const { return m_reason; }
    bool hasTypedText() const;

public Q_SLOTS:
    void accept() override;
    // Asks before discarding typed text (TypedText).
    void reject() override;

Q_SIGNALS:
    void withdrawn(qint64 consentId);

private:
    Session& m_session;
    qint64 m_consentId;
    QDateEdit* m_on;
    QPlainTextEdit* m_reason;
    InlineError* m_error;
};

} // namespace advicehub::ui
