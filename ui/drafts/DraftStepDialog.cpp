#include "drafts/DraftStepDialog.h"

#include "common/InlineError.h"
#include "common/NoteLabel.h"
#include "common/TypedText.h"
#include "drafts/DraftService.h"
#include "queries/QueryService.h"
#include "reference/ReferenceLookup.h"
#include "session/Session.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace advicehub::ui {

using namespace advicehub::drafts;

DraftStepDialog::DraftStepDialog(Session& session, const Draft& draft, Step step, QWidget* parent)
    : QDialog(parent), m_session(session), m_draft(draft), m_step(step)
{
    TypedText::watch(this);
    setObjectName(QStringLiteral("draftStepDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    QString okText;
    switch (step) {
    case Step::Submit:
        setWindowTitle(tr("Submit for Clearance"));
        layout->addWidget(
            new NoteLabel(tr("Version %1 of \u201c%2\u201d goes to the Head of Secretariat for clearance.")
                              .arg(draft.latestVersion)
                              .arg(draft.title),
                this));
        okText = tr("&Submit");
        break;
    case Step::RequestChanges:
        setWindowTitle(tr("Request Changes"));
        layout->addWidget(new NoteLabel(
            tr("Version %1 goes back to its author with your comment, kept with the version.").arg(draft.latestVersion),
            this));
        okText = tr("&Request Changes");
        break;
    case Step::Clear:
        setWindowTitle(tr("Clear Draft"));
        layout->addWidget(
            new NoteLabel(tr("Clearing version %1 approves it for sending. Any later edit sends the draft back to "
                             "\u201c"
                             "Draft\u201d.")
                              .arg(draft.latestVersion),
                this));
        okText = tr("&Clear");
        break;
    case Step::MarkSent:
        setWindowTitle(tr("Mark Sent"));
        layout->addWidget(new NoteLabel(tr("The cleared version %1 is recorded as sent. From then on the draft is "
                                           "locked: it can be read, exported and copied, never changed.")
                                            .arg(draft.clearedVersion.value_or(draft.latestVersion)),
            this));
        okText = tr("&Mark Sent");
        break;
    }
    m_comment = new QPlainTextEdit(this);
    m_comment->setObjectName(QStringLiteral("stepCommentEdit"));
    m_comment->setTabChangesFocus(true);
    m_comment->setMinimumHeight(80);
    if (step == Step::MarkSent) {
        m_sentOn = new QDateEdit(session.queries().today(), this);
        m_sentOn->setObjectName(QStringLiteral("sentOnEdit"));
        m_sentOn->setCalendarPopup(true);
        m_sentOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        m_sentOn->setMaximumDate(session.queries().today());
        m_channel = new QComboBox(this);
        m_channel->setObjectName(QStringLiteral("sentChannelBox"));
        for (const reference::NamedItem& channel : session.lookup().channels())
            m_channel->addItem(channel.name, channel.id);
        form->addRow(tr("Sent &on:"), m_sentOn);
        form->addRow(tr("&Channel:"), m_channel);
        form->addRow(tr("&Note:"), m_comment);
    } else {
        form->addRow(step == Step::RequestChanges ? tr("&Comment (required):") : tr("&Comment:"), m_comment);
    }
    if (step == Step::Clear && session.drafts().needsSelfClearanceJustification(draft.id)) {
        m_justification = new QPlainTextEdit(this);
        m_justification->setObjectName(QStringLiteral("selfClearanceEdit"));
        m_justification->setTabChangesFocus(true);
        m_justification->setMinimumHeight(60);
        layout->addWidget(new NoteLabel(tr("You wrote this version and you are the only adviser of this vault: "
                                           "say why it is cleared without a second reader (at least %n characters). "
                                           "The clearance is recorded as a self-clearance.",
                                            nullptr, DraftLimits::MinSelfClearanceJustification),
            this));
        form->addRow(tr("&Justification:"), m_justification);
    }
    layout->addLayout(form, 1);
    m_error = new InlineError(this);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(okText);
    connect(buttons, &QDialogButtonBox::accepted, this, &DraftStepDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DraftStepDialog::reject);
    layout->addWidget(buttons);
    resize(480, 300);
}

void DraftStepDialog::reject()
{
    TypedText::closeAskingFirst(this, [this] { QDialog::reject(); });
}

void DraftStepDialog::accept()
{
    const QString comment = m_comment->toPlainText().trimmed();
    DraftService& drafts = m_session.drafts();
    Result<Draft> done = [&]() -> Result<Draft> {
        switch (m_step) {
        case Step::Submit:
            return drafts.submit(m_draft.id, comment, m_draft.version);
        case Step::RequestChanges:
            return drafts.requestChanges(m_draft.id, comment, m_draft.version);
        case Step::Clear:
            return drafts.clear(m_draft.id, comment, m_draft.version,
                m_justification ? m_justification->toPlainText().trimmed() : QString());
        case Step::MarkSent: {
            SendInput input;
            input.on = m_sentOn->date();
            input.channelId = m_channel->currentData().toLongLong();
            input.note = comment;
            return drafts.markSent(m_draft.id, input, m_draft.version);
        }
        }
        return makeError(ErrorCode::InvalidInput, tr("Unknown step."));
    }();
    if (!done) {
        m_error->showMessage(done.error().message);
        return;
    }
    Q_EMIT stepDone(done.value());
    QDialog::accept();
}

} // namespace advicehub::ui
