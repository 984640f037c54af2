#include "printing/BriefingPackDialog.h"

#include "common/DateRangeButton.h"
#include "printing/PrintController.h"
#include "queries/QueryFinder.h"
#include "queries/QueryPage.h"
#include "queries/QuerySearch.h"
#include "queries/QueryService.h"
#include "queries/QueryTableModel.h"
#include "reference/ReferenceLookup.h"
#include "session/Session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace advicehub::ui {

using namespace advicehub::printing;
using namespace advicehub::queries;

namespace {
constexpr int kMaxMatches = 50;
} // namespace

BriefingPackDialog::BriefingPackDialog(Session& session, PrintController& controller, QueryPage& page, Profile profile)
    : QDialog(&page),
      m_session(session),
      m_controller(controller),
      m_page(page),
      m_listFilter(page.currentFilter()),
      m_selectedId(page.currentQueryId())
{
    setObjectName(QStringLiteral("briefingPackDialog"));
    setWindowTitle(tr("Briefing Pack"));

    // Which queries.
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("sourceCombo"));
    m_source->addItem(tr("The queries of the list shown"), int(Source::List));
    m_source->addItem(tr("The query selected in the list"), int(Source::Selected));
    m_source->addItem(tr("A saved search"), int(Source::SavedSearch));
    m_source->addItem(tr("Received in a period"), int(Source::Period));
    m_source->addItem(tr("Queries chosen by hand"), int(Source::ByHand));

    m_savedSearch = new QComboBox(this);
    m_savedSearch->setObjectName(QStringLiteral("savedSearchCombo"));
    if (auto saved = session.search().savedSearches()) {
        for (const QuerySearch::SavedSearch& each : *saved)
            m_savedSearch->addItem(each.name, each.id);
    }

    m_received = new DateRangeButton(tr("Received"), this);
    m_received->setObjectName(QStringLiteral("receivedRange"));
    m_received->setSuggestedDate(session.search().today());
    const auto anyCombo = [this](const char* name) {
        auto* combo = new QComboBox(this);
        combo->setObjectName(QLatin1String(name));
        combo->addItem(tr("Any"), QVariant());
        return combo;
    };
    m_status = anyCombo("statusCombo");
    for (QueryStatus status : allStatuses())
        m_status->addItem(QueryText::label(status), QueryText::code(status));
    m_region = anyCombo("regionCombo");
    for (const reference::NamedItem& region : session.lookup().regions())
        m_region->addItem(region.name, region.id);
    m_theme = anyCombo("themeCombo");
    for (const reference::NamedItem& theme : session.lookup().themes())
        m_theme->addItem(theme.name, theme.id);

    m_periodBox = new QWidget(this);
    auto* period = new QFormLayout(m_periodBox);
    period->setContentsMargins(0, 0, 0, 0);
    period->addRow(tr("Received:"), m_received);
    period->addRow(tr("Status:"), m_status);
    period->addRow(tr("Region:"), m_region);
    period->addRow(tr("Theme:"), m_theme);

    // By hand: find on the left, the pack's queries on the right, in the order they were added;
    // the query selected in the list starts there.
    m_handBox = new QWidget(this);
    m_find = new QLineEdit(m_handBox);
    m_find->setObjectName(QStringLiteral("findQueryEdit"));
    m_find->setPlaceholderText(tr("A reference (AH-2026-0042) or words from the query"));
    m_find->setClearButtonEnabled(true);
    m_matches = new QListWidget(m_handBox);
    m_matches->setObjectName(QStringLiteral("matchList"));
    m_matches->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_matches->setUniformItemSizes(true);
    m_matchNote = new QLabel(m_handBox);
    m_matchNote->setObjectName(QStringLiteral("matchNote"));
    m_matchNote->setWordWrap(true);
    m_chosen = new QListWidget(m_handBox);
    m_chosen->setObjectName(QStringLiteral("chosenList"));
    m_chosen->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_chosen->setUniformItemSizes(true);
    m_chosen->setDragDropMode(QAbstractItemView::InternalMove);
    m_add = new QPushButton(tr("&Add ▸"), m_handBox);
    m_add->setObjectName(QStringLiteral("addButton"));
    m_add->setToolTip(tr("Add the queries selected on the left to the pack (or double-click one)"));
    m_remove = new QPushButton(tr("◂ &Remove"), m_handBox);
    m_remove->setObjectName(QStringLiteral("removeButton"));
    m_remove->setToolTip(tr("Take the queries selected on the right out of the pack (Delete)"));
    if (m_selectedId) {
        if (Result<Query> selected = session.queries().get(*m_selectedId)) {
            auto* item
                = new QListWidgetItem(selected->reference + QStringLiteral(" — ") + selected->fields.subject, m_chosen);
            item->setData(Qt::UserRole, selected->id);
        }
    }
    auto* findLabel = new QLabel(tr("F&ind:"), m_handBox);
    findLabel->setBuddy(m_find);
    auto* chosenLabel = new QLabel(tr("In the pack (drag to reorder):"), m_handBox);
    auto* middle = new QVBoxLayout;
    middle->addStretch();
    middle->addWidget(m_add);
    middle->addWidget(m_remove);
    middle->addStretch();
    auto* left = new QVBoxLayout;
    left->addWidget(findLabel);
    left->addWidget(m_find);
    left->addWidget(m_matches, 1);
    left->addWidget(m_matchNote);
    auto* right = new QVBoxLayout;
    right->addWidget(chosenLabel);
    right->addWidget(m_chosen, 1);
    auto* hand = new QHBoxLayout(m_handBox);
    hand->setContentsMargins(0, 0, 0, 0);
    hand->addLayout(left, 1);
    hand->addLayout(middle);
    hand->addLayout(right, 1);
    m_findDelay = new QTimer(this);
    m_findDelay->setSingleShot(true);
    m_findDelay->setInterval(250);
    connect(m_findDelay, &QTimer::timeout, this, &BriefingPackDialog::findMatches);
    connect(m_find, &QLineEdit::textChanged, m_findDelay, qOverload<>(&QTimer::start));
    connect(m_find, &QLineEdit::returnPressed, this, &BriefingPackDialog::findMatches);
    connect(m_add, &QPushButton::clicked, this, &BriefingPackDialog::addSelectedMatches);
    connect(m_remove, &QPushButton::clicked, this, &BriefingPackDialog::removeSelectedChosen);
    connect(m_matches, &QListWidget::itemActivated, this, &BriefingPackDialog::addSelectedMatches);
    auto* removeKey = new QShortcut(QKeySequence::Delete, m_chosen, nullptr, nullptr, Qt::WidgetShortcut);
    connect(removeKey, &QShortcut::activated, this, &BriefingPackDialog::removeSelectedChosen);
    // A drag within the list changes the pack's order, not its count.
    connect(m_chosen->model(), &QAbstractItemModel::rowsMoved, this, &BriefingPackDialog::recount);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_count->setWordWrap(true);

    auto* which = new QGroupBox(tr("Queries"), this);
    auto* whichLayout = new QFormLayout(which);
    whichLayout->addRow(tr("&From:"), m_source);
    whichLayout->addRow(tr("Saved &search:"), m_savedSearch);
    whichLayout->addRow(m_periodBox);
    whichLayout->addRow(m_handBox);
    whichLayout->addRow(m_count);

    // How the pack reads.
    m_profile = new QComboBox(this);
    m_profile->setObjectName(QStringLiteral("profileCombo"));
    for (Profile each : { Profile::Briefing, Profile::Internal })
        m_profile->addItem(PrintText::label(each), PrintText::code(each));
    m_profile->setCurrentIndex(profile == Profile::Internal ? 1 : 0);
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setPlaceholderText(tr("Briefing pack"));
    m_title->setMaxLength(200);
    m_preparedFor = new QLineEdit(this);
    m_preparedFor->setObjectName(QStringLiteral("preparedForEdit"));
    m_preparedFor->setMaxLength(200);
    m_periodLabel = new QLineEdit(this);
    m_periodLabel->setObjectName(QStringLiteral("periodLabelEdit"));
    m_periodLabel->setPlaceholderText(tr("e.g. 1 January \u2013 31 March 2026"));
    m_periodLabel->setMaxLength(200);
    m_watermark = new QLineEdit(this);
    m_watermark->setObjectName(QStringLiteral("watermarkEdit"));
    m_watermark->setMaxLength(40);
    m_copies = new QSpinBox(this);
    m_copies->setObjectName(QStringLiteral("copiesSpin"));
    m_copies->setRange(1, 50);
    m_copies->setToolTip(tr("Each copy is numbered and recorded in the print register"));

    auto* how = new QGroupBox(tr("Pack"), this);
    auto* howLayout = new QFormLayout(how);
    howLayout->addRow(tr("&Profile:"), m_profile);
    howLayout->addRow(tr("&Title:"), m_title);
    howLayout->addRow(tr("Prepared &for:"), m_preparedFor);
    howLayout->addRow(tr("P&eriod:"), m_periodLabel);
    howLayout->addRow(tr("&Watermark:"), m_watermark);
    howLayout->addRow(tr("&Copies:"), m_copies);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_preview = buttons->addButton(tr("Pre&view\u2026"), QDialogButtonBox::ActionRole);
    m_preview->setObjectName(QStringLiteral("previewButton"));
    m_print = buttons->addButton(tr("&Print\u2026"), QDialogButtonBox::ActionRole);
    m_print->setObjectName(QStringLiteral("printButton"));
    m_savePdf = buttons->addButton(tr("&Save as PDF\u2026"), QDialogButtonBox::ActionRole);
    m_savePdf->setObjectName(QStringLiteral("savePdfButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_preview, &QPushButton::clicked, this, [this] { m_controller.preview([this] { return build(); }, this); });
    connect(m_print, &QPushButton::clicked, this, [this] { m_controller.print([this] { return build(); }, this); });
    connect(m_savePdf, &QPushButton::clicked, this, [this] { m_controller.savePdf([this] { return build(); }, this); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(which);
    layout->addWidget(how);
    layout->addWidget(buttons);

    connect(m_source, &QComboBox::currentIndexChanged, this, [this] {
        updateSourceWidgets();
        recount();
    });
    for (QComboBox* combo : { m_savedSearch, m_status, m_region, m_theme })
        connect(combo, &QComboBox::currentIndexChanged, this, &BriefingPackDialog::recount);
    connect(m_received, &DateRangeButton::rangeChanged, this, &BriefingPackDialog::recount);
    updateSourceWidgets();
    recount();
}

void BriefingPackDialog::updateSourceWidgets()
{
    const auto source = Source(m_source->currentData().toInt());
    m_savedSearch->setEnabled(source == Source::SavedSearch);
    m_periodBox->setEnabled(source == Source::Period);
    // The hand-picked part is large: shown only when it is the choice.
    const bool wasVisible = m_handBox->isVisible();
    m_handBox->setVisible(source == Source::ByHand);
    if (source == Source::ByHand) {
        if (!wasVisible)
            m_find->setFocus();
    }
    if (isVisible() && wasVisible != (source == Source::ByHand))
        adjustSize();
}

void BriefingPackDialog::findMatches()
{
    m_findDelay->stop();
    m_matches->clear();
    m_matchNote->clear();
    const Result<QueryFinder::Matches> found = QueryFinder::find(m_session, m_find->text(), kMaxMatches);
    if (!found) {
        m_matchNote->setText(found.error().message);
        return;
    }
    for (const QueryFinder::Match& match : found->matches) {
        auto* item = new QListWidgetItem(match.text, m_matches);
        item->setData(Qt::UserRole, match.id);
    }
    if (found->more)
        m_matchNote->setText(
            tr("Only the %1 newest matches are listed; type more words to narrow them.").arg(kMaxMatches));
    else if (m_matches->count() == 0 && !m_find->text().trimmed().isEmpty())
        m_matchNote->setText(tr("No query matches."));
    if (m_matches->count() > 0)
        m_matches->setCurrentRow(0);
}

void BriefingPackDialog::addSelectedMatches()
{
    QList<qint64> already;
    for (int row = 0; row < m_chosen->count(); ++row)
        already << m_chosen->item(row)->data(Qt::UserRole).toLongLong();
    // In the order of the matches, whatever order they were selected in.
    for (int row = 0; row < m_matches->count(); ++row) {
        QListWidgetItem* match = m_matches->item(row);
        const qint64 id = match->data(Qt::UserRole).toLongLong();
        if (!match->isSelected() || already.contains(id))
            continue;
        auto* item = new QListWidgetItem(match->text(), m_chosen);
        item->setData(Qt::UserRole, id);
        already << id;
    }
    recount();
}

void BriefingPackDialog::removeSelectedChosen()
{
    const QList<QListWidgetItem*> selected = m_chosen->selectedItems();
    for (QListWidgetItem* item : selected)
        delete m_chosen->takeItem(m_chosen->row(item));
    recount();
}

Result<QList<qint64>> BriefingPackDialog::chosenIds() const
{
    const QuerySort sort = m_page.model()->currentSort();
    switch (Source(m_source->currentData().toInt())) {
    case Source::List:
        return m_session.search().ids(m_listFilter, sort);
    case Source::Selected:
        return m_selectedId ? QList<qint64> { *m_selectedId } : QList<qint64> {};
    case Source::SavedSearch: {
        if (m_savedSearch->currentIndex() < 0)
            return QList<qint64> {};
        Result<std::vector<QuerySearch::SavedSearch>> saved = m_session.search().savedSearches();
        if (!saved)
            return saved.error();
        for (const QuerySearch::SavedSearch& each : *saved) {
            if (each.id == m_savedSearch->currentData().toLongLong()) {
                QueryFilter filter = each.filter;
                filter.currentAdviserId = m_session.currentAdviserId();
                return m_session.search().ids(filter, sort);
            }
        }
        return QList<qint64> {};
    }
    case Source::ByHand: {
        QList<qint64> ids;
        for (int row = 0; row < m_chosen->count(); ++row)
            ids << m_chosen->item(row)->data(Qt::UserRole).toLongLong();
        return ids;
    }
    case Source::Period: {
        QueryFilter filter;
        filter.receivedFrom = m_received->from();
        filter.receivedTo = m_received->to();
        if (const QVariant status = m_status->currentData(); status.isValid()) {
            if (const std::optional<QueryStatus> chosen = QueryText::status(status.toString()))
                filter.statuses << *chosen;
        }
        if (const QVariant region = m_region->currentData(); region.isValid())
            filter.regionIds << region.toLongLong();
        if (const QVariant theme = m_theme->currentData(); theme.isValid())
            filter.themeIds << theme.toLongLong();
        return m_session.search().ids(filter, sort);
    }
    }
    return QList<qint64> {};
}

void BriefingPackDialog::recount()
{
    const Result<QList<qint64>> ids = chosenIds();
    const bool some = ids && !ids->isEmpty();
    for (QPushButton* button : { m_preview, m_print, m_savePdf })
        button->setEnabled(some);
    // Printing and saving are recorded with the adviser working.
    const bool adviser = m_session.currentAdviserId().has_value();
    m_print->setEnabled(some && adviser);
    m_savePdf->setEnabled(some && adviser);
    if (!ids) {
        m_count->setText(tr("The queries cannot be found: %1").arg(ids.error().message));
        return;
    }
    if (some) {
        m_count->setText(tr("%n query(ies) in the pack.", nullptr, int(ids->size())));
        return;
    }
    switch (Source(m_source->currentData().toInt())) {
    case Source::List:
        m_count->setText(tr("No query: the list shown is empty."));
        break;
    case Source::Selected:
        m_count->setText(tr("No query: none is selected in the list."));
        break;
    case Source::SavedSearch:
        m_count->setText(m_savedSearch->count() == 0 ? tr("No query: there is no saved search.")
                                                     : tr("No query: the saved search finds none."));
        break;
    case Source::Period:
        m_count->setText(tr("No query was received in this period with this status, region and theme."));
        break;
    case Source::ByHand:
        m_count->setText(tr("No query: find queries and add them to the pack."));
        break;
    }
}

BriefingOptions BriefingPackDialog::options() const
{
    BriefingOptions options;
    if (Result<QList<qint64>> ids = chosenIds())
        options.queryIds = *ids;
    options.profile = PrintText::profile(m_profile->currentData().toString()).value_or(Profile::Briefing);
    options.title = m_title->text().trimmed();
    options.preparedFor = m_preparedFor->text().trimmed();
    options.periodLabel = m_periodLabel->text().trimmed();
    options.watermark = m_watermark->text().trimmed();
    options.copies = m_copies->value();
    return options;
}

Result<std::vector<PrintDocument>> BriefingPackDialog::build() const
{
    // The choice is read again: queries may have changed since the count.
    const BriefingOptions chosen = options();
    return PrintController::copiesOf(m_session.printing().briefingPack(chosen), chosen.copies);
}

} // namespace advicehub::ui
