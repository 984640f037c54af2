#include "queries/QueryWorkspace.h"

#include "advisers/AdvisersDialog.h"
#include "advisers/ChooseAdviserDialog.h"
#include "advisers/FirstAdviserDialog.h"
#include "calendar/HolidaysDialog.h"
#include "common/FileDialogs.h"
#include "common/Icons.h"
#include "common/LongOperation.h"
#include "common/MessageBox.h"
#include "pending/PendingEditsDialog.h"
#include "queries/ColumnMappingDialog.h"
#include "queries/ImportReportDialog.h"
#include "queries/Lifecycle.h"
#include "queries/PickQueryDialog.h"
#include "queries/QueryCsv.h"
#include "queries/QueryDetailPane.h"
#include "queries/QueryFilterBar.h"
#include "queries/QueryFormDialog.h"
#include "queries/QueryService.h"
#include "queries/QueryTableModel.h"
#include "queries/SaveSearchDialog.h"
#include "queries/StatusChangeDialog.h"
#include "queries/TimelineEntryDialog.h"
#include "queries/TriageDialog.h"
#include "session/Session.h"
#include "settings/AppSettings.h"
#include "shell/VaultOverviewWidget.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace advicehub::ui {

using namespace advicehub::queries;

namespace {

// Navigation items: what they show.
constexpr int kKindRole = Qt::UserRole; // "view", "saved" or "header"
constexpr int kValueRole = Qt::UserRole + 1; // view code or saved search id
constexpr int kLabelRole = Qt::UserRole + 2; // the label without the count

const QString kSplitterState = QStringLiteral("queryWorkspaceSplitter");
const QString kHeaderState = QStringLiteral("queryTableHeader");
const QString kLastView = QStringLiteral("queryWorkspaceView");

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

QString statusActionName(QueryStatus status)
{
    return QStringLiteral("statusAction_") + QueryText::code(status);
}

} // namespace

QueryWorkspace::QueryWorkspace(Session& session, AppSettings& settings, QWidget* parent)
    : QWidget(parent), m_session(session), m_settings(settings)
{
    setObjectName(QStringLiteral("queryWorkspace"));
    m_model = new QueryTableModel(session.search(), session.queries(), this);
    m_model->setObjectName(QStringLiteral("queryTableModel"));
    m_today = session.queries().today();
    createActions();
    buildLayout();

    connect(m_model, &QueryTableModel::loadFailed, this,
        [this](const QString& message) { Q_EMIT statusMessage(tr("The list could not be read: %1").arg(message)); });
    connect(m_model, &QueryTableModel::rowsReloaded, this, [this] {
        updateResultCount();
        // The shown query may have changed or left the list; the pane follows the table.
        if (m_detail->queryId())
            m_detail->refresh();
        updateActions();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &QueryWorkspace::onCurrentRowChanged);
    for (auto signal : { &QueryService::queryAdded, &QueryService::queryChanged, &QueryService::queryRemoved })
        connect(&session.queries(), signal, this, &QueryWorkspace::scheduleCountsRefresh);
    connect(&session.queries(), &QueryService::queriesReset, this, &QueryWorkspace::scheduleCountsRefresh);

    m_dayTimer = new QTimer(this);
    m_dayTimer->setInterval(60 * 1000);
    connect(m_dayTimer, &QTimer::timeout, this, &QueryWorkspace::checkDateChanged);
    m_dayTimer->start();
}

QueryWorkspace::~QueryWorkspace()
{
    saveLayout();
}

QAction* QueryWorkspace::action(const QString& objectName) const
{
    return m_actions.value(objectName);
}

void QueryWorkspace::createActions()
{
    const auto make = [this](const char* name, const QString& text, std::optional<Icons::Id> icon = std::nullopt,
                          const QKeySequence& shortcut = {}) {
        auto* action = new QAction(text, this);
        action->setObjectName(QLatin1String(name));
        if (icon)
            action->setIcon(Icons::get(*icon));
        if (!shortcut.isEmpty()) {
            action->setShortcut(shortcut);
            action->setToolTip(
                tr("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("\u2026")),
                    shortcut.toString(QKeySequence::NativeText)));
        }
        // The workspace carries the actions, so their shortcuts work wherever focus is in it
        // and vanish with it on lock.
        addAction(action);
        m_actions.insert(action->objectName(), action);
        return action;
    };
    const auto separator = [this] {
        auto* action = new QAction(this);
        action->setSeparator(true);
        m_menuActions << action;
    };

    QAction* create = make("newQueryAction", tr("&New Query\u2026"), Icons::NewQuery, QKeySequence::New);
    create->setStatusTip(tr("Register a query received from a State"));
    connect(create, &QAction::triggered, this, &QueryWorkspace::newQuery);
    QAction* edit
        = make("editQueryAction", tr("&Edit Query\u2026"), Icons::EditQuery, QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(edit, &QAction::triggered, this, &QueryWorkspace::editQuery);
    QAction* triage = make("triageAction", tr("&Triage\u2026"), Icons::Triage, QKeySequence(Qt::CTRL | Qt::Key_T));
    triage->setStatusTip(tr("Set priority, due date, adviser and route, and mark the query as triaged"));
    connect(triage, &QAction::triggered, this, &QueryWorkspace::triageQuery);

    m_statusMenu = new QMenu(tr("Change &Status"), this);
    m_statusMenu->setObjectName(QStringLiteral("statusMenu"));
    m_statusMenu->setIcon(Icons::get(Icons::Status));
    QAction* status = m_statusMenu->menuAction();
    status->setObjectName(QStringLiteral("changeStatusAction"));
    m_actions.insert(status->objectName(), status);

    m_entryMenu = new QMenu(tr("&Add to Timeline"), this);
    m_entryMenu->setObjectName(QStringLiteral("timelineMenu"));
    m_entryMenu->setIcon(Icons::get(Icons::AddToTimeline));
    const std::pair<EntryKind, const char*> kinds[] = { { EntryKind::Note, "addNoteAction" },
        { EntryKind::Meeting, "addMeetingAction" }, { EntryKind::Call, "addCallAction" },
        { EntryKind::EmailReceived, "addEmailReceivedAction" }, { EntryKind::EmailSent, "addEmailSentAction" } };
    for (const auto& [kind, name] : kinds) {
        QAction* add = make(name, TimelineText::label(kind) + QStringLiteral("\u2026"));
        if (kind == EntryKind::Note)
            add->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
        connect(add, &QAction::triggered, this, [this, k = kind] { addTimelineEntry(k); });
        m_entryMenu->addAction(add);
    }
    QAction* entries = m_entryMenu->menuAction();
    entries->setObjectName(QStringLiteral("addToTimelineAction"));
    connect(entries, &QAction::triggered, this, [this] { addTimelineEntry(EntryKind::Note); });
    m_actions.insert(entries->objectName(), entries);
    QAction* correct = make("correctEntryAction", tr("&Correct Entry\u2026"));
    correct->setStatusTip(tr("Add a correction to the selected timeline entry (entries are never changed)"));
    connect(correct, &QAction::triggered, this, &QueryWorkspace::correctTimelineEntry);

    QAction* link = make("linkAction", tr("&Link to Query\u2026"), Icons::Link);
    connect(link, &QAction::triggered, this, &QueryWorkspace::linkQuery);
    QAction* unlink = make("unlinkAction", tr("&Unlink"));
    connect(unlink, &QAction::triggered, this, &QueryWorkspace::unlinkQuery);
    QAction* merge = make("mergeAction", tr("&Merge Duplicate into\u2026"), Icons::Merge);
    connect(merge, &QAction::triggered, this, &QueryWorkspace::mergeQuery);
    QAction* remove = make("deleteQueryAction", tr("&Delete Query Registered by Mistake\u2026"));
    connect(remove, &QAction::triggered, this, &QueryWorkspace::deleteQuery);

    QAction* find = make("findAction", tr("&Find\u2026"), Icons::Search, QKeySequence::Find);
    connect(find, &QAction::triggered, this, &QueryWorkspace::focusSearch);
    // Ctrl+Up/Down: the table keeps its own arrow keys, and text fields do not use these.
    QAction* next = make("nextQueryAction", tr("Ne&xt Query"), std::nullopt, QKeySequence(Qt::CTRL | Qt::Key_Down));
    connect(next, &QAction::triggered, this, &QueryWorkspace::nextQuery);
    QAction* previous
        = make("previousQueryAction", tr("Pre&vious Query"), std::nullopt, QKeySequence(Qt::CTRL | Qt::Key_Up));
    connect(previous, &QAction::triggered, this, &QueryWorkspace::previousQuery);
    QAction* refresh = make("refreshAction", tr("&Refresh"), std::nullopt, QKeySequence::Refresh);
    connect(refresh, &QAction::triggered, this, &QueryWorkspace::refreshAll);

    QAction* save = make("saveSearchAction", tr("&Save Current Search\u2026"), Icons::SavedSearch);
    connect(save, &QAction::triggered, this, &QueryWorkspace::saveCurrentSearch);
    QAction* forget = make("deleteSavedSearchAction", tr("Delete Saved Searc&h"));
    connect(forget, &QAction::triggered, this, &QueryWorkspace::deleteSavedSearch);

    QAction* import = make("importCsvAction", tr("&Import CSV\u2026"), Icons::Import);
    import->setStatusTip(tr("Register queries from a spreadsheet (CSV); a file with any invalid row imports nothing"));
    connect(import, &QAction::triggered, this, [this] { importCsv(ImportMode::Import); });
    QAction* check = make("checkCsvAction", tr("Chec&k CSV File\u2026"));
    check->setStatusTip(tr("Check every row of a spreadsheet (CSV) as an import would, without importing anything"));
    connect(check, &QAction::triggered, this, [this] { importCsv(ImportMode::CheckOnly); });
    QAction* exportList = make("exportAction", tr("E&xport List\u2026"), Icons::Export);
    exportList->setStatusTip(tr("Write the queries of the list to a CSV or JSON file (recorded in their timelines)"));
    connect(exportList, &QAction::triggered, this, &QueryWorkspace::exportList);

    m_menuActions << create << edit << triage << status << entries << correct;
    separator();
    m_menuActions << link << unlink << merge << remove;
    separator();
    m_menuActions << find << next << previous << refresh;
    separator();
    m_menuActions << save << forget;
    separator();
    m_menuActions << import << check << exportList;
}

void QueryWorkspace::buildLayout()
{
    // Navigation: the views, then the saved searches.
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigationList"));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setTextElideMode(Qt::ElideRight);
    m_navigation->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_navigation->addAction(action(QStringLiteral("saveSearchAction")));
    m_navigation->addAction(action(QStringLiteral("deleteSavedSearchAction")));
    connect(m_navigation, &QListWidget::currentItemChanged, this, &QueryWorkspace::onNavigationChanged);
    // A click on the saved search already selected applies it again (after the filters changed).
    connect(m_navigation, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
        if (item == m_navigation->currentItem() && item->data(kKindRole).toString() == QLatin1String("saved"))
            onNavigationChanged();
    });

    // Toolbar and search.
    m_toolBar = new QToolBar(tr("Queries"), this);
    m_toolBar->setObjectName(QStringLiteral("queryToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(20, 20));
    m_toolBar->addAction(action(QStringLiteral("newQueryAction")));
    m_toolBar->addAction(action(QStringLiteral("editQueryAction")));
    m_toolBar->addAction(action(QStringLiteral("triageAction")));
    m_toolBar->addAction(action(QStringLiteral("changeStatusAction")));
    m_toolBar->addAction(action(QStringLiteral("addToTimelineAction")));
    if (auto* button
        = qobject_cast<QToolButton*>(m_toolBar->widgetForAction(action(QStringLiteral("changeStatusAction")))))
        button->setPopupMode(QToolButton::InstantPopup);
    if (auto* button
        = qobject_cast<QToolButton*>(m_toolBar->widgetForAction(action(QStringLiteral("addToTimelineAction")))))
        button->setPopupMode(QToolButton::MenuButtonPopup);
    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->addAction(Icons::get(Icons::Search), QLineEdit::LeadingPosition);
    m_searchEdit->setPlaceholderText(tr("Search subject, request, institution, contacts, notes (%1)")
                                         .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_searchEdit->setToolTip(tr("Every word must match; accents are ignored; \"quotes\" keep a phrase; a trailing * "
                                "matches the start of a word (overcrowd*)."));
    m_searchEdit->setMinimumWidth(260);
    m_searchEdit->installEventFilter(this);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250); // incremental, without a database query per keystroke
    connect(m_searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &QueryWorkspace::applyFilter);
    connect(m_searchEdit, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        applyFilter();
        m_table->setFocus();
    });

    m_filterBar = new QueryFilterBar(m_session.lookup(), this);
    m_filterBar->setToday(m_today);
    connect(m_filterBar, &QueryFilterBar::changed, this, &QueryWorkspace::applyFilter);

    m_adviserBanner = new QWidget(this);
    m_adviserBanner->setObjectName(QStringLiteral("adviserBanner"));
    auto* bannerText = new QLabel(tr("Nobody is recorded as working in this session: choose who you are before making "
                                     "changes."),
        m_adviserBanner);
    bannerText->setWordWrap(true);
    auto* bannerButton = new QPushButton(Icons::get(Icons::Advisers), tr("&Choose Adviser\u2026"), m_adviserBanner);
    bannerButton->setObjectName(QStringLiteral("chooseAdviserButton"));
    connect(bannerButton, &QPushButton::clicked, this, &QueryWorkspace::chooseAdviser);
    auto* bannerLayout = new QHBoxLayout(m_adviserBanner);
    bannerLayout->setContentsMargins(6, 4, 6, 4);
    bannerLayout->addWidget(bannerText, 1);
    bannerLayout->addWidget(bannerButton);
    m_adviserBanner->setAutoFillBackground(true);
    m_adviserBanner->setBackgroundRole(QPalette::ToolTipBase);
    m_adviserBanner->hide();

    m_resultCount = new QLabel(this);
    m_resultCount->setObjectName(QStringLiteral("resultCountLabel"));
    m_resultCount->setForegroundRole(QPalette::PlaceholderText);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("queryTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never measures 100,000 rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView* header = m_table->horizontalHeader();
    header->setObjectName(QStringLiteral("queryTableHeader"));
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    const std::pair<int, int> widths[] = { { QueryTableModel::ReferenceColumn, 110 },
        { QueryTableModel::ReceivedColumn, 90 }, { QueryTableModel::StateColumn, 120 },
        { QueryTableModel::SubjectColumn, 280 }, { QueryTableModel::ThemesColumn, 160 },
        { QueryTableModel::PriorityColumn, 70 }, { QueryTableModel::StatusColumn, 110 },
        { QueryTableModel::DueColumn, 110 }, { QueryTableModel::AdviserColumn, 130 } };
    for (const auto& [column, width] : widths)
        header->resizeSection(column, width);
    header->setSortIndicator(QueryTableModel::ReceivedColumn, Qt::DescendingOrder);
    m_table->setSortingEnabled(true);
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this, header](int column, Qt::SortOrder) {
        if (QueryTableModel::sortColumnFor(column))
            return;
        // Themes have no order of their own: the indicator goes back to the list's real order.
        const QuerySort sort = m_model->currentSort();
        header->setSortIndicator(QueryTableModel::columnFor(sort.column), sort.order);
    });
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &QueryWorkspace::onCurrentRowChanged);
    connect(m_table, &QTableView::activated, this, &QueryWorkspace::editQuery);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        if (!currentQueryId())
            return;
        // popup(), not exec(): a lock while the menu is open destroys it with the workspace.
        auto* menu = new QMenu(this);
        menu->setObjectName(QStringLiteral("queryContextMenu"));
        menu->setAttribute(Qt::WA_DeleteOnClose);
        for (const char* name : { "editQueryAction", "triageAction", "changeStatusAction", "addToTimelineAction",
                 "linkAction", "mergeAction", "deleteQueryAction" })
            menu->addAction(action(QLatin1String(name)));
        menu->popup(m_table->viewport()->mapToGlobal(at));
    });

    m_detail = new QueryDetailPane(m_session, this);
    m_detail->setTimelineActions(
        action(QStringLiteral("addToTimelineAction")), action(QStringLiteral("correctEntryAction")));
    m_detail->setLinkActions(action(QStringLiteral("linkAction")), action(QStringLiteral("unlinkAction")),
        action(QStringLiteral("mergeAction")));
    connect(m_detail, &QueryDetailPane::selectionChanged, this, &QueryWorkspace::updateActions);
    connect(m_detail, &QueryDetailPane::openQueryRequested, this, &QueryWorkspace::selectQuery);

    auto* top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_toolBar);
    top->addStretch();
    top->addWidget(m_searchEdit, 1);
    auto* center = new QWidget(this);
    auto* centerLayout = new QVBoxLayout(center);
    centerLayout->setContentsMargins(0, 0, 0, 0);
    centerLayout->setSpacing(4);
    centerLayout->addWidget(m_filterBar);
    centerLayout->addWidget(m_table, 1);
    centerLayout->addWidget(m_resultCount);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("workspaceSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_navigation);
    m_splitter->addWidget(center);
    m_splitter->addWidget(m_detail);
    // Wide enough for the longest view with a six-digit count.
    m_navigation->setMinimumWidth(std::max(170,
        m_navigation->fontMetrics().horizontalAdvance(
            tr("%1 (%2)").arg(viewLabel(QueryView::AwaitingRequester), QStringLiteral("100,000")))
            + 60));
    center->setMinimumWidth(360);
    m_detail->setMinimumWidth(300);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setSizes({ 190, 760, 450 });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_adviserBanner);
    layout->addWidget(m_splitter, 1);
}

void QueryWorkspace::start()
{
    restoreLayout();
    reloadNavigation();
    const QString last = QString::fromUtf8(m_settings.uiState(kLastView));
    showView(viewFromCode(last).value_or(QueryView::Inbox));

    Result<std::vector<advisers::Adviser>> advisers = m_session.advisers().list();
    if (advisers && advisers->size() == 1) {
        const Status status = m_session.setCurrentAdviser(advisers->front().id);
        if (!status)
            Q_EMIT statusMessage(status.error().message);
        adviserChanged();
        return;
    }
    adviserChanged();
    if (!advisers) {
        Q_EMIT statusMessage(advisers.error().message);
        return;
    }
    chooseAdviser();
}

template <typename Dialog> Dialog* QueryWorkspace::openDialog(Dialog* dialog, Qt::WindowModality modality)
{
    // Dialogs belong to the workspace: a lock destroys them with it. They never run their own
    // event loop (show(), never exec()), so nothing waits in a nested loop while the vault is
    // locked underneath.
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(modality);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

void QueryWorkspace::chooseAdviser()
{
    Result<std::vector<advisers::Adviser>> advisers = m_session.advisers().list();
    if (!advisers) {
        MessageBox::critical(this, tr("Advisers"), advisers.error().message);
        return;
    }
    // Not modal: locking, backing up and looking around stay possible while it is open (the
    // banner says changes wait for an adviser). Asked again, the open one comes forward.
    for (QDialog* open : { static_cast<QDialog*>(findChild<FirstAdviserDialog*>()),
             static_cast<QDialog*>(findChild<ChooseAdviserDialog*>()) }) {
        if (open && open->isVisible()) {
            open->raise();
            open->activateWindow();
            return;
        }
    }
    if (advisers->empty()) {
        auto* dialog = new FirstAdviserDialog(m_session, this);
        connect(dialog, &FirstAdviserDialog::adviserChosen, this, &QueryWorkspace::referenceDataChanged);
        openDialog(dialog, Qt::NonModal);
    } else {
        auto* dialog = new ChooseAdviserDialog(m_session, this);
        connect(dialog, &ChooseAdviserDialog::adviserChosen, this, &QueryWorkspace::adviserChanged);
        openDialog(dialog, Qt::NonModal);
    }
}

QStringList QueryWorkspace::keepUnsavedWork()
{
    QStringList notKept;
    for (QueryFormDialog* form : findChildren<QueryFormDialog*>()) {
        if (!form->hasUnsavedChanges())
            continue;
        if (const Status kept = form->keepAsPending(); !kept)
            notKept << tr("\u2022 %1: %2").arg(form->describe(), kept.error().message);
    }
    for (TimelineEntryDialog* entry : findChildren<TimelineEntryDialog*>()) {
        if (!entry->hasUnsavedChanges())
            continue;
        if (const Status kept = entry->keepAsPending(m_session.pendingEdits(), m_session.currentAdviserId()); !kept)
            notKept << tr("\u2022 %1: %2").arg(entry->describe(), kept.error().message);
    }
    return notKept;
}

void QueryWorkspace::offerPendingEdits()
{
    if (m_pendingOffered || !m_session.currentAdviserId())
        return;
    m_pendingOffered = true;
    Result<std::vector<pending::PendingEdit>> edits = m_session.pendingEdits().list();
    if (!edits) {
        Q_EMIT statusMessage(edits.error().message);
        return;
    }
    if (edits->empty())
        return;
    auto* dialog = new PendingEditsDialog(
        m_session.pendingEdits(), std::move(edits).value(),
        [this](const pending::PendingEdit& edit) { return restorePendingEdit(edit); }, this);
    openDialog(dialog);
}

Status QueryWorkspace::restorePendingEdit(const pending::PendingEdit& edit)
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
        auto* dialog = new QueryFormDialog(m_session, existing ? &*existing : nullptr, this);
        dialog->restorePending(edit);
        connect(dialog, &QueryFormDialog::saved, this, [this](qint64 id) {
            m_model->refresh();
            selectQuery(id);
        });
        openDialog(dialog);
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
            dialog = new TimelineEntryDialog(m_session.queries(), *corrected, this);
        } else {
            dialog = new TimelineEntryDialog(m_session.queries(), m_session.clock(), queryId, EntryKind::Note, this);
        }
        dialog->restorePending(edit, m_session.pendingEdits());
        connect(dialog, &TimelineEntryDialog::entryAdded, this, [this](qint64 id) {
            selectQuery(id);
            m_detail->refresh();
        });
        selectQuery(queryId);
        openDialog(dialog);
        return {};
    }
    }
    return makeError(ErrorCode::NotFound, tr("This kind of unsaved work is not known to this version."));
}

void QueryWorkspace::adviserChanged()
{
    const std::optional<qint64> id = m_session.currentAdviserId();
    const auto* adviser = id ? m_session.lookup().adviser(*id) : nullptr;
    m_adviserBanner->setVisible(!adviser);
    Q_EMIT actingAdviserChanged(adviser ? adviser->name : QString());
    refreshCounts();
    if (m_view == QueryView::Mine)
        applyFilter();
    updateActions();
    offerPendingEdits();
}

void QueryWorkspace::referenceDataChanged()
{
    // Names of advisers (and later other reference data) appear in lists, filters and forms.
    m_filterBar->reloadChoices();
    m_model->refresh();
    if (m_detail->queryId())
        m_detail->refresh();
    adviserChanged();
}

void QueryWorkspace::showAdvisers()
{
    auto* dialog = new AdvisersDialog(m_session, this);
    connect(dialog, &AdvisersDialog::advisersChanged, this, &QueryWorkspace::referenceDataChanged);
    openDialog(dialog);
}

void QueryWorkspace::showHolidays()
{
    openDialog(new HolidaysDialog(m_session.holidays(), m_today, this));
}

void QueryWorkspace::showVaultInformation()
{
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("vaultInformationDialog"));
    dialog->setWindowTitle(tr("Vault Information"));
    auto* overview = new VaultOverviewWidget(m_session.vault(), dialog);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(overview);
    layout->addWidget(buttons);
    dialog->resize(640, 420);
    openDialog(dialog);
}

void QueryWorkspace::reloadNavigation()
{
    const QSignalBlocker blocker(m_navigation);
    m_navigation->clear();
    for (QueryView view : allViews()) {
        auto* item = new QListWidgetItem(Icons::get(viewIcon(view)), viewLabel(view), m_navigation);
        item->setData(kKindRole, QStringLiteral("view"));
        item->setData(kValueRole, viewCode(view));
        item->setData(kLabelRole, viewLabel(view));
    }
    Result<std::vector<QuerySearch::SavedSearch>> saved = m_session.search().savedSearches();
    auto* header = new QListWidgetItem(tr("Saved searches"), m_navigation);
    header->setData(kKindRole, QStringLiteral("header"));
    header->setFlags(Qt::ItemIsEnabled);
    QFont bold = header->font();
    bold.setBold(true);
    header->setFont(bold);
    header->setForeground(palette().brush(QPalette::PlaceholderText));
    if (saved) {
        for (const QuerySearch::SavedSearch& search : saved.value()) {
            auto* item = new QListWidgetItem(Icons::get(Icons::SavedSearch), search.name, m_navigation);
            item->setData(kKindRole, QStringLiteral("saved"));
            item->setData(kValueRole, search.id);
            item->setToolTip(tr("Saved search: %1").arg(viewLabel(search.filter.view)));
        }
    }
    if (!saved || saved->empty()) {
        auto* none = new QListWidgetItem(tr("None yet"), m_navigation);
        none->setData(kKindRole, QStringLiteral("header"));
        none->setFlags(Qt::NoItemFlags);
    }
    // Back on what was shown.
    for (int i = 0; i < m_navigation->count(); ++i) {
        QListWidgetItem* item = m_navigation->item(i);
        const QString kind = item->data(kKindRole).toString();
        if ((m_savedSearchId && kind == QLatin1String("saved")
                && item->data(kValueRole).toLongLong() == *m_savedSearchId)
            || (!m_savedSearchId && kind == QLatin1String("view")
                && item->data(kValueRole).toString() == viewCode(m_view)))
            m_navigation->setCurrentItem(item);
    }
    refreshCounts();
}

void QueryWorkspace::scheduleCountsRefresh()
{
    if (m_countsPending)
        return;
    m_countsPending = true;
    // After the change is committed, and once for a burst of changes.
    QTimer::singleShot(0, this, &QueryWorkspace::refreshCounts);
}

void QueryWorkspace::refreshCounts()
{
    m_countsPending = false;
    Result<std::vector<std::pair<QueryView, qint64>>> counts
        = m_session.search().viewCounts(m_session.currentAdviserId());
    if (!counts)
        return;
    const QLocale locale;
    for (int i = 0; i < m_navigation->count(); ++i) {
        QListWidgetItem* item = m_navigation->item(i);
        if (item->data(kKindRole).toString() != QLatin1String("view"))
            continue;
        const std::optional<QueryView> view = viewFromCode(item->data(kValueRole).toString());
        for (const auto& [candidate, n] : counts.value()) {
            if (view == candidate) {
                item->setText(tr("%1 (%2)").arg(item->data(kLabelRole).toString(), locale.toString(n)));
                item->setData(Qt::AccessibleTextRole,
                    tr("%1, %Ln query(ies)", nullptr, static_cast<int>(n)).arg(item->data(kLabelRole).toString()));
                QFont font = item->font();
                // Work waiting: the overdue count and the inbox stand out when not empty.
                font.setBold(n > 0 && (candidate == QueryView::Overdue || candidate == QueryView::Inbox));
                item->setFont(font);
                if (candidate == QueryView::Overdue)
                    item->setForeground(n > 0 ? QBrush(QColor(0xb3, 0x26, 0x1e)) : palette().brush(QPalette::Text));
            }
        }
    }
}

void QueryWorkspace::onNavigationChanged()
{
    QListWidgetItem* item = m_navigation->currentItem();
    if (!item)
        return;
    const QString kind = item->data(kKindRole).toString();
    if (kind == QLatin1String("view")) {
        if (m_savedSearchId) {
            // Leaving a saved search: its filters and text go with it.
            m_savedSearchId.reset();
            m_applyingSavedSearch = true;
            {
                const QSignalBlocker blocker(m_searchEdit);
                m_searchEdit->clear();
            }
            m_filterBar->clear();
            m_applyingSavedSearch = false;
        }
        m_view = viewFromCode(item->data(kValueRole).toString()).value_or(QueryView::All);
        m_settings.setUiState(kLastView, viewCode(m_view).toUtf8());
        applyFilter();
    } else if (kind == QLatin1String("saved")) {
        const qint64 id = item->data(kValueRole).toLongLong();
        Result<std::vector<QuerySearch::SavedSearch>> all = m_session.search().savedSearches();
        if (!all)
            return;
        for (const QuerySearch::SavedSearch& search : all.value()) {
            if (search.id != id)
                continue;
            // The saved view, filters and text replace the current ones; one reload.
            m_savedSearchId = id;
            m_view = search.filter.view;
            m_applyingSavedSearch = true;
            {
                const QSignalBlocker blocker(m_searchEdit);
                m_searchEdit->setText(search.filter.text);
            }
            m_filterBar->showFilter(search.filter);
            m_applyingSavedSearch = false;
            applyFilter();
        }
    }
    updateActions();
}

void QueryWorkspace::showView(QueryView view)
{
    for (int i = 0; i < m_navigation->count(); ++i) {
        QListWidgetItem* item = m_navigation->item(i);
        if (item->data(kKindRole).toString() == QLatin1String("view")
            && item->data(kValueRole).toString() == viewCode(view)) {
            if (m_navigation->currentItem() == item)
                onNavigationChanged();
            else
                m_navigation->setCurrentItem(item);
            return;
        }
    }
}

QueryFilter QueryWorkspace::currentFilter() const
{
    QueryFilter filter;
    filter.view = m_view;
    filter.currentAdviserId = m_session.currentAdviserId();
    filter.text = m_searchEdit->text().trimmed();
    m_filterBar->applyTo(filter);
    return filter;
}

void QueryWorkspace::applyFilter()
{
    if (m_applyingSavedSearch)
        return;
    m_searchTimer->stop();
    const std::optional<qint64> selected = currentQueryId();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_model->setFilter(currentFilter());
    QApplication::restoreOverrideCursor();
    // The selected query stays selected if the new list has it among its first rows.
    if (selected) {
        const int row = m_model->rowOf(*selected);
        if (row >= 0)
            m_table->selectRow(row);
    }
    onCurrentRowChanged();
}

void QueryWorkspace::updateResultCount()
{
    Result<qint64> count = m_session.search().count(m_model->filter());
    m_resultCount->setText(count ? tr("%Ln query(ies)", nullptr, static_cast<int>(count.value())) : QString());
}

std::optional<qint64> QueryWorkspace::currentQueryId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (current.isValid())
        return m_model->idAt(current.row());
    return std::nullopt;
}

void QueryWorkspace::onCurrentRowChanged()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    // When the shown query leaves the list (triaged out of the inbox), the next one becomes
    // current: it is selected too, so that the highlight and the details agree.
    if (current.isValid() && !m_table->selectionModel()->isRowSelected(current.row(), {}))
        m_table->selectRow(current.row());
    const std::optional<qint64> id = currentQueryId();
    if (id != m_detail->queryId())
        m_detail->showQuery(id);
    updateActions();
}

void QueryWorkspace::selectQuery(qint64 id)
{
    const int row = m_model->loadUntil(id);
    if (row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0));
    } else {
        // Not in this list (another view, or far down): shown on its own.
        m_table->selectionModel()->clear();
        m_detail->showQuery(id);
        if (const auto& query = m_detail->query())
            Q_EMIT statusMessage(
                tr("%1 is not in the list shown; its details are on the right.").arg(query->reference));
    }
    updateActions();
}

void QueryWorkspace::updateActions()
{
    const bool adviser = m_session.currentAdviserId().has_value();
    const std::optional<Query>& query = m_detail->query();
    const bool selected = query.has_value();
    const bool canChange = adviser && selected;
    const auto enable = [this](const char* name, bool on) { action(QLatin1String(name))->setEnabled(on); };
    enable("newQueryAction", adviser);
    enable("editQueryAction", canChange);
    const QList<QueryStatus> allowed
        = selected ? m_session.queries().allowedTransitions(query->id) : QList<QueryStatus> {};
    enable("triageAction", canChange && allowed.contains(QueryStatus::Triaged));
    enable("changeStatusAction", canChange && !allowed.isEmpty());
    enable("addToTimelineAction", canChange);
    for (QAction* add : m_entryMenu->actions())
        add->setEnabled(canChange);
    enable("correctEntryAction", canChange && m_detail->selectedEntry().has_value());
    enable("linkAction", canChange);
    enable("unlinkAction", canChange && m_detail->selectedLink().has_value());
    enable("mergeAction", canChange);
    enable("deleteQueryAction", canChange && query->status == QueryStatus::New);
    enable("nextQueryAction", m_model->rowCount() > 0);
    enable("previousQueryAction", m_model->rowCount() > 0);
    enable("deleteSavedSearchAction", m_savedSearchId.has_value());
    enable("importCsvAction", adviser);
    enable("checkCsvAction", true);
    enable("exportAction", m_model->rowCount() > 0);
    rebuildStatusMenu();
}

void QueryWorkspace::rebuildStatusMenu()
{
    // Only the transitions the lifecycle allows from the query's status (QueryService decides).
    m_statusMenu->clear();
    const std::optional<Query>& query = m_detail->query();
    if (!query || !m_session.currentAdviserId())
        return;
    for (QueryStatus to : m_session.queries().allowedTransitions(query->id)) {
        QString text = QueryText::label(to);
        if (to == QueryStatus::Triaged || Lifecycle::reasonRequired(query->status, to))
            text += QStringLiteral("\u2026"); // asks for more
        QAction* move = m_statusMenu->addAction(text);
        move->setObjectName(statusActionName(to));
        connect(move, &QAction::triggered, this, [this, to] { changeStatus(to); });
    }
}

void QueryWorkspace::newQuery()
{
    if (!m_session.currentAdviserId())
        return;
    auto* dialog = new QueryFormDialog(m_session, nullptr, this);
    connect(dialog, &QueryFormDialog::saved, this, [this](qint64 id) {
        m_model->refresh();
        selectQuery(id);
        if (const auto& query = m_detail->query())
            Q_EMIT statusMessage(tr("Registered %1.").arg(query->reference));
    });
    openDialog(dialog);
}

void QueryWorkspace::editQuery()
{
    const std::optional<Query>& query = m_detail->query();
    if (!query || !m_session.currentAdviserId())
        return;
    auto* dialog = new QueryFormDialog(m_session, &*query, this);
    connect(dialog, &QueryFormDialog::saved, this, [this](qint64 id) {
        m_model->refresh();
        selectQuery(id);
    });
    openDialog(dialog);
}

void QueryWorkspace::triageQuery()
{
    const std::optional<Query>& query = m_detail->query();
    if (!query || !m_session.currentAdviserId())
        return;
    auto* dialog = new TriageDialog(m_session, *query, this);
    connect(dialog, &TriageDialog::triaged, this, [this](qint64 id) {
        m_detail->refresh();
        updateActions();
        if (const auto& q = m_detail->query(); q && q->id == id)
            Q_EMIT statusMessage(tr("%1 triaged.").arg(q->reference));
    });
    openDialog(dialog);
}

void QueryWorkspace::changeStatus(QueryStatus to)
{
    const std::optional<Query> query = m_detail->query();
    if (!query || !m_session.currentAdviserId())
        return;
    if (to == QueryStatus::Triaged) {
        triageQuery(); // triage sets priority, due date, adviser and route first
        return;
    }
    if (Lifecycle::reasonRequired(query->status, to)) {
        auto* dialog = new StatusChangeDialog(m_session.queries(), *query, to, this);
        connect(dialog, &StatusChangeDialog::statusChanged, this, [this] {
            m_detail->refresh();
            updateActions();
        });
        openDialog(dialog);
        return;
    }
    const Status status = m_session.queries().changeStatus(query->id, to);
    if (!status) {
        MessageBox::warning(this, tr("Change Status"), status.error().message);
        return;
    }
    m_detail->refresh();
    updateActions();
    Q_EMIT statusMessage(tr("%1 is now \u201c%2\u201d.").arg(query->reference, QueryText::label(to)));
}

void QueryWorkspace::addTimelineEntry(EntryKind kind)
{
    const std::optional<Query>& query = m_detail->query();
    if (!query || !m_session.currentAdviserId())
        return;
    auto* dialog = new TimelineEntryDialog(m_session.queries(), m_session.clock(), query->id, kind, this);
    connect(dialog, &TimelineEntryDialog::entryAdded, this, [this] {
        m_detail->refresh();
        m_detail->tabs()->setCurrentIndex(1);
    });
    openDialog(dialog);
}

void QueryWorkspace::correctTimelineEntry()
{
    const std::optional<queries::TimelineEntry> entry = m_detail->selectedEntry();
    if (!entry || !m_session.currentAdviserId())
        return;
    auto* dialog = new TimelineEntryDialog(m_session.queries(), *entry, this);
    connect(dialog, &TimelineEntryDialog::entryAdded, this, [this] { m_detail->refresh(); });
    openDialog(dialog);
}

void QueryWorkspace::linkQuery()
{
    const std::optional<Query>& query = m_detail->query();
    if (!query || !m_session.currentAdviserId())
        return;
    auto* dialog = new PickQueryDialog(m_session, *query, PickQueryDialog::Purpose::Link, this);
    connect(dialog, &PickQueryDialog::done, this, [this] { m_detail->refresh(); });
    openDialog(dialog);
}

void QueryWorkspace::unlinkQuery()
{
    const std::optional<Query>& query = m_detail->query();
    const std::optional<casefile::SummaryLink> link = m_detail->selectedLink();
    if (!query || !link || !m_session.currentAdviserId())
        return;
    const Status status = m_session.queries().unlink(query->id, link->queryId);
    if (!status) {
        MessageBox::warning(this, tr("Unlink"), status.error().message);
        return;
    }
    m_detail->refresh();
}

void QueryWorkspace::mergeQuery()
{
    const std::optional<Query>& query = m_detail->query();
    if (!query || !m_session.currentAdviserId())
        return;
    auto* dialog = new PickQueryDialog(m_session, *query, PickQueryDialog::Purpose::Merge, this);
    connect(dialog, &PickQueryDialog::done, this, [this](qint64, qint64 survivor) {
        m_model->reload();
        selectQuery(survivor);
    });
    openDialog(dialog);
}

void QueryWorkspace::deleteQuery()
{
    const std::optional<Query> query = m_detail->query();
    if (!query || query->status != QueryStatus::New || !m_session.currentAdviserId())
        return;
    const qint64 id = query->id;
    const QString reference = query->reference;
    MessageBox::question(this, tr("Delete Query"),
        tr("Delete %1 \u201c%2\u201d? Only a query registered by mistake should be deleted; its reference number is "
           "not used again.")
            .arg(query->reference, query->fields.subject),
        [this, id, reference](QMessageBox::StandardButton answer) {
            if (answer != QMessageBox::Yes)
                return;
            const Status status = m_session.queries().remove(id);
            if (!status) {
                MessageBox::warning(this, tr("Delete Query"), status.error().message);
                return;
            }
            Q_EMIT statusMessage(tr("%1 deleted.").arg(reference));
        });
}

bool QueryWorkspace::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_searchEdit && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto* key = static_cast<QKeyEvent*>(event);
        const bool upDown = key->key() == Qt::Key_Down || key->key() == Qt::Key_Up;
        if (upDown && key->modifiers() == Qt::ControlModifier && event->type() == QEvent::ShortcutOverride) {
            // The line edit would keep Ctrl+Up/Down for itself; they move through the results.
            event->ignore();
            return true;
        }
        if (key->key() == Qt::Key_Down && key->modifiers() == Qt::NoModifier && event->type() == QEvent::KeyPress) {
            // Down from the search box goes to the results.
            if (!currentQueryId() && m_model->rowCount() > 0)
                m_table->selectRow(0);
            m_table->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void QueryWorkspace::focusSearch()
{
    m_searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchEdit->selectAll();
}

void QueryWorkspace::moveSelection(int delta)
{
    if (m_model->rowCount() == 0)
        return;
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    int row = current.isValid() ? current.row() + delta : (delta > 0 ? 0 : m_model->rowCount() - 1);
    if (row >= m_model->rowCount() && m_model->canFetchMore({}))
        m_model->fetchMore({});
    row = std::clamp(row, 0, m_model->rowCount() - 1);
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
}

void QueryWorkspace::nextQuery()
{
    moveSelection(1);
}

void QueryWorkspace::previousQuery()
{
    moveSelection(-1);
}

void QueryWorkspace::saveCurrentSearch()
{
    auto* dialog = new SaveSearchDialog(m_session.search(), currentFilter(), this);
    connect(dialog, &SaveSearchDialog::saved, this, [this](qint64 id) {
        m_savedSearchId = id;
        reloadNavigation();
        updateActions();
    });
    openDialog(dialog);
}

void QueryWorkspace::deleteSavedSearch()
{
    if (!m_savedSearchId)
        return;
    const qint64 id = *m_savedSearchId;
    const QListWidgetItem* item = m_navigation->currentItem();
    const QString name = item ? item->text() : QString();
    MessageBox::question(this, tr("Delete Saved Search"),
        tr("Delete the saved search \u201c%1\u201d? The queries it lists are not affected.").arg(name),
        [this, id](QMessageBox::StandardButton answer) {
            if (answer != QMessageBox::Yes)
                return;
            const Status status = m_session.search().deleteSavedSearch(id);
            if (!status) {
                MessageBox::warning(this, tr("Delete Saved Search"), status.error().message);
                return;
            }
            if (m_savedSearchId == id)
                m_savedSearchId.reset();
            reloadNavigation();
            showView(m_view);
        });
}

QString QueryWorkspace::importTitle(ImportMode mode)
{
    return mode == ImportMode::CheckOnly ? tr("Check CSV File") : tr("Import Queries");
}

void QueryWorkspace::importCsv(ImportMode mode)
{
    if (mode == ImportMode::Import && !m_session.currentAdviserId())
        return;
    FileDialogs::openFile(this, importTitle(mode), QDir::homePath(), tr("CSV files (*.csv *.txt);;All files (*)"),
        [this, mode](const QString& path) { importChosenFile(path, mode); });
}

void QueryWorkspace::importChosenFile(const QString& path, ImportMode mode)
{
    if (mode == ImportMode::Import && !m_session.currentAdviserId())
        return;
    const QString title = importTitle(mode);
    Result<QStringList> header = QueryCsv::readHeader(path);
    if (!header) {
        MessageBox::critical(this, title, header.error().message);
        return;
    }
    // Headers that are not Advice Hub's column names need a mapping first.
    const QStringList known = QueryCsv::columns();
    QStringList unknown;
    for (const QString& name : header.value()) {
        if (!known.contains(name.trimmed(), Qt::CaseInsensitive))
            unknown << name;
    }
    if (unknown.isEmpty()) {
        runImport(path, {}, mode);
        return;
    }
    auto* dialog = new ColumnMappingDialog(header.value(), this);
    connect(dialog, &ColumnMappingDialog::mappingChosen, this,
        [this, path, mode](const QHash<QString, QString>& mapping) { runImport(path, mapping, mode); });
    openDialog(dialog);
}

void QueryWorkspace::runImport(const QString& path, const QHash<QString, QString>& mapping, ImportMode mode)
{
    const bool checkOnly = mode == ImportMode::CheckOnly;
    const QString title = importTitle(mode);
    QueryCsv csv(m_session.queries(), m_session.search(), m_session.lookup(), m_session.caseSummaries());
    ImportOptions options;
    options.columnMapping = mapping;
    options.dryRun = checkOnly;
    const QString name = QFileInfo(path).fileName();
    Result<ImportReport> report = makeError(ErrorCode::Cancelled, QString());
    {
        LongOperation operation(window(), title, tr("Reading and checking %1\u2026").arg(name));
        int shownPhase = 0;
        options.progress = [&](int phase, qint64 done, qint64 total) {
            if (phase != shownPhase) {
                shownPhase = phase;
                operation.setLabel(tr("Importing the queries of %1\u2026").arg(name));
            }
            return operation.update(done, total);
        };
        report = csv.importFile(path, options);
    }
    if (!report && report.error().code == ErrorCode::Cancelled) {
        Q_EMIT statusMessage(checkOnly ? tr("Check cancelled.") : tr("Import cancelled; nothing was imported."));
        return;
    }
    if (!report) {
        MessageBox::critical(this, title, report.error().message);
        return;
    }
    if (!report->accepted()) {
        openDialog(new ImportReportDialog(name, report.value(), this));
        return;
    }
    if (checkOnly) {
        Q_EMIT statusMessage(tr("%1: every row can be imported.").arg(name));
        MessageBox::information(this, title,
            tr("All %Ln row(s) of %1 can be imported. Nothing was imported.", nullptr, report->rows).arg(name));
        return;
    }
    m_model->reload();
    Q_EMIT statusMessage(
        tr("Imported %Ln query(ies) from %1.", nullptr, static_cast<int>(report->importedIds.size())).arg(name));
    MessageBox::information(this, title,
        tr("%Ln query(ies) imported from %1. Each has an \u201cimported\u201d entry in its timeline.", nullptr,
            static_cast<int>(report->importedIds.size()))
            .arg(name));
}

void QueryWorkspace::exportList()
{
    // The list as shown when the export was asked for.
    const QueryFilter filter = m_model->filter();
    const QuerySort sort = m_model->currentSort();
    // The suggested name says nothing about the content: file names can be seen by anyone.
    const QString suggested
        = QDir(QDir::homePath())
              .filePath(QStringLiteral("advicehub-export-%1.csv").arg(m_today.toString(QStringLiteral("yyyy-MM-dd"))));
    const QString csvFiles = tr("CSV files (*.csv)");
    const QString jsonFiles = tr("JSON files (*.json)");
    const QString jsonWithTimelines = tr("JSON files with each query's timeline (*.json)");
    FileDialogs::saveFile(
        this, tr("Export Queries"), suggested,
        QStringList { csvFiles, jsonFiles, jsonWithTimelines }.join(QStringLiteral(";;")), QStringLiteral("csv"),
        [this, filter, sort, jsonWithTimelines](const QString& path, const QString& chosenFilter) {
            exportTo(path, filter, sort, chosenFilter == jsonWithTimelines);
        },
        csvFiles);
}

void QueryWorkspace::exportTo(const QString& path, const QueryFilter& filter, const QuerySort& sort, bool withTimelines)
{
    ExportOptions options;
    options.format
        = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ? ExportFormat::Json : ExportFormat::Csv;
    options.includeTimeline = options.format == ExportFormat::Json && withTimelines;
    options.overwrite = QFileInfo::exists(path); // the file dialog asked before replacing it
    QueryCsv csv(m_session.queries(), m_session.search(), m_session.lookup(), m_session.caseSummaries());
    Result<ExportResult> result = makeError(ErrorCode::Cancelled, QString());
    {
        LongOperation operation(window(), tr("Export Queries"), tr("Writing %1…").arg(QFileInfo(path).fileName()));
        options.progress = [&operation](qint64 done, qint64 total) { return operation.update(done, total); };
        result = csv.exportToFile(filter, sort, path, options);
    }
    if (!result && result.error().code == ErrorCode::Cancelled) {
        Q_EMIT statusMessage(tr("Export cancelled; no file was written."));
        return;
    }
    if (!result) {
        MessageBox::critical(this, tr("Export Queries"), result.error().message);
        return;
    }
    m_detail->refresh(); // the export is in the timeline
    Q_EMIT statusMessage(tr("Exported %Ln query(ies).", nullptr, result->exported));
    MessageBox::information(this, tr("Export Queries"),
        tr("%Ln query(ies) written to %1. The file is not encrypted: keep it safe and delete it when it is no longer "
           "needed. The export is recorded in each query's timeline.",
            nullptr, result->exported)
            .arg(QDir::toNativeSeparators(path)));
}

void QueryWorkspace::checkDateChanged()
{
    if (m_session.queries().today() != m_today)
        refreshAll();
}

void QueryWorkspace::refreshAll()
{
    // Overdue and due-this-week depend on the date: a new day changes the lists.
    m_today = m_session.queries().today();
    m_filterBar->setToday(m_today);
    m_model->refresh();
    refreshCounts();
    if (m_detail->queryId())
        m_detail->refresh();
    updateActions();
}

void QueryWorkspace::restoreLayout()
{
    m_splitter->restoreState(m_settings.uiState(kSplitterState));
    QHeaderView* header = m_table->horizontalHeader();
    if (header->restoreState(m_settings.uiState(kHeaderState))) {
        // The restored sort indicator becomes the list's order.
        m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    }
}

void QueryWorkspace::saveLayout()
{
    m_settings.setUiState(kSplitterState, m_splitter->saveState());
    m_settings.setUiState(kHeaderState, m_table->horizontalHeader()->saveState());
}

} // namespace advicehub::ui
