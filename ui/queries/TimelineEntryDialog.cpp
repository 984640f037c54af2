#include "queries/TimelineEntryDialog.h"

#include "queries/KeptWork.h"

#include "pending/PendingEditService.h"

#include "common/Clock.h"
#include "common/Continuation.h"
#include "common/Icons.h"
#include "common/InlineError.h"
#include "common/MessageBox.h"
#include "common/NoteLabel.h"
#include "common/TypedText.h"
#include "queries/QueryRules.h"
#include "queries/QueryService.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace advicehub::ui {

using namespace advicehub::queries;

TimelineEntryDialog::TimelineEntryDialog(
    QueryService& service, const Clock& clock, qint64 queryId, EntryKind kind, QWidget* parent)
    : QDialog(parent), m_service(service), m_queryId(queryId)
{
    TypedText::watch(this);
    setObjectName(QStringLiteral("timelineEntryDialog"));
    setWindowTitle(tr("Add to Timeline"));
    setWindowIcon(Icons::get(Icons::AddToTimeline));

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("entryKindCombo"));
    for (EntryKind loggable : TimelineText::loggableKinds())
        m_kind->addItem(TimelineText::label(loggable), TimelineText::code(loggable));
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(TimelineText::code(kind))));
    m_occurred = new QDateTimeEdit(clock.nowUtc().toLocalTime(), this);
    m_occurred->setObjectName(QStringLiteral("occurredEdit"));
    m_occurred->setCalendarPopup(true);
    m_occurred->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_summary = new QLineEdit(this);
    m_summary->setObjectName(QStringLiteral("summaryEdit"));
    m_summary->setMaxLength(QueryLimits::EntrySummary);
    m_summary->setPlaceholderText(tr("In one line: who, what"));
    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(QStringLiteral("bodyEdit"));
    m_body->setTabChangesFocus(true);

    auto* top = new QWidget(this);
    auto* form = new QFormLayout(top);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&When:"), m_occurred);
    form->addRow(tr("&Summary:"), m_summary);
    form->addRow(tr("&Details:"), m_body);
    auto* note = new NoteLabel(tr("E-mails are only recorded here; Advice Hub never sends anything."), this);
    form->addRow(note);
    finishLayout(top);
    m_summary->setFocus();
}

TimelineEntryDialog::TimelineEntryDialog(QueryService& service, const TimelineEntry& entry, QWidget* parent)
    : QDialog(parent), m_service(service), m_queryId(entry.queryId), m_corrects(entry.id)
{
    TypedText::watch(this);
    setObjectName(QStringLiteral("correctionDialog"));
    setWindowTitle(tr("Correct a Timeline Entry"));
    setWindowIcon(Icons::get(Icons::AddToTimeline));

    auto* top = new QWidget(this);
    auto* form = new QFormLayout(top);
    form->setContentsMargins(0, 0, 0, 0);
    const auto plain = [top](const QString& text) {
        auto* label = new QLabel(text, top);
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return label;
    };
    form->addRow(tr("Entry:"),
        plain(tr("%1, %2").arg(TimelineText::label(entry.kind),
            entry.occurredAtUtc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))));
    QString original = TimelineText::summaryOf(entry);
    if (!entry.body.isEmpty())
        original += (original.isEmpty() ? QString() : QStringLiteral("\n")) + entry.body;
    if (!entry.oldValue.isEmpty() || !entry.newValue.isEmpty())
        original += QStringLiteral("\n%1 \u2192 %2").arg(entry.oldValue, entry.newValue);
    form->addRow(tr("It says:"), plain(original));
    m_body = new QPlainTextEdit(top);
    m_body->setObjectName(QStringLiteral("correctionEdit"));
    m_body->setTabChangesFocus(true);
    form->addRow(tr("&Correction:"), m_body);
    auto* note = new NoteLabel(tr("The entry stays as it is; the correction is added after it."), top);
    form->addRow(note);
    finishLayout(top);
    m_body->setFocus();
}

void TimelineEntryDialog::finishLayout(QWidget* top)
{
    m_error = new InlineError(this);
    m_error->setObjectName(QStringLiteral("entryErrorLabel"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveEntryButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &TimelineEntryDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TimelineEntryDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(top, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(560, 400);
}

bool TimelineEntryDialog::hasUnsavedChanges() const
{
    return (m_summary && !m_summary->text().trimmed().isEmpty()) || !m_body->toPlainText().trimmed().isEmpty();
}

Status TimelineEntryDialog::keepAsPending(pending::PendingEditService& pending, std::optional<qint64> adviserId)
{
    QJsonObject payload;
    if (m_corrects) {
        payload.insert(QStringLiteral("corrects"), static_cast<double>(*m_corrects));
    } else {
        payload.insert(QStringLiteral("kind"), m_kind->currentData().toString());
        payload.insert(QStringLiteral("occurredAt"), m_occurred->dateTime().toUTC().toString(Qt::ISODate));
        payload.insert(QStringLiteral("summary"), m_summary->text());
    }
    payload.insert(QStringLiteral("body"), m_body->toPlainText());
    const Result<qint64> kept = pending.keep(pending::PendingKind::TimelineEntry, m_queryId, 0, payload,
        m_corrects ? tr("Correction of a timeline entry") : tr("Timeline entry: %1").arg(m_summary->text()), adviserId,
        m_pending == &pending ? m_pendingId : std::nullopt);
    if (!kept)
        return kept.error();
    m_pending = &pending;
    m_pendingId = kept.value();
    return {};
}

QString TimelineEntryDialog::describe() const
{
    if (m_corrects)
        return tr("a correction of a timeline entry");
    const EntryKind kind = TimelineText::kind(m_kind->currentData().toString()).value_or(EntryKind::Note);
    return tr("a timeline entry (%1) being written").arg(TimelineText::label(kind).toLower());
}

void TimelineEntryDialog::restorePending(const pending::PendingEdit& edit, pending::PendingEditService& pending)
{
    const QJsonObject& p = edit.payload;
    if (!m_corrects) {
        m_kind->setCurrentIndex(std::max(0, m_kind->findData(p.value(QStringLiteral("kind")).toString())));
        const QDateTime occurred = QDateTime::fromString(p.value(QStringLiteral("occurredAt")).toString(), Qt::ISODate);
        if (occurred.isValid())
            m_occurred->setDateTime(occurred.toLocalTime());
        m_summary->setText(p.value(QStringLiteral("summary")).toString());
    }
    m_body->setPlainText(p.value(QStringLiteral("body")).toString());
    m_pending = &pending;
    m_pendingId = edit.id;
}

void TimelineEntryDialog::reject()
{
    if (!m_pendingId || !m_pending || Continuation::closingForLock()) {
        // At a lock the content was kept first; otherwise typed text is not dropped unasked.
        TypedText::closeAskingFirst(this, [this] { QDialog::reject(); });
        return;
    }
    askToDiscardKeptWork(this, *m_pending, m_pendingId, m_error, [this] { QDialog::reject(); });
}

void TimelineEntryDialog::accept()
{
    Result<TimelineEntry> entry = [this]() -> Result<TimelineEntry> {
        if (m_corrects)
            return m_service.correctEntry(*m_corrects, m_body->toPlainText());
        NewEntry fresh;
        fresh.kind = TimelineText::kind(m_kind->currentData().toString()).value_or(EntryKind::Note);
        fresh.occurredAtUtc = m_occurred->dateTime().toUTC();
        fresh.summary = m_summary->text();
        fresh.body = m_body->toPlainText();
        return m_service.addEntry(m_queryId, fresh);
    }();
    if (!entry) {
        m_error->showMessage(entry.error().message);
        return;
    }
    if (m_pending && m_pendingId) {
        // Safely in the vault now: the kept copy goes (should that fail, it is offered again).
        (void)m_pending->remove(*m_pendingId);
        m_pendingId.reset();
    }
    Q_EMIT entryAdded(m_queryId);
    QDialog::accept();
}

} // namespace advicehub::ui
