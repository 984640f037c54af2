#pragma once

#include "common/ConflictBanner.h"
#include "library/LibraryTypes.h"

#include <QDialog>
#include <QHash>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace advicehub {
class Session;
}

namespace advicehub::ui {

class CheckList;
class InlineError;

// Adds or edits an entry of the library of CTI tools and references: kind, title, description,
// themes, language, link and the citation inserted into drafts. The core decides
// (LibraryService::addResource / editResource); each refusal is shown under its field, a change
// saved meanwhile elsewhere is reported as a conflict, and Cancel asks before typed text is
// discarded.
class ResourceDialog : public QDialog {
    Q_OBJECT
public:
    enum class Field { Kind, Title, Description, Themes, Language, Link, Citation };

    ResourceDialog(Session& session, const library::LibraryResource* existing, QWidget* parent = nullptr);

    library::LibraryResource input() const;
    bool hasUnsavedChanges() const;
    QString describe() const;

    QWidget* fieldWidget(Field field) const { return m_fields.value(field); }
    InlineError* errorLabel(Field field) const { return m_errors.value(field); }
    InlineError* formError() const { return m_formError; }
    ConflictBanner* conflictBanner() const { return m_conflict; }

    static QString kindLabel(library::ResourceKind kind);
    static QString languageLabel(const QString& code);

public Q_SLOTS:
    void accept() override;
    void reject() override;

Q_SIGNALS:
    void saved(qint64 id);

private:
    QWidget* withError(QWidget* field, Field which);
    void fill(const library::LibraryResource& resource);
    void clearErrors();
    // Problems the form can see itself (required fields, the link), by field.
    QHash<Field, QString> check(const library::LibraryResource& resource) const;
    void showRefusal(const QString& message);
    // Reload Their Version: the form shows `current` as it is stored now.
    void reloadStored(const library::LibraryResource& current);

    Session& m_session;
    std::optional<qint64> m_id;
    int m_version = 0;
    library::LibraryResource m_initial;

    QComboBox* m_kind = nullptr;
    QLineEdit* m_title = nullptr;
    QPlainTextEdit* m_description = nullptr;
    CheckList* m_themes = nullptr;
    QComboBox* m_language = nullptr;
    QLineEdit* m_link = nullptr;
    QPlainTextEdit* m_citation = nullptr;
    QCheckBox* m_active = nullptr;
    InlineError* m_formError = nullptr;
    ConflictBanner* m_conflict = nullptr;
    QHash<Field, QWidget*> m_fields;
    QHash<Field, InlineError*> m_errors;
};

} // namespace advicehub::ui
