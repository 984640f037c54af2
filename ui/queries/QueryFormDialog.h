#pragma once

#include "common/Result.h"
#include "queries/QueryTypes.h"

#include <QDialog>
#include <QHash>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QWidget;

namespace advicehub {
class Session;
}
namespace advicehub::pending {
struct PendingEdit;
}

namespace advicehub::ui {

class FilterComboBox;

class ConflictBanner;
class DueDateField;
class InlineError;

// Registers a new query or edits one: every field of QueryInput. The core validates
// (QueryService::validate) and each problem is shown under its field; nothing is saved until
// the input is valid. The due date follows the priority (in working days from receipt) until
// the adviser sets it by hand. An edit made meanwhile elsewhere is reported as a conflict, not
// overwritten.
class QueryFormDialog : public QDialog {
    Q_OBJECT
public:
    // `existing` null: a new query.
    QueryFormDialog(Session& session, const queries::Query* existing, QWidget* parent = nullptr);

    bool isNew() const { return !m_id; }
    // The input as the form shows it now.
    queries::QueryInput input() const;
    // The field's widget and its message label (tests, and focus on the first problem).
    QWidget* fieldWidget(queries::QueryField field) const { return m_fields.value(field); }
    InlineError* errorLabel(queries::QueryField field) const { return m_errors.value(field); }
    DueDateField* dueField() const { return m_due; }

    // Something typed that is not saved yet.
    bool hasUnsavedChanges() const;
    // At lock time: keeps the form's content in the vault (PendingEditService), to be offered
    // back after unlock (replacing the kept copy it was restored from, if any). Nothing is
    // written anywhere else. Returns the error if it could not be kept.
    Status keepAsPending();
    // What this form is, for a message that must not show its content ("a new query").
    QString describe() const;
    // Shows kept content again; the query's version at the time is kept, so a change made since
    // is reported as a conflict on save rather than overwritten. The kept copy stays in the vault
    // until the form is saved or the user discards it.
    void restorePending(const pending::PendingEdit& edit);
    std::optional<qint64> restoredFrom() const { return m_pendingId; }

public Q_SLOTS:
    void accept() override;
    // Cancel, Escape or closing: work restored from a lock is discarded only when the user says so.
    void reject() override;

Q_SIGNALS:
    void saved(qint64 id);

private:
    void buildForm();
    void fill(const queries::Query* query);
    void fillInput(const queries::QueryInput& in);
    QWidget* withError(QWidget* field, queries::QueryField which);
    void showErrors(const QList<queries::FieldError>& errors);
    void clearErrors();
    void updateDefaultDue();
    // Reload Their Version: the form shows `current` as it is stored now.
    void reloadStored(const queries::Query& current);

    Session& m_session;
    std::optional<qint64> m_id;
    int m_version = 0;
    std::optional<qint64> m_pendingId; // the kept copy this form was restored from
    std::optional<queries::Query> m_stored;
    queries::QueryInput m_initial; // what the form showed when opened: the baseline for "unsaved"

    QDateEdit* m_received = nullptr;
    QComboBox* m_channel = nullptr;
    FilterComboBox* m_state = nullptr; // type-to-filter: about 200 States
    QComboBox* m_institutionType = nullptr;
    QLineEdit* m_institution = nullptr;
    QLineEdit* m_contactName = nullptr;
    QLineEdit* m_contactFunction = nullptr;
    QLineEdit* m_contactEmail = nullptr;
    QLineEdit* m_contactPhone = nullptr;
    QLineEdit* m_subject = nullptr;
    QPlainTextEdit* m_request = nullptr;
    QPlainTextEdit* m_summary = nullptr; // the request in brief
    QComboBox* m_language = nullptr;
    QComboBox* m_confidentiality = nullptr;
    QListWidget* m_themes = nullptr;
    QListWidget* m_articles = nullptr;
    QComboBox* m_priority = nullptr;
    DueDateField* m_due = nullptr;
    QComboBox* m_adviser = nullptr;
    QComboBox* m_route = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    InlineError* m_formError = nullptr;
    ConflictBanner* m_conflict = nullptr;
    QHash<queries::QueryField, QWidget*> m_fields;
    QHash<queries::QueryField, InlineError*> m_errors;
};

} // namespace advicehub::ui
