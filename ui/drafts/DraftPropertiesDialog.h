#pragma once

#include "drafts/DraftTypes.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace advicehub {
class Session;
}

namespace advicehub::ui {

class InlineError;

// Draft Properties…: a draft's title, kind and language (DraftService::rename — not a new
// version of the text; recorded on the query's timeline). A sent draft is locked: the core
// refuses, and the dialog says why. When someone else changed the draft after the dialog opened
// (ErrorCode::Conflict), the dialog shows the draft's current values beside the user's, keeps
// what the user typed, and saves only when asked again. Cancel after a change asks first.
class DraftPropertiesDialog : public QDialog {
    Q_OBJECT
public:
    DraftPropertiesDialog(Session& session, const drafts::Draft& draft, QWidget* parent = nullptr);

    qint64 draftId() const { return m_draftId; }
    QLineEdit* titleEdit() const { return m_title; }
    QComboBox* kindBox() const { return m_kind; }
    QComboBox* languageBox() const { return m_language; }
    InlineError* errorLabel() const { return m_error; }
    QPushButton* saveButton() const { return m_save; }
    bool hasUnsavedChanges() const;

public Q_SLOTS:
    void accept() override;
    void reject() override;

Q_SIGNALS:
    void renamed(qint64 draftId);

private:
    drafts::DraftKind kind() const;
    drafts::DraftLanguage language() const;
    void showLocked(const QString& message);

    Session& m_session;
    qint64 m_draftId;
    int m_version;
    QString m_initialTitle;
    drafts::DraftKind m_initialKind;
    drafts::DraftLanguage m_initialLanguage;
    QLineEdit* m_title = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_language = nullptr;
    InlineError* m_error = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace advicehub::ui
