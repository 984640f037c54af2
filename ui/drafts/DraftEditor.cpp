#include "drafts/DraftEditor.h"

#include "DraftExport.h"
#include "common/ConflictBanner.h"
#include "common/Continuation.h"
#include "common/FileDialogs.h"
#include "common/MessageBox.h"
#include "common/ShowDialog.h"
#include "drafts/DraftStepDialog.h"
#include "drafts/DraftTextEdit.h"
#include "drafts/HtmlSanitizer.h"
#include "drafts/SpellChecker.h"
#include "drafts/VersionHistoryDialog.h"
#include "library/LibraryService.h"
#include "library/PrecedentsDialog.h"
#include "pending/PendingEditService.h"
#include "session/Session.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QInputDialog>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QStatusBar>
#include <QTextBlock>
#include <QTextDocumentFragment>
#include <QTextList>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace advicehub::ui {

using namespace advicehub::drafts;
using documents::DraftExport;
using documents::DraftFormat;

namespace {

constexpr int kResourceIdRole = Qt::UserRole;

QString formatFilter(DraftFormat format)
{
    switch (format) {
    case DraftFormat::Odt:
        return DraftEditor::tr("ODF text (*.odt)");
    case DraftFormat::Html:
        return DraftEditor::tr("HTML (*.html)");
    case DraftFormat::Text:
        break;
    }
    return DraftEditor::tr("Plain text (*.txt)");
}

} // namespace

DraftEditor::DraftEditor(Session& session, qint64 draftId, QWidget* parent)
    : QMainWindow(parent, Qt::Window), m_session(session), m_draftId(draftId)
{
    setObjectName(QStringLiteral("draftEditor"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_edit = new DraftTextEdit(this);
    m_autosave = new QTimer(this);
    m_autosave->setObjectName(QStringLiteral("autosaveTimer"));
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(DraftLimits::AutosaveIntervalSeconds * 1000);
    connect(m_autosave, &QTimer::timeout, this, [this] {
        if (const Status kept = keepNow(); !kept)
            statusBar()->showMessage(tr("The text could not be kept as unsaved work: %1").arg(kept.error().message));
    });
    buildActions();
    buildLayout();
    buildLibraryDock();
    connect(m_edit->document(), &QTextDocument::contentsChanged, this, &DraftEditor::textChanged);
    connect(m_edit, &QTextEdit::currentCharFormatChanged, this, &DraftEditor::updateFormatActions);
    connect(m_edit, &QTextEdit::cursorPositionChanged, this, &DraftEditor::updateFormatActions);
    connect(m_edit, &QTextEdit::undoAvailable, action(QStringLiteral("undoAction")), &QAction::setEnabled);
    connect(m_edit, &QTextEdit::redoAvailable, action(QStringLiteral("redoAction")), &QAction::setEnabled);
    connect(m_edit, &DraftTextEdit::pasteCleaned, this, [this](const QStringList& removed) {
        statusBar()->showMessage(
            tr("Pasted without what a draft cannot hold: %1.").arg(removed.join(QStringLiteral(", "))));
    });
    connect(m_edit, &DraftTextEdit::pasteRefused, this,
        [this](const QString& message) { MessageBox::warning(this, tr("Paste"), message); });
    connect(m_edit, &DraftTextEdit::addToDictionaryRequested, this, [this](const QString& word) {
        const Status added = m_session.library().addDictionaryWord(m_draft.language, word);
        if (!added) {
            MessageBox::warning(this, tr("Add to Vault Dictionary"), added.error().message);
            return;
        }
        if (m_checker)
            m_checker->addWord(word);
        m_highlighter->rehighlight();
        statusBar()->showMessage(tr("Added to the vault's %1 dictionary.").arg(DraftText::label(m_draft.language)));
    });
    connect(&m_session.library(), &library::LibraryService::dictionaryChanged, this, [this](DraftLanguage language) {
        if (language == m_draft.language && m_highlighter)
            loadDictionary(language);
    });
    connect(&m_session.library(), &library::LibraryService::resourcesChanged, this, &DraftEditor::searchLibrary);
    connect(&m_session.drafts(), &DraftService::draftsChanged, this, [this](qint64 queryId) {
        if (queryId != m_draft.queryId || m_closing)
            return;
        // Another window (or this one) moved the draft on. With unsaved text the editor keeps
        // the version it started from, so that saving reports the conflict instead of losing work
        // — unless only the title, kind or language changed (Draft Properties…): the text it
        // started from is still the newest, so the editor follows and its text still saves.
        Result<Draft> fresh = m_session.drafts().get(m_draftId);
        if (!fresh || fresh->version == m_draft.version)
            return;
        if (hasUnsavedChanges() && (fresh->latestVersion != m_draft.latestVersion || fresh->state != m_draft.state))
            return;
        const bool newLanguage = fresh->language != m_draft.language;
        showDraft(fresh.value());
        if (newLanguage && m_highlighter)
            loadDictionary(m_draft.language);
    });
    resize(900, 700);
}

DraftEditor::~DraftEditor()
{
    m_closing = true;
    // The highlighter belongs to the document; the checker it uses goes first otherwise.
    if (m_highlighter)
        m_highlighter->setDocument(nullptr);
}

QAction* DraftEditor::make(const char* name, const QString& text, const QKeySequence& shortcut)
{
    auto* action = new QAction(text, this);
    action->setObjectName(QLatin1String(name));
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    m_actions.insert(action->objectName(), action);
    return action;
}

void DraftEditor::buildActions()
{
    // Formatting
    QAction* bold = make("boldAction", tr("&Bold"), QKeySequence::Bold);
    bold->setCheckable(true);
    connect(bold, &QAction::triggered, this, [this](bool on) {
        QTextCharFormat format;
        format.setFontWeight(on ? QFont::Bold : QFont::Normal);
        mergeFormat(format);
    });
    QAction* italic = make("italicAction", tr("&Italic"), QKeySequence::Italic);
    italic->setCheckable(true);
    connect(italic, &QAction::triggered, this, [this](bool on) {
        QTextCharFormat format;
        format.setFontItalic(on);
        mergeFormat(format);
    });
    QAction* underline = make("underlineAction", tr("&Underline"), QKeySequence::Underline);
    underline->setCheckable(true);
    connect(underline, &QAction::triggered, this, [this](bool on) {
        QTextCharFormat format;
        format.setFontUnderline(on);
        mergeFormat(format);
    });
    connect(make("paragraphAction", tr("&Paragraph"), QKeySequence(Qt::CTRL | Qt::Key_0)), &QAction::triggered, this,
        [this] { setHeading(0); });
    connect(make("heading1Action", tr("Heading &1"), QKeySequence(Qt::CTRL | Qt::Key_1)), &QAction::triggered, this,
        [this] { setHeading(1); });
    connect(make("heading2Action", tr("Heading &2"), QKeySequence(Qt::CTRL | Qt::Key_2)), &QAction::triggered, this,
        [this] { setHeading(2); });
    connect(make("heading3Action", tr("Heading &3"), QKeySequence(Qt::CTRL | Qt::Key_3)), &QAction::triggered, this,
        [this] { setHeading(3); });
    QAction* bullets = make("bulletListAction", tr("&Bulleted List"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_8));
    bullets->setCheckable(true);
    connect(bullets, &QAction::triggered, this, [this] { toggleList(QTextListFormat::ListDisc); });
    QAction* numbers = make("numberedListAction", tr("&Numbered List"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_7));
    numbers->setCheckable(true);
    connect(numbers, &QAction::triggered, this, [this] { toggleList(QTextListFormat::ListDecimal); });
    connect(make("linkAction", tr("&Link\u2026"), QKeySequence(Qt::CTRL | Qt::Key_K)), &QAction::triggered, this,
        &DraftEditor::insertLink);
    QAction* undo = make("undoAction", tr("&Undo"), QKeySequence::Undo);
    undo->setEnabled(false);
    connect(undo, &QAction::triggered, m_edit, &QTextEdit::undo);
    QAction* redo = make("redoAction", tr("&Redo"), QKeySequence::Redo);
    redo->setEnabled(false);
    connect(redo, &QAction::triggered, m_edit, &QTextEdit::redo);

    // The draft
    connect(make("saveDraftAction", tr("&Save Version"), QKeySequence::Save), &QAction::triggered, this,
        &DraftEditor::save);
    connect(
        make("submitDraftAction", tr("Su&bmit for Clearance\u2026")), &QAction::triggered, this, &DraftEditor::submit);
    connect(make("requestChangesAction", tr("&Request Changes\u2026")), &QAction::triggered, this,
        &DraftEditor::requestChanges);
    connect(make("clearDraftAction", tr("&Clear\u2026")), &QAction::triggered, this, &DraftEditor::clear);
    connect(make("markSentAction", tr("Mark &Sent\u2026")), &QAction::triggered, this, &DraftEditor::markSent);
    connect(
        make("copyIntoNewAction", tr("Cop&y into New Draft")), &QAction::triggered, this, &DraftEditor::copyIntoNew);
    connect(make("versionHistoryAction", tr("&Version History\u2026"), QKeySequence(Qt::CTRL | Qt::Key_H)),
        &QAction::triggered, this, &DraftEditor::showVersionHistory);
    connect(make("insertPrecedentAction", tr("Insert from &Precedents\u2026")), &QAction::triggered, this,
        &DraftEditor::insertFromPrecedents);
    connect(make("exportDraftAction", tr("&Export Draft\u2026"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)),
        &QAction::triggered, this, &DraftEditor::exportDraft);
    connect(make("copyRichTextAction", tr("Copy as &Rich Text"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)),
        &QAction::triggered, this, &DraftEditor::copyAsRichText);
    connect(make("closeDraftAction", tr("&Close"), QKeySequence::Close), &QAction::triggered, this, &QWidget::close);
}

void DraftEditor::buildLayout()
{
    const auto a = [this](const char* name) { return action(QLatin1String(name)); };

    QMenu* file = menuBar()->addMenu(tr("&Draft"));
    file->setObjectName(QStringLiteral("draftMenu"));
    for (const char* name :
        std::initializer_list<const char*> { "saveDraftAction", nullptr, "submitDraftAction", "requestChangesAction",
            "clearDraftAction", "markSentAction", nullptr, "copyIntoNewAction", "versionHistoryAction", nullptr,
            "exportDraftAction", "copyRichTextAction", nullptr, "closeDraftAction" }) {
        if (name)
            file->addAction(a(name));
        else
            file->addSeparator();
    }
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("draftEditMenu"));
    edit->addAction(a("undoAction"));
    edit->addAction(a("redoAction"));
    QMenu* format = menuBar()->addMenu(tr("F&ormat"));
    format->setObjectName(QStringLiteral("draftFormatMenu"));
    for (const char* name : std::initializer_list<const char*> { "boldAction", "italicAction", "underlineAction",
             nullptr, "paragraphAction", "heading1Action", "heading2Action", "heading3Action", nullptr,
             "bulletListAction", "numberedListAction", nullptr, "linkAction" }) {
        if (name)
            format->addAction(a(name));
        else
            format->addSeparator();
    }
    QMenu* insert = menuBar()->addMenu(tr("&Insert"));
    insert->setObjectName(QStringLiteral("draftInsertMenu"));
    insert->addAction(a("linkAction"));
    insert->addAction(a("insertPrecedentAction"));

    auto* formatBar = addToolBar(tr("Formatting"));
    formatBar->setObjectName(QStringLiteral("formatToolBar"));
    for (const char* name : std::initializer_list<const char*> { "undoAction", "redoAction", nullptr, "boldAction",
             "italicAction", "underlineAction", nullptr, "paragraphAction", "heading1Action", "heading2Action",
             "heading3Action", nullptr, "bulletListAction", "numberedListAction", "linkAction" }) {
        if (name)
            formatBar->addAction(a(name));
        else
            formatBar->addSeparator();
    }
    a("paragraphAction")->setIconText(tr("\u00b6"));
    a("heading1Action")->setIconText(tr("H1"));
    a("heading2Action")->setIconText(tr("H2"));
    a("heading3Action")->setIconText(tr("H3"));
    a("bulletListAction")->setIconText(tr("\u2022 List"));
    a("numberedListAction")->setIconText(tr("1. List"));

    addToolBarBreak();
    auto* draftBar = addToolBar(tr("Draft"));
    draftBar->setObjectName(QStringLiteral("draftToolBar"));
    m_comment = new QLineEdit(draftBar);
    m_comment->setObjectName(QStringLiteral("versionCommentEdit"));
    m_comment->setPlaceholderText(tr("What changed (optional, kept with the version)"));
    m_comment->setMaxLength(DraftLimits::Comment);
    m_comment->setMinimumWidth(220);
    connect(m_comment, &QLineEdit::returnPressed, this, &DraftEditor::save);
    draftBar->addWidget(m_comment);
    for (const char* name :
        std::initializer_list<const char*> { "saveDraftAction", "submitDraftAction", "requestChangesAction",
            "clearDraftAction", "markSentAction", "copyIntoNewAction", "versionHistoryAction" })
        draftBar->addAction(a(name));

    auto* central = new QWidget(this);
    m_banner = new QLabel(central);
    m_banner->setObjectName(QStringLiteral("draftBanner"));
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setWordWrap(true);
    m_banner->setMargin(6);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    m_conflict = new ConflictBanner(QStringLiteral("draft"), central);
    m_conflict->reloadButton()->setToolTip(
        tr("Show the newest saved version; the text typed here since the last save is discarded"));
    m_conflict->overwriteButton()->setToolTip(
        tr("Save the text typed here as the next version; the other version stays in the history"));
    connect(m_conflict, &ConflictBanner::reloadRequested, this, &DraftEditor::reloadTheirs);
    connect(m_conflict, &ConflictBanner::overwriteRequested, this, &DraftEditor::saveMineAnyway);
    layout->addWidget(m_conflict);
    layout->addWidget(m_edit, 1);
    setCentralWidget(central);

    m_wordCount = new QLabel(this);
    m_wordCount->setObjectName(QStringLiteral("wordCountLabel"));
    m_spellNotice = new QLabel(this);
    m_spellNotice->setObjectName(QStringLiteral("spellNotice"));
    m_spellNotice->setTextFormat(Qt::PlainText);
    m_spellNotice->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_spellNotice->hide();
    statusBar()->addPermanentWidget(m_spellNotice);
    statusBar()->addPermanentWidget(m_wordCount);
}

void DraftEditor::buildLibraryDock()
{
    m_libraryDock = new QDockWidget(tr("Library"), this);
    m_libraryDock->setObjectName(QStringLiteral("libraryDock"));
    m_libraryDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    auto* panel = new QWidget(m_libraryDock);
    m_librarySearch = new QLineEdit(panel);
    m_librarySearch->setObjectName(QStringLiteral("librarySearchEdit"));
    m_librarySearch->setPlaceholderText(tr("Search tools and references"));
    m_librarySearch->setClearButtonEnabled(true);
    m_libraryList = new QListWidget(panel);
    m_libraryList->setObjectName(QStringLiteral("libraryList"));
    m_libraryList->setWordWrap(true);
    auto* insert = new QPushButton(tr("Insert &Citation"), panel);
    insert->setObjectName(QStringLiteral("insertCitationButton"));
    auto* layout = new QVBoxLayout(panel);
    layout->addWidget(m_librarySearch);
    layout->addWidget(m_libraryList, 1);
    layout->addWidget(insert);
    m_libraryDock->setWidget(panel);
    addDockWidget(Qt::RightDockWidgetArea, m_libraryDock);
    auto* toggle = m_libraryDock->toggleViewAction();
    toggle->setObjectName(QStringLiteral("showLibraryAction"));
    toggle->setText(tr("&Library Panel"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_actions.insert(toggle->objectName(), toggle);
    if (QMenu* menu = menuBar()->findChild<QMenu*>(QStringLiteral("draftInsertMenu")))
        menu->addAction(toggle);
    connect(m_librarySearch, &QLineEdit::textChanged, this, &DraftEditor::searchLibrary);
    connect(insert, &QPushButton::clicked, this, &DraftEditor::insertSelectedCitation);
    connect(m_libraryList, &QListWidget::itemActivated, this, &DraftEditor::insertSelectedCitation);
}

Status DraftEditor::load()
{
    Result<Draft> draft = m_session.drafts().get(m_draftId);
    if (!draft)
        return draft.error();
    m_highlighter = new SpellHighlighter(nullptr, m_edit->document());
    loadDictionary(draft->language);
    Result<DraftVersion> version = m_session.drafts().version(m_draftId);
    if (!version)
        return version.error();
    m_draft = draft.value();
    m_loading = true;
    m_edit->setHtml(version->html);
    m_loading = false;
    m_edit->document()->setModified(false);
    m_edit->document()->clearUndoRedoStacks();
    showDraft(m_draft);
    searchLibrary();
    return {};
}

void DraftEditor::loadDictionary(DraftLanguage language)
{
    // Debian's dictionary and the vault's words. A word removed from the vault's dictionary
    // needs a fresh checker (hunspell has no undo for add()), so each change builds one.
    auto fresh = std::make_unique<SpellChecker>(language);
    for (const QString& word : m_session.library().dictionaryWords(language))
        fresh->addWord(word);
    m_edit->setSpellChecker(fresh.get());
    m_highlighter->setChecker(fresh.get()); // re-highlights
    m_checker = std::move(fresh);
    m_spellNotice->setText(m_checker->unavailableReason());
    m_spellNotice->setVisible(!m_checker->available());
}

void DraftEditor::showDraft(const Draft& draft)
{
    const bool reload = draft.latestVersion != m_draft.latestVersion && !hasUnsavedChanges();
    m_draft = draft;
    if (reload) {
        if (Result<DraftVersion> version = m_session.drafts().version(m_draftId)) {
            m_loading = true;
            m_edit->setHtml(version->html);
            m_loading = false;
            m_edit->document()->setModified(false);
        }
    }
    setWindowTitle(tr("%1 \u2014 %2 (version %3)").arg(draft.queryReference, draft.title).arg(draft.latestVersion));
    QString state
        = tr("%1 \u00b7 %2 \u00b7 %3 \u00b7 version %4")
              .arg(DraftText::label(draft.state), DraftText::label(draft.kind), DraftText::label(draft.language))
              .arg(draft.latestVersion);
    if (draft.state == DraftState::Cleared && draft.clearedVersion)
        state += tr(" \u2014 version %1 cleared by %2%3")
                     .arg(*draft.clearedVersion)
                     .arg(draft.clearedByName, draft.selfCleared ? tr(" (self-cleared)") : QString());
    if (draft.locked()) {
        m_banner->setText(tr("Sent on %1 by %2 \u2014 locked. This is the text as sent (version %3): it can be "
                             "read, exported and copied into a new draft, never changed.")
                              .arg(draft.sentOn ? draft.sentOn->toString(Qt::ISODate) : tr("(no date)"),
                                  draft.sentChannelName.isEmpty() ? tr("an unrecorded channel") : draft.sentChannelName)
                              .arg(draft.sentVersion.value_or(draft.latestVersion)));
        m_banner->setStyleSheet(QStringLiteral("background: #fdecea; color: #8a1c13; font-weight: bold;"));
        m_edit->setReadOnly(true);
        m_comment->setEnabled(false);
        m_autosave->stop();
    } else {
        m_banner->setText(state);
        m_banner->setStyleSheet(QString());
        m_edit->setReadOnly(false);
        m_comment->setEnabled(true);
    }
    updateActions();
    updateWordCount();
}

void DraftEditor::updateActions()
{
    const QList<DraftService::Action> allowed = m_session.drafts().allowedActions(m_draftId);
    const auto offer = [&](const char* name, bool on) {
        QAction* a = action(QLatin1String(name));
        a->setEnabled(on);
        a->setVisible(on);
    };
    const bool editable = !m_draft.locked() && allowed.contains(DraftService::Action::Save);
    offer("saveDraftAction", editable);
    offer("submitDraftAction", allowed.contains(DraftService::Action::Submit));
    offer("requestChangesAction", allowed.contains(DraftService::Action::RequestChanges));
    offer("clearDraftAction", allowed.contains(DraftService::Action::Clear));
    offer("markSentAction", allowed.contains(DraftService::Action::MarkSent));
    offer("copyIntoNewAction", allowed.contains(DraftService::Action::CopyIntoNew) || m_draft.locked());
    for (const char* name : std::initializer_list<const char*> { "boldAction", "italicAction", "underlineAction",
             "paragraphAction", "heading1Action", "heading2Action", "heading3Action", "bulletListAction",
             "numberedListAction", "linkAction", "insertPrecedentAction" })
        action(QLatin1String(name))->setEnabled(editable);
    m_libraryDock->widget()->setEnabled(editable);
}

void DraftEditor::updateFormatActions()
{
    const QTextCharFormat format = m_edit->currentCharFormat();
    action(QStringLiteral("boldAction"))->setChecked(format.fontWeight() >= QFont::Bold);
    action(QStringLiteral("italicAction"))->setChecked(format.fontItalic());
    action(QStringLiteral("underlineAction"))->setChecked(format.fontUnderline());
    const QTextList* list = m_edit->textCursor().currentList();
    action(QStringLiteral("bulletListAction"))->setChecked(list && list->format().style() == QTextListFormat::ListDisc);
    action(QStringLiteral("numberedListAction"))
        ->setChecked(list && list->format().style() == QTextListFormat::ListDecimal);
}

void DraftEditor::updateWordCount()
{
    const int words = HtmlSanitizer::countWords(m_edit->toPlainText());
    m_wordCount->setText(tr("%n word(s)", nullptr, words));
}

void DraftEditor::textChanged()
{
    updateWordCount();
    if (m_loading || m_edit->isReadOnly() || !m_edit->document()->isModified())
        return;
    // At most one kept copy every few seconds, however fast the typing: the timer is not
    // restarted by each keystroke, so a steady typist is kept every interval too.
    if (!m_autosave->isActive())
        m_autosave->start();
}

bool DraftEditor::hasUnsavedChanges() const
{
    return !m_draft.locked() && m_edit->document()->isModified();
}

Status DraftEditor::keepNow()
{
    m_autosave->stop();
    if (!hasUnsavedChanges())
        return {};
    QJsonObject payload;
    payload.insert(QStringLiteral("draft"), static_cast<double>(m_draftId));
    payload.insert(QStringLiteral("baseVersion"), m_draft.latestVersion);
    payload.insert(QStringLiteral("html"), m_edit->toHtml());
    Result<qint64> kept = m_session.pendingEdits().keep(pending::PendingKind::DraftText, m_draft.queryId,
        m_draft.version, payload, keptTitle(), m_session.currentAdviserId(), m_pendingId);
    if (!kept)
        return kept.error();
    m_pendingId = kept.value();
    ++m_keptCount;
    statusBar()->showMessage(
        tr("Unsaved text kept in the vault at %1.").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)),
        4000);
    return {};
}

QString DraftEditor::describe() const
{
    // Shown on the unlock screen when the text could not be kept: what it is, never its content.
    return tr("the text of a draft being edited");
}

QString DraftEditor::keptTitle() const
{
    // The line of the list of kept work (inside the vault, after unlock).
    return tr("Draft “%1” of %2 (based on version %3)")
        .arg(m_draft.title, m_draft.queryReference)
        .arg(m_draft.latestVersion);
}

void DraftEditor::forgetKept()
{
    m_autosave->stop();
    if (m_pendingId) {
        // Safely in the vault now (or discarded): should the removal fail, it is offered again.
        (void)m_session.pendingEdits().remove(*m_pendingId);
        m_pendingId.reset();
    }
}

void DraftEditor::offerKeptText()
{
    Result<std::vector<pending::PendingEdit>> edits = m_session.pendingEdits().list();
    if (!edits)
        return;
    for (const pending::PendingEdit& edit : edits.value()) {
        if (edit.kind != pending::PendingKind::DraftText
            || static_cast<qint64>(edit.payload.value(QStringLiteral("draft")).toDouble()) != m_draftId)
            continue;
        if (m_pendingId && *m_pendingId == edit.id)
            return;
        const int base = edit.payload.value(QStringLiteral("baseVersion")).toInt();
        QString text = tr("Text of this draft that was not saved was kept on %1%2. Restore it? "
                          "(Discard removes it for good; Cancel leaves it kept for later.)")
                           .arg(edit.savedAtUtc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                               edit.adviserName.isEmpty() ? QString() : tr(" by %1").arg(edit.adviserName));
        if (base != m_draft.latestVersion)
            text += QLatin1Char('\n')
                + tr("It was based on version %1; version %2 has been saved since.")
                      .arg(base)
                      .arg(m_draft.latestVersion);
        const pending::PendingEdit kept = edit;
        MessageBox::question(
            this, tr("Unsaved Text"), text,
            [this, kept](QMessageBox::StandardButton answer) {
                if (answer == QMessageBox::Yes) {
                    restoreKept(kept);
                } else if (answer == QMessageBox::Discard) {
                    if (const Status removed = m_session.pendingEdits().remove(kept.id); !removed)
                        MessageBox::warning(this, tr("Unsaved Text"), removed.error().message);
                }
            },
            QMessageBox::Yes | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Yes);
        return;
    }
}

void DraftEditor::restoreKept(const pending::PendingEdit& edit)
{
    if (m_draft.locked()) {
        MessageBox::warning(this, tr("Unsaved Text"),
            tr("This draft has been sent since the text was kept: it can no longer change. Copy it into a new "
               "draft to use the kept text."));
        return;
    }
    m_pendingId = edit.id;
    m_loading = true;
    m_edit->setHtml(edit.payload.value(QStringLiteral("html")).toString());
    m_loading = false;
    m_edit->document()->setModified(true);
    updateWordCount();
    statusBar()->showMessage(tr("The kept text is back. Save it (Ctrl+S) to make it a version."));
}

void DraftEditor::save()
{
    if (!action(QStringLiteral("saveDraftAction"))->isEnabled() && m_draft.locked()) {
        statusBar()->showMessage(tr("This draft was sent: it is locked and cannot be saved."));
        return;
    }
    const QString html = m_edit->toHtml();
    Result<Draft> saved = m_session.drafts().save(m_draftId, html, m_comment->text().trimmed(), m_draft.version);
    if (!saved) {
        if (saved.error().code == ErrorCode::Conflict) {
            m_conflict->showConflict(tr("%1 Nothing was saved; your text is still here.").arg(saved.error().message));
            statusBar()->showMessage(tr("Not saved: the draft changed meanwhile."), 5000);
        } else {
            MessageBox::warning(this, tr("Save Version"), saved.error().message);
        }
        return;
    }
    m_conflict->hide();
    forgetKept();
    m_comment->clear();
    m_edit->document()->setModified(false);
    const Draft draft = saved.value();
    m_draft.latestVersion = draft.latestVersion; // no reload of the text just typed
    showDraft(draft);
    statusBar()->showMessage(tr("Saved as version %1.").arg(draft.latestVersion), 5000);
    Q_EMIT draftChanged(draft.queryId);
}

void DraftEditor::reloadTheirs()
{
    Result<Draft> fresh = m_session.drafts().get(m_draftId);
    Result<DraftVersion> newest = fresh ? m_session.drafts().version(m_draftId) : Result<DraftVersion>(fresh.error());
    if (!newest) {
        MessageBox::warning(this, tr("Reload Their Version"), newest.error().message);
        return;
    }
    // The user chose to drop the text typed here: its kept copy goes with it.
    forgetKept();
    m_conflict->hide();
    m_loading = true;
    m_edit->setHtml(newest->html);
    m_loading = false;
    m_edit->document()->setModified(false);
    m_draft.latestVersion = fresh->latestVersion; // the text shown is that version's already
    showDraft(fresh.value());
    statusBar()->showMessage(tr("Version %1 reloaded.").arg(fresh->latestVersion), 5000);
}

void DraftEditor::saveMineAnyway()
{
    Result<Draft> fresh = m_session.drafts().get(m_draftId);
    if (!fresh) {
        MessageBox::warning(this, tr("Save Version"), fresh.error().message);
        return;
    }
    if (fresh->locked()) {
        // Sent meanwhile: nothing can be saved any more; the text typed here stays on screen.
        m_conflict->hide();
        MessageBox::warning(this, tr("Save Version"),
            tr("This draft was marked sent meanwhile: it is locked. Copy your text into a new draft to keep it."));
        return;
    }
    // Saved on top of the newest version, which stays in the history (nothing is overwritten).
    m_draft.version = fresh->version;
    save();
}

bool DraftEditor::refuseIfModified(const QString& what)
{
    if (!hasUnsavedChanges())
        return false;
    MessageBox::information(this, what,
        tr("Save the changes first (Ctrl+S): clearance is about a saved version, not the text being edited."));
    return true;
}

void DraftEditor::openStep(int step)
{
    auto* dialog = new DraftStepDialog(m_session, m_draft, static_cast<DraftStepDialog::Step>(step), this);
    connect(dialog, &DraftStepDialog::stepDone, this, [this, step](const Draft& draft) {
        QString message;
        switch (static_cast<DraftStepDialog::Step>(step)) {
        case DraftStepDialog::Step::Submit:
            message = tr("Submitted for clearance.");
            break;
        case DraftStepDialog::Step::RequestChanges:
            message = tr("Changes requested.");
            break;
        case DraftStepDialog::Step::Clear:
            message = tr("Cleared.");
            break;
        case DraftStepDialog::Step::MarkSent:
            message = tr("Marked sent: the draft is locked.");
            break;
        }
        stepDone(draft, message);
    });
    showDialog(dialog);
}

void DraftEditor::stepDone(const Draft& draft, const QString& message)
{
    showDraft(draft);
    statusBar()->showMessage(message, 5000);
    Q_EMIT draftChanged(draft.queryId);
}

void DraftEditor::submit()
{
    if (!refuseIfModified(tr("Submit for Clearance")))
        openStep(static_cast<int>(DraftStepDialog::Step::Submit));
}

void DraftEditor::requestChanges()
{
    if (!refuseIfModified(tr("Request Changes")))
        openStep(static_cast<int>(DraftStepDialog::Step::RequestChanges));
}

void DraftEditor::clear()
{
    if (!refuseIfModified(tr("Clear")))
        openStep(static_cast<int>(DraftStepDialog::Step::Clear));
}

void DraftEditor::markSent()
{
    if (!refuseIfModified(tr("Mark Sent")))
        openStep(static_cast<int>(DraftStepDialog::Step::MarkSent));
}

void DraftEditor::copyIntoNew()
{
    Result<Draft> copy = m_session.drafts().copyIntoNew(m_draftId);
    if (!copy) {
        MessageBox::warning(this, tr("Copy into New Draft"), copy.error().message);
        return;
    }
    Q_EMIT draftChanged(copy->queryId);
    Q_EMIT openDraftRequested(copy->id);
}

void DraftEditor::exportDraft()
{
    const int version = m_draft.locked() ? m_draft.sentVersion.value_or(m_draft.latestVersion) : m_draft.latestVersion;
    const QString odt = formatFilter(DraftFormat::Odt);
    const QString html = formatFilter(DraftFormat::Html);
    const QString text = formatFilter(DraftFormat::Text);
    const QString suggested = QDir::home().filePath(
        DraftExport::suggestedFileName(m_draft.queryReference, m_draftId, version, DraftFormat::Odt));
    const bool unsaved = hasUnsavedChanges();
    FileDialogs::saveFile(
        this, tr("Export Draft"), suggested, QStringList { odt, html, text }.join(QStringLiteral(";;")),
        DraftExport::suffix(DraftFormat::Odt),
        [this, version, html, text, unsaved](const QString& path, const QString& filter) {
            DraftFormat format = DraftFormat::Odt;
            if (filter == html)
                format = DraftFormat::Html;
            else if (filter == text)
                format = DraftFormat::Text;
            else if (filter.isEmpty()) {
                if (auto bySuffix = DraftExport::format(QFileInfo(path).suffix().toLower()))
                    format = *bySuffix;
            }
            Result<DraftVersion> body = m_session.drafts().version(m_draftId, version);
            if (!body) {
                MessageBox::warning(this, tr("Export Draft"), body.error().message);
                return;
            }
            Result<QByteArray> bytes = DraftExport::render(body->html, format, m_draft.queryReference);
            if (!bytes) {
                MessageBox::warning(this, tr("Export Draft"), bytes.error().message);
                return;
            }
            // The chooser asked before replacing an existing file.
            const Status written = m_session.drafts().exportVersion(
                m_draftId, version, DraftExport::code(format), bytes.value(), path, QFileInfo::exists(path));
            if (!written) {
                MessageBox::warning(this, tr("Export Draft"), written.error().message);
                return;
            }
            statusBar()->showMessage(unsaved
                    ? tr("Version %1 exported (the unsaved changes are not in it).").arg(version)
                    : tr("Version %1 exported.").arg(version),
                6000);
            Q_EMIT draftChanged(m_draft.queryId);
        },
        odt);
}

void DraftEditor::copyAsRichText()
{
    const QTextCursor cursor = m_edit->textCursor();
    const QString source = cursor.hasSelection() ? cursor.selection().toHtml() : m_edit->toHtml();
    Result<SanitisedHtml> clean = HtmlSanitizer::sanitise(source);
    if (!clean) {
        MessageBox::warning(this, tr("Copy as Rich Text"), clean.error().message);
        return;
    }
    auto* mime = new QMimeData;
    mime->setHtml(clean->html);
    mime->setText(clean->text);
    // The application's clipboard (security/Clipboard) conceals it at once and clears it after
    // its delay and at the lock.
    QGuiApplication::clipboard()->setMimeData(mime);
    statusBar()->showMessage(tr("Copied as rich text (cleared from the clipboard after a short while)."), 5000);
}

void DraftEditor::insertLink()
{
    if (m_edit->isReadOnly())
        return;
    auto* dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("linkDialog"));
    dialog->setWindowTitle(tr("Link"));
    dialog->setLabelText(tr("Address (https:, http: or mailto:):"));
    const QString current = m_edit->currentCharFormat().anchorHref();
    dialog->setTextValue(current.isEmpty() ? QStringLiteral("https://") : current);
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString& value) {
        const QString href = value.trimmed();
        const QUrl url(href, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid()
            || (scheme != QLatin1String("https") && scheme != QLatin1String("http")
                && scheme != QLatin1String("mailto"))) {
            MessageBox::warning(this, tr("Link"), tr("A link must be an https:, http: or mailto: address."));
            return;
        }
        QTextCursor cursor = m_edit->textCursor();
        QTextCharFormat format;
        format.setAnchor(true);
        format.setAnchorHref(href);
        format.setFontUnderline(true);
        format.setForeground(palette().link());
        if (!cursor.hasSelection())
            cursor.insertText(href, format);
        else
            cursor.mergeCharFormat(format);
    });
    showDialog(dialog);
}

void DraftEditor::showVersionHistory()
{
    auto* dialog = new VersionHistoryDialog(m_session, m_draftId, this);
    connect(dialog, &VersionHistoryDialog::draftCopied, this, [this](qint64 newDraftId) {
        Q_EMIT draftChanged(m_draft.queryId);
        Q_EMIT openDraftRequested(newDraftId);
    });
    showDialog(dialog, Qt::NonModal);
}

void DraftEditor::insertFromPrecedents()
{
    if (m_edit->isReadOnly())
        return;
    auto* dialog = new PrecedentsDialog(m_session, m_draftId, this);
    // Emitted after the confidentiality warning was accepted and the reuse recorded.
    connect(dialog, &PrecedentsDialog::insertRequested, this, [this](const QString& html) {
        Result<SanitisedHtml> clean = HtmlSanitizer::sanitise(html);
        if (!clean) {
            MessageBox::warning(this, tr("Insert from Precedents"), clean.error().message);
            return;
        }
        m_edit->textCursor().insertHtml(clean->html);
        statusBar()->showMessage(tr("Text of the precedent inserted; its reuse is recorded on the timeline."), 5000);
    });
    showDialog(dialog);
}

void DraftEditor::searchLibrary()
{
    if (!m_libraryList)
        return;
    m_libraryList->clear();
    for (const library::LibraryResource& resource : m_session.library().resources(m_librarySearch->text().trimmed())) {
        auto* item = new QListWidgetItem(resource.title, m_libraryList);
        item->setData(kResourceIdRole, resource.id);
        item->setToolTip(resource.description.isEmpty() ? resource.citation : resource.description);
    }
}

void DraftEditor::insertSelectedCitation()
{
    const QListWidgetItem* item = m_libraryList->currentItem();
    if (!item || m_edit->isReadOnly())
        return;
    Result<QString> html = m_session.library().citationHtml(item->data(kResourceIdRole).toLongLong());
    if (!html) {
        MessageBox::warning(this, tr("Insert Citation"), html.error().message);
        return;
    }
    m_edit->textCursor().insertHtml(html.value());
    m_edit->setFocus();
    statusBar()->showMessage(tr("Citation inserted."), 4000);
}

void DraftEditor::mergeFormat(const QTextCharFormat& format)
{
    QTextCursor cursor = m_edit->textCursor();
    if (!cursor.hasSelection())
        cursor.select(QTextCursor::WordUnderCursor);
    cursor.mergeCharFormat(format);
    m_edit->mergeCurrentCharFormat(format);
}

void DraftEditor::setHeading(int level)
{
    QTextCursor cursor = m_edit->textCursor();
    cursor.beginEditBlock();
    QTextBlockFormat block = cursor.blockFormat();
    block.setHeadingLevel(level);
    cursor.setBlockFormat(block);
    QTextCharFormat chars;
    chars.setFontWeight(level > 0 ? QFont::Bold : QFont::Normal);
    chars.setProperty(QTextFormat::FontSizeAdjustment, level > 0 ? 4 - level : 0);
    QTextCursor whole = cursor;
    whole.select(QTextCursor::BlockUnderCursor);
    whole.mergeCharFormat(chars);
    m_edit->mergeCurrentCharFormat(chars);
    cursor.endEditBlock();
}

void DraftEditor::toggleList(int style)
{
    QTextCursor cursor = m_edit->textCursor();
    cursor.beginEditBlock();
    if (QTextList* list = cursor.currentList(); list && list->format().style() == style) {
        // Out of the list: the paragraph stays, without its bullet or number.
        list->remove(cursor.block());
        QTextBlockFormat block = cursor.blockFormat();
        block.setIndent(0);
        cursor.setBlockFormat(block);
    } else {
        QTextListFormat format;
        format.setStyle(static_cast<QTextListFormat::Style>(style));
        cursor.createList(format);
    }
    cursor.endEditBlock();
    updateFormatActions();
}

void DraftEditor::closeEvent(QCloseEvent* event)
{
    if (Continuation::closingForLock() || m_closing || !hasUnsavedChanges()) {
        // At a lock the text was kept first (keepUnsavedWork); unchanged text needs no kept copy.
        if (!Continuation::closingForLock() && !hasUnsavedChanges())
            forgetKept();
        m_closing = true;
        event->accept();
        return;
    }
    event->ignore();
    MessageBox::question(
        this, tr("Close Draft"), tr("Save the changes to this draft as a new version before closing?"),
        [this](QMessageBox::StandardButton answer) {
            if (answer == QMessageBox::Save) {
                save();
                if (!hasUnsavedChanges())
                    close();
            } else if (answer == QMessageBox::Discard) {
                forgetKept();
                m_closing = true;
                close();
            }
        },
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
}

} // namespace advicehub::ui
