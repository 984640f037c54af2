#include "queries/PickQueryDialog.h"

#include "common/Icons.h"
#include "common/InlineError.h"
#include "queries/QueryFinder.h"
#include "queries/QueryService.h"
#include "session/Session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace advicehub::ui {

using namespace advicehub::queries;

namespace {
constexpr int kMaxMatches = 50;
} // namespace

PickQueryDialog::PickQueryDialog(Session& session, const Query& current, Purpose purpose, QWidget* parent)
    : QDialog(parent), m_session(session), m_current(current), m_purpose(purpose)
{
    const bool merge = purpose == Purpose::Merge;
    setObjectName(merge ? QStringLiteral("mergeQueryDialog") : QStringLiteral("linkQueryDialog"));
    setWindowTitle(
        merge ? tr("Merge %1 into\u2026").arg(current.reference) : tr("Link %1 to\u2026").arg(current.reference));
    setWindowIcon(Icons::get(merge ? Icons::Merge : Icons::Link));

    auto* explanation = new QLabel(merge
            ? tr("%1 is a duplicate. Choose the query it duplicates: its timeline, links, themes and articles move "
                 "there, and its reference will lead to that query.")
                  .arg(current.reference)
            : tr("Choose the query %1 is related to.").arg(current.reference),
        this);
    explanation->setTextFormat(Qt::PlainText);
    explanation->setWordWrap(true);
    m_find = new QLineEdit(this);
    m_find->setObjectName(QStringLiteral("findQueryEdit"));
    m_find->setPlaceholderText(tr("A reference (AH-2026-0042) or words from the query"));
    m_find->setClearButtonEnabled(true);
    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("queryMatchList"));
    m_results->setUniformItemSizes(true);
    m_error = new InlineError(this);
    m_error->setObjectName(QStringLiteral("pickErrorLabel"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Find:"), m_find);
    if (!merge) {
        m_kind = new QComboBox(this);
        m_kind->setObjectName(QStringLiteral("linkKindCombo"));
        m_kind->addItem(tr("Related query"), static_cast<int>(LinkKind::Related));
        m_kind->addItem(
            tr("%1 follows up the chosen query").arg(current.reference), static_cast<int>(LinkKind::FollowUp));
        form->addRow(tr("&Link as:"), m_kind);
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(merge ? tr("&Merge") : tr("&Link"));
    ok->setObjectName(QStringLiteral("pickButton"));
    ok->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &PickQueryDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PickQueryDialog::reject);
    // Merging cannot be undone: it is confirmed in the dialog itself (no second, blocking box
    // that a lock could pull out from under it).
    if (merge) {
        m_confirm = new QCheckBox(
            tr("I checked that %1 is a duplicate; merging cannot be undone.").arg(current.reference), this);
        m_confirm->setObjectName(QStringLiteral("confirmMergeCheck"));
    }
    const auto updateOk
        = [this, ok] { ok->setEnabled(m_results->currentRow() >= 0 && (!m_confirm || m_confirm->isChecked())); };
    connect(m_results, &QListWidget::currentRowChanged, this, updateOk);
    if (m_confirm)
        connect(m_confirm, &QCheckBox::toggled, this, updateOk);
    connect(m_results, &QListWidget::itemActivated, this, &PickQueryDialog::accept);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &PickQueryDialog::findMatches);
    connect(m_find, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_results, 1);
    if (m_confirm)
        layout->addWidget(m_confirm);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(640, 460);
    m_find->setFocus();
}

void PickQueryDialog::findMatches()
{
    m_debounce->stop();
    m_results->clear();
    m_error->clearMessage();
    const QString text = m_find->text().trimmed();
    if (text.isEmpty())
        return;
    const Result<QueryFinder::Matches> found = QueryFinder::find(m_session, text, kMaxMatches);
    if (!found) {
        m_error->showMessage(found.error().message);
        return;
    }
    for (const QueryFinder::Match& match : found->matches) {
        if (match.id == m_current.id)
            continue;
        auto* item = new QListWidgetItem(match.text, m_results);
        item->setData(Qt::UserRole, match.id);
    }
    if (found->more)
        m_error->showMessage(
            tr("Only the %1 newest matches are listed; type more words to narrow them.").arg(kMaxMatches));
    if (m_results->count() == 0)
        m_error->showMessage(tr("No other query matches."));
    else
        m_results->setCurrentRow(0);
}

void PickQueryDialog::accept()
{
    QListWidgetItem* item = m_results->currentItem();
    if (!item)
        return;
    const qint64 other = item->data(Qt::UserRole).toLongLong();
    Status status;
    if (m_purpose == Purpose::Merge) {
        if (!m_confirm->isChecked())
            return;
        status = m_session.queries().merge(m_current.id, other);
    } else {
        const auto kind = static_cast<LinkKind>(m_kind->currentData().toInt());
        status = m_session.queries().link(m_current.id, other, kind);
    }
    if (!status) {
        m_error->showMessage(status.error().message);
        return;
    }
    Q_EMIT done(m_current.id, other);
    QDialog::accept();
}

} // namespace advicehub::ui
