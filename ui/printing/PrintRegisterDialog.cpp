#include "printing/PrintRegisterDialog.h"

#include "common/DateRangeButton.h"
#include "queries/QuerySearch.h"
#include "session/Session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace advicehub::ui {

using namespace advicehub::printing;

namespace {

enum Column { When, Who, Document, ProfileColumn, Queries, Copy, FileName, Output, ColumnCount };

} // namespace

PrintRegisterDialog::PrintRegisterDialog(Session& session, QWidget* parent) : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("printRegisterDialog"));
    setWindowTitle(tr("Print Register"));

    m_dates = new DateRangeButton(tr("Date"), this);
    m_dates->setObjectName(QStringLiteral("registerDateRange"));
    m_dates->setSuggestedDate(session.search().today());
    m_document = new QComboBox(this);
    m_document->setObjectName(QStringLiteral("registerDocumentCombo"));
    m_document->addItem(tr("All documents"), QVariant());
    for (DocumentKind kind : { DocumentKind::CaseSummary, DocumentKind::BriefingPack, DocumentKind::PartnerExtract,
             DocumentKind::DraftLetter })
        m_document->addItem(PrintText::label(kind), PrintText::code(kind));
    m_profile = new QComboBox(this);
    m_profile->setObjectName(QStringLiteral("registerProfileCombo"));
    m_profile->addItem(tr("All profiles"), QVariant());
    for (Profile profile : PrintText::allProfiles())
        m_profile->addItem(PrintText::label(profile), PrintText::code(profile));
    m_reference = new QLineEdit(this);
    m_reference->setObjectName(QStringLiteral("registerReferenceEdit"));
    m_reference->setPlaceholderText(tr("Query reference"));
    m_reference->setClearButtonEnabled(true);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_dates);
    filters->addWidget(m_document);
    filters->addWidget(m_profile);
    filters->addWidget(m_reference, 1);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("registerTable"));
    m_table->setHorizontalHeaderLabels({ tr("When"), tr("Who"), tr("Document"), tr("Profile"), tr("Queries"),
        tr("Copy"), tr("File name"), tr("Printer or PDF") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSortingEnabled(false);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("registerStatus"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* refreshButton = buttons->addButton(tr("&Refresh"), QDialogButtonBox::ActionRole);
    connect(refreshButton, &QPushButton::clicked, this, &PrintRegisterDialog::refresh);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(960, 520);

    connect(m_dates, &DateRangeButton::rangeChanged, this, &PrintRegisterDialog::refresh);
    connect(m_document, &QComboBox::currentIndexChanged, this, &PrintRegisterDialog::refresh);
    connect(m_profile, &QComboBox::currentIndexChanged, this, &PrintRegisterDialog::refresh);
    connect(m_reference, &QLineEdit::textChanged, this, &PrintRegisterDialog::refresh);
    refresh();
}

RegisterFilter PrintRegisterDialog::filter() const
{
    RegisterFilter filter;
    // The dates are the adviser's days; the register keeps UTC.
    if (const std::optional<QDate> from = m_dates->from())
        filter.fromUtc = from->startOfDay().toUTC();
    if (const std::optional<QDate> to = m_dates->to())
        filter.toUtc = to->addDays(1).startOfDay().toUTC();
    if (const QVariant document = m_document->currentData(); document.isValid())
        filter.document = PrintText::documentKind(document.toString());
    if (const QVariant profile = m_profile->currentData(); profile.isValid())
        filter.profile = PrintText::profile(profile.toString());
    filter.reference = m_reference->text().trimmed();
    return filter;
}

void PrintRegisterDialog::refresh()
{
    const Result<std::vector<RegisterEntry>> entries = m_session.printing().printRegister(filter());
    m_table->setRowCount(0);
    if (!entries) {
        m_status->setText(tr("The print register cannot be read: %1").arg(entries.error().message));
        return;
    }
    const QLocale locale;
    m_table->setRowCount(int(entries->size()));
    int row = 0;
    // Newest first, as a register is read.
    for (auto it = entries->rbegin(); it != entries->rend(); ++it, ++row) {
        const RegisterEntry& entry = *it;
        const auto set = [this, row](int column, const QString& text) {
            auto* item = new QTableWidgetItem(text);
            m_table->setItem(row, column, item);
        };
        set(When, locale.toString(entry.occurredAtUtc.toLocalTime(), QLocale::ShortFormat));
        set(Who, entry.adviserName.isEmpty() ? tr("Unknown") : entry.adviserName);
        set(Document, PrintText::label(entry.document));
        set(ProfileColumn, PrintText::label(entry.profile));
        set(Queries, entry.references.join(QStringLiteral(", ")));
        set(Copy, entry.copyNumber ? QString::number(*entry.copyNumber) : QString());
        set(FileName, entry.fileName);
        set(Output, entry.how == casefile::DisclosureKind::Print ? tr("Printer") : tr("PDF"));
        m_table->item(row, When)->setData(Qt::UserRole, entry.disclosureId);
    }
    m_table->resizeColumnsToContents();
    m_status->setText(tr("%n print(s) and PDF(s).", nullptr, int(entries->size())));
}

} // namespace advicehub::ui
