#pragma once

#include "drafts/DraftTypes.h"
#include "library/LibraryTypes.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QTextBrowser;

namespace advicehub {
class Session;
}

namespace advicehub::ui {

class InlineError;

// New Draft: a title, the kind and the language, and a blank page or a template of that kind
// and language filled from the query. What the template could not fill is shown plainly before
// the draft is made: unknown placeholders (left in the text as typed) and empty ones (the query
// has no value: a visible "[name?]" marker in the text).
class NewDraftDialog : public QDialog {
    Q_OBJECT
public:
    NewDraftDialog(Session& session, qint64 queryId, QWidget* parent = nullptr);

    QLineEdit* titleEdit() const { return m_title; }
    QComboBox* kindBox() const { return m_kind; }
    QComboBox* languageBox() const { return m_language; }
    QComboBox* templateBox() const { return m_template; }
    QTextBrowser* preview() const { return m_preview; }
    QLabel* placeholderReport() const { return m_report; }

public Q_SLOTS:
    void accept() override;
    // Asks before discarding typed text (TypedText).
    void reject() override;

Q_SIGNALS:
    void created(qint64 draftId);

private:
    void reloadTemplates();
    void fillPreview();

    Session& m_session;
    qint64 m_queryId;
    std::optional<library::FilledTemplate> m_filled;
    QLineEdit* m_title = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_language = nullptr;
    QComboBox* m_template = nullptr;
    QTextBrowser* m_preview = nullptr;
    QLabel* m_report = nullptr;
    InlineError* m_error = nullptr;
    bool m_titleTouched = false;
};

} // namespace advicehub::ui
