#include "drafts/VersionHistoryDialog.h"

#include "common/InlineError.h"
#include "common/NoteLabel.h"
#include "drafts/DraftService.h"
#include "session/Session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace advicehub::ui {

using namespace advicehub::drafts;

namespace {

constexpr int kNumberRole = Qt::UserRole;

// Colour is never the only sign of a change: insertions are also underlined and wrapped in
// "[+ … +]", deletions struck through and wrapped in "[− … −]" (a screen reader, a monochrome
// print and a colour-blind reader all see the difference).
const QString kInsertOpen = QStringLiteral("[+");
const QString kInsertClose = QStringLiteral("+]");
const QString kDeleteOpen = QStringLiteral("[\u2212");
const QString kDeleteClose = QStringLiteral("\u2212]");

QString whenText(const QDateTime& utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : QString();
}

// The text of a segment as HTML: escaped, line breaks kept.
QString segmentHtml(const QString& text)
{
    QString html = text.toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
    return html;
}

QString insertedHtml(const QString& text)
{
    // The markers go inside the whitespace, so that "[+word+]" reads as one change.
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return segmentHtml(text);
    const qsizetype lead = text.indexOf(trimmed);
    return segmentHtml(text.left(lead))
        + QStringLiteral("<span style=\"color:#116329; background-color:#dafbe1; text-decoration:underline;\">")
        + kInsertOpen + segmentHtml(trimmed) + kInsertClose + QStringLiteral("</span>")
        + segmentHtml(text.mid(lead + trimmed.size()));
}

QString deletedHtml(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return segmentHtml(text);
    const qsizetype lead = text.indexOf(trimmed);
    return segmentHtml(text.left(lead))
        + QStringLiteral("<span style=\"color:#a40e26; background-color:#ffebe9; text-decoration:line-through;\">")
        + kDeleteOpen + segmentHtml(trimmed) + kDeleteClose + QStringLiteral("</span>")
        + segmentHtml(text.mid(lead + trimmed.size()));
}

QString wrapped(const QString& body)
{
    return QStringLiteral("<html><body><p style=\"white-space:pre-wrap;\">") + body
        + QStringLiteral("</p></body></html>");
}

QTextBrowser* makeView(const char* name, QWidget* parent)
{
    auto* view = new QTextBrowser(parent);
    view->setObjectName(QLatin1String(name));
    view->setReadOnly(true);
    // Links in a draft are text here: nothing is opened or fetched from the history.
    view->setOpenLinks(false);
    view->setOpenExternalLinks(false);
    return view;
}

} // namespace

VersionHistoryDialog::VersionHistoryDialog(Session& session, qint64 draftId, QWidget* parent)
    : QDialog(parent), m_session(session), m_draftId(draftId)
{
    setObjectName(QStringLiteral("versionHistoryDialog"));
    setWindowTitle(tr("Version History"));

    // Versions and clearance steps.
    auto* historyTab = new QWidget;
    historyTab->setObjectName(QStringLiteral("versionHistoryTab"));
    m_versions = new QTreeWidget(historyTab);
    m_versions->setObjectName(QStringLiteral("versionList"));
    m_versions->setRootIsDecorated(false);
    m_versions->setUniformRowHeights(true);
    m_versions->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_versions->setHeaderLabels({ tr("Version"), tr("Saved at"), tr("Author"), tr("Words"), tr("Comment") });
    m_versions->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_versions->header()->setStretchLastSection(true);
    m_steps = new QTreeWidget(historyTab);
    m_steps->setObjectName(QStringLiteral("clearanceStepList"));
    m_steps->setRootIsDecorated(false);
    m_steps->setUniformRowHeights(true);
    m_steps->setHeaderLabels({ tr("Step"), tr("Version"), tr("By"), tr("When"), tr("Comment") });
    m_steps->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_steps->header()->setStretchLastSection(true);

    auto* view = new QPushButton(tr("&View Version"), historyTab);
    view->setObjectName(QStringLiteral("viewVersionButton"));
    auto* compareTwo = new QPushButton(tr("Co&mpare Selected"), historyTab);
    compareTwo->setObjectName(QStringLiteral("compareSelectedButton"));
    compareTwo->setToolTip(tr("Select two versions (Ctrl+click) and compare them"));
    auto* newTitle = new QLineEdit(historyTab);
    newTitle->setObjectName(QStringLiteral("copyTitleEdit"));
    newTitle->setMaxLength(DraftLimits::Title);
    newTitle->setPlaceholderText(tr("Title of the new draft (default: the same title)"));
    m_copy = new QPushButton(tr("Copy into &New Draft"), historyTab);
    m_copy->setObjectName(QStringLiteral("copyIntoNewDraftButton"));
    m_copy->setToolTip(tr("Start a new draft with the text of the selected version"));
    connect(view, &QPushButton::clicked, this, [this] {
        if (const int number = selectedVersion())
            showVersion(number);
    });
    connect(m_versions, &QTreeWidget::itemActivated, this,
        [this](QTreeWidgetItem* item) { showVersion(item->data(0, kNumberRole).toInt()); });
    connect(compareTwo, &QPushButton::clicked, this, [this] {
        QList<int> numbers;
        for (const QTreeWidgetItem* item : m_versions->selectedItems())
            numbers << item->data(0, kNumberRole).toInt();
        std::sort(numbers.begin(), numbers.end());
        if (numbers.size() == 2) {
            compare(numbers.front(), numbers.back());
        } else {
            m_error->showMessage(tr("Select exactly two versions to compare them (Ctrl+click)."));
        }
    });
    connect(m_copy, &QPushButton::clicked, this, &VersionHistoryDialog::copySelectedIntoNew);

    auto* versionButtons = new QHBoxLayout;
    versionButtons->addWidget(view);
    versionButtons->addWidget(compareTwo);
    versionButtons->addStretch();
    versionButtons->addWidget(newTitle, 2);
    versionButtons->addWidget(m_copy);
    auto* versionsBox = new QGroupBox(tr("Versions"), historyTab);
    auto* versionsLayout = new QVBoxLayout(versionsBox);
    versionsLayout->addWidget(m_versions);
    versionsLayout->addLayout(versionButtons);
    auto* stepsBox = new QGroupBox(tr("Clearance"), historyTab);
    auto* stepsLayout = new QVBoxLayout(stepsBox);
    stepsLayout->addWidget(m_steps);
    auto* historyLayout = new QVBoxLayout(historyTab);
    auto* split = new QSplitter(Qt::Vertical, historyTab);
    split->addWidget(versionsBox);
    split->addWidget(stepsBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    historyLayout->addWidget(split);

    // Comparison of two versions.
    auto* compareTab = new QWidget;
    compareTab->setObjectName(QStringLiteral("compareTab"));
    m_oldBox = new QComboBox(compareTab);
    m_oldBox->setObjectName(QStringLiteral("compareOldCombo"));
    m_newBox = new QComboBox(compareTab);
    m_newBox->setObjectName(QStringLiteral("compareNewCombo"));
    auto* oldLabel = new QLabel(tr("&Compare version"), compareTab);
    oldLabel->setBuddy(m_oldBox);
    auto* newLabel = new QLabel(tr("wi&th version"), compareTab);
    newLabel->setBuddy(m_newBox);
    m_sideBySide = new QPushButton(tr("&Side by Side"), compareTab);
    m_sideBySide->setObjectName(QStringLiteral("sideBySideButton"));
    m_sideBySide->setCheckable(true);
    m_sideBySide->setToolTip(tr("Show the two versions in two panes instead of one text with the changes marked"));
    auto* chooser = new QHBoxLayout;
    chooser->addWidget(oldLabel);
    chooser->addWidget(m_oldBox);
    chooser->addWidget(newLabel);
    chooser->addWidget(m_newBox);
    chooser->addStretch();
    chooser->addWidget(m_sideBySide);
    m_summary = new QLabel(compareTab);
    m_summary->setObjectName(QStringLiteral("diffSummaryLabel"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    auto* legend = new NoteLabel(tr("Inserted words are green, underlined and marked [+ … +]; deleted words are red, "
                                    "struck through and marked [\u2212 … \u2212]."),
        compareTab);
    legend->setObjectName(QStringLiteral("diffLegendLabel"));
    m_inline = makeView("inlineDiffView", compareTab);
    m_oldPane = makeView("oldVersionPane", compareTab);
    m_newPane = makeView("newVersionPane", compareTab);
    auto* panes = new QSplitter(Qt::Horizontal, compareTab);
    panes->setObjectName(QStringLiteral("sideBySideSplitter"));
    panes->addWidget(m_oldPane);
    panes->addWidget(m_newPane);
    m_diffStack = new QStackedWidget(compareTab);
    m_diffStack->addWidget(m_inline);
    m_diffStack->addWidget(panes);
    m_formatting = new QListWidget(compareTab);
    m_formatting->setObjectName(QStringLiteral("formattingChangesList"));
    m_formatting->setMaximumHeight(90);
    auto* formattingLabel = new QLabel(tr("Formatting changes:"), compareTab);
    formattingLabel->setBuddy(m_formatting);
    auto* compareLayout = new QVBoxLayout(compareTab);
    compareLayout->addLayout(chooser);
    compareLayout->addWidget(m_summary);
    compareLayout->addWidget(legend);
    compareLayout->addWidget(m_diffStack, 1);
    compareLayout->addWidget(formattingLabel);
    compareLayout->addWidget(m_formatting);
    connect(m_sideBySide, &QPushButton::toggled, this, [this](bool on) { m_diffStack->setCurrentIndex(on ? 1 : 0); });
    connect(m_oldBox, &QComboBox::activated, this, &VersionHistoryDialog::compareSelected);
    connect(m_newBox, &QComboBox::activated, this, &VersionHistoryDialog::compareSelected);

    // One version, read-only.
    auto* versionTab = new QWidget;
    versionTab->setObjectName(QStringLiteral("versionTab"));
    m_viewTitle = new QLabel(versionTab);
    m_viewTitle->setObjectName(QStringLiteral("versionViewTitle"));
    m_viewTitle->setTextFormat(Qt::PlainText);
    m_view = makeView("versionView", versionTab);
    auto* versionLayout = new QVBoxLayout(versionTab);
    versionLayout->addWidget(m_viewTitle);
    versionLayout->addWidget(m_view, 1);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("versionHistoryTabs"));
    m_tabs->addTab(historyTab, tr("&History"));
    m_tabs->addTab(compareTab, tr("C&ompare"));
    m_tabs->addTab(versionTab, tr("V&ersion"));

    m_error = new InlineError(this);
    m_error->setObjectName(QStringLiteral("versionHistoryErrorLabel"));
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("versionHistoryNoticeLabel"));
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setWordWrap(true);
    m_notice->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_notice);
    layout->addWidget(buttons);

    connect(&session.drafts(), &DraftService::draftsChanged, this, [this] { reload(); });
    reload();
    resize(900, 640);
}

void VersionHistoryDialog::reload()
{
    m_error->clearMessage();
    Result<Draft> draft = m_session.drafts().get(m_draftId);
    if (!draft) {
        m_error->showMessage(draft.error().message);
        m_copy->setEnabled(false);
        return;
    }
    m_title = draft->title;
    setWindowTitle(tr("Version History: %1").arg(draft->title));

    const int selected = selectedVersion();
    const int oldChosen = m_oldBox->currentData().toInt();
    const int newChosen = m_newBox->currentData().toInt();
    m_versions->clear();
    m_oldBox->clear();
    m_newBox->clear();
    Result<std::vector<DraftVersion>> versions = m_session.drafts().versions(m_draftId);
    if (!versions) {
        m_error->showMessage(versions.error().message);
    } else {
        const QLocale locale;
        for (const DraftVersion& version : *versions) {
            auto* item = new QTreeWidgetItem(m_versions);
            QString number = QString::number(version.number);
            if (draft->sentVersion == version.number)
                number += QLatin1Char(' ') + tr("(sent)");
            else if (draft->clearedVersion == version.number)
                number += QLatin1Char(' ') + tr("(cleared)");
            item->setText(0, number);
            item->setData(0, kNumberRole, version.number);
            item->setText(1, whenText(version.savedAtUtc));
            item->setText(2, version.authorName.isEmpty() ? tr("nobody named") : version.authorName);
            item->setText(3, locale.toString(version.wordCount));
            item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
            item->setText(4, version.comment.simplified());
            item->setToolTip(4, version.comment);
            const QString label = tr("Version %1 (%2)").arg(version.number).arg(whenText(version.savedAtUtc));
            m_oldBox->addItem(label, version.number);
            m_newBox->addItem(label, version.number);
        }
        const int count = m_versions->topLevelItemCount();
        m_copy->setEnabled(count > 0);
        if (count > 0) {
            QTreeWidgetItem* current = m_versions->topLevelItem(count - 1);
            for (int i = 0; i < count; ++i) {
                if (m_versions->topLevelItem(i)->data(0, kNumberRole).toInt() == selected)
                    current = m_versions->topLevelItem(i);
            }
            m_versions->setCurrentItem(current);
            // By default the two newest versions are compared.
            const int oldIndex = oldChosen ? m_oldBox->findData(oldChosen) : -1;
            const int newIndex = newChosen ? m_newBox->findData(newChosen) : -1;
            m_oldBox->setCurrentIndex(oldIndex >= 0 ? oldIndex : std::max(0, count - 2));
            m_newBox->setCurrentIndex(newIndex >= 0 ? newIndex : count - 1);
            compareSelected();
        }
    }

    m_steps->clear();
    Result<std::vector<ClearanceStep>> steps = m_session.drafts().steps(m_draftId);
    if (!steps) {
        m_error->showMessage(steps.error().message);
        return;
    }
    for (const ClearanceStep& step : *steps) {
        auto* item = new QTreeWidgetItem(m_steps);
        QString action = DraftText::label(step.action);
        if (step.selfCleared)
            action = tr("%1 \u2014 self-cleared (single adviser)").arg(action);
        item->setText(0, action);
        item->setText(1, QString::number(step.versionNumber));
        item->setText(2, step.adviserName.isEmpty() ? tr("nobody named") : step.adviserName);
        item->setText(3, whenText(step.occurredAtUtc));
        item->setText(4, step.comment.simplified());
        item->setToolTip(4, step.comment);
        if (step.selfCleared) {
            QFont font = item->font(0);
            font.setBold(true);
            item->setFont(0, font);
            item->setToolTip(0,
                tr("Cleared by its own author: the vault has a single adviser; the justification is "
                   "in the comment."));
        }
    }
}

int VersionHistoryDialog::selectedVersion() const
{
    const QTreeWidgetItem* item = m_versions->currentItem();
    return item ? item->data(0, kNumberRole).toInt() : 0;
}

void VersionHistoryDialog::compareSelected()
{
    const int oldNumber = m_oldBox->currentData().toInt();
    const int newNumber = m_newBox->currentData().toInt();
    if (oldNumber > 0 && newNumber > 0)
        compare(oldNumber, newNumber);
}

void VersionHistoryDialog::compare(int oldNumber, int newNumber)
{
    if (const int index = m_oldBox->findData(oldNumber); index >= 0)
        m_oldBox->setCurrentIndex(index);
    if (const int index = m_newBox->findData(newNumber); index >= 0)
        m_newBox->setCurrentIndex(index);
    m_tabs->setCurrentIndex(1);
    m_formatting->clear();
    Result<WordDiff> diff = m_session.drafts().diff(m_draftId, oldNumber, newNumber);
    if (!diff) {
        m_summary->setText(diff.error().message);
        m_inline->clear();
        m_oldPane->clear();
        m_newPane->clear();
        return;
    }
    QString inlineHtml;
    QString oldHtml;
    QString newHtml;
    for (const DiffSegment& segment : diff->segments) {
        switch (segment.op) {
        case DiffSegment::Op::Equal:
            inlineHtml += segmentHtml(segment.text);
            oldHtml += segmentHtml(segment.text);
            newHtml += segmentHtml(segment.text);
            break;
        case DiffSegment::Op::Inserted:
            inlineHtml += insertedHtml(segment.text);
            newHtml += insertedHtml(segment.text);
            break;
        case DiffSegment::Op::Deleted:
            inlineHtml += deletedHtml(segment.text);
            oldHtml += deletedHtml(segment.text);
            break;
        }
    }
    m_inline->setHtml(wrapped(inlineHtml));
    m_oldPane->setHtml(wrapped(tr("Version %1").arg(oldNumber).toHtmlEscaped() + QStringLiteral("<hr/>") + oldHtml));
    m_newPane->setHtml(wrapped(tr("Version %1").arg(newNumber).toHtmlEscaped() + QStringLiteral("<hr/>") + newHtml));

    if (diff->identical()) {
        m_summary->setText(tr("Versions %1 and %2 are identical.").arg(oldNumber).arg(newNumber));
    } else {
        QString summary = tr("Version %1 \u2192 %2: %n word(s) inserted", nullptr, diff->wordsInserted)
                              .arg(oldNumber)
                              .arg(newNumber);
        summary += tr(", %n word(s) deleted", nullptr, diff->wordsDeleted);
        if (diff->formattingChanged || !diff->formattingChanges.isEmpty())
            summary += tr("; the formatting changed");
        m_summary->setText(summary + QLatin1Char('.'));
    }
    if (diff->formattingChanges.isEmpty())
        m_formatting->addItem(diff->formattingChanged ? tr("The formatting changed.") : tr("No formatting changes."));
    else
        m_formatting->addItems(diff->formattingChanges);
}

void VersionHistoryDialog::showVersion(int number)
{
    Result<DraftVersion> version = m_session.drafts().version(m_draftId, number);
    if (!version) {
        m_error->showMessage(version.error().message);
        return;
    }
    m_viewTitle->setText(tr("Version %1, saved %2 by %3 \u2014 %n word(s) (read-only)", nullptr, version->wordCount)
                             .arg(version->number)
                             .arg(whenText(version->savedAtUtc),
                                 version->authorName.isEmpty() ? tr("nobody named") : version->authorName));
    // The stored html is sanitised by the core; shown as the draft's rich text.
    m_view->setHtml(version->html);
    m_tabs->setCurrentIndex(2);
}

void VersionHistoryDialog::copySelectedIntoNew()
{
    const int number = selectedVersion();
    if (!number)
        return;
    auto* title = findChild<QLineEdit*>(QStringLiteral("copyTitleEdit"));
    Result<Draft> copied
        = m_session.drafts().copyIntoNew(m_draftId, number, title ? title->text().trimmed() : QString());
    if (!copied) {
        m_error->showMessage(copied.error().message);
        return;
    }
    if (title)
        title->clear();
    m_error->clearMessage();
    m_notice->setText(tr("Version %1 was copied into the new draft \u201c%2\u201d.").arg(number).arg(copied->title));
    m_notice->show();
    Q_EMIT draftCopied(copied->id);
}

} // namespace advicehub::ui
