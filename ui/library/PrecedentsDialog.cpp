#include "library/PrecedentsDialog.h"

#include "common/MessageBox.h"
#include "common/NoteLabel.h"
#include "library/LibraryService.h"
#include "queries/QueryTypes.h"
#include "reference/ReferenceLookup.h"
#include "session/Session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace advicehub::ui {

using namespace advicehub::library;

namespace {

constexpr int kIndexRole = Qt::UserRole;

enum Column { ReferenceColumn, TitleColumn, RegionColumn, SentColumn, ThemesColumn, ConfidentialityColumn };

QString confidentialityLabel(const QString& code)
{
    const std::optional<queries::Confidentiality> level = queries::QueryText::confidentiality(code);
    return level ? queries::QueryText::label(*level) : code;
}

} // namespace

PrecedentsDialog::PrecedentsDialog(Session& session, qint64 targetDraftId, QWidget* parent)
    : QDialog(parent), m_session(session), m_targetDraftId(targetDraftId)
{
    setObjectName(QStringLiteral("precedentsDialog"));
    setWindowTitle(tr("Precedents"));

    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("precedentSearchEdit"));
    m_text->setClearButtonEnabled(true);
    m_text->setPlaceholderText(tr("Words of earlier sent answers"));
    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("precedentThemeCombo"));
    m_theme->addItem(tr("Any theme"));
    for (const reference::NamedItem& theme : session.lookup().themes())
        m_theme->addItem(theme.name, theme.id);
    m_region = new QComboBox(this);
    m_region->setObjectName(QStringLiteral("precedentRegionCombo"));
    m_region->addItem(tr("Any region"));
    for (const reference::NamedItem& region : session.lookup().regions())
        m_region->addItem(region.name, region.id);
    m_searchButton = new QPushButton(tr("&Search"), this);
    m_searchButton->setObjectName(QStringLiteral("precedentSearchButton"));
    m_searchButton->setAutoDefault(false);
    auto* searchLabel = new QLabel(tr("&Find:"), this);
    searchLabel->setBuddy(m_text);
    auto* filters = new QHBoxLayout;
    filters->addWidget(searchLabel);
    filters->addWidget(m_text, 2);
    filters->addWidget(m_theme, 1);
    filters->addWidget(m_region, 1);
    filters->addWidget(m_searchButton);
    connect(m_text, &QLineEdit::returnPressed, this, &PrecedentsDialog::search);
    connect(m_searchButton, &QPushButton::clicked, this, &PrecedentsDialog::search);
    connect(m_theme, &QComboBox::activated, this, &PrecedentsDialog::search);
    connect(m_region, &QComboBox::activated, this, &PrecedentsDialog::search);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("precedentList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels(
        { tr("Reference"), tr("Title"), tr("Region"), tr("Sent on"), tr("Themes"), tr("Confidentiality") });
    m_list->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_list->header()->resizeSection(ReferenceColumn, 110);
    m_list->header()->resizeSection(TitleColumn, 220);
    m_list->header()->resizeSection(RegionColumn, 120);
    m_list->header()->resizeSection(SentColumn, 90);
    m_list->header()->resizeSection(ThemesColumn, 160);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &PrecedentsDialog::showPreview);
    connect(m_list, &QTreeWidget::itemActivated, this, &PrecedentsDialog::insertSelected);

    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("precedentPreview"));
    m_preview->setOpenLinks(false);
    m_preview->setOpenExternalLinks(false);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_list);
    split->addWidget(m_preview);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("precedentStatusLabel"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    auto* note = new NoteLabel(tr("Only sent answers are found. Reusing text from a confidential query asks first, "
                                  "and every reuse is recorded on both queries' timelines (not the text)."),
        this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_insert = buttons->addButton(tr("&Insert"), QDialogButtonBox::ActionRole);
    m_insert->setObjectName(QStringLiteral("insertPrecedentButton"));
    m_insert->setEnabled(false);
    connect(m_insert, &QPushButton::clicked, this, &PrecedentsDialog::insertSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);
    layout->addWidget(note);
    layout->addWidget(buttons);
    m_text->setFocus();
    resize(860, 620);
    search();
}

void PrecedentsDialog::search()
{
    PrecedentFilter filter;
    filter.text = m_text->text().trimmed();
    if (m_theme->currentIndex() > 0)
        filter.themeId = m_theme->currentData().toLongLong();
    if (m_region->currentIndex() > 0)
        filter.regionId = m_region->currentData().toLongLong();
    m_list->clear();
    m_results.clear();
    m_preview->clear();
    m_insert->setEnabled(false);
    Result<std::vector<Precedent>> found = m_session.library().searchPrecedents(filter);
    if (!found) {
        m_status->setText(found.error().message);
        return;
    }
    m_results = std::move(found).value();
    const QLocale locale;
    for (int i = 0; i < static_cast<int>(m_results.size()); ++i) {
        const Precedent& precedent = m_results[static_cast<size_t>(i)];
        auto* item = new QTreeWidgetItem(m_list);
        item->setData(0, kIndexRole, i);
        item->setText(ReferenceColumn, precedent.queryReference);
        item->setText(TitleColumn, precedent.draftTitle);
        item->setToolTip(TitleColumn, precedent.snippet);
        item->setText(RegionColumn, precedent.regionName);
        item->setText(SentColumn,
            precedent.sentOn.isValid() ? locale.toString(precedent.sentOn, QLocale::ShortFormat) : QString());
        item->setText(ThemesColumn, precedent.themeNames.join(QStringLiteral(", ")));
        // The marker is a word and a symbol, not a colour only.
        const QString level = confidentialityLabel(precedent.confidentiality);
        item->setText(ConfidentialityColumn, precedent.needsWarning() ? QStringLiteral("\u26a0 ") + level : level);
        if (precedent.needsWarning()) {
            item->setForeground(ConfidentialityColumn, QColor(0xa4, 0x0e, 0x26));
            item->setToolTip(ConfidentialityColumn, tr("Reusing this text asks first and is recorded."));
        }
    }
    if (m_results.empty())
        m_status->setText(filter.text.isEmpty() && !filter.themeId && !filter.regionId ? tr("No sent answers yet.")
                                                                                       : tr("No sent answer matches."));
    else
        m_status->setText(tr("%n sent answer(s) found.", nullptr, static_cast<int>(m_results.size())));
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
}

const Precedent* PrecedentsDialog::selected() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item)
        return nullptr;
    const int index = item->data(0, kIndexRole).toInt();
    if (index < 0 || index >= static_cast<int>(m_results.size()))
        return nullptr;
    return &m_results[static_cast<size_t>(index)];
}

void PrecedentsDialog::showPreview()
{
    const Precedent* precedent = selected();
    m_insert->setEnabled(precedent != nullptr);
    if (!precedent) {
        m_preview->clear();
        return;
    }
    Result<QString> html = m_session.library().precedentHtml(precedent->draftId);
    if (!html) {
        m_preview->setPlainText(html.error().message);
        m_insert->setEnabled(false);
        return;
    }
    // Sanitised by the core when it was saved; shown as rich text, links not followed.
    m_preview->setHtml(*html);
}

void PrecedentsDialog::insertSelected()
{
    const Precedent* chosen = selected();
    if (!chosen)
        return;
    const Precedent precedent = *chosen; // a new search may replace the list meanwhile
    const auto insert = [this, precedent] {
        Result<QString> html = m_session.library().precedentHtml(precedent.draftId);
        if (!html) {
            m_status->setText(html.error().message);
            return;
        }
        const Status recorded = m_session.library().recordReuse(precedent.draftId, m_targetDraftId);
        if (!recorded) {
            // Nothing is inserted that was not recorded.
            m_status->setText(recorded.error().message);
            return;
        }
        Q_EMIT insertRequested(*html);
        accept();
    };
    if (!precedent.needsWarning()) {
        insert();
        return;
    }
    QMessageBox* box = MessageBox::question(
        this, tr("Reuse Confidential Text"),
        tr("The answer %1 was sent for a query marked \u201c%2\u201d.\n\nIts text may identify the State or people "
           "concerned. Check the text before sending it elsewhere. The reuse will be recorded on both queries' "
           "timelines.\n\nInsert it anyway?")
            .arg(precedent.queryReference, confidentialityLabel(precedent.confidentiality)),
        [this, insert](QMessageBox::StandardButton answer) {
            if (answer != QMessageBox::Ok) {
                m_status->setText(tr("Nothing was inserted."));
                return;
            }
            insert();
        },
        QMessageBox::Ok | QMessageBox::Cancel, QMessageBox::Cancel);
    box->setIcon(QMessageBox::Warning);
    if (QAbstractButton* ok = box->button(QMessageBox::Ok))
        ok->setText(tr("&Insert Anyway"));
}

} // namespace advicehub::ui
