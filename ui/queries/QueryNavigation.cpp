#include "queries/QueryNavigation.h"

#include "common/Icons.h"
#include "session/Session.h"

#include <QLocale>
#include <QTimer>

namespace advicehub::ui {

using namespace advicehub::queries;

namespace {

Icons::Id viewIcon(QueryView view)
{
    switch (view) {
    case QueryView::Inbox:
        return Icons::Inbox;
    case QueryView::Mine:
        return Icons::Mine;
    case QueryView::All:
        return Icons::AllQueries;
    case QueryView::Overdue:
        return Icons::Overdue;
    case QueryView::DueThisWeek:
        return Icons::DueThisWeek;
    case QueryView::AwaitingRequester:
        return Icons::Awaiting;
    case QueryView::Closed:
        return Icons::Closed;
    }
    return Icons::AllQueries;
}

} // namespace

QueryNavigation::QueryNavigation(Session& session, QWidget* parent) : QListWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("navigationList"));
    setIconSize(QSize(20, 20));
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTextElideMode(Qt::ElideRight);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    // Wide enough for the longest view with a six-digit count.
    setMinimumWidth(std::max(170,
        fontMetrics().horizontalAdvance(
            tr("%1 (%2)").arg(viewLabel(QueryView::AwaitingRequester), QStringLiteral("100,000")))
            + 60));
}

void QueryNavigation::reload(QueryView view, std::optional<qint64> savedSearchId)
{
    const QSignalBlocker blocker(this);
    clear();
    for (QueryView each : allViews()) {
        auto* item = new QListWidgetItem(Icons::get(viewIcon(each)), viewLabel(each), this);
        item->setData(KindRole, QStringLiteral("view"));
        item->setData(ValueRole, viewCode(each));
        item->setData(LabelRole, viewLabel(each));
    }
    Result<std::vector<QuerySearch::SavedSearch>> saved = m_session.search().savedSearches();
    auto* header = new QListWidgetItem(tr("Saved searches"), this);
    header->setData(KindRole, QStringLiteral("header"));
    header->setFlags(Qt::ItemIsEnabled);
    QFont bold = header->font();
    bold.setBold(true);
    header->setFont(bold);
    header->setForeground(palette().brush(QPalette::PlaceholderText));
    if (saved) {
        for (const QuerySearch::SavedSearch& search : saved.value()) {
            auto* item = new QListWidgetItem(Icons::get(Icons::SavedSearch), search.name, this);
            item->setData(KindRole, QStringLiteral("saved"));
            item->setData(ValueRole, search.id);
            item->setToolTip(tr("Saved search: %1").arg(viewLabel(search.filter.view)));
        }
    }
    if (!saved || saved->empty()) {
        auto* none = new QListWidgetItem(tr("None yet"), this);
        none->setData(KindRole, QStringLiteral("header"));
        none->setFlags(Qt::NoItemFlags);
    }
    // Back on what was shown.
    for (int i = 0; i < count(); ++i) {
        QListWidgetItem* each = item(i);
        const QString kind = each->data(KindRole).toString();
        if ((savedSearchId && kind == QLatin1String("saved") && each->data(ValueRole).toLongLong() == *savedSearchId)
            || (!savedSearchId && kind == QLatin1String("view") && each->data(ValueRole).toString() == viewCode(view)))
            setCurrentItem(each);
    }
    refreshCounts();
}

void QueryNavigation::scheduleCountsRefresh()
{
    if (m_countsPending)
        return;
    m_countsPending = true;
    // After the change is committed, and once for a burst of changes.
    QTimer::singleShot(0, this, &QueryNavigation::refreshCounts);
}

void QueryNavigation::refreshCounts()
{
    m_countsPending = false;
    Result<std::vector<std::pair<QueryView, qint64>>> counts
        = m_session.search().viewCounts(m_session.currentAdviserId());
    if (!counts)
        return;
    const QLocale locale;
    for (int i = 0; i < count(); ++i) {
        QListWidgetItem* each = item(i);
        if (each->data(KindRole).toString() != QLatin1String("view"))
            continue;
        const std::optional<QueryView> view = viewFromCode(each->data(ValueRole).toString());
        for (const auto& [candidate, n] : counts.value()) {
            if (view == candidate) {
                each->setText(tr("%1 (%2)").arg(each->data(LabelRole).toString(), locale.toString(n)));
                each->setData(Qt::AccessibleTextRole,
                    tr("%1, %Ln query(ies)", nullptr, static_cast<int>(n)).arg(each->data(LabelRole).toString()));
                QFont font = each->font();
                // Work waiting: the overdue count and the inbox stand out when not empty.
                font.setBold(n > 0 && (candidate == QueryView::Overdue || candidate == QueryView::Inbox));
                each->setFont(font);
                if (candidate == QueryView::Overdue)
                    each->setForeground(n > 0 ? QBrush(QColor(0xb3, 0x26, 0x1e)) : palette().brush(QPalette::Text));
            }
        }
    }
}

QListWidgetItem* QueryNavigation::viewItem(QueryView view) const
{
    for (int i = 0; i < count(); ++i) {
        QListWidgetItem* each = item(i);
        if (each->data(KindRole).toString() == QLatin1String("view")
            && each->data(ValueRole).toString() == viewCode(view))
            return each;
    }
    return nullptr;
}

} // namespace advicehub::ui
