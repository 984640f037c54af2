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
class QListWidget;
class QTextBrowser;
class QTextEdit;
class QToolBar;

namespace advicehub {
class Session;
}

namespace advicehub::ui {

class InlineError;

// Adds or edits a letter template: name, kind, language, the rich-text body (a QTextEdit with a
// small formatting toolbar; the core keeps only the allowed formatting) and the placeholders to
// insert. *Preview* fills the body with the sample query (LibraryService::fillSample) and lists
// the unknown and empty placeholders. The core decides (LibraryService::addTemplate /
// editTemplate); each refusal is shown under the field it concerns, a change saved meanwhile
// elsewhere is reported as a conflict, and Cancel asks before typed text is discarded.
class TemplateDialog : public QDialog {
    Q_OBJECT
public:
    enum class Field { Name, Kind, Language, Body };

    // `existing` null: a new template.
    TemplateDialog(Session& session, const library::DraftTemplate* existing, QWidget* parent = nullptr);

    bool isNew() const { return !m_id; }
    library::TemplateInput input() const;
    bool hasUnsavedChanges() const;
    QString describe() const;

    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* kindCombo() const { return m_kind; }
    QComboBox* languageCombo() const { return m_language; }
    QTextEdit* bodyEdit() const { return m_body; }
    QListWidget* placeholderList() const { return m_placeholders; }
    QTextBrowser* previewView() const { return m_preview; }
    QLabel* previewReport() const { return m_report; }
    InlineError* errorLabel(Field field) const { return m_errors.value(field); }
    InlineError* formError() const { return m_formError; }
    ConflictBanner* conflictBanner() const { return m_conflict; }

public Q_SLOTS:
    void accept() override;
    void reject() override;
    void preview();
    // Inserts the placeholder selected in the list at the body's cursor.
    void insertPlaceholder();

Q_SIGNALS:
    void saved(qint64 id);

private:
    QWidget* withError(QWidget* field, Field which);
    void fill(const library::TemplateInput& in);
    void clearErrors();
    // Shows a refusal of the core under the field it concerns (or for the form).
    void showRefusal(const QString& message);
    // The problems of the body's placeholders the core would refuse (empty: none).
    QString placeholderProblem() const;
    QToolBar* makeFormatBar();
    // Reload Their Version: the form shows `current` as it is stored now.
    void reloadStored(const library::DraftTemplate& current);

    Session& m_session;
    std::optional<qint64> m_id;
    int m_version = 0;
    library::TemplateInput m_initial;

    QLineEdit* m_name = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_language = nullptr;
    QCheckBox* m_active = nullptr;
    QTextEdit* m_body = nullptr;
    QListWidget* m_placeholders = nullptr;
    QTextBrowser* m_preview = nullptr;
    QLabel* m_report = nullptr;
    InlineError* m_formError = nullptr;
    ConflictBanner* m_conflict = nullptr;
    QHash<Field, QWidget*> m_fields;
    QHash<Field, InlineError*> m_errors;
};

} // namespace advicehub::ui
