#pragma once

#include "queries/QueryTypes.h"

#include <QDialog>

class QComboBox;
class QFormLayout;
class QLabel;
class QPlainTextEdit;

namespace advicehub {
class Session;
}

namespace advicehub::ui {

class DueDateField;
class InlineError;

// Triage of a new or reopened query: priority, due date (following the priority unless set
// by hand), assigned adviser, route and a note, saved with the move to "triaged" in one
// transaction (QueryService::triage). When the route refers the query to a partner, a partner
// may be chosen (active partners, the suggested ones first; type to filter): the referral is
// then proposed in the same transaction. Without one, the route alone is recorded (and the
// dialog says so).
class TriageDialog : public QDialog {
    Q_OBJECT
public:
    TriageDialog(Session& session, const queries::Query& query, QWidget* parent = nullptr);

    QComboBox* priorityCombo() const { return m_priority; }
    QComboBox* adviserCombo() const { return m_adviser; }
    QComboBox* routeCombo() const { return m_route; }
    QComboBox* partnerCombo() const { return m_partner; }
    // What the dialog says about the referral (proposed to whom, or not yet).
    QLabel* referralHint() const { return m_referralHint; }
    DueDateField* dueField() const { return m_due; }

public Q_SLOTS:
    void accept() override;
    // Asks before discarding typed text (TypedText).
    void reject() override;

Q_SIGNALS:
    void triaged(qint64 id);

private:
    void updateDefaultDue();
    void fillPartners();
    void updatePartnerRow();
    // The partner chosen: none, or the item whose text is in the combo's line edit.
    std::optional<qint64> chosenPartner() const;

    Session& m_session;
    queries::Query m_query;
    QComboBox* m_priority;
    DueDateField* m_due;
    QComboBox* m_adviser;
    QComboBox* m_route;
    QFormLayout* m_form;
    QComboBox* m_partner;
    QLabel* m_referralHint;
    QPlainTextEdit* m_note;
    InlineError* m_error;
};

} // namespace advicehub::ui
