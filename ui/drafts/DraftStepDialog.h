#pragma once

#include "drafts/DraftTypes.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;

namespace advicehub {
class Session;
}

namespace advicehub::ui {

class InlineError;

// One step of a draft's clearance chain, asked of the user: Submit for Clearance (an optional
// note), Request Changes (a comment, required), Clear (an optional comment; the justification
// the core requires when the only adviser of the vault clears their own version) and Mark Sent
// (the date, the channel, a note). OK calls the DraftService; a refusal is shown in the dialog
// with the core's message, and nothing changes.
class DraftStepDialog : public QDialog {
    Q_OBJECT
public:
    enum class Step { Submit, RequestChanges, Clear, MarkSent };

    DraftStepDialog(Session& session, const drafts::Draft& draft, Step step, QWidget* parent = nullptr);

    Step step() const { return m_step; }
    QPlainTextEdit* commentEdit() const { return m_comment; }
    QPlainTextEdit* justificationEdit() const { return m_justification; } // null unless needed
    QDateEdit* sentOnEdit() const { return m_sentOn; } // Mark Sent only
    QComboBox* channelBox() const { return m_channel; } // Mark Sent only
    InlineError* errorLabel() const { return m_error; }

public Q_SLOTS:
    void accept() override;
    // Asks before discarding typed text (TypedText).
    void reject() override;

Q_SIGNALS:
    void stepDone(const advicehub::drafts::Draft& draft);

private:
    Session& m_session;
    drafts::Draft m_draft;
    Step m_step;
    QPlainTextEdit* m_comment = nullptr;
    QPlainTextEdit* m_justification = nullptr;
    QDateEdit* m_sentOn = nullptr;
    QComboBox* m_channel = nullptr;
    InlineError* m_error = nullptr;
};

} // namespace advicehub::ui
