#pragma once

#include "referrals/ReferralTypes.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace advicehub {
class Session;
}

namespace advicehub::ui {

class CheckList;
class InlineError;

// Record Consent…: the State's consent to share parts of the query with partners — the date, its
// form (written, oral, note verbale, e-mail, meeting), who gave it (name and function), which
// partners (the partners of the query's open referrals checked to start with) and which fields
// (those the open referrals share), and notes. A consent covers a referral only if it names its
// partner and every field it shares.
class ConsentDialog : public QDialog {
    Q_OBJECT
public:
    ConsentDialog(Session& session, qint64 queryId, const QString& queryReference, QWidget* parent = nullptr);

    CheckList* partnerList() const { return m_partners; }
    CheckList* fieldList() const { return m_fields; }
    QLineEdit* givenByNameEdit() const { return m_name; }
    QLineEdit* givenByFunctionEdit() const { return m_function; }
    QDateEdit* givenOnEdit() const { return m_givenOn; }
    // Something typed that is not saved (what a lock would discard).
    bool hasTypedText() const;

public Q_SLOTS:
    void accept() override;
    // Asks before discarding typed text (TypedText).
    void reject() override;

Q_SIGNALS:
    void recorded(qint64 consentId);

private:
    void filterPartners(const QString& text);

    Session& m_session;
    qint64 m_queryId;
    QDateEdit* m_givenOn;
    QComboBox* m_form;
    QLineEdit* m_name;
    QLineEdit* m_function;
    QLineEdit* m_partnerFilter;
    CheckList* m_partners;
    CheckList* m_fields;
    QPlainTextEdit* m_notes;
    InlineError* m_error;
};

} // namespace advicehub::ui
