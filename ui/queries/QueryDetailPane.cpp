#include "queries/QueryDetailPane.h"

#include "attachments/AttachmentService.h"
#include "attachments/AttachmentsPanel.h"
#include "common/FlowLayout.h"
#include "drafts/DraftsPanel.h"
#include "queries/CaseSummaryBuilder.h"
#include "queries/QueryService.h"
#include "reference/ReferenceLookup.h"
#include "referrals/ReferralsPanel.h"
#include "session/Session.h"

#include <QAction>
#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTextEdit>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <algorithm>

namespace advicehub::ui {

using namespace advicehub::queries;

namespace {

constexpr int kEntryIdRole = Qt::UserRole;
// The timeline's columns: when, what, by whom, details (which stretches).
constexpr int TimelineDetailsColumn = 3;
constexpr int kLinkIdRole = Qt::UserRole;

QLabel* valueLabel(QWidget* parent, const QString& key)
{
    auto* label = new QLabel(parent);
    label->setObjectName(key + QStringLiteral("Value"));
    label->setTextFormat(Qt::PlainText); // case data is never interpreted as markup
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QPlainTextEdit* readOnlyText(QWidget* parent, const char* name)
{
    auto* text = new QPlainTextEdit(parent);
    text->setObjectName(QLatin1String(name));
    text->setReadOnly(true);
    text->setTabChangesFocus(true);
    return text;
}

// A box inside the scrolling Overview keeps the wheel to itself while it has something to
// scroll: turning the wheel over the request scrolls the request, never the request and the pane
// together (Qt passes on the wheel events a box at its end ignores). A box with nothing to scroll
// lets the pane scroll.
class WheelKeeper : public QObject {
public:
    WheelKeeper(QAbstractScrollArea* box) : QObject(box), m_box(box) { box->viewport()->installEventFilter(this); }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() != QEvent::Wheel || watched != m_box->viewport())
            return false;
        auto* wheel = static_cast<QWheelEvent*>(event);
        if (wheel->modifiers() & Qt::ControlModifier)
            return false; // zooming stays the box's own
        const bool horizontal = qAbs(wheel->angleDelta().x()) > qAbs(wheel->angleDelta().y());
        QScrollBar* bar = horizontal ? m_box->horizontalScrollBar() : m_box->verticalScrollBar();
        if (bar->maximum() <= bar->minimum())
            return false; // nothing to scroll here: the pane scrolls
        QCoreApplication::sendEvent(bar, event);
        event->accept();
        return true;
    }

private:
    QAbstractScrollArea* m_box;
};

// Folded as the full-text index compares: compatibility forms, accents and case ignored.
QString folded(const QString& text)
{
    QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (QChar ch : decomposed) {
        if (!ch.isMark())
            out += ch;
    }
    return out.toCaseFolded();
}

bool isWordChar(QChar ch)
{
    return ch.isLetterOrNumber() || ch.isMark() || ch.isSurrogate();
}

QColor highlightColor()
{
    return QColor(0xff, 0xe0, 0x66); // a marker's yellow, with black text on it
}

QString whenText(const QDateTime& utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

// A field's value as the timeline stores it (codes for enumerations), shown with its label.
QString valueLabelFor(const QString& field, const QString& value)
{
    if (value.isEmpty())
        return QueryDetailPane::tr("(empty)");
    const QString label = QueryText::valueLabel(field, value);
    // Long texts (the request) are shortened in the list; the full value is below it.
    return label.size() > 120 ? label.left(117) + QStringLiteral("\u2026") : label;
}

} // namespace

QueryDetailPane::QueryDetailPane(Session& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("queryDetailPane"));
    m_stack = new QStackedWidget(this);
    m_placeholder = new QLabel(tr("Select a query to see it here."), m_stack);
    m_placeholder->setObjectName(QStringLiteral("detailPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_tabs = new QTabWidget(m_stack);
    m_tabs->setObjectName(QStringLiteral("queryDetailTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildOverview(), tr("&Overview"));
    m_tabs->addTab(buildTimeline(), tr("&Timeline"));
    m_referrals = new ReferralsPanel(session, m_tabs);
    m_tabs->addTab(m_referrals, tr("&Referrals"));
    connect(m_referrals, &ReferralsPanel::selectionChanged, this, &QueryDetailPane::selectionChanged);
    connect(m_referrals, &ReferralsPanel::countChanged, this, [this](int open, int all) {
        const int index = m_tabs->indexOf(m_referrals);
        m_tabs->setTabText(index, all == 0 ? tr("&Referrals") : tr("&Referrals (%1)").arg(all));
        m_tabs->setTabToolTip(index, tr("%1 open, %2 in all").arg(open).arg(all));
    });
    m_drafts = new DraftsPanel(session, m_tabs);
    m_tabs->addTab(m_drafts, tr("&Drafts"));
    connect(m_drafts, &DraftsPanel::selectionChanged, this, &QueryDetailPane::selectionChanged);
    connect(m_drafts, &DraftsPanel::countChanged, this, [this](int all) {
        m_tabs->setTabText(m_tabs->indexOf(m_drafts), all == 0 ? tr("&Drafts") : tr("&Drafts (%1)").arg(all));
    });
    m_attachments = new AttachmentsPanel(session, m_tabs);
    m_tabs->addTab(m_attachments, tr("&Attachments"));
    connect(m_attachments, &AttachmentsPanel::selectionChanged, this, &QueryDetailPane::selectionChanged);
    connect(m_attachments, &AttachmentsPanel::countChanged, this, [this](int all) {
        m_tabs->setTabText(
            m_tabs->indexOf(m_attachments), all == 0 ? tr("&Attachments") : tr("&Attachments (%1)").arg(all));
        showFoundIn(); // an attachment added or removed may hold the words searched for
    });
    // The timeline's context menu: files attached to the entry chosen (issue 12).
    auto* attachToEntry = new QAction(tr("Attach File to This Entry\u2026"), m_timeline);
    attachToEntry->setObjectName(QStringLiteral("attachToEntryAction"));
    m_timeline->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_timeline->addAction(attachToEntry);
    const auto updateAttachToEntry = [this, attachToEntry] {
        attachToEntry->setEnabled(
            m_attachments->action(QStringLiteral("addAttachmentAction"))->isEnabled() && selectedEntry().has_value());
    };
    connect(m_timeline, &QTreeWidget::currentItemChanged, attachToEntry, updateAttachToEntry);
    connect(m_attachments->action(QStringLiteral("addAttachmentAction")), &QAction::changed, attachToEntry,
        updateAttachToEntry);
    connect(attachToEntry, &QAction::triggered, this, [this] {
        if (const std::optional<TimelineEntry> entry = selectedEntry())
            m_attachments->addAttachmentsToEntry(entry->id);
    });
    updateAttachToEntry();
    // Files dropped anywhere on the pane are attached to the query it shows.
    setAcceptDrops(true);
    // An attachment added or removed is on the timeline (and may change what a search found).
    connect(&session.attachments(), &attachments::AttachmentService::attachmentsChanged, this, [this](qint64 queryId) {
        if (m_id && *m_id == queryId)
            refresh();
    });
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_tabs);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

QWidget* QueryDetailPane::buildOverview()
{
    auto* scroll = new QScrollArea;
    m_overview = scroll;
    scroll->setObjectName(QStringLiteral("overviewTab"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // long values wrap instead
    auto* page = new QWidget(scroll);

    m_title = new QLabel(page);
    m_title->setObjectName(QStringLiteral("detailTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_headline = new QLabel(page);
    m_headline->setObjectName(QStringLiteral("detailHeadline"));
    m_headline->setTextFormat(Qt::PlainText);
    m_headline->setWordWrap(true);
    m_dueNote = new QLabel(page);
    m_dueNote->setObjectName(QStringLiteral("dueNoteLabel"));
    m_dueNote->setTextFormat(Qt::PlainText);
    m_dueNote->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    m_dueNote->hide();

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto row = [&](const QString& key, const QString& label) {
        QLabel* value = valueLabel(page, key);
        m_values.insert(key, value);
        form->addRow(label, value);
    };
    row(QStringLiteral("status"), tr("Status:"));
    row(QStringLiteral("state"), tr("Requesting State:"));
    row(QStringLiteral("institution"), tr("Institution:"));
    row(QStringLiteral("received"), tr("Received:"));
    row(QStringLiteral("priority"), tr("Priority:"));
    row(QStringLiteral("due"), tr("Due:"));
    row(QStringLiteral("adviser"), tr("Adviser:"));
    row(QStringLiteral("route"), tr("Route:"));
    row(QStringLiteral("confidentiality"), tr("Confidentiality:"));
    row(QStringLiteral("language"), tr("Language:"));
    row(QStringLiteral("themes"), tr("Themes:"));
    row(QStringLiteral("articles"), tr("UNCAT articles:"));
    row(QStringLiteral("contact"), tr("Contact:"));

    m_request = readOnlyText(page, "requestText");
    m_request->setMinimumHeight(120);
    m_notes = readOnlyText(page, "notesText");
    m_notes->setMaximumHeight(90);
    new WheelKeeper(m_request);
    new WheelKeeper(m_notes);

    auto* related = new QGroupBox(tr("Related queries"), page);
    m_links = new QTreeWidget(related);
    m_links->setObjectName(QStringLiteral("linksList"));
    m_links->setRootIsDecorated(false);
    m_links->setUniformRowHeights(true);
    m_links->setHeaderLabels({ tr("Reference"), tr("Relation"), tr("Subject") });
    m_links->header()->setStretchLastSection(true);
    m_links->setMaximumHeight(130);
    new WheelKeeper(m_links);
    m_linkButtons = new QWidget(related);
    new FlowLayout(m_linkButtons); // wraps in a narrow pane
    // No related query: a line says so instead of an empty box.
    m_noLinks = new QLabel(tr("No related query."), related);
    m_noLinks->setObjectName(QStringLiteral("noLinksLabel"));
    m_noLinks->setForegroundRole(QPalette::PlaceholderText);
    auto* relatedLayout = new QVBoxLayout(related);
    relatedLayout->addWidget(m_noLinks);
    relatedLayout->addWidget(m_links);
    relatedLayout->addWidget(m_linkButtons);
    connect(m_links, &QTreeWidget::itemActivated, this,
        [this](QTreeWidgetItem* item) { Q_EMIT openQueryRequested(item->data(0, kLinkIdRole).toLongLong()); });
    connect(m_links, &QTreeWidget::currentItemChanged, this, &QueryDetailPane::selectionChanged);

    auto* layout = new QVBoxLayout(page);
    m_foundIn = new QLabel(page);
    m_foundIn->setObjectName(QStringLiteral("foundInAttachmentsLabel"));
    m_foundIn->setTextFormat(Qt::PlainText);
    m_foundIn->setWordWrap(true);
    m_foundIn->hide();

    layout->addWidget(m_title);
    layout->addWidget(m_headline);
    layout->addWidget(m_dueNote);
    layout->addWidget(m_foundIn);
    layout->addLayout(form);
    // An empty request or notes field says so in its heading instead of taking a blank box.
    m_requestLabel = new QLabel(tr("Request:"), page);
    m_requestLabel->setObjectName(QStringLiteral("requestHeading"));
    layout->addWidget(m_requestLabel);
    layout->addWidget(m_request, 1);
    m_notesLabel = new QLabel(tr("Notes:"), page);
    m_notesLabel->setObjectName(QStringLiteral("notesHeading"));
    layout->addWidget(m_notesLabel);
    layout->addWidget(m_notes);
    layout->addWidget(related);
    scroll->setWidget(page);
    return scroll;
}

QWidget* QueryDetailPane::buildTimeline()
{
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("timelineTab"));
    m_timeline = new QTreeWidget(page);
    m_timeline->setObjectName(QStringLiteral("timelineList"));
    m_timeline->setUniformRowHeights(true);
    // Who wrote an entry is in its tooltip and in the full text below the list: the pane is
    // narrow, and the details need the room.
    m_timeline->setHeaderLabels({ tr("When"), tr("What"), tr("By"), tr("Details") });
    m_timeline->header()->setStretchLastSection(false);
    m_timeline->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_timeline->header()->setSectionResizeMode(TimelineDetailsColumn, QHeaderView::Stretch);
    m_timeline->setRootIsDecorated(true);
    m_entryText = readOnlyText(page, "timelineEntryText");
    auto* split = new QSplitter(Qt::Vertical, page);
    split->setObjectName(QStringLiteral("timelineSplitter"));
    split->addWidget(m_timeline);
    split->addWidget(m_entryText);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    m_timelineButtons = new QWidget(page);
    new FlowLayout(m_timelineButtons);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(split, 1);
    layout->addWidget(m_timelineButtons);

    connect(m_timeline, &QTreeWidget::currentItemChanged, this, [this] {
        const std::optional<TimelineEntry> entry = selectedEntry();
        m_entryText->setPlainText(entry ? describe(*entry) : QString());
        highlightMatches(); // a note may hold the words searched for
        Q_EMIT selectionChanged();
    });
    return page;
}

void QueryDetailPane::setTimelineActions(QAction* addEntry, QAction* correct)
{
    QLayout* layout = m_timelineButtons->layout();
    for (QAction* action : { addEntry, correct }) {
        auto* button = new QToolButton(m_timelineButtons);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        if (action->menu())
            button->setPopupMode(QToolButton::MenuButtonPopup);
        layout->addWidget(button);
    }
}

void QueryDetailPane::setLinkActions(QAction* link, QAction* unlink, QAction* merge)
{
    QLayout* layout = m_linkButtons->layout();
    for (QAction* action : { link, unlink, merge }) {
        auto* button = new QToolButton(m_linkButtons);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        layout->addWidget(button);
    }
}

void QueryDetailPane::showQuery(std::optional<qint64> id)
{
    const bool another = id != m_id;
    m_id = id;
    refresh();
    if (another) {
        // Another query starts at its top, whatever the previous one was scrolled to.
        m_overview->verticalScrollBar()->setValue(0);
        m_request->verticalScrollBar()->setValue(0);
        m_notes->verticalScrollBar()->setValue(0);
    }
}

void QueryDetailPane::refresh()
{
    m_query.reset();
    m_summary.reset();
    if (m_id) {
        Result<Query> query = m_session.queries().get(*m_id);
        if (query && !query->mergedIntoId) {
            m_query = std::move(query).value();
            if (auto summary = m_session.caseSummaries().build(*m_query, {}))
                m_summary = std::move(summary).value();
            else
                m_query.reset(); // unreadable meanwhile: shown as nothing selected
        }
        if (!m_query)
            m_id.reset(); // deleted or merged meanwhile
    }
    m_stack->setCurrentWidget(m_query ? static_cast<QWidget*>(m_tabs) : m_placeholder);
    fillOverview();
    fillTimeline();
    fillLinks();
    m_referrals->showQuery(m_id);
    m_drafts->showQuery(m_id);
    m_attachments->showQuery(m_id, m_query && !m_query->mergedIntoId);
    showFoundIn();
    Q_EMIT selectionChanged();
}

void QueryDetailPane::showAttachments()
{
    m_tabs->setCurrentWidget(m_attachments);
}

void QueryDetailPane::setSearchText(const QString& text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    showFoundIn();
    highlightMatches();
}

QList<std::pair<int, int>> QueryDetailPane::matchesIn(const QString& text, const QString& search)
{
    // The words searched for, as QuerySearch reads them: quotes only group, a trailing * on a
    // word (outside quotes) asks for a prefix.
    struct Term {
        QString word;
        bool prefix = false;
    };
    QList<Term> terms;
    bool inPhrase = false;
    QString word;
    const auto endWord = [&](bool prefix) {
        if (!word.isEmpty())
            terms.append({ folded(word), prefix });
        word.clear();
    };
    for (int i = 0; i < search.size(); ++i) {
        const QChar ch = search.at(i);
        if (isWordChar(ch)) {
            word += ch;
            continue;
        }
        if (ch == QLatin1Char('"'))
            inPhrase = !inPhrase;
        const bool prefix = !inPhrase && ch == QLatin1Char('*')
            && (i + 1 == search.size() || search.at(i + 1).isSpace() || search.at(i + 1) == QLatin1Char('"'));
        endWord(prefix);
    }
    endWord(false);
    QList<std::pair<int, int>> found;
    if (terms.isEmpty())
        return found;
    for (int i = 0; i < text.size();) {
        if (!isWordChar(text.at(i))) {
            ++i;
            continue;
        }
        int end = i;
        while (end < text.size() && isWordChar(text.at(end)))
            ++end;
        const QString token = folded(text.mid(i, end - i));
        for (const Term& term : std::as_const(terms)) {
            if (token == term.word || (term.prefix && token.startsWith(term.word))) {
                found.append({ i, end - i });
                break;
            }
        }
        i = end;
    }
    return found;
}

void QueryDetailPane::highlightMatches()
{
    QTextCharFormat marked;
    marked.setBackground(highlightColor());
    marked.setForeground(QColor(Qt::black));
    for (QPlainTextEdit* box : { m_request, m_notes, m_entryText }) {
        QList<QTextEdit::ExtraSelection> selections;
        for (const auto& [position, length] : matchesIn(box->toPlainText(), m_searchText)) {
            QTextEdit::ExtraSelection selection;
            selection.cursor = QTextCursor(box->document());
            selection.cursor.setPosition(position);
            selection.cursor.setPosition(position + length, QTextCursor::KeepAnchor);
            selection.format = marked;
            selections.append(selection);
        }
        box->setExtraSelections(selections);
    }
    // The labels that show searched text (the subject in the title, the institution, the
    // contact) are plain text unless they have words to mark; case data is never markup: the
    // text is escaped piece by piece.
    for (auto it = m_searchedLabels.cbegin(); it != m_searchedLabels.cend(); ++it) {
        QLabel* label = it.key();
        const auto& [plain, searchedFrom] = it.value();
        QList<std::pair<int, int>> found = matchesIn(plain.mid(searchedFrom), m_searchText);
        if (found.isEmpty()) {
            label->setTextFormat(Qt::PlainText);
            label->setText(plain);
            continue;
        }
        QString html;
        int done = 0;
        for (auto [position, length] : found) {
            position += searchedFrom;
            html += plain.mid(done, position - done).toHtmlEscaped();
            html += QStringLiteral("<span style=\"background-color:%1; color:#000000\">%2</span>")
                        .arg(highlightColor().name(), plain.mid(position, length).toHtmlEscaped());
            done = position + length;
        }
        html += plain.mid(done).toHtmlEscaped();
        label->setTextFormat(Qt::RichText);
        label->setText(html);
    }
}

void QueryDetailPane::showFoundIn()
{
    const QStringList names = m_attachments->setSearchText(m_searchText);
    m_foundIn->setVisible(!names.isEmpty());
    m_foundIn->setText(names.isEmpty() ? QString()
                                       : tr("Found in attachment %1", nullptr, static_cast<int>(names.size()))
                                             .arg(QLocale().createSeparatedList(names)));
}

void QueryDetailPane::dragEnterEvent(QDragEnterEvent* event)
{
    if (m_query && AttachmentsPanel::canDrop(event->mimeData()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void QueryDetailPane::dragMoveEvent(QDragMoveEvent* event)
{
    if (m_query && AttachmentsPanel::canDrop(event->mimeData()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void QueryDetailPane::dropEvent(QDropEvent* event)
{
    if (!m_query || !AttachmentsPanel::canDrop(event->mimeData())) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    // What was dropped is read now (the drag's data does not outlive the event); the files are
    // added from the event loop, after the drag has finished.
    const QList<QUrl> urls = event->mimeData()->urls();
    QMetaObject::invokeMethod(
        m_attachments,
        [panel = m_attachments, urls] {
            QMimeData dropped;
            dropped.setUrls(urls);
            panel->dropFiles(&dropped);
        },
        Qt::QueuedConnection);
}

void QueryDetailPane::showReferrals()
{
    m_tabs->setCurrentWidget(m_referrals);
}

void QueryDetailPane::showDrafts()
{
    m_tabs->setCurrentWidget(m_drafts);
}

void QueryDetailPane::showTimeline()
{
    m_tabs->setCurrentIndex(1);
}

void QueryDetailPane::fillOverview()
{
    for (QLabel* label : std::as_const(m_values))
        label->clear();
    m_request->clear();
    m_notes->clear();
    m_dueNote->hide();
    if (!m_query || !m_summary) {
        m_searchedLabels.clear();
        m_title->clear();
        m_headline->clear();
        highlightMatches();
        return;
    }
    const casefile::CaseSummary& summary = *m_summary;
    using Id = casefile::SummaryFieldId;
    const auto field = [&summary](Id id) -> const casefile::SummaryField& {
        static const casefile::SummaryField none;
        const casefile::SummaryField* found = summary.field(id);
        return found ? *found : none;
    };
    const auto display = [&field](Id id) { return field(id).display; };

    m_searchedLabels.clear();
    // The reference is not searched: only the subject's words are marked.
    const QString titlePrefix = tr("%1 \u2014 ").arg(display(Id::Reference));
    m_searchedLabels.insert(m_title, { titlePrefix + display(Id::Subject), int(titlePrefix.size()) });
    m_headline->setText(
        tr("%1 \u00b7 %2 \u00b7 %3 priority").arg(display(Id::Status), display(Id::State), display(Id::Priority)));
    const auto set = [this](const char* key, const QString& text) {
        QLabel* label = m_values.value(QLatin1String(key));
        label->setTextFormat(Qt::PlainText); // it may have shown a highlight before
        label->setText(text.isEmpty() ? tr("\u2014") : text);
    };
    set("status", display(Id::Status));
    const QString state = display(Id::State);
    const QString region = display(Id::Region);
    set("state", region.isEmpty() ? state : tr("%1 (%2)").arg(state, region));
    QString institution = display(Id::Institution);
    const QString institutionType = display(Id::InstitutionType);
    // The type only when the name does not already say it ("Ministry of Foreign Affairs, Treaties
    // Division" is not followed by "(Ministry of Foreign Affairs)").
    if (!institutionType.isEmpty() && !institution.contains(institutionType, Qt::CaseInsensitive))
        institution = institution.isEmpty() ? institutionType : tr("%1 (%2)").arg(institution, institutionType);
    set("institution", institution);
    m_searchedLabels.insert(
        m_values.value(QStringLiteral("institution")), { m_values.value(QStringLiteral("institution"))->text(), 0 });
    set("received", tr("%1, by %2").arg(display(Id::Received), display(Id::Channel)));
    set("priority", display(Id::Priority));
    const casefile::SummaryField& dueField = field(Id::Due);
    QString due = dueField.display;
    if (dueField.attribute(QStringLiteral("due_overridden")).toBool())
        due += tr(" (set by hand)");
    if (const QJsonValue since = dueField.attribute(QStringLiteral("waiting_since")); since.isString())
        due += tr(" \u2014 clock stopped since %1 (awaiting the requester)").arg(since.toString());
    set("due", due);
    if (summary.overdueDays > 0) {
        m_dueNote->setText(tr("Overdue by %n day(s).", nullptr, summary.overdueDays));
        m_dueNote->show();
    }
    const QString adviser = display(Id::Adviser);
    set("adviser", adviser.isEmpty() ? tr("not assigned") : adviser);
    const QString route = display(Id::Route);
    set("route", route.isEmpty() ? tr("not decided") : route);
    set("confidentiality", display(Id::Confidentiality));
    set("language", display(Id::Language));
    set("themes", display(Id::Themes));
    QStringList articles;
    for (const QJsonValue number : field(Id::Articles).raw.toArray()) {
        const int article = number.toInt();
        const QString title = m_session.lookup().articles().value(article);
        articles << (title.isEmpty() ? tr("Art. %1").arg(article) : tr("Art. %1 (%2)").arg(article).arg(title));
    }
    set("articles", articles.join(QLatin1Char('\n'))); // one a line: a title may hold a ";"
    QStringList contact;
    for (const Id part : { Id::ContactName, Id::ContactFunction, Id::ContactEmail, Id::ContactPhone }) {
        if (QString text = display(part); !text.isEmpty()) {
            if (part == Id::ContactPhone) // a number is not broken across lines
                text.replace(QLatin1Char(' '), QChar(0x00A0));
            contact << text;
        }
    }
    set("contact", contact.join(QStringLiteral(" \u00b7 ")));
    m_searchedLabels.insert(
        m_values.value(QStringLiteral("contact")), { m_values.value(QStringLiteral("contact"))->text(), 0 });
    const auto fillText = [](QPlainTextEdit* box, QLabel* heading, const QString& text, const QString& name) {
        box->setPlainText(text);
        box->setVisible(!text.isEmpty());
        heading->setText(text.isEmpty() ? tr("%1: \u2014").arg(name) : tr("%1:").arg(name));
    };
    fillText(m_request, m_requestLabel, display(Id::Request), tr("Request"));
    fillText(m_notes, m_notesLabel, display(Id::Notes), tr("Notes"));
    highlightMatches(); // the title too
}

QString QueryDetailPane::describe(const TimelineEntry& e) const
{
    QStringList parts;
    if (!e.summary.isEmpty())
        parts << e.summary;
    if (e.kind == EntryKind::FieldChanged || e.kind == EntryKind::StatusChanged) {
        // The full old and new values (the list shortens long ones).
        const auto full
            = [&e](const QString& value) { return value.size() > 120 ? value : valueLabelFor(e.field, value); };
        parts << tr("%1 \u2192 %2").arg(full(e.oldValue), full(e.newValue));
    }
    if (!e.body.isEmpty())
        parts << e.body;
    parts << tr("Recorded %1 by %2")
                 .arg(whenText(e.recordedAtUtc), e.adviserName.isEmpty() ? tr("nobody named") : e.adviserName);
    return parts.join(QStringLiteral("\n\n"));
}

void QueryDetailPane::fillTimeline()
{
    m_timeline->clear();
    m_entryText->clear();
    QHash<qint64, QTreeWidgetItem*> items;
    if (!m_summary)
        return;
    for (const casefile::SummaryEntry& summaryEntry : m_summary->timeline) {
        const TimelineEntry& e = summaryEntry.entry;
        // A correction is shown under the entry it corrects.
        QTreeWidgetItem* parent = e.correctsId ? items.value(*e.correctsId) : nullptr;
        auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_timeline);
        item->setText(0, whenText(e.occurredAtUtc));
        QString what = summaryEntry.kindLabel;
        if (e.kind == EntryKind::StatusChanged)
            what = tr("Status");
        else if (e.kind == EntryKind::FieldChanged)
            what = QueryText::field(e.field) ? QueryText::label(*QueryText::field(e.field)) : what;
        item->setText(1, what);
        item->setText(2, e.adviserName); // empty: recorded without an adviser (an import, say)
        QString details = e.summary;
        if (e.kind == EntryKind::FieldChanged || e.kind == EntryKind::StatusChanged) {
            details = tr("%1 \u2192 %2").arg(valueLabelFor(e.field, e.oldValue), valueLabelFor(e.field, e.newValue));
            if (!e.body.isEmpty())
                details += tr(" \u2014 %1").arg(e.body.simplified());
        } else if (!e.body.isEmpty()) {
            details += (details.isEmpty() ? QString() : QStringLiteral(" \u2014 ")) + e.body.simplified();
        }
        item->setText(TimelineDetailsColumn, details);
        item->setToolTip(TimelineDetailsColumn, details);
        item->setData(0, kEntryIdRole, e.id);
        items.insert(e.id, item);
        if (parent)
            parent->setExpanded(true);
    }
    // The branch column costs room in a narrow pane: only when a correction hangs below an entry.
    bool corrected = false;
    for (int i = 0; i < m_timeline->topLevelItemCount() && !corrected; ++i)
        corrected = m_timeline->topLevelItem(i)->childCount() > 0;
    m_timeline->setRootIsDecorated(corrected);
    // The newest entry is the one usually wanted: selected, so its full text shows below.
    if (m_timeline->topLevelItemCount() > 0) {
        QTreeWidgetItem* newest = m_timeline->topLevelItem(m_timeline->topLevelItemCount() - 1);
        while (newest->childCount() > 0)
            newest = newest->child(newest->childCount() - 1);
        m_timeline->setCurrentItem(newest);
        m_timeline->scrollToItem(newest);
    }
}

void QueryDetailPane::fillLinks()
{
    m_links->clear();
    for (const casefile::SummaryLink& link : m_summary ? m_summary->links : std::vector<casefile::SummaryLink> {}) {
        auto* item = new QTreeWidgetItem(m_links);
        item->setText(0, link.reference);
        // Said from this query, in the pane's few words (LinkKinds::relationCode).
        QString relation = tr("related");
        if (link.relationCode == QLatin1String("follow_up_of"))
            relation = tr("this follows it up");
        else if (link.relationCode == QLatin1String("followed_up_by"))
            relation = tr("follows this up");
        item->setText(1, relation);
        item->setText(2, link.subject);
        item->setToolTip(2, link.subject);
        item->setData(0, kLinkIdRole, link.queryId);
    }
    m_links->resizeColumnToContents(0);
    m_links->resizeColumnToContents(1);
    m_links->setVisible(m_links->topLevelItemCount() > 0);
    m_noLinks->setVisible(m_links->topLevelItemCount() == 0);
}

std::optional<TimelineEntry> QueryDetailPane::selectedEntry() const
{
    const QTreeWidgetItem* item = m_timeline->currentItem();
    if (!item)
        return std::nullopt;
    const qint64 id = item->data(0, kEntryIdRole).toLongLong();
    if (m_summary) {
        for (const casefile::SummaryEntry& e : m_summary->timeline) {
            if (e.entry.id == id)
                return e.entry;
        }
    }
    return std::nullopt;
}

std::optional<casefile::SummaryLink> QueryDetailPane::selectedLink() const
{
    const QTreeWidgetItem* item = m_links->currentItem();
    if (!item || !m_summary)
        return std::nullopt;
    const qint64 id = item->data(0, kLinkIdRole).toLongLong();
    for (const casefile::SummaryLink& link : m_summary->links) {
        if (link.queryId == id)
            return link;
    }
    return std::nullopt;
}

} // namespace advicehub::ui
