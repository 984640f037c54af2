#include "printing/BriefingPackDialog.h"

#include "common/DateRangeButton.h"
#include "printing/PrintController.h"
#include "queries/QueryPage.h"
#include "queries/QuerySearch.h"
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
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace advicehub::ui {

using namespace advicehub::printing;
using namespace advicehub::queries;

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

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_count->setWordWrap(true);

    auto* which = new QGroupBox(tr("Queries"), this);
    auto* whichLayout = new QFormLayout(which);
    whichLayout->addRow(tr("&From:"), m_source);
    whichLayout->addRow(tr("Saved &search:"), m_savedSearch);
    whichLayout->addRow(m_periodBox);
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
