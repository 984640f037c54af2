#include "queries/StatusChangeDialog.h"

#include "common/Icons.h"
#include "common/InlineError.h"
#include "common/TypedText.h"
#include "queries/Lifecycle.h"
#include "queries/QueryService.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace advicehub::ui {

using namespace advicehub::queries;

StatusChangeDialog::StatusChangeDialog(QueryService& service, const Query& query, QueryStatus to, QWidget* parent)
    : QDialog(parent), m_service(service), m_id(query.id), m_to(to)
{
    TypedText::watch(this);
    setObjectName(QStringLiteral("statusChangeDialog"));
    setWindowTitle(tr("%1: %2").arg(query.reference, QueryText::actionLabel(to)));
    setWindowIcon(Icons::get(Icons::Status));

    auto* what = new QLabel(tr("%1 goes from \u201c%2\u201d to \u201c%3\u201d.")
                                .arg(query.reference, QueryText::label(query.status), QueryText::label(to)),
        this);
    what->setTextFormat(Qt::PlainText);
    what->setWordWrap(true);
    const bool required = service.reasonRequiredFor(query.id, to);
    // Response sent without a sent draft: the reason records how the answer was given.
    const bool outside = required && to == QueryStatus::ResponseSent && !Lifecycle::reasonRequired(query.status, to);
    auto* prompt = new QLabel(outside ? tr("No draft of the answer was marked sent in Advice Hub. &Reason (required, "
                                           "kept in the timeline): the answer was given outside Advice Hub: how, "
                                           "when and by whom.")
            : required                ? tr("&Reason (required, kept in the timeline):")
                                      : tr("&Reason (optional, kept in the timeline):"),
        this);
    prompt->setWordWrap(true);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setTabChangesFocus(true);
    prompt->setBuddy(m_reason);
    m_error = new InlineError(this);
    m_error->setObjectName(QStringLiteral("reasonErrorLabel"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(QueryText::actionLabel(to));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("changeStatusButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &StatusChangeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &StatusChangeDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addWidget(prompt);
    layout->addWidget(m_reason);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(480, 280);
    m_reason->setFocus();
}

void StatusChangeDialog::reject()
{
    TypedText::closeAskingFirst(this, [this] { QDialog::reject(); });
}

void StatusChangeDialog::accept()
{
    // The core decides whether the reason is enough; its message is shown here.
    const Status status = m_service.changeStatus(m_id, m_to, m_reason->toPlainText());
    if (!status) {
        m_error->showMessage(status.error().message);
        return;
    }
    Q_EMIT statusChanged(m_id, m_to);
    QDialog::accept();
}

} // namespace advicehub::ui
