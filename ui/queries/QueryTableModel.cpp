#include "queries/QueryTableModel.h"

#include "common/Icons.h"
#include "queries/QueryService.h"
#include "queries/QueryTypes.h"

#include <QColor>
#include <QFont>
#include <QHash>
#include <QScopedValueRollback>
#include <QSet>
#include <QTimer>

namespace advicehub::ui {

using queries::QueryRow;

namespace {

constexpr int kMaxRefreshRows = 5000;
// The markers around a matched word in a snippet: characters no case text is expected to use
// where they could be confused (arrows), replaced by bold in the tooltip.
const QString kOpen = QStringLiteral("\u2192");
const QString kClose = QStringLiteral("\u2190");

QString dateText(QDate date)
{
    // ISO dates: unambiguous for an international Secretariat, and they read in sort order.
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

bool sameContent(const QueryRow& a, const QueryRow& b)
{
    return a.id == b.id && a.reference == b.reference && a.receivedOn == b.receivedOn && a.stateName == b.stateName
        && a.subject == b.subject && a.themes == b.themes && a.priority == b.priority && a.status == b.status
        && a.dueOn == b.dueOn && a.adviserName == b.adviserName && a.confidentiality == b.confidentiality
        && a.overdue == b.overdue && a.dueThisWeek == b.dueThisWeek;
}

} // namespace

QueryTableModel::QueryTableModel(queries::QuerySearch& search, queries::QueryService& service, QObject* parent)
    : QAbstractTableModel(parent), m_search(search), m_service(service)
{
    // The service emits while its transaction may still be open (a triage is an edit and a
    // status change in one transaction): the rows are read again once control returns to the
    // event loop, after the commit or the rollback, and a burst of changes costs one read.
    connect(&m_service, &queries::QueryService::queryAdded, this, [this] { scheduleRefresh(false); });
    connect(&m_service, &queries::QueryService::queryChanged, this, [this] { scheduleRefresh(false); });
    connect(&m_service, &queries::QueryService::queryRemoved, this, [this] { scheduleRefresh(false); });
    connect(&m_service, &queries::QueryService::queriesReset, this, [this] { scheduleRefresh(true); });
}

std::optional<queries::SortColumn> QueryTableModel::sortColumnFor(int column)
{
    using queries::SortColumn;
    switch (column) {
    case ReferenceColumn:
        return SortColumn::Reference;
    case ReceivedColumn:
        return SortColumn::Received;
    case StateColumn:
        return SortColumn::State;
    case SubjectColumn:
        return SortColumn::Subject;
    case PriorityColumn:
        return SortColumn::Priority;
    case StatusColumn:
        return SortColumn::Status;
    case DueColumn:
        return SortColumn::Due;
    case AdviserColumn:
        return SortColumn::Adviser;
    default:
        return std::nullopt;
    }
}

int QueryTableModel::columnFor(queries::SortColumn sortColumn)
{
    for (int column = 0; column < ColumnCount; ++column) {
        if (sortColumnFor(column) == sortColumn)
            return column;
    }
    return ReceivedColumn;
}

void QueryTableModel::setFilter(const queries::QueryFilter& filter)
{
    m_filter = filter;
    m_snippets.clear();
    reload();
}

qint64 QueryTableModel::idAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[static_cast<std::size_t>(row)].id : 0;
}

const QueryRow* QueryTableModel::rowAt(int row) const
{
    return row >= 0 && row < rowCount() ? &m_rows[static_cast<std::size_t>(row)] : nullptr;
}

int QueryTableModel::rowOf(qint64 id) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == id)
            return static_cast<int>(i);
    }
    return -1;
}

int QueryTableModel::loadUntil(qint64 id, int maxPages)
{
    int row = rowOf(id);
    for (int pages = 0; row < 0 && m_next && pages < maxPages; ++pages) {
        const int before = rowCount();
        fetchMore({});
        for (int i = before; i < rowCount() && row < 0; ++i) {
            if (idAt(i) == id)
                row = i;
        }
    }
    return row;
}

void QueryTableModel::reload()
{
    m_reloadPending = false;
    m_refreshPending = false;
    m_snippets.clear();
    Result<queries::QueryPage> page = m_search.page(m_filter, m_sort, std::nullopt, m_pageSize);
    const QScopedValueRollback busy(m_busy, true);
    beginResetModel();
    m_rows.clear();
    m_next.reset();
    if (page) {
        m_rows = std::move(page->rows);
        m_next = page->next;
    }
    endResetModel();
    if (!page)
        Q_EMIT loadFailed(page.error().message);
    Q_EMIT rowsReloaded();
}

void QueryTableModel::refresh()
{
    m_refreshPending = false;
    m_snippets.clear(); // the texts may have changed
    // As many rows as are shown now, so that the scroll position stays meaningful; beyond
    // kMaxRefreshRows (about 0.1 s to read) the rest is dropped and fetched again on scrolling.
    const int limit = std::min(std::max(rowCount(), m_pageSize), std::max(kMaxRefreshRows, m_pageSize));
    Result<queries::QueryPage> page = m_search.page(m_filter, m_sort, std::nullopt, limit);
    if (!page) {
        Q_EMIT loadFailed(page.error().message);
        return;
    }
    {
        const QScopedValueRollback busy(m_busy, true);
        applyRows(std::move(page->rows));
        m_next = page->next;
    }
    Q_EMIT rowsReloaded();
}

void QueryTableModel::scheduleRefresh(bool full)
{
    const bool alreadyScheduled = m_refreshPending || m_reloadPending;
    if (full)
        m_reloadPending = true;
    else
        m_refreshPending = true;
    if (alreadyScheduled)
        return;
    QTimer::singleShot(0, this, [this] {
        if (m_reloadPending)
            reload();
        else if (m_refreshPending)
            refresh();
    });
}

void QueryTableModel::applyRows(std::vector<QueryRow> rows)
{
    // From the old list to the new one in three announced steps: rows that left the list are
    // removed, rows that stayed are moved into their new order (a layout change that carries
    // the selection along), then rows that joined are inserted where they belong.
    QSet<qint64> newIds;
    for (const QueryRow& row : rows)
        newIds.insert(row.id);

    for (int end = rowCount() - 1; end >= 0;) {
        if (newIds.contains(idAt(end))) {
            --end;
            continue;
        }
        int first = end;
        while (first > 0 && !newIds.contains(idAt(first - 1)))
            --first;
        beginRemoveRows({}, first, end);
        m_rows.erase(m_rows.begin() + first, m_rows.begin() + end + 1);
        endRemoveRows();
        end = first - 1;
    }

    QSet<qint64> kept;
    for (const QueryRow& row : m_rows)
        kept.insert(row.id);
    std::vector<QueryRow> keptInNewOrder;
    keptInNewOrder.reserve(m_rows.size());
    for (const QueryRow& row : rows) {
        if (kept.contains(row.id))
            keptInNewOrder.push_back(row);
    }
    bool reordered = false;
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id != keptInNewOrder[i].id) {
            reordered = true;
            break;
        }
    }
    if (reordered) {
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        QHash<qint64, int> newRow;
        for (std::size_t i = 0; i < keptInNewOrder.size(); ++i)
            newRow.insert(keptInNewOrder[i].id, static_cast<int>(i));
        const QModelIndexList before = persistentIndexList();
        QModelIndexList after;
        after.reserve(before.size());
        for (const QModelIndex& index : before)
            after << this->index(newRow.value(idAt(index.row())), index.column());
        // The rows keep their old content until the data step below announces it.
        std::vector<QueryRow> moved(keptInNewOrder.size());
        for (const QueryRow& row : m_rows)
            moved[static_cast<std::size_t>(newRow.value(row.id))] = row;
        m_rows = std::move(moved);
        changePersistentIndexList(before, after);
        Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }

    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (kept.contains(rows[i].id))
            continue;
        const int row = static_cast<int>(i);
        beginInsertRows({}, row, row);
        m_rows.insert(m_rows.begin() + row, rows[i]);
        endInsertRows();
    }

    int firstChanged = -1;
    int lastChanged = -1;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (sameContent(m_rows[i], rows[i]))
            continue;
        m_rows[i] = rows[i];
        if (firstChanged < 0)
            firstChanged = static_cast<int>(i);
        lastChanged = static_cast<int>(i);
    }
    if (firstChanged >= 0)
        Q_EMIT dataChanged(index(firstChanged, 0), index(lastChanged, ColumnCount - 1));
}

int QueryTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int QueryTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QueryTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QueryRow& row = m_rows[static_cast<std::size_t>(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case ReferenceColumn:
            return row.reference;
        case ReceivedColumn:
            return dateText(row.receivedOn);
        case StateColumn:
            return row.stateName;
        case SubjectColumn:
            return row.subject;
        case ThemesColumn:
            return row.themes;
        case PriorityColumn:
            return queries::QueryText::label(row.priority);
        case StatusColumn:
            return queries::QueryText::label(row.status);
        case DueColumn:
            return dateText(row.dueOn);
        case AdviserColumn:
            return row.adviserName;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (column) {
        case ReferenceColumn:
            return tr("%1 \u2014 %2").arg(row.reference, queries::QueryText::label(row.confidentiality));
        case ThemesColumn:
            return row.themes;
        case DueColumn:
            if (row.overdue)
                return tr("Overdue: the response was due on %1.").arg(dateText(row.dueOn));
            if (row.dueThisWeek)
                return tr("Due this week.");
            return {};
        default: {
            // The row's other cells: why it matched the search, the words in bold (the text is
            // escaped first: case data is never markup).
            const QString found = snippet(row.id);
            if (found.isEmpty())
                return column == SubjectColumn ? QVariant(row.subject) : QVariant();
            QString marked = found.toHtmlEscaped();
            marked.replace(kOpen, QStringLiteral("<b>")).replace(kClose, QStringLiteral("</b>"));
            return tr("<p>%1</p><p><i>Matched:</i> %2</p>").arg(row.subject.toHtmlEscaped(), marked);
        }
        }
    case Qt::DecorationRole:
        if (column == DueColumn && row.overdue)
            return Icons::get(Icons::Overdue);
        return {};
    case Qt::BackgroundRole:
        // A light red band marks an overdue row across the table; the text colour below keeps
        // it readable with dark palettes too.
        if (row.overdue)
            return QColor(0xfd, 0xe2, 0xe0);
        return {};
    case Qt::ForegroundRole:
        if (row.overdue)
            return QColor(0x8a, 0x1c, 0x14);
        return {};
    case Qt::FontRole:
        if ((column == DueColumn && row.overdue)
            || (column == PriorityColumn && row.priority == queries::Priority::Urgent)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::AccessibleTextRole:
        if (column == DueColumn && row.overdue)
            return tr("%1, overdue").arg(dateText(row.dueOn));
        return {};
    case IdRole:
        return row.id;
    case OverdueRole:
        return row.overdue;
    case StatusCodeRole:
        return queries::QueryText::code(row.status);
    case SnippetRole:
        return snippet(row.id);
    default:
        return {};
    }
}

QString QueryTableModel::snippet(qint64 id) const
{
    if (m_filter.text.trimmed().isEmpty())
        return {};
    if (const auto cached = m_snippets.constFind(id); cached != m_snippets.constEnd())
        return *cached;
    // Read for the row hovered only (one indexed lookup), never for the whole list.
    Result<QString> found = m_search.snippet(id, m_filter.text, kOpen, kClose);
    const QString text = found ? found.value() : QString();
    m_snippets.insert(id, text);
    return text;
}

QVariant QueryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ReferenceColumn:
        return tr("Reference");
    case ReceivedColumn:
        return tr("Received");
    case StateColumn:
        return tr("State");
    case SubjectColumn:
        return tr("Subject");
    case ThemesColumn:
        return tr("Themes");
    case PriorityColumn:
        return tr("Priority");
    case StatusColumn:
        return tr("Status");
    case DueColumn:
        return tr("Due");
    case AdviserColumn:
        return tr("Adviser");
    default:
        return {};
    }
}

Qt::ItemFlags QueryTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

void QueryTableModel::sort(int column, Qt::SortOrder order)
{
    const std::optional<queries::SortColumn> sortColumn = sortColumnFor(column);
    if (!sortColumn)
        return; // themes: several per query, no meaningful order
    const queries::QuerySort sort { *sortColumn, order };
    if (sort == m_sort)
        return;
    m_sort = sort;
    reload();
}

bool QueryTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_next.has_value() && !m_busy;
}

void QueryTableModel::fetchMore(const QModelIndex& parent)
{
    // Views (and QAbstractItemModelTester) may ask for more from inside the signals of a change
    // under way; the rows would land in the wrong place.
    if (parent.isValid() || !m_next || m_busy)
        return;
    const QScopedValueRollback busy(m_busy, true);
    Result<queries::QueryPage> page = m_search.page(m_filter, m_sort, m_next, m_pageSize);
    if (!page) {
        m_next.reset(); // stop asking: the view would retry on every scroll
        Q_EMIT loadFailed(page.error().message);
        return;
    }
    m_next = page->next;
    // A query edited since the last read may have moved past the cursor before the pending
    // refresh ran: it is listed once.
    QSet<qint64> loaded;
    for (const QueryRow& row : m_rows)
        loaded.insert(row.id);
    std::vector<QueryRow> fresh;
    fresh.reserve(page->rows.size());
    for (QueryRow& row : page->rows) {
        if (!loaded.contains(row.id))
            fresh.push_back(std::move(row));
    }
    if (fresh.empty())
        return;
    const int first = rowCount();
    beginInsertRows({}, first, first + static_cast<int>(fresh.size()) - 1);
    m_rows.insert(m_rows.end(), std::make_move_iterator(fresh.begin()), std::make_move_iterator(fresh.end()));
    endInsertRows();
}

} // namespace advicehub::ui
