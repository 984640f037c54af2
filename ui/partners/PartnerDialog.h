#pragma once

#include "partners/PartnerTypes.h"

#include <QDialog>
#include <QHash>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;
class QTabWidget;
class QTreeWidget;

namespace advicehub {
class Session;
}

namespace advicehub::ui {

class CheckList;
class ConflictBanner;
class InlineError;

// Adds a partner to the directory or edits one: every field of PartnerInput — name, acronym,
// type, strategic flag, description, notes, areas of expertise, regions and working languages
// (checkable lists), contacts (a table: add and remove rows) — and, for an existing partner, the
// recorded history of its changes. The core validates (PartnerService::validate) and each
// problem is shown under its field; nothing is saved until the input is valid. A change made
// meanwhile elsewhere is reported as a conflict, never overwritten silently. Cancel asks before
// typed text is discarded.
class PartnerDialog : public QDialog {
    Q_OBJECT
public:
    // `existing` null: a new partner.
    PartnerDialog(Session& session, const partners::Partner* existing, QWidget* parent = nullptr);

    bool isNew() const { return !m_id; }
    std::optional<qint64> partnerId() const { return m_id; }
    partners::PartnerInput input() const;
    bool hasUnsavedChanges() const;
    // What this form is, for a message that must not show its content.
    QString describe() const;

    QWidget* fieldWidget(partners::PartnerField field) const { return m_fields.value(field); }
    InlineError* errorLabel(partners::PartnerField field) const { return m_errors.value(field); }
    QTableWidget* contactsTable() const { return m_contacts; }
    QTreeWidget* historyList() const { return m_history; }
    QTabWidget* tabs() const { return m_tabs; }

public Q_SLOTS:
    void accept() override;
    // Cancel, Escape or closing: asks first when something typed would be lost (not at a lock).
    void reject() override;
    void addContact();
    void removeContact();

Q_SIGNALS:
    void saved(qint64 id);

private:
    QWidget* withError(QWidget* field, partners::PartnerField which);
    void fill(const partners::PartnerInput& in);
    void fillHistory();
    void showErrors(const QList<partners::PartnerFieldError>& errors);
    void clearErrors();
    // Reload Their Version: the form shows `current` as it is stored now.
    void reloadStored(const partners::Partner& current);

    Session& m_session;
    std::optional<qint64> m_id;
    int m_version = 0;
    partners::PartnerInput m_initial;

    QTabWidget* m_tabs = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_acronym = nullptr;
    QComboBox* m_type = nullptr;
    QCheckBox* m_strategic = nullptr;
    QLabel* m_activeNote = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    CheckList* m_themes = nullptr;
    CheckList* m_regions = nullptr;
    CheckList* m_languages = nullptr;
    QTableWidget* m_contacts = nullptr;
    QTreeWidget* m_history = nullptr;
    InlineError* m_formError = nullptr;
    ConflictBanner* m_conflict = nullptr;
    QHash<partners::PartnerField, QWidget*> m_fields;
    QHash<partners::PartnerField, InlineError*> m_errors;
};

} // namespace advicehub::ui
