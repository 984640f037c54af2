#include "partners/PartnersPage.h"

#include "common/Icons.h"
#include "common/MessageBox.h"
#include "common/ShowDialog.h"
#include "partners/PartnerDialog.h"
#include "partners/PartnerService.h"
#include "session/Session.h"
#include "settings/AppSettings.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace advicehub::ui {

using namespace advicehub::partners;

namespace {

const QString kHeaderState = QStringLiteral("partnerTableHeader");
const QString kShowInactive = QStringLiteral("partnerShowInactive");

} // namespace

PartnersPage::PartnersPage(Session& session, AppSettings& settings, QWidget* parent)
    : Page(parent), m_session(session), m_settings(settings)
{
    setObjectName(QStringLiteral("partnersPage"));

    QAction* create = makeAction("newPartnerAction", tr("&New Partner\u2026"), QKeySequence::New);
    create->setIcon(Icons::get(Icons::Partners));
    create->setStatusTip(tr("Add an organisation to the partner directory"));
    QAction* edit = makeAction("editPartnerAction", tr("&Edit Partner\u2026"), QKeySequence(Qt::CTRL | Qt::Key_E));
    edit->setIcon(Icons::get(Icons::EditQuery));
    QAction* deactivate = makeAction("deactivatePartnerAction", tr("&Deactivate"));
    deactivate->setStatusTip(tr("Keep the partner and its referrals, but no longer offer it for new referrals"));
    QAction* reactivate = makeAction("reactivatePartnerAction", tr("&Reactivate"));
    QAction* remove = makeAction("deletePartnerAction", tr("De&lete Partner\u2026"), QKeySequence::Delete);
    remove->setStatusTip(tr("Delete a partner that never had a referral (one with referrals can be deactivated)"));
    QAction* find = makeAction("findPartnerAction", tr("&Find\u2026"), QKeySequence::Find);
    find->setIcon(Icons::get(Icons::Search));
    QAction* inactive = makeAction("showInactivePartnersAction", tr("Show &Inactive Partners"));
    inactive->setCheckable(true);
    QAction* refresh = makeAction("refreshPartnersAction", tr("&Refresh"), QKeySequence::Refresh);
    auto* separator = new QAction(this);
    separator->setSeparator(true);
    auto* separator2 = new QAction(this);
    separator2->setSeparator(true);
    m_menuActions = { create, edit, deactivate, reactivate, remove, separator, find, inactive, separator2, refresh };

    connect(create, &QAction::triggered, this, &PartnersPage::newPartner);
    connect(edit, &QAction::triggered, this, &PartnersPage::editPartner);
    connect(deactivate, &QAction::triggered, this, &PartnersPage::deactivatePartner);
    connect(reactivate, &QAction::triggered, this, &PartnersPage::reactivatePartner);
    connect(remove, &QAction::triggered, this, &PartnersPage::deletePartner);
    connect(refresh, &QAction::triggered, this, &PartnersPage::reload);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    m_toolBar = new QToolBar(tr("Partners"), this);
    m_toolBar->setObjectName(QStringLiteral("partnerToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(20, 20));
    m_toolBar->addAction(create);
    m_toolBar->addAction(edit);
    m_toolBar->addAction(deactivate);
    m_toolBar->addAction(reactivate);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("partnerSearchEdit"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(Icons::get(Icons::Search), QLineEdit::LeadingPosition);
    m_search->setPlaceholderText(tr("Search name, acronym, description, expertise (%1)")
                                     .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_search->setMinimumWidth(260);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &PartnersPage::reload);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        reload();
        m_table->setFocus();
    });
    m_showInactive = new QCheckBox(tr("Show &inactive"), this);
    m_showInactive->setObjectName(QStringLiteral("showInactiveCheck"));
    connect(m_showInactive, &QCheckBox::toggled, inactive, &QAction::setChecked);
    connect(inactive, &QAction::toggled, m_showInactive, &QCheckBox::setChecked);
    connect(m_showInactive, &QCheckBox::toggled, this, [this](bool on) {
        m_settings.setUiState(kShowInactive, on ? "1" : "0");
        reload();
    });

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setObjectName(QStringLiteral("partnerModel"));
    m_model->setHorizontalHeaderLabels({ tr("Name"), tr("Acronym"), tr("Type"), tr("Strategic"), tr("Expertise"),
        tr("Regions"), tr("Languages"), tr("Referrals"), tr("Active") });
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(SortRole);
    m_sorted->setSortLocaleAware(true);
    m_sorted->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("partnerTable"));
    m_table->setModel(m_sorted);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    QHeaderView* header = m_table->horizontalHeader();
    header->setObjectName(QStringLiteral("partnerTableHeader"));
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    const std::pair<int, int> widths[] = { { NameColumn, 280 }, { AcronymColumn, 80 }, { TypeColumn, 150 },
        { StrategicColumn, 70 }, { ExpertiseColumn, 220 }, { RegionsColumn, 140 }, { LanguagesColumn, 120 },
        { ReferralsColumn, 70 }, { ActiveColumn, 60 } };
    for (const auto& [column, width] : widths)
        header->resizeSection(column, width);
    header->setSortIndicator(NameColumn, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PartnersPage::updateActions);
    connect(m_table, &QTableView::activated, this, &PartnersPage::editPartner);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        if (!currentPartnerId())
            return;
        auto* menu = new QMenu(this); // popup(), not exec(): a lock destroys it with the page
        menu->setObjectName(QStringLiteral("partnerContextMenu"));
        menu->setAttribute(Qt::WA_DeleteOnClose);
        for (const char* name :
            { "editPartnerAction", "deactivatePartnerAction", "reactivatePartnerAction", "deletePartnerAction" })
            menu->addAction(action(QLatin1String(name)));
        menu->popup(m_table->viewport()->mapToGlobal(at));
    });

    auto* count = new QLabel(this);
    count->setObjectName(QStringLiteral("partnerCountLabel"));
    count->setForegroundRole(QPalette::PlaceholderText);
    const auto updateCount = [this, count] { count->setText(tr("%n partner(s)", nullptr, m_model->rowCount())); };
    connect(m_model, &QAbstractItemModel::rowsInserted, count, updateCount);
    connect(m_model, &QAbstractItemModel::rowsRemoved, count, updateCount);

    auto* top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_toolBar);
    top->addStretch();
    top->addWidget(m_showInactive);
    top->addWidget(m_search, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(count);

    connect(&session.partners(), &PartnerService::partnersChanged, this, &PartnersPage::reload);
}

PartnersPage::~PartnersPage()
{
    m_settings.setUiState(kHeaderState, m_table->horizontalHeader()->saveState());
}

QAction* PartnersPage::makeAction(const char* name, const QString& text, const QKeySequence& shortcut)
{
    auto* action = new QAction(text, this);
    action->setObjectName(QLatin1String(name));
    if (!shortcut.isEmpty()) {
        action->setShortcut(shortcut);
        action->setToolTip(tr("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("\u2026")),
            shortcut.toString(QKeySequence::NativeText)));
    }
    // The page carries its actions: their shortcuts work while it is shown and go with it.
    addAction(action);
    m_actions.insert(action->objectName(), action);
    return action;
}

QString PartnersPage::title() const
{
    return tr("Partners");
}

QIcon PartnersPage::icon() const
{
    return Icons::get(Icons::Partners);
}

QString PartnersPage::menuTitle() const
{
    return tr("&Partners");
}

QString PartnersPage::menuObjectName() const
{
    return QStringLiteral("partnersMenu");
}

QList<QAction*> PartnersPage::menuActions() const
{
    return m_menuActions;
}

void PartnersPage::start()
{
    QHeaderView* header = m_table->horizontalHeader();
    if (header->restoreState(m_settings.uiState(kHeaderState)))
        m_sorted->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    {
        const QSignalBlocker blocker(m_showInactive);
        m_showInactive->setChecked(m_settings.uiState(kShowInactive) == "1");
        action(QStringLiteral("showInactivePartnersAction"))->setChecked(m_showInactive->isChecked());
    }
    reload();
}

void PartnersPage::adviserChanged()
{
    updateActions();
}

void PartnersPage::referenceDataChanged()
{
    reload();
}

QStringList PartnersPage::keepUnsavedWork()
{
    // The vault keeps query forms and timeline entries at a lock (pending::PendingKind); a
    // partner form has no kind there yet, so what it holds is said to be lost, never content.
    QStringList notKept;
    for (PartnerDialog* dialog : findChildren<PartnerDialog*>()) {
        if (dialog->isVisible() && dialog->hasUnsavedChanges())
            notKept << tr("\u2022 %1: partner forms are not kept at a lock").arg(dialog->describe());
    }
    return notKept;
}

void PartnersPage::reload()
{
    m_searchTimer->stop();
    const std::optional<qint64> selected = currentPartnerId();
    PartnerListFilter filter;
    filter.text = m_search->text().trimmed();
    filter.includeInactive = m_showInactive->isChecked();
    const std::vector<Partner> partners = m_session.partners().list(filter);

    const QLocale locale;
    m_model->removeRows(0, m_model->rowCount());
    m_model->setRowCount(static_cast<int>(partners.size()));
    const bool sorting = m_table->isSortingEnabled();
    m_table->setSortingEnabled(false);
    int row = 0;
    for (const Partner& partner : partners) {
        const auto set = [&](int column, const QString& text, const QVariant& sortKey = {}) {
            auto* item = new QStandardItem(text);
            item->setData(partner.id, IdRole);
            item->setData(sortKey.isValid() ? sortKey : QVariant(text), SortRole);
            item->setToolTip(text);
            if (!partner.active)
                item->setForeground(palette().brush(QPalette::PlaceholderText));
            m_model->setItem(row, column, item);
        };
        set(NameColumn, partner.fields.name);
        set(AcronymColumn, partner.fields.acronym);
        set(TypeColumn, PartnerText::label(partner.fields.type));
        set(StrategicColumn, partner.fields.strategic ? tr("Yes") : QString(), partner.fields.strategic ? 1 : 0);
        set(ExpertiseColumn, partner.themeNames.join(QStringLiteral(", ")));
        set(RegionsColumn, partner.regionNames.join(QStringLiteral(", ")));
        set(LanguagesColumn, partner.languageNames.join(QStringLiteral(", ")));
        set(ReferralsColumn, locale.toString(partner.referralCount), partner.referralCount);
        m_model->item(row, ReferralsColumn)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (partner.openReferralCount > 0)
            m_model->item(row, ReferralsColumn)->setToolTip(tr("%n open", nullptr, partner.openReferralCount));
        set(ActiveColumn, partner.active ? tr("Yes") : tr("No"), partner.active ? 1 : 0);
        ++row;
    }
    m_table->setSortingEnabled(sorting);
    m_sorted->sort(
        m_table->horizontalHeader()->sortIndicatorSection(), m_table->horizontalHeader()->sortIndicatorOrder());
    if (selected)
        selectPartner(*selected);
    updateActions();
}

std::optional<qint64> PartnersPage::currentPartnerId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return m_sorted->index(current.row(), NameColumn).data(IdRole).toLongLong();
}

std::optional<Partner> PartnersPage::currentPartner() const
{
    const std::optional<qint64> id = currentPartnerId();
    if (!id)
        return std::nullopt;
    Result<Partner> partner = m_session.partners().get(*id);
    if (!partner)
        return std::nullopt;
    return std::move(partner).value();
}

void PartnersPage::selectPartner(qint64 id)
{
    for (int row = 0; row < m_sorted->rowCount(); ++row) {
        if (m_sorted->index(row, NameColumn).data(IdRole).toLongLong() == id) {
            m_table->selectRow(row);
            m_table->scrollTo(m_sorted->index(row, NameColumn));
            return;
        }
    }
}

QStringList PartnersPage::listedNames() const
{
    QStringList names;
    for (int row = 0; row < m_sorted->rowCount(); ++row)
        names << m_sorted->index(row, NameColumn).data().toString();
    return names;
}

void PartnersPage::updateActions()
{
    const bool adviser = m_session.currentAdviserId().has_value();
    std::optional<bool> active;
    bool hasReferrals = false;
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (current.isValid()) {
        active = m_sorted->index(current.row(), ActiveColumn).data(SortRole).toInt() == 1;
        hasReferrals = m_sorted->index(current.row(), ReferralsColumn).data(SortRole).toInt() > 0;
    }
    action(QStringLiteral("newPartnerAction"))->setEnabled(adviser);
    action(QStringLiteral("editPartnerAction"))->setEnabled(adviser && active.has_value());
    action(QStringLiteral("deactivatePartnerAction"))->setEnabled(adviser && active == true);
    action(QStringLiteral("reactivatePartnerAction"))->setEnabled(adviser && active == false);
    // Offered also with referrals: the core's refusal says why and what to do instead.
    action(QStringLiteral("deletePartnerAction"))->setEnabled(adviser && active.has_value());
    action(QStringLiteral("deletePartnerAction"))
        ->setToolTip(hasReferrals ? tr("This partner has referrals: it can be deactivated, not deleted")
                                  : tr("Delete a partner added by mistake"));
}

void PartnersPage::newPartner()
{
    if (!m_session.currentAdviserId())
        return;
    auto* dialog = new PartnerDialog(m_session, nullptr, this);
    connect(dialog, &PartnerDialog::saved, this, [this](qint64 id) {
        reload();
        selectPartner(id);
        Q_EMIT statusMessage(tr("Partner added."));
    });
    showDialog(dialog);
}

void PartnersPage::editPartner()
{
    const std::optional<Partner> partner = currentPartner();
    if (!partner || !m_session.currentAdviserId())
        return;
    auto* dialog = new PartnerDialog(m_session, &*partner, this);
    connect(dialog, &PartnerDialog::saved, this, [this](qint64 id) {
        reload();
        selectPartner(id);
        Q_EMIT statusMessage(tr("Partner saved."));
    });
    showDialog(dialog);
}

void PartnersPage::deactivatePartner()
{
    const std::optional<qint64> id = currentPartnerId();
    if (!id || !m_session.currentAdviserId())
        return;
    const Status status = m_session.partners().setActive(*id, false);
    if (!status) {
        MessageBox::warning(this, tr("Deactivate Partner"), status.error().message);
        return;
    }
    reload();
    Q_EMIT statusMessage(tr("Partner deactivated: kept with its referrals, no longer offered for new ones."));
}

void PartnersPage::reactivatePartner()
{
    const std::optional<qint64> id = currentPartnerId();
    if (!id || !m_session.currentAdviserId())
        return;
    const Status status = m_session.partners().setActive(*id, true);
    if (!status) {
        MessageBox::warning(this, tr("Reactivate Partner"), status.error().message);
        return;
    }
    reload();
    Q_EMIT statusMessage(tr("Partner reactivated."));
}

void PartnersPage::deletePartner()
{
    const std::optional<Partner> partner = currentPartner();
    if (!partner || !m_session.currentAdviserId())
        return;
    const qint64 id = partner->id;
    MessageBox::question(this, tr("Delete Partner"),
        tr("Delete \u201c%1\u201d from the directory? Only a partner added by mistake should be deleted.")
            .arg(partner->fields.name),
        [this, id](QMessageBox::StandardButton answer) {
            if (answer != QMessageBox::Yes)
                return;
            const Status status = m_session.partners().remove(id);
            if (!status) {
                MessageBox::warning(this, tr("Delete Partner"), status.error().message);
                return;
            }
            reload();
            Q_EMIT statusMessage(tr("Partner deleted."));
        });
}

} // namespace advicehub::ui
