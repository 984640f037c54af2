#include "queries/QueryCasework.h"

#include "common/MessageBox.h"
#include "common/ShowDialog.h"
#include "drafts/DraftActions.h"
#include "pending/PendingEditService.h"
#include "queries/Lifecycle.h"
#include "queries/PickQueryDialog.h"
#include "queries/QueryDetailPane.h"
#include "queries/QueryFormDialog.h"
#include "queries/QueryPage.h"
#include "queries/QueryService.h"
#include "queries/QueryTableModel.h"
#include "queries/StatusChangeDialog.h"
#include "queries/TimelineEntryDialog.h"
#include "queries/TriageDialog.h"
#include "session/Session.h"

#include <QJsonValue>
#include <QTabWidget>

namespace advicehub::ui {

using namespace advicehub::queries;

QueryCasework::QueryCasework(Session& session, QueryPage& page) : QObject(&page), m_session(session), m_page(page)
{ }

void QueryCasework::newQuery()
{
    if (!m_session.currentAdviserId())
        return;
    auto* dialog = new QueryFormDialog(m_session, nullptr, &m_page);
    connect(dialog, &QueryFormDialog::saved, this, [this](qint64 id) {
        m_page.model()->refresh();
        m_page.selectQuery(id);
        if (const auto& query = m_page.detailPane()->query())
            Q_EMIT statusMessage(tr("Registered %1.").arg(query->reference));
    });
    showDialog(dialog);
}

void QueryCasework::editQuery()
{
    const std::optional<Query>& query = m_page.detailPane()->query();
    if (!query || !m_session.currentAdviserId())
        return;
    auto* dialog = new QueryFormDialog(m_session, &*query, &m_page);
    connect(dialog, &QueryFormDialog::saved, this, [this](qint64 id) {
        m_page.model()->refresh();
        m_page.selectQuery(id);
    });
    showDialog(dialog);
}

void QueryCasework::triageQuery()
{
    const std::optional<Query>& query = m_page.detailPane()->query();
    if (!query || !m_session.currentAdviserId())
        return;
    auto* dialog = new TriageDialog(m_session, *query, &m_page);
    connect(dialog, &TriageDialog::triaged, this, [this](qint64 id) {
        m_page.detailPane()->refresh();
        m_page.updateActions();
        if (const auto& q = m_page.detailPane()->query(); q && q->id == id)
            Q_EMIT statusMessage(tr("%1 triaged.").arg(q->reference));
    });
    showDialog(dialog);
}

void QueryCasework::changeStatus(QueryStatus to)
{
    const std::optional<Query> query = m_page.detailPane()->query();
    if (!query || !m_session.currentAdviserId())
        return;
    if (to == QueryStatus::Triaged) {
        triageQuery(); // triage sets priority, due date, adviser and route first
        return;
    }
    if (m_session.queries().reasonRequiredFor(query->id, to)) {
        auto* dialog = new StatusChangeDialog(m_session.queries(), *query, to, &m_page);
        connect(dialog, &StatusChangeDialog::statusChanged, this, [this] {
            m_page.detailPane()->refresh();
            m_page.updateActions();
        });
        showDialog(dialog);
        return;
    }
    const Status status = m_session.queries().changeStatus(query->id, to);
    if (!status) {
        MessageBox::warning(&m_page, tr("Change Status"), status.error().message);
        return;
    }
    m_page.detailPane()->refresh();
    m_page.updateActions();
    Q_EMIT statusMessage(tr("%1 is now \u201c%2\u201d.").arg(query->reference, QueryText::label(to)));
}

void QueryCasework::addTimelineEntry(EntryKind kind)
{
    const std::optional<Query>& query = m_page.detailPane()->query();
    if (!query || !m_session.currentAdviserId())
        return;
    auto* dialog = new TimelineEntryDialog(m_session.queries(), m_session.clock(), query->id, kind, &m_page);
    connect(dialog, &TimelineEntryDialog::entryAdded, this, [this] {
        m_page.detailPane()->refresh();
        m_page.detailPane()->tabs()->setCurrentIndex(1);
    });
    showDialog(dialog);
}

void QueryCasework::correctTimelineEntry()
{
    const std::optional<TimelineEntry> entry = m_page.detailPane()->selectedEntry();
    if (!entry || !m_session.currentAdviserId())
        return;
    auto* dialog = new TimelineEntryDialog(m_session.queries(), *entry, &m_page);
    connect(dialog, &TimelineEntryDialog::entryAdded, this, [this] { m_page.detailPane()->refresh(); });
    showDialog(dialog);
}

void QueryCasework::linkQuery()
{
    const std::optional<Query>& query = m_page.detailPane()->query();
    if (!query || !m_session.currentAdviserId())
        return;
    auto* dialog = new PickQueryDialog(m_session, *query, PickQueryDialog::Purpose::Link, &m_page);
    connect(dialog, &PickQueryDialog::done, this, [this] { m_page.detailPane()->refresh(); });
    showDialog(dialog);
}

void QueryCasework::unlinkQuery()
{
    const std::optional<Query>& query = m_page.detailPane()->query();
    const std::optional<casefile::SummaryLink> link = m_page.detailPane()->selectedLink();
    if (!query || !link || !m_session.currentAdviserId())
        return;
    const Status status = m_session.queries().unlink(query->id, link->queryId);
    if (!status) {
        MessageBox::warning(&m_page, tr("Unlink"), status.error().message);
        return;
    }
    m_page.detailPane()->refresh();
}

void QueryCasework::mergeQuery()
{
    const std::optional<Query>& query = m_page.detailPane()->query();
    if (!query || !m_session.currentAdviserId())
        return;
    auto* dialog = new PickQueryDialog(m_session, *query, PickQueryDialog::Purpose::Merge, &m_page);
    connect(dialog, &PickQueryDialog::done, this, [this](qint64, qint64 survivor) {
        m_page.model()->reload();
        m_page.selectQuery(survivor);
    });
    showDialog(dialog);
}

void QueryCasework::deleteQuery()
{
    const std::optional<Query> query = m_page.detailPane()->query();
    if (!query || query->status != QueryStatus::New || !m_session.currentAdviserId())
        return;
    const qint64 id = query->id;
    const QString reference = query->reference;
    MessageBox::question(&m_page, tr("Delete Query"),
        tr("Delete %1 \u201c%2\u201d? Only a query registered by mistake should be deleted; its reference number is "
           "not used again.")
            .arg(query->reference, query->fields.subject),
        [this, id, reference](QMessageBox::StandardButton answer) {
            if (answer != QMessageBox::Yes)
                return;
            const Status status = m_session.queries().remove(id);
            if (!status) {
                MessageBox::warning(&m_page, tr("Delete Query"), status.error().message);
                return;
            }
            Q_EMIT statusMessage(tr("%1 deleted.").arg(reference));
        });
}

Status QueryCasework::restorePendingEdit(const pending::PendingEdit& edit)
{
    switch (edit.kind) {
    case pending::PendingKind::QueryForm: {
        std::optional<Query> existing;
        if (edit.queryId) {
            Result<Query> query = m_session.queries().get(*edit.queryId);
            if (!query)
                return query.error();
            existing = std::move(query).value();
        }
        auto* dialog = new QueryFormDialog(m_session, existing ? &*existing : nullptr, &m_page);
        dialog->restorePending(edit);
        connect(dialog, &QueryFormDialog::saved, this, [this](qint64 id) {
            m_page.model()->refresh();
            m_page.selectQuery(id);
        });
        showDialog(dialog);
        return {};
    }
    case pending::PendingKind::TimelineEntry: {
        if (!edit.queryId)
            return makeError(ErrorCode::NotFound, tr("The query it was written for no longer exists."));
        TimelineEntryDialog* dialog = nullptr;
        qint64 queryId = *edit.queryId;
        const QJsonValue corrects = edit.payload.value(QStringLiteral("corrects"));
        if (corrects.isDouble()) {
            // The entry being corrected: on its query, or — if that query has since been merged
            // into another — on the query it was merged into, which took its timeline.
            const auto entryId = static_cast<qint64>(corrects.toDouble());
            std::optional<TimelineEntry> corrected;
            qint64 candidate = queryId;
            for (int hops = 0; hops < 4; ++hops) {
                Result<std::vector<TimelineEntry>> entries = m_session.queries().timeline(candidate);
                if (!entries)
                    return entries.error();
                for (const TimelineEntry& entry : entries.value()) {
                    if (entry.id == entryId)
                        corrected = entry;
                }
                if (corrected)
                    break;
                Result<Query> query = m_session.queries().get(candidate);
                if (!query)
                    return query.error();
                if (!query->mergedIntoId || *query->mergedIntoId == candidate)
                    break;
                candidate = *query->mergedIntoId;
            }
            if (!corrected)
                return makeError(ErrorCode::NotFound, tr("The timeline entry it corrects could not be found."));
            queryId = corrected->queryId;
            dialog = new TimelineEntryDialog(m_session.queries(), *corrected, &m_page);
        } else {
            dialog = new TimelineEntryDialog(m_session.queries(), m_session.clock(), queryId, EntryKind::Note, &m_page);
        }
        dialog->restorePending(edit, m_session.pendingEdits());
        connect(dialog, &TimelineEntryDialog::entryAdded, this, [this](qint64 id) {
            m_page.selectQuery(id);
            m_page.detailPane()->refresh();
        });
        m_page.selectQuery(queryId);
        showDialog(dialog);
        return {};
    }
    case pending::PendingKind::DraftText: {
        // The draft editor (ui/drafts) opens the draft with the kept text; the query is shown.
        if (edit.queryId)
            m_page.selectQuery(*edit.queryId);
        const Status restored = m_page.draftActions()->restorePendingEdit(edit);
        if (restored && edit.queryId)
            m_page.detailPane()->showDrafts();
        return restored;
    }
    }
    return makeError(ErrorCode::NotFound, tr("This kind of unsaved work is not known to this version."));
}

} // namespace advicehub::ui
