#pragma once

#include "queries/QueryTypes.h"

#include <QDialog>

class QComboBox;
class QPlainTextEdit;

namespace advicehub {
class Session;
}

namespace advicehub::ui {

class DueDateField;
class InlineError;

// Triage of a new or reopened query: priority, due date (following the priority unless set
// by hand), assigned adviser, route and a note, saved with the move to "triaged" in one
// transaction (QueryService::triage).
class TriageDialog : public QDialog {
    Q_OBJECT
public:
    TriageDialog(Session& session, const queries::Query& query, QWidget* parent = nullptr);

    QComboBox* priorityCombo() const { return m_priority; }
    QComboBox* adviserCombo() const { return m_adviser; }
    QComboBox* routeCombo() const { return m_route; }
    DueDateField* dueField() const { return m_due; }

public Q_SLOTS:
    void accept() override;
    // Asks before discarding typed text (TypedText).
    void reject() override;

Q_SIGNALS:
    void triaged(qint64 id);

private:
    void updateDefaultDue();

    Session& m_session;
    queries::Query m_query;
    QComboBox* m_priority;
    DueDateField* m_due;
    QComboBox* m_adviser;
    QComboBox* m_route;
    QPlainTextEdit* m_note;
    InlineError* m_error;
};

} // namespace advicehub::ui
