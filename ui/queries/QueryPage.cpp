#include "queries/QueryPage.h"

#include "attachments/AttachmentsPanel.h"
#include "common/Icons.h"
#include "common/MessageBox.h"
#include "common/ShowDialog.h"
#include "drafts/DraftActions.h"
#include "partners/PartnerService.h"
#include "pending/PendingEditService.h"
#include "printing/PrintActions.h"
#include "queries/QueryActions.h"
#include "queries/QueryCasework.h"
#include "queries/QueryDetailPane.h"
#include "queries/QueryFilterBar.h"
#include "queries/QueryFormDialog.h"
#include "queries/QueryNavigation.h"
#include "queries/QueryService.h"
#include "queries/QueryTableModel.h"
#include "queries/QueryTransfer.h"
#include "queries/SaveSearchDialog.h"
#include "queries/TimelineEntryDialog.h"
#include "referrals/ReferralActions.h"
#include "session/Session.h"
#include "settings/AppSettings.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QProxyStyle>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollBar>
#include <QSplitter>
#include <QStyleOptionHeader>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

namespace advicehub::ui {

using namespace advicehub::queries;

namespace {

const QString kSplitterState = QStringLiteral("queryWorkspaceSplitter");
const QString kHeaderState = QStringLiteral("queryTableHeader");
const QString kLastView = QStringLiteral("queryWorkspaceView");
const QString kHeaderVersion = QStringLiteral("queryTableHeaderVersion");
// Version 2: the subject stretches; the adviser, received, priority and themes may start hidden.
const QByteArray kCurrentHeaderVersion = QByteArrayLiteral("2");

constexpr int kDetailMinimum = 300; // what the user may narrow it to
constexpr int kDetailDefaultMinimum = 360;
constexpr int kTableMinimum = 360;

// The header's sort arrow drawn for the order the list is in: down for descending (newest
// first, Z to A), up for ascending. QHeaderView hands the style SortUp for a descending order,
// which Fusion and others draw as an up arrow.
class SortArrowStyle : public QProxyStyle {
public:
    using QProxyStyle::QProxyStyle;
    void drawPrimitive(
        PrimitiveElement element, const QStyleOption* option, QPainter* painter, const QWidget* widget) const override
    {
        if (element == PE_IndicatorHeaderArrow) {
            if (const auto* header = qstyleoption_cast<const QStyleOptionHeader*>(option)) {
                if (header->sortIndicator == QStyleOptionHeader::None)
                    return;
                const bool descending = header->sortIndicator == QStyleOptionHeader::SortUp;
                QStyleOption arrow(*option);
                QProxyStyle::drawPrimitive(
                    descending ? PE_IndicatorArrowDown : PE_IndicatorArrowUp, &arrow, painter, widget);
                return;
            }
        }
        QProxyStyle::drawPrimitive(element, option, painter, widget);
    }
};

} // namespace

QueryPage::QueryPage(Session& session, AppSettings& settings, QWidget* parent)
    : Page(parent), m_session(session), m_settings(settings)
{
    setObjectName(QStringLiteral("queryPage"));
    m_model = new QueryTableModel(session.search(), session.queries(), this);
    m_model->setObjectName(QStringLiteral("queryTableModel"));
    m_today = session.queries().today();
    m_actions = new QueryActions(this);
    m_casework = new QueryCasework(session, *this);
    m_transfer = new QueryTransfer(session, *this);
    connect(m_casework, &QueryCasework::statusMessage, this, &Page::statusMessage);
    connect(m_transfer, &QueryTransfer::statusMessage, this, &Page::statusMessage);
    connectActions();
    buildLayout();
    m_referralActions = new ReferralActions(session, *this, *m_detail->referralsPanel());
    connect(m_referralActions, &ReferralActions::statusMessage, this, &Page::statusMessage);
    connect(m_referralActions, &ReferralActions::referralsChanged, this, &QueryPage::referralsChanged);
    m_draftActions = new DraftActions(session, *this, *m_detail->draftsPanel());
    connect(m_draftActions, &DraftActions::statusMessage, this, &Page::statusMessage);
    m_printActions = new PrintActions(session, settings, *this);
    connect(m_printActions, &PrintActions::statusMessage, this, &Page::statusMessage);
    connect(m_detail->attachmentsPanel(), &AttachmentsPanel::statusMessage, this, &Page::statusMessage);

    connect(m_model, &QueryTableModel::loadFailed, this,
        [this](const QString& message) { Q_EMIT statusMessage(tr("The list could not be read: %1").arg(message)); });
    connect(m_model, &QueryTableModel::rowsReloaded, this, &QueryPage::onRowsReloaded);
    // A sort or another filter reads the list again (a model reset, which clears the selection):
    // the query selected stays selected if the new list has it.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        if (!m_keepQueryId)
            m_keepQueryId = currentQueryId();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_keepQueryId)
            onCurrentRowChanged();
    });
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_model, signal, this, &QueryPage::updateEmptyState);
    for (auto signal : { &QueryService::queryAdded, &QueryService::queryChanged, &QueryService::queryRemoved })
        connect(&session.queries(), signal, m_navigation, &QueryNavigation::scheduleCountsRefresh);
    connect(&session.queries(), &QueryService::queriesReset, m_navigation, &QueryNavigation::scheduleCountsRefresh);

    m_dayTimer = new QTimer(this);
    m_dayTimer->setInterval(60 * 1000);
    connect(m_dayTimer, &QTimer::timeout, this, &QueryPage::checkDateChanged);
    m_dayTimer->start();
}

QueryPage::~QueryPage()
{
    saveLayout();
}

QString QueryPage::title() const
{
    return tr("Queries");
}

QIcon QueryPage::icon() const
{
    return Icons::get(Icons::AllQueries);
}

QString QueryPage::menuTitle() const
{
    return tr("&Query");
}

QString QueryPage::menuObjectName() const
{
    return QStringLiteral("queryMenu");
}

QList<QAction*> QueryPage::menuActions() const
{
    return m_actions->menuActions() + m_referralActions->menuActions() + m_draftActions->menuActions()
        + m_detail->attachmentsPanel()->menuActions() + m_printActions->menuActions();
}

QList<QAction*> QueryPage::viewActions() const
{
    return { m_showDetails, m_columnsMenu->menuAction() };
}

void QueryPage::fillColumnsMenu(QMenu* menu)
{
    menu->clear();
    QHeaderView* header = m_table->horizontalHeader();
    for (int column = 0; column < QueryTableModel::ColumnCount; ++column) {
        if (column == QueryTableModel::ReferenceColumn || column == QueryTableModel::SubjectColumn)
            continue; // always shown
        QAction* toggle = menu->addAction(m_model->headerData(column, Qt::Horizontal).toString());
        toggle->setObjectName(QStringLiteral("showColumnAction_%1").arg(column));
        toggle->setCheckable(true);
        toggle->setChecked(!header->isSectionHidden(column));
        connect(toggle, &QAction::toggled, header, [this, header, column](bool shown) {
            // From now on the user's choice, not the width, decides.
            m_columnsDecided = true;
            header->setSectionHidden(column, !shown);
            if (shown && header->sectionSize(column) == 0)
                header->resizeSection(column, m_columnWidths.value(column, header->defaultSectionSize()));
        });
    }
}

QAction* QueryPage::action(const QString& objectName) const
{
    if (QAction* found = m_actions->action(objectName))
        return found;
    if (QAction* found = m_referralActions ? m_referralActions->action(objectName) : nullptr)
        return found;
    if (QAction* found = m_draftActions ? m_draftActions->action(objectName) : nullptr)
        return found;
    if (QAction* found = m_printActions ? m_printActions->action(objectName) : nullptr)
        return found;
    if (m_showDetails && m_showDetails->objectName() == objectName)
        return m_showDetails;
    return m_detail ? m_detail->attachmentsPanel()->action(objectName) : nullptr;
}

QMenu* QueryPage::statusMenu() const
{
    return m_actions->statusMenu();
}

QListWidget* QueryPage::navigationList() const
{
    return m_navigation;
}

void QueryPage::connectActions()
{
    const auto on = [this](const char* name, auto receiver, auto slot) {
        connect(action(QLatin1String(name)), &QAction::triggered, receiver, slot);
    };
    on("newQueryAction", m_casework, &QueryCasework::newQuery);
    on("editQueryAction", m_casework, &QueryCasework::editQuery);
    on("triageAction", m_casework, &QueryCasework::triageQuery);
    connect(m_actions, &QueryActions::statusChosen, m_casework, &QueryCasework::changeStatus);
    connect(m_actions, &QueryActions::entryKindChosen, m_casework, &QueryCasework::addTimelineEntry);
    on("correctEntryAction", m_casework, &QueryCasework::correctTimelineEntry);
    on("linkAction", m_casework, &QueryCasework::linkQuery);
    on("unlinkAction", m_casework, &QueryCasework::unlinkQuery);
    on("mergeAction", m_casework, &QueryCasework::mergeQuery);
    on("deleteQueryAction", m_casework, &QueryCasework::deleteQuery);
    on("findAction", this, &QueryPage::focusSearch);
    on("nextQueryAction", this, &QueryPage::nextQuery);
    on("previousQueryAction", this, &QueryPage::previousQuery);
    on("refreshAction", this, &QueryPage::refreshAll);
    on("saveSearchAction", this, &QueryPage::saveCurrentSearch);
    on("deleteSavedSearchAction", this, &QueryPage::deleteSavedSearch);
    connect(action(QStringLiteral("importCsvAction")), &QAction::triggered, m_transfer,
        [this] { m_transfer->importCsv(QueryTransfer::ImportMode::Import); });
    connect(action(QStringLiteral("checkCsvAction")), &QAction::triggered, m_transfer,
        [this] { m_transfer->importCsv(QueryTransfer::ImportMode::CheckOnly); });
    on("exportAction", m_transfer, &QueryTransfer::exportList);
}

void QueryPage::buildLayout()
{
    // Navigation: the views, then the saved searches.
    m_navigation = new QueryNavigation(m_session, this);
    m_navigation->addAction(action(QStringLiteral("saveSearchAction")));
    m_navigation->addAction(action(QStringLiteral("deleteSavedSearchAction")));
    connect(m_navigation, &QListWidget::currentItemChanged, this, &QueryPage::onNavigationChanged);
    // A click on the saved search already selected applies it again (after the filters changed).
    connect(m_navigation, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
        if (item == m_navigation->currentItem()
            && item->data(QueryNavigation::KindRole).toString() == QLatin1String("saved"))
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
    connect(m_searchTimer, &QTimer::timeout, this, &QueryPage::applyFilter);
    connect(m_searchEdit, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        applyFilter();
        m_table->setFocus();
    });

    m_filterBar = new QueryFilterBar(m_session.lookup(), this);
    m_filterBar->setToday(m_today);
    const auto partnerChoices = [this] {
        partners::PartnerListFilter all;
        all.includeInactive = true;
        QList<std::pair<QString, qint64>> choices;
        for (const partners::Partner& partner : m_session.partners().list(all))
            choices.append(
                { partner.active ? partner.fields.name : tr("%1 (inactive)").arg(partner.fields.name), partner.id });
        m_filterBar->setPartners(choices);
    };
    partnerChoices();
    connect(&m_session.partners(), &partners::PartnerService::partnersChanged, m_filterBar, partnerChoices);
    connect(m_filterBar, &QueryFilterBar::changed, this, &QueryPage::applyFilter);

    m_resultCount = new QLabel(this);
    m_resultCount->setObjectName(QStringLiteral("resultCountLabel"));
    m_resultCount->setForegroundRole(QPalette::PlaceholderText);

    m_table = buildTable();

    m_detail = new QueryDetailPane(m_session, this);
    m_detail->setTimelineActions(
        action(QStringLiteral("addToTimelineAction")), action(QStringLiteral("correctEntryAction")));
    m_detail->setLinkActions(action(QStringLiteral("linkAction")), action(QStringLiteral("unlinkAction")),
        action(QStringLiteral("mergeAction")));
    connect(m_detail, &QueryDetailPane::selectionChanged, this, &QueryPage::updateActions);
    connect(m_detail, &QueryDetailPane::openQueryRequested, this, &QueryPage::selectQuery);

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
    // The detail pane folds away (dragging its handle to the right, or F8) and comes back.
    m_splitter->setCollapsible(2, true);
    center->setMinimumWidth(kTableMinimum);
    m_detail->setMinimumWidth(kDetailMinimum);
    // Extra width goes to the table first.
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 1);
    m_splitter->setSizes(defaultSplit(1366));
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] {
        // The user's own split from now on (and remembered).
        m_splitDecided = true;
        const QSignalBlocker blocker(m_showDetails);
        m_showDetails->setChecked(m_splitter->sizes().value(2) > 0);
    });

    m_showDetails = new QAction(tr("Show &Details Pane"), this);
    m_showDetails->setObjectName(QStringLiteral("showDetailsPaneAction"));
    m_showDetails->setCheckable(true);
    m_showDetails->setChecked(true);
    m_showDetails->setShortcut(QKeySequence(Qt::Key_F8));
    m_showDetails->setStatusTip(tr("Show or hide the selected query's details beside the list"));
    connect(m_showDetails, &QAction::toggled, this, &QueryPage::setDetailsShown);
    // View ▸ Columns: the same choice as the header's context menu, made when it opens.
    m_columnsMenu = new QMenu(tr("&Columns"), this);
    m_columnsMenu->setObjectName(QStringLiteral("viewColumnsMenu"));
    m_columnsMenu->menuAction()->setObjectName(QStringLiteral("viewColumnsAction"));
    connect(m_columnsMenu, &QMenu::aboutToShow, this, [this] { fillColumnsMenu(m_columnsMenu); });

    // Over the table when it lists nothing.
    m_emptyState = new QWidget(m_table->viewport());
    m_emptyState->setObjectName(QStringLiteral("queryEmptyState"));
    m_emptyLabel = new QLabel(m_emptyState);
    m_emptyLabel->setObjectName(QStringLiteral("queryEmptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setTextFormat(Qt::PlainText);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_clearFilters = new QPushButton(tr("&Clear Filters"), m_emptyState);
    m_clearFilters->setObjectName(QStringLiteral("clearFiltersButton"));
    connect(m_clearFilters, &QPushButton::clicked, this, &QueryPage::clearFilters);
    m_emptyNewQuery
        = new QPushButton(action(QStringLiteral("newQueryAction"))->icon(), tr("&New Query\u2026"), m_emptyState);
    m_emptyNewQuery->setObjectName(QStringLiteral("emptyNewQueryButton"));
    connect(m_emptyNewQuery, &QPushButton::clicked, action(QStringLiteral("newQueryAction")), &QAction::trigger);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_clearFilters);
    buttons->addWidget(m_emptyNewQuery);
    buttons->addStretch();
    auto* emptyLayout = new QVBoxLayout(m_emptyState);
    emptyLayout->addStretch();
    emptyLayout->addWidget(m_emptyLabel);
    emptyLayout->addLayout(buttons);
    emptyLayout->addStretch(2);
    m_emptyState->hide();
    m_table->viewport()->installEventFilter(this);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_splitter, 1);
}

QTableView* QueryPage::buildTable()
{
    auto* table = new QTableView(this);
    table->setObjectName(QStringLiteral("queryTable"));
    table->setModel(m_model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setShowGrid(false);
    table->setTextElideMode(Qt::ElideRight);
    table->setContextMenuPolicy(Qt::CustomContextMenu);
    table->verticalHeader()->hide();
    // Fixed row heights: the view never measures 100,000 rows.
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    QHeaderView* header = table->horizontalHeader();
    header->setObjectName(QStringLiteral("queryTableHeader"));
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    // The subject takes what the other columns leave; they are as wide as what they show.
    header->setSectionResizeMode(QueryTableModel::SubjectColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(40);
    auto* arrows = new SortArrowStyle;
    arrows->setParent(header);
    header->setStyle(arrows);
    const QFontMetrics metrics = table->fontMetrics();
    const int padding = 2 * table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 10;
    const auto widest = [&metrics](const QStringList& texts) {
        int width = 0;
        for (const QString& text : texts)
            width = std::max(width, metrics.horizontalAdvance(text));
        return width;
    };
    QStringList statuses;
    for (QueryStatus status : allStatuses())
        statuses << QueryText::label(status);
    QStringList priorities;
    for (Priority priority : allPriorities())
        priorities << QueryText::label(priority);
    const int date = metrics.horizontalAdvance(QStringLiteral("0000-00-00"));
    const int icon = table->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, table) + 4;
    const std::pair<int, int> widths[] = {
        { QueryTableModel::ReferenceColumn, metrics.horizontalAdvance(QStringLiteral("AH-0000-0000")) },
        { QueryTableModel::ReceivedColumn, date },
        // Most State names; the longest are elided (their tooltip and the pane give them whole).
        { QueryTableModel::StateColumn, metrics.averageCharWidth() * 15 },
        { QueryTableModel::ThemesColumn, metrics.averageCharWidth() * 24 },
        { QueryTableModel::PriorityColumn, widest(priorities) * 11 / 10 }, // bold when urgent
        { QueryTableModel::StatusColumn, widest(statuses) },
        { QueryTableModel::DueColumn, date + icon },
        { QueryTableModel::AdviserColumn, metrics.averageCharWidth() * 15 },
    };
    for (const auto& [column, width] : widths) {
        m_columnWidths[column] = std::max(width + padding, header->sectionSizeHint(column));
        header->resizeSection(column, m_columnWidths[column]);
    }
    header->setSortIndicator(QueryTableModel::ReceivedColumn, Qt::DescendingOrder);
    // Columns are shown and hidden from the header's context menu.
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, [this, header](const QPoint& at) {
        auto* menu = new QMenu(this);
        menu->setObjectName(QStringLiteral("columnsMenu"));
        menu->setAttribute(Qt::WA_DeleteOnClose);
        fillColumnsMenu(menu);
        menu->popup(header->mapToGlobal(at));
    });
    table->setSortingEnabled(true);
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this, header](int column, Qt::SortOrder) {
        if (QueryTableModel::sortColumnFor(column))
            return;
        // Themes have no order of their own: the indicator goes back to the list's real order.
        const QuerySort sort = m_model->currentSort();
        header->setSortIndicator(QueryTableModel::columnFor(sort.column), sort.order);
    });
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &QueryPage::onCurrentRowChanged);
    connect(table, &QTableView::activated, m_casework, &QueryCasework::editQuery);
    connect(table, &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        if (!currentQueryId())
            return;
        // popup(), not exec(): a lock while the menu is open destroys it with the page.
        auto* menu = new QMenu(this);
        menu->setObjectName(QStringLiteral("queryContextMenu"));
        menu->setAttribute(Qt::WA_DeleteOnClose);
        for (const char* name : { "editQueryAction", "triageAction", "changeStatusAction", "addToTimelineAction",
                 "referToPartnerAction", "recordConsentAction", "linkAction", "mergeAction", "deleteQueryAction" })
            menu->addAction(action(QLatin1String(name)));
        menu->popup(m_table->viewport()->mapToGlobal(at));
    });
    return table;
}

void QueryPage::start()
{
    restoreLayout();
    reloadNavigation();
    const QString last = QString::fromUtf8(m_settings.uiState(kLastView));
    showView(viewFromCode(last).value_or(QueryView::Inbox));
}

void QueryPage::adviserChanged()
{
    m_navigation->refreshCounts();
    if (m_view == QueryView::Mine)
        applyFilter();
    updateActions();
}

void QueryPage::referenceDataChanged()
{
    // Names of advisers (and later other reference data) appear in lists, filters and forms.
    m_filterBar->reloadChoices();
    m_model->refresh();
    if (m_detail->queryId())
        m_detail->refresh();
}

QStringList QueryPage::keepUnsavedWork()
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
    notKept << m_referralActions->notKept();
    notKept << m_draftActions->keepUnsavedWork();
    return notKept;
}

std::optional<Status> QueryPage::restorePendingEdit(const pending::PendingEdit& edit)
{
    switch (edit.kind) {
    case pending::PendingKind::QueryForm:
    case pending::PendingKind::TimelineEntry:
    case pending::PendingKind::DraftText:
        return m_casework->restorePendingEdit(edit);
    }
    return std::nullopt;
}

void QueryPage::reloadNavigation()
{
    m_navigation->reload(m_view, m_savedSearchId);
}

void QueryPage::onNavigationChanged()
{
    QListWidgetItem* item = m_navigation->currentItem();
    if (!item)
        return;
    const QString kind = item->data(QueryNavigation::KindRole).toString();
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
        m_view = viewFromCode(item->data(QueryNavigation::ValueRole).toString()).value_or(QueryView::All);
        m_settings.setUiState(kLastView, viewCode(m_view).toUtf8());
        applyFilter();
    } else if (kind == QLatin1String("saved")) {
        const qint64 id = item->data(QueryNavigation::ValueRole).toLongLong();
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

void QueryPage::showView(QueryView view)
{
    QListWidgetItem* item = m_navigation->viewItem(view);
    if (!item)
        return;
    if (m_navigation->currentItem() == item)
        onNavigationChanged();
    else
        m_navigation->setCurrentItem(item);
}

QueryFilter QueryPage::currentFilter() const
{
    QueryFilter filter;
    filter.view = m_view;
    filter.currentAdviserId = m_session.currentAdviserId();
    filter.text = m_searchEdit->text().trimmed();
    m_filterBar->applyTo(filter);
    return filter;
}

void QueryPage::applyFilter()
{
    if (m_applyingSavedSearch)
        return;
    m_searchTimer->stop();
    // The selected query stays selected if the new list has it (onRowsReloaded).
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_model->setFilter(currentFilter());
    QApplication::restoreOverrideCursor();
    onCurrentRowChanged();
}

void QueryPage::updateResultCount()
{
    Result<qint64> count = m_session.search().count(m_model->filter());
    m_resultCount->setText(count ? tr("%Ln query(ies)", nullptr, static_cast<int>(count.value())) : QString());
}

std::optional<qint64> QueryPage::currentQueryId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (current.isValid())
        return m_model->idAt(current.row());
    return std::nullopt;
}

void QueryPage::onCurrentRowChanged()
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

void QueryPage::selectQuery(qint64 id)
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

void QueryPage::updateActions()
{
    QueryActions::State state;
    state.adviser = m_session.currentAdviserId().has_value();
    const std::optional<Query>& query = m_detail->query();
    if (query) {
        state.query = &*query;
        state.allowed = m_session.queries().allowedTransitions(query->id);
        for (QueryStatus to : state.allowed) {
            if (m_session.queries().reasonRequiredFor(query->id, to))
                state.needReason << to;
        }
        state.removable = m_session.queries().canRemove(query->id).ok();
    }
    state.entrySelected = m_detail->selectedEntry().has_value();
    state.linkSelected = m_detail->selectedLink().has_value();
    state.listed = m_model->rowCount() > 0;
    state.savedSearch = m_savedSearchId.has_value();
    m_actions->update(state);
    if (m_referralActions)
        m_referralActions->update();
    if (m_draftActions)
        m_draftActions->update();
    if (m_printActions)
        m_printActions->update();
    if (m_detail)
        m_detail->attachmentsPanel()->updateActions();
}

bool QueryPage::eventFilter(QObject* watched, QEvent* event)
{
    if (m_table && watched == m_table->viewport() && event->type() == QEvent::Resize && m_emptyState)
        m_emptyState->setGeometry(m_table->viewport()->rect());
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
    return Page::eventFilter(watched, event);
}

void QueryPage::focusSearch()
{
    m_searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchEdit->selectAll();
}

void QueryPage::moveSelection(int delta)
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

void QueryPage::nextQuery()
{
    moveSelection(1);
}

void QueryPage::previousQuery()
{
    moveSelection(-1);
}

void QueryPage::saveCurrentSearch()
{
    auto* dialog = new SaveSearchDialog(m_session.search(), currentFilter(), this);
    connect(dialog, &SaveSearchDialog::saved, this, [this](qint64 id) {
        m_savedSearchId = id;
        reloadNavigation();
        updateActions();
    });
    showDialog(dialog);
}

void QueryPage::deleteSavedSearch()
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

void QueryPage::checkDateChanged()
{
    if (m_session.queries().today() != m_today)
        refreshAll();
}

void QueryPage::refreshAll()
{
    // Overdue and due-this-week depend on the date: a new day changes the lists.
    m_today = m_session.queries().today();
    m_filterBar->setToday(m_today);
    m_model->refresh();
    m_navigation->refreshCounts();
    if (m_detail->queryId())
        m_detail->refresh();
    updateActions();
}

void QueryPage::restoreLayout()
{
    // The user's own split if they moved it; otherwise the default, fitted to the width.
    // (A split saved before version 2 was the old default, saved at every lock.)
    const bool current = m_settings.uiState(kHeaderVersion) == kCurrentHeaderVersion;
    if (current && m_splitter->restoreState(m_settings.uiState(kSplitterState)))
        m_splitDecided = true;
    else
        applyDefaultLayout();
    {
        const QSignalBlocker blocker(m_showDetails);
        m_showDetails->setChecked(m_splitter->sizes().value(2) > 0);
    }
    QHeaderView* header = m_table->horizontalHeader();
    const QByteArray savedHeader = m_settings.uiState(kHeaderState);
    if (current && header->restoreState(savedHeader)) {
        // The user's widths, order and hidden columns; the subject still takes the rest.
        header->setSectionResizeMode(QueryTableModel::SubjectColumn, QHeaderView::Stretch);
        m_columnsDecided = true;
    } else {
        // A header saved before the subject stretched: its order only, with the new widths.
        QHeaderView old(Qt::Horizontal);
        old.setModel(m_model);
        if (old.restoreState(savedHeader))
            header->setSortIndicator(old.sortIndicatorSection(), old.sortIndicatorOrder());
        old.setModel(nullptr);
    }
    // The restored sort indicator becomes the list's order.
    m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
}

void QueryPage::saveLayout()
{
    if (m_splitDecided)
        m_settings.setUiState(kSplitterState, m_splitter->saveState());
    else
        m_settings.setUiState(kSplitterState, {});
    m_settings.setUiState(kHeaderState, m_table->horizontalHeader()->saveState());
    m_settings.setUiState(kHeaderVersion, kCurrentHeaderVersion);
}

QList<int> QueryPage::defaultSplit(int width, int navigationMinimum)
{
    // The navigation as wide as its names; the detail pane about 36 % of the rest, never
    // narrower than what its tabs need (the attachments' name, type, size and date side by
    // side); the table the rest.
    const int navigation = std::max(std::clamp(width / 8, 150, 200), navigationMinimum);
    const int rest = std::max(width - navigation, kTableMinimum + kDetailMinimum);
    const int detail = std::clamp(rest * 36 / 100, kDetailDefaultMinimum, 480);
    return { navigation, rest - detail, detail };
}

void QueryPage::applyDefaultLayout()
{
    const int pageWidth = m_splitter->width() > 100 ? m_splitter->width() : 1366;
    QList<int> sizes = defaultSplit(pageWidth, m_navigation->minimumWidth());
    if (m_showDetails && !m_showDetails->isChecked()) {
        sizes[1] += sizes[2];
        sizes[2] = 0;
    }
    m_splitter->setSizes(sizes);
    // The table's width as set, not as the splitter reports it before its own resize.
    fitColumns(sizes[1]);
}

void QueryPage::fitColumns(int tableWidth)
{
    // Until the user changes the columns: the adviser, received, priority and themes (all in the
    // detail pane), in that order, are shown only while the subject keeps a readable width beside
    // them (about 30 characters): on a 1366-pixel screen the table shows reference, State,
    // subject, status and due date, on a 1600-pixel one the adviser and the date received too.
    if (m_columnsDecided)
        return;
    QHeaderView* header = m_table->horizontalHeader();
    const int available = tableWidth - m_table->verticalScrollBar()->sizeHint().width() - 2 * m_table->frameWidth();
    int used = 0;
    for (int column : { QueryTableModel::ReferenceColumn, QueryTableModel::StateColumn, QueryTableModel::StatusColumn,
             QueryTableModel::DueColumn })
        used += m_columnWidths.value(column, header->sectionSize(column));
    const int subjectMinimum = 30 * m_table->fontMetrics().averageCharWidth();
    bool fitting = true;
    for (int column : { QueryTableModel::AdviserColumn, QueryTableModel::ReceivedColumn,
             QueryTableModel::PriorityColumn, QueryTableModel::ThemesColumn }) {
        // Once one does not fit, the less useful ones after it stay hidden too.
        // (A hidden section's size is 0: the width it is given when shown counts.)
        const int width = m_columnWidths.value(column, header->sectionSize(column));
        fitting = fitting && used + width + subjectMinimum <= available;
        header->setSectionHidden(column, !fitting);
        if (fitting) {
            header->resizeSection(column, width);
            used += width;
        }
    }
}

void QueryPage::resizeEvent(QResizeEvent* event)
{
    Page::resizeEvent(event);
    if (!m_splitDecided)
        applyDefaultLayout();
}

void QueryPage::setDetailsShown(bool shown)
{
    QList<int> sizes = m_splitter->sizes();
    if (sizes.size() != 3)
        return;
    if (!shown && sizes[2] > 0) {
        m_detailWidth = sizes[2];
        sizes[1] += sizes[2];
        sizes[2] = 0;
    } else if (shown && sizes[2] == 0) {
        const int width = m_detailWidth >= kDetailMinimum
            ? m_detailWidth
            : defaultSplit(m_splitter->width(), m_navigation->minimumWidth())[2];
        sizes[2] = std::min(width, std::max(kDetailMinimum, sizes[1] - kTableMinimum));
        sizes[1] -= sizes[2];
    }
    m_splitter->setSizes(sizes);
    m_splitDecided = true;
    saveLayout();
}

void QueryPage::onRowsReloaded()
{
    updateResultCount();
    // The query selected before a sort or a new filter, selected again if still listed.
    if (const std::optional<qint64> kept = std::exchange(m_keepQueryId, std::nullopt)) {
        const int row = m_model->loadUntil(*kept, 5);
        if (row >= 0)
            m_table->selectRow(row);
        else
            onCurrentRowChanged();
    }
    if (const QModelIndex current = m_table->selectionModel()->currentIndex(); current.isValid())
        m_table->scrollTo(current);
    // "Found in attachment …" and the highlighted words follow the search the list is filtered by.
    m_detail->setSearchText(m_model->filter().text);
    // The shown query may have changed or left the list; the pane follows the table.
    if (m_detail->queryId())
        m_detail->refresh();
    updateEmptyState();
    updateActions();
}

void QueryPage::updateEmptyState()
{
    if (m_model->rowCount() > 0) {
        m_emptyState->hide();
        return;
    }
    const QueryFilter& filter = m_model->filter();
    const bool filtered = !filter.text.trimmed().isEmpty() || !m_filterBar->isEmpty();
    bool vaultEmpty = false;
    if (!filtered) {
        QueryFilter all;
        all.view = QueryView::All;
        const Result<qint64> count = m_session.search().count(all);
        vaultEmpty = count && count.value() == 0;
    }
    if (vaultEmpty)
        m_emptyLabel->setText(tr("No queries yet.\nRegister the first query received from a State."));
    else if (filtered)
        m_emptyLabel->setText(tr("No query matches the search and filters."));
    else
        m_emptyLabel->setText(tr("No query in this view."));
    m_clearFilters->setVisible(filtered);
    m_emptyNewQuery->setVisible(vaultEmpty);
    m_emptyState->setGeometry(m_table->viewport()->rect());
    m_emptyState->show();
    m_emptyState->raise();
}

void QueryPage::clearFilters()
{
    // The search and every filter go; the view (or saved search) stays. One reload.
    m_applyingSavedSearch = true;
    {
        const QSignalBlocker blocker(m_searchEdit);
        m_searchEdit->clear();
    }
    m_filterBar->clear();
    m_applyingSavedSearch = false;
    applyFilter();
    m_table->setFocus(Qt::OtherFocusReason);
}

} // namespace advicehub::ui
