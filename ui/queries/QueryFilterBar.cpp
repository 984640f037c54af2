#include "queries/QueryFilterBar.h"

#include "common/DateRangeButton.h"
#include "common/FlowLayout.h"
#include "common/Icons.h"
#include "common/MultiSelectButton.h"
#include "reference/ReferenceLookup.h"

#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QToolButton>

namespace advicehub::ui {

using namespace advicehub::queries;

namespace {

template <typename T> QVariantList codes(const QList<T>& values)
{
    QVariantList list;
    for (const T& value : values)
        list << QueryText::code(value);
    return list;
}

QVariantList ids(const QList<qint64>& values)
{
    QVariantList list;
    for (qint64 value : values)
        list << value;
    return list;
}

QList<qint64> idsOf(const MultiSelectButton* button)
{
    QList<qint64> list;
    for (const QVariant& value : button->selectedValues())
        list << value.toLongLong();
    return list;
}

} // namespace

QueryFilterBar::QueryFilterBar(reference::ReferenceLookup& lookup, QWidget* parent) : QWidget(parent), m_lookup(lookup)
{
    setObjectName(QStringLiteral("queryFilterBar"));
    const auto button = [this](const QString& title, const char* name) {
        auto* b = new MultiSelectButton(title, this);
        b->setObjectName(QLatin1String(name));
        connect(b, &MultiSelectButton::selectionChanged, this, &QueryFilterBar::emitChanged);
        return b;
    };
    m_status = button(tr("Status"), "statusFilter");
    m_priority = button(tr("Priority"), "priorityFilter");
    m_state = button(tr("State"), "stateFilter");
    m_region = button(tr("Region"), "regionFilter");
    m_theme = button(tr("Theme"), "themeFilter");
    m_adviser = button(tr("Adviser"), "adviserFilter");
    m_confidentiality = button(tr("Confidentiality"), "confidentialityFilter");
    m_received = new DateRangeButton(tr("Received"), this);
    m_received->setObjectName(QStringLiteral("receivedFilter"));
    m_due = new DateRangeButton(tr("Due"), this);
    m_due->setObjectName(QStringLiteral("dueFilter"));
    for (DateRangeButton* range : { m_received, m_due })
        connect(range, &DateRangeButton::rangeChanged, this, &QueryFilterBar::emitChanged);
    m_openReferral = new QToolButton(this);
    m_openReferral->setObjectName(QStringLiteral("openReferralFilter"));
    m_openReferral->setText(tr("Open Referral"));
    m_openReferral->setToolTip(tr("Only queries with an open referral to a partner"));
    m_openReferral->setCheckable(true);
    connect(m_openReferral, &QToolButton::toggled, this, &QueryFilterBar::emitChanged);
    m_referredTo = new QComboBox(this);
    m_referredTo->setObjectName(QStringLiteral("referredToFilter"));
    m_referredTo->setToolTip(tr("Only queries referred to this partner (type to find one)"));
    m_referredTo->setEditable(true);
    m_referredTo->setInsertPolicy(QComboBox::NoInsert);
    m_referredTo->setMinimumContentsLength(18);
    m_referredTo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_referredTo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_referredTo->completer()->setFilterMode(Qt::MatchContains);
    m_referredTo->addItem(tr("Referred to: anyone"), QVariant());
    connect(m_referredTo, &QComboBox::currentIndexChanged, this, &QueryFilterBar::emitChanged);
    // Typed text that names no partner goes back to the chosen one.
    connect(m_referredTo->lineEdit(), &QLineEdit::editingFinished, this,
        [this] { m_referredTo->setEditText(m_referredTo->itemText(m_referredTo->currentIndex())); });

    m_clear = new QToolButton(this);
    m_clear->setObjectName(QStringLiteral("clearFiltersButton"));
    m_clear->setIcon(Icons::get(Icons::ClearFilters));
    m_clear->setText(tr("Clear Filters"));
    m_clear->setToolTip(tr("Remove every filter (the view and the search stay)"));
    m_clear->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_clear->setAutoRaise(true);
    connect(m_clear, &QToolButton::clicked, this, &QueryFilterBar::clear);

    QList<MultiSelectButton::Item> statuses;
    for (QueryStatus status : allStatuses())
        statuses << MultiSelectButton::Item { QueryText::label(status), QueryText::code(status) };
    m_status->setItems(statuses);
    QList<MultiSelectButton::Item> priorities;
    for (Priority priority : allPriorities())
        priorities << MultiSelectButton::Item { QueryText::label(priority), QueryText::code(priority) };
    m_priority->setItems(priorities);
    QList<MultiSelectButton::Item> levels;
    for (Confidentiality level : allConfidentialities())
        levels << MultiSelectButton::Item { QueryText::label(level), QueryText::code(level) };
    m_confidentiality->setItems(levels);
    reloadChoices();

    // The buttons wrap onto a second line in a narrow window.
    auto* layout = new FlowLayout(this, 3);
    for (QToolButton* b : std::initializer_list<QToolButton*> { m_status, m_priority, m_state, m_region, m_theme,
             m_adviser, m_confidentiality, m_received, m_due, m_openReferral })
        layout->addWidget(b);
    layout->addWidget(m_referredTo);
    layout->addWidget(m_clear);
    m_clear->setEnabled(false);
}

void QueryFilterBar::reloadChoices()
{
    m_batch = true;
    QList<MultiSelectButton::Item> states;
    QStringList stateKeys; // found by ISO code and English name too
    for (const reference::StateInfo& state : m_lookup.states()) {
        states << MultiSelectButton::Item { state.name, state.id };
        stateKeys << state.iso2 + QLatin1Char(' ') + state.iso3 + QLatin1Char(' ') + state.englishName;
    }
    m_state->setItems(states, stateKeys);
    QList<MultiSelectButton::Item> regions;
    for (const reference::NamedItem& region : m_lookup.regions())
        regions << MultiSelectButton::Item { region.name, region.id };
    m_region->setItems(regions);
    QList<MultiSelectButton::Item> themes;
    for (const reference::NamedItem& theme : m_lookup.themes())
        themes << MultiSelectButton::Item { theme.name, theme.id };
    m_theme->setItems(themes);
    QList<MultiSelectButton::Item> advisers;
    for (const reference::NamedItem& adviser : m_lookup.advisers()) {
        // Former advisers stay filterable: their queries are still in the vault.
        advisers << MultiSelectButton::Item { adviser.active ? adviser.name : tr("%1 (former)").arg(adviser.name),
            adviser.id };
    }
    m_adviser->setItems(advisers);
    m_batch = false;
    if (m_changedInBatch) {
        m_changedInBatch = false;
        emitChanged();
    }
}

void QueryFilterBar::setToday(QDate today)
{
    m_received->setSuggestedDate(today);
    m_due->setSuggestedDate(today);
}

void QueryFilterBar::setPartners(const QList<std::pair<QString, qint64>>& partners)
{
    const QVariant chosen = m_referredTo->currentData();
    m_batch = true;
    {
        const QSignalBlocker blocker(m_referredTo);
        while (m_referredTo->count() > 1)
            m_referredTo->removeItem(1);
        for (const auto& [name, id] : partners)
            m_referredTo->addItem(name, id);
        const int index = chosen.isValid() ? m_referredTo->findData(chosen) : 0;
        m_referredTo->setCurrentIndex(std::max(0, index));
        if (chosen.isValid() && index < 0)
            m_changedInBatch = true; // the chosen partner is gone
    }
    m_batch = false;
    if (m_changedInBatch) {
        m_changedInBatch = false;
        emitChanged();
    }
}

void QueryFilterBar::applyTo(QueryFilter& filter) const
{
    filter.statuses.clear();
    for (const QVariant& code : m_status->selectedValues()) {
        if (auto status = QueryText::status(code.toString()))
            filter.statuses << *status;
    }
    filter.priorities.clear();
    for (const QVariant& code : m_priority->selectedValues()) {
        if (auto priority = QueryText::priority(code.toString()))
            filter.priorities << *priority;
    }
    filter.confidentialities.clear();
    for (const QVariant& code : m_confidentiality->selectedValues()) {
        if (auto level = QueryText::confidentiality(code.toString()))
            filter.confidentialities << *level;
    }
    filter.stateIds = idsOf(m_state);
    filter.regionIds = idsOf(m_region);
    filter.themeIds = idsOf(m_theme);
    filter.adviserIds = idsOf(m_adviser);
    filter.receivedFrom = m_received->from();
    filter.receivedTo = m_received->to();
    filter.dueFrom = m_due->from();
    filter.dueTo = m_due->to();
    filter.hasOpenReferral = m_openReferral->isChecked();
    filter.referredToPartnerId.reset();
    if (const QVariant partner = m_referredTo->currentData(); partner.isValid())
        filter.referredToPartnerId = partner.toLongLong();
}

void QueryFilterBar::showFilter(const QueryFilter& filter)
{
    m_batch = true;
    m_status->setSelectedValues(codes(filter.statuses));
    m_priority->setSelectedValues(codes(filter.priorities));
    m_confidentiality->setSelectedValues(codes(filter.confidentialities));
    m_state->setSelectedValues(ids(filter.stateIds));
    m_region->setSelectedValues(ids(filter.regionIds));
    m_theme->setSelectedValues(ids(filter.themeIds));
    m_adviser->setSelectedValues(ids(filter.adviserIds));
    m_received->setRange(filter.receivedFrom, filter.receivedTo);
    m_due->setRange(filter.dueFrom, filter.dueTo);
    if (m_openReferral->isChecked() != filter.hasOpenReferral)
        m_openReferral->setChecked(filter.hasOpenReferral);
    {
        const int index = filter.referredToPartnerId ? m_referredTo->findData(*filter.referredToPartnerId) : 0;
        if (index >= 0 && index != m_referredTo->currentIndex())
            m_referredTo->setCurrentIndex(index);
    }
    m_batch = false;
    if (m_changedInBatch) {
        m_changedInBatch = false;
        emitChanged();
    }
}

bool QueryFilterBar::isEmpty() const
{
    QueryFilter filter;
    applyTo(filter);
    return filter == QueryFilter {};
}

void QueryFilterBar::clear()
{
    showFilter(QueryFilter {});
}

void QueryFilterBar::emitChanged()
{
    if (m_batch) {
        m_changedInBatch = true; // one reload for a saved search, not nine
        return;
    }
    m_clear->setEnabled(!isEmpty());
    Q_EMIT changed();
}

} // namespace advicehub::ui
