#include "attachments/AttachmentsPanel.h"

#include "attachments/AttachmentService.h"
#include "attachments/AttachmentViewer.h"
#include "common/ConflictBanner.h"
#include "common/CurrentItemId.h"
#include "common/FileDialogs.h"
#include "common/FlowLayout.h"
#include "common/InlineError.h"
#include "common/LongOperation.h"
#include "common/MessageBox.h"
#include "common/ShowDialog.h"
#include "queries/QuerySearch.h"
#include "queries/QueryService.h"
#include "session/Session.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QMimeDatabase>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace advicehub::ui {

using namespace advicehub::attachments;

namespace {

constexpr int kIdRole = Qt::UserRole;

// Edit Description…: the description of one attachment, saved with the version it was read at
// (someone else's change meanwhile is a conflict, offered as the other forms offer it).
class DescriptionDialog : public QDialog {
public:
    DescriptionDialog(AttachmentService& service, const Attachment& attachment, QWidget* parent)
        : QDialog(parent), m_service(service), m_id(attachment.id), m_version(attachment.version)
    {
        setObjectName(QStringLiteral("attachmentDescriptionDialog"));
        setWindowTitle(tr("Description of %1").arg(attachment.fileName));
        m_banner = new ConflictBanner(QStringLiteral("description"), this);
        m_edit = new QPlainTextEdit(attachment.description, this);
        m_edit->setObjectName(QStringLiteral("attachmentDescriptionEdit"));
        m_edit->setTabChangesFocus(true);
        m_error = new InlineError(this);
        m_error->setObjectName(QStringLiteral("attachmentDescriptionError"));
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
        connect(buttons, &QDialogButtonBox::accepted, this, &DescriptionDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &DescriptionDialog::reject);
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(m_banner);
        layout->addWidget(new QLabel(tr("What the file is (up to %L1 characters):").arg(kMaxDescriptionChars), this));
        layout->addWidget(m_edit, 1);
        layout->addWidget(m_error);
        layout->addWidget(buttons);
        m_banner->offerChoices(
            this, m_error, [this] { return m_service.get(m_id); },
            [this](const Attachment& current) {
                m_edit->setPlainText(current.description);
                m_version = current.version;
            },
            m_version);
        resize(420, 240);
    }

    QPlainTextEdit* edit() const { return m_edit; }

    void accept() override
    {
        m_error->clearMessage();
        Result<Attachment> done = m_service.setDescription(m_id, m_edit->toPlainText().trimmed(), m_version);
        if (done) {
            QDialog::accept();
            return;
        }
        if (done.error().code == ErrorCode::Conflict)
            m_banner->showConflict(done.error().message);
        else
            m_error->showMessage(done.error().message);
    }

private:
    AttachmentService& m_service;
    qint64 m_id;
    int m_version;
    ConflictBanner* m_banner;
    QPlainTextEdit* m_edit;
    InlineError* m_error;
};

// Link to Timeline Entry…: one of the query's entries (newest first) or none, saved with the
// version the attachment was read at.
class EntryDialog : public QDialog {
public:
    EntryDialog(AttachmentService& service, const Attachment& attachment,
        const std::vector<casefile::TimelineEntry>& timeline, QWidget* parent)
        : QDialog(parent), m_service(service), m_id(attachment.id), m_version(attachment.version)
    {
        setObjectName(QStringLiteral("attachmentEntryDialog"));
        setWindowTitle(tr("Link %1 to a Timeline Entry").arg(attachment.fileName));
        m_combo = new QComboBox(this);
        m_combo->setObjectName(QStringLiteral("attachmentEntryCombo"));
        m_combo->addItem(tr("None"), QVariant());
        for (auto it = timeline.rbegin(); it != timeline.rend(); ++it) {
            // Not the attachments' own records (added, described, linked…): what a file came with.
            const bool linked = attachment.entryId && *attachment.entryId == it->id;
            if (it->kind == casefile::EntryKind::Attachment && !linked)
                continue;
            m_combo->addItem(AttachmentText::entryLabel(*it), it->id);
            if (attachment.entryId && *attachment.entryId == it->id)
                m_combo->setCurrentIndex(m_combo->count() - 1);
        }
        m_error = new InlineError(this);
        m_error->setObjectName(QStringLiteral("attachmentEntryError"));
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
        connect(buttons, &QDialogButtonBox::accepted, this, &EntryDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &EntryDialog::reject);
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(
            new QLabel(tr("The timeline entry the file came with (an e-mail received, a meeting):"), this));
        layout->addWidget(m_combo);
        layout->addWidget(m_error);
        layout->addWidget(buttons);
    }

    void accept() override
    {
        m_error->clearMessage();
        const QVariant chosen = m_combo->currentData();
        const std::optional<qint64> entryId
            = chosen.isValid() ? std::optional<qint64>(chosen.toLongLong()) : std::nullopt;
        Result<Attachment> done = m_service.setEntry(m_id, entryId, m_version);
        if (done) {
            QDialog::accept();
            return;
        }
        m_error->showMessage(done.error().message);
    }

private:
    AttachmentService& m_service;
    qint64 m_id;
    int m_version;
    QComboBox* m_combo;
    InlineError* m_error;
};

QString typeText(const QString& mediaType)
{
    const QMimeType type = QMimeDatabase().mimeTypeForName(mediaType);
    return type.isValid() && !type.comment().isEmpty() ? type.comment() : mediaType;
}

} // namespace

AttachmentsPanel::AttachmentsPanel(Session& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("attachmentsTab"));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("attachmentList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setHeaderLabels({ tr("Name"), tr("Type"), tr("Size"), tr("Added on"), tr("Added by"), tr("Description"),
        tr("Timeline entry") });
    // The name takes the room left; type, size, date, who and entry are as wide as their contents;
    // the description (one line of a longer text, whole in its tooltip) has a width the user may
    // change. Name, type, size and date come first and fit the pane as it opens in a 1400 px
    // window; who, description and entry follow (a horizontal scroll bar when the pane is narrow).
    QHeaderView* header = m_list->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    header->setSectionResizeMode(5, QHeaderView::Interactive);
    header->resizeSection(5, 200);
    // Files dropped anywhere on the pane are added by the pane (QueryDetailPane): the list
    // itself takes no drop.
    m_list->setAcceptDrops(false);
    m_list->viewport()->setAcceptDrops(false);
    m_empty = new QLabel(
        tr("No attachment yet: Add Attachment\u2026 or drop files here. They are kept encrypted in the vault."), this);
    m_empty->setObjectName(QStringLiteral("noAttachmentsLabel"));
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_found = new QLabel(this);
    m_found->setObjectName(QStringLiteral("attachmentsFoundLabel"));
    m_found->setWordWrap(true);
    m_found->setTextFormat(Qt::PlainText);
    m_found->hide();
    m_buttons = new QWidget(this);
    new FlowLayout(m_buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_found);
    layout->addWidget(m_empty);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_buttons);

    auto* separator = new QAction(this);
    separator->setSeparator(true);
    m_menuActions << separator;
    m_menuActions << make("addAttachmentAction", tr("Add A&ttachment\u2026"));
    m_menuActions << make("openAttachmentAction", tr("Open Attac&hment"));
    m_menuActions << make("saveAttachmentCopyAction", tr("Save a &Copy of the Attachment\u2026"));
    m_menuActions << make("editAttachmentDescriptionAction", tr("Edit Attachment &Description\u2026"));
    m_menuActions << make("linkAttachmentEntryAction", tr("&Link to Timeline Entry\u2026"));
    // Delete removes in the list of attachments (as in file managers), not elsewhere in the window.
    QAction* remove = make("removeAttachmentAction", tr("Remove Attachment\u2026"), QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_menuActions << remove;
    action(QStringLiteral("addAttachmentAction"))
        ->setStatusTip(tr("Attach files to the query: they are kept encrypted in the vault."));
    connect(
        action(QStringLiteral("addAttachmentAction")), &QAction::triggered, this, &AttachmentsPanel::addAttachments);
    connect(action(QStringLiteral("openAttachmentAction")), &QAction::triggered, this, &AttachmentsPanel::openSelected);
    connect(action(QStringLiteral("saveAttachmentCopyAction")), &QAction::triggered, this,
        &AttachmentsPanel::saveCopyOfSelected);
    connect(action(QStringLiteral("editAttachmentDescriptionAction")), &QAction::triggered, this,
        &AttachmentsPanel::editDescriptionOfSelected);
    connect(action(QStringLiteral("linkAttachmentEntryAction")), &QAction::triggered, this,
        &AttachmentsPanel::linkSelectedToEntry);
    connect(remove, &QAction::triggered, this, &AttachmentsPanel::removeSelected);

    // The same actions under the list and in its context menu; Delete works in the list.
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (QAction* each : m_menuActions.mid(1)) {
        m_list->addAction(each);
        auto* button = new QToolButton(m_buttons);
        button->setDefaultAction(each);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        m_buttons->layout()->addWidget(button);
    }

    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        updateActions();
        Q_EMIT selectionChanged();
    });
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        m_list->setCurrentItem(item);
        openSelected();
    });
    connect(&session.attachments(), &AttachmentService::attachmentsChanged, this, [this](qint64 queryId) {
        if (m_queryId && *m_queryId == queryId)
            refresh();
    });
    updateActions();
}

QAction* AttachmentsPanel::make(const char* name, const QString& text, const QKeySequence& shortcut)
{
    auto* made = new QAction(text, this);
    made->setObjectName(QLatin1String(name));
    if (!shortcut.isEmpty())
        made->setShortcut(shortcut);
    m_actions.insert(made->objectName(), made);
    return made;
}

void AttachmentsPanel::updateActions()
{
    const bool adviser = m_session.currentAdviserId().has_value();
    const bool writable = adviser && m_queryId.has_value() && m_writable && !m_adding;
    const bool selected = selectedAttachment().has_value();
    action(QStringLiteral("addAttachmentAction"))->setEnabled(writable);
    action(QStringLiteral("openAttachmentAction"))->setEnabled(selected && !m_adding);
    action(QStringLiteral("saveAttachmentCopyAction"))->setEnabled(adviser && selected && !m_adding);
    action(QStringLiteral("editAttachmentDescriptionAction"))->setEnabled(writable && selected);
    action(QStringLiteral("linkAttachmentEntryAction"))->setEnabled(writable && selected);
    action(QStringLiteral("removeAttachmentAction"))->setEnabled(writable && selected);
    const QString why = m_queryId && !m_writable
        ? tr("A merged query's attachments are kept as they were; add them to the query it was merged into.")
        : (adviser ? tr("Attach files to the query: they are kept encrypted in the vault.")
                   : tr("Choose who is working (Vault \u25b8 Switch Adviser\u2026) to attach files."));
    action(QStringLiteral("addAttachmentAction"))->setToolTip(why);
    action(QStringLiteral("addAttachmentAction"))->setStatusTip(why);
}

void AttachmentsPanel::showQuery(std::optional<qint64> queryId, bool writable)
{
    if (queryId != m_queryId) {
        m_list->clear();
        m_found->hide();
    }
    m_queryId = queryId;
    m_writable = writable;
    refresh();
}

void AttachmentsPanel::refresh()
{
    m_attachments.clear();
    m_entryLabels.clear();
    if (m_queryId) {
        if (Result<std::vector<casefile::TimelineEntry>> timeline = m_session.queries().timeline(*m_queryId)) {
            for (const casefile::TimelineEntry& entry : timeline.value())
                m_entryLabels.insert(entry.id, AttachmentText::entryLabel(entry));
        }
        Result<std::vector<Attachment>> listed = m_session.attachments().list(*m_queryId);
        if (listed)
            m_attachments = std::move(listed).value();
        else
            Q_EMIT statusMessage(tr("The attachments could not be read: %1").arg(listed.error().message));
    }
    fill();
}

void AttachmentsPanel::fill()
{
    const qint64 selected = currentItemId(m_list, kIdRole);
    const QLocale locale;
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        QTreeWidgetItem* current = nullptr;
        for (const Attachment& attachment : m_attachments) {
            auto* item = new QTreeWidgetItem(m_list);
            item->setData(0, kIdRole, attachment.id);
            item->setText(0, attachment.fileName);
            item->setToolTip(0, attachment.fileName);
            item->setText(1, typeText(attachment.mediaType));
            item->setToolTip(1, attachment.mediaType);
            item->setText(2, locale.formattedDataSize(attachment.size, 1, QLocale::DataSizeSIFormat));
            item->setToolTip(2, tr("%L1 bytes").arg(attachment.size));
            item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
            // The date in the list (the pane is narrow), the time too in the tooltip.
            if (attachment.addedAtUtc.isValid()) {
                const QDateTime added = attachment.addedAtUtc.toLocalTime();
                item->setText(3, locale.toString(added.date(), QLocale::ShortFormat));
                item->setToolTip(3, locale.toString(added, QLocale::LongFormat));
            }
            item->setText(4, attachment.addedByName);
            // One line in the list; the whole text in the tooltip.
            QString description = attachment.description;
            description.replace(QLatin1Char('\n'), QLatin1Char(' '));
            item->setText(5, description);
            item->setToolTip(5, attachment.description);
            if (attachment.entryId)
                item->setText(6, m_entryLabels.value(*attachment.entryId, tr("Entry #%1").arg(*attachment.entryId)));
            if (selected != 0 && attachment.id == selected)
                current = item;
        }
        if (!current && m_list->topLevelItemCount() > 0)
            current = m_list->topLevelItem(0);
        if (current)
            m_list->setCurrentItem(current);
    }
    m_empty->setVisible(m_queryId && m_attachments.empty());
    updateActions();
    Q_EMIT countChanged(static_cast<int>(m_attachments.size()));
    Q_EMIT selectionChanged();
}

std::optional<Attachment> AttachmentsPanel::selectedAttachment() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item)
        return std::nullopt;
    const qint64 id = item->data(0, kIdRole).toLongLong();
    for (const Attachment& attachment : m_attachments) {
        if (attachment.id == id)
            return attachment;
    }
    return std::nullopt;
}

void AttachmentsPanel::selectAttachment(qint64 id)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(0, kIdRole).toLongLong() == id)
            m_list->setCurrentItem(m_list->topLevelItem(i));
    }
}

QStringList AttachmentsPanel::setSearchText(const QString& text)
{
    QStringList names;
    const QString expression = queries::QuerySearch::ftsExpression(text);
    if (m_queryId && !expression.isEmpty() && !m_attachments.empty()) {
        if (Result<QStringList> found = m_session.attachments().matchingAttachments(*m_queryId, expression))
            names = found.value();
    }
    if (names.isEmpty()) {
        m_found->hide();
        m_found->clear();
    } else {
        m_found->setText(tr("Found in attachment %1", nullptr, static_cast<int>(names.size()))
                             .arg(QLocale().createSeparatedList(names)));
        m_found->show();
    }
    return names;
}

void AttachmentsPanel::addAttachments()
{
    if (!action(QStringLiteral("addAttachmentAction"))->isEnabled())
        return;
    FileDialogs::openFiles(this, tr("Add Attachment"), QDir::homePath(), tr("All files (*)"),
        [this](const QStringList& paths) { addFiles(paths); });
}

bool AttachmentsPanel::canDrop(const QMimeData* mime)
{
    return mime && mime->hasUrls();
}

void AttachmentsPanel::dropFiles(const QMimeData* mime)
{
    if (!canDrop(mime))
        return;
    if (m_adding) {
        Q_EMIT statusMessage(tr("Files are being attached; drop these once they are in."));
        return;
    }
    if (!m_queryId || !action(QStringLiteral("addAttachmentAction"))->isEnabled()) {
        MessageBox::warning(this, tr("Add Attachment"),
            m_queryId && !m_writable ? action(QStringLiteral("addAttachmentAction"))->toolTip()
                                     : tr("Files can be attached once a query is shown and an adviser is working."));
        return;
    }
    QStringList paths;
    QStringList refused;
    for (const QUrl& url : mime->urls()) {
        if (!url.isLocalFile()) {
            // Never fetched: only files on this computer are attached.
            refused << tr("%1: only files on this computer can be attached, not addresses.")
                           .arg(url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment));
            continue;
        }
        const QString path = url.toLocalFile();
        if (QFileInfo(path).isDir()) {
            refused << tr("%1: a folder cannot be attached; attach the files in it.").arg(QFileInfo(path).fileName());
            continue;
        }
        paths << path;
    }
    addFiles(paths, refused);
}

void AttachmentsPanel::addAttachmentsToEntry(qint64 entryId)
{
    if (!action(QStringLiteral("addAttachmentAction"))->isEnabled())
        return;
    FileDialogs::openFiles(this, tr("Attach Files to %1").arg(m_entryLabels.value(entryId, tr("the Entry"))),
        QDir::homePath(), tr("All files (*)"),
        [this, entryId](const QStringList& paths) { addFiles(paths, {}, entryId); });
}

void AttachmentsPanel::addFiles(
    const QStringList& paths, const QStringList& refusedBefore, std::optional<qint64> entryId)
{
    if (!m_queryId || m_adding)
        return;
    const QString title = tr("Add Attachment");
    const qint64 queryId = *m_queryId;
    QStringList refused = refusedBefore;
    QList<qint64> added;
    int cancelled = 0;
    AddOptions options;
    options.entryId = entryId;
    m_adding = true;
    updateActions();
    {
        // One operation for all the files: a lock asked for meanwhile waits until the last file
        // is in (or cancelled), as it does for an import.
        LongOperation operation(window(), title, QString());
        for (int i = 0; i < paths.size(); ++i) {
            const QString name = QFileInfo(paths.at(i)).fileName();
            if (operation.wasCancelled()) {
                ++cancelled;
                continue;
            }
            operation.setLabel(paths.size() == 1
                    ? tr("Adding %1\u2026").arg(name)
                    : tr("Adding %1 (%2 of %3)\u2026").arg(name).arg(i + 1).arg(paths.size()));
            Result<Attachment> done = m_session.attachments().addFile(
                queryId, paths.at(i), options, [&operation](qint64 bytes, qint64 total) {
                    return operation.update(bytes, std::max<qint64>(total, 0));
                });
            if (done)
                added << done->id;
            else if (done.error().code == ErrorCode::Cancelled)
                ++cancelled;
            else
                refused << tr("%1: %2").arg(name, done.error().message);
        }
    }
    m_adding = false;
    refresh();
    if (!added.isEmpty())
        selectAttachment(added.constLast());

    QStringList parts;
    if (!added.isEmpty())
        parts << tr("%Ln added", nullptr, static_cast<int>(added.size()));
    if (cancelled > 0)
        parts << tr("%Ln cancelled (nothing of it kept)", nullptr, cancelled);
    if (!refused.isEmpty())
        parts << tr("%Ln refused", nullptr, static_cast<int>(refused.size()));
    if (parts.isEmpty())
        return;
    const QString summary = QLocale().createSeparatedList(parts);
    Q_EMIT statusMessage(tr("Attachments: %1.").arg(summary));
    if (!refused.isEmpty())
        MessageBox::warning(this, title, tr("%1:\n\n%2").arg(summary, refused.join(QLatin1Char('\n'))));
    else if (cancelled > 0 && added.isEmpty())
        Q_EMIT statusMessage(tr("Adding cancelled; nothing was attached."));
}

void AttachmentsPanel::openSelected()
{
    const std::optional<Attachment> selected = selectedAttachment();
    if (!selected || m_adding)
        return;
    auto* viewer = new AttachmentViewer(m_session.attachments(), selected->id, this);
    viewer->setObjectName(QStringLiteral("attachmentViewer"));
    showDialog(viewer, Qt::NonModal);
}

void AttachmentsPanel::saveCopyOfSelected()
{
    const std::optional<Attachment> selected = selectedAttachment();
    if (!selected || !action(QStringLiteral("saveAttachmentCopyAction"))->isEnabled())
        return;
    AttachmentViewer::saveCopy(this, m_session.attachments(), *selected);
}

void AttachmentsPanel::editDescriptionOfSelected()
{
    const std::optional<Attachment> selected = selectedAttachment();
    if (!selected || !action(QStringLiteral("editAttachmentDescriptionAction"))->isEnabled())
        return;
    auto* dialog = new DescriptionDialog(m_session.attachments(), *selected, this);
    connect(dialog, &QDialog::accepted, this, [this] { Q_EMIT statusMessage(tr("Description saved.")); });
    showDialog(dialog);
}

void AttachmentsPanel::linkSelectedToEntry()
{
    const std::optional<Attachment> selected = selectedAttachment();
    if (!selected || !action(QStringLiteral("linkAttachmentEntryAction"))->isEnabled())
        return;
    Result<std::vector<casefile::TimelineEntry>> timeline = m_session.queries().timeline(selected->queryId);
    if (!timeline) {
        MessageBox::critical(this, tr("Link to Timeline Entry"), timeline.error().message);
        return;
    }
    auto* dialog = new EntryDialog(m_session.attachments(), *selected, timeline.value(), this);
    connect(dialog, &QDialog::accepted, this, [this] { Q_EMIT statusMessage(tr("Timeline entry saved.")); });
    showDialog(dialog);
}

void AttachmentsPanel::removeSelected()
{
    const std::optional<Attachment> selected = selectedAttachment();
    if (!selected || !action(QStringLiteral("removeAttachmentAction"))->isEnabled())
        return;
    const qint64 id = selected->id;
    const QString name = selected->fileName;
    MessageBox::question(this, tr("Remove Attachment"),
        tr("Remove %1 from this query?\n\nIts content is deleted from the vault; the timeline keeps a record of "
           "its name and fingerprint.")
            .arg(name),
        [this, id, name](QMessageBox::StandardButton answer) {
            if (answer != QMessageBox::Yes)
                return;
            if (Status removed = m_session.attachments().remove(id); !removed) {
                MessageBox::critical(this, tr("Remove Attachment"), removed.error().message);
                return;
            }
            Q_EMIT statusMessage(tr("%1 removed.").arg(name));
        });
}

} // namespace advicehub::ui
