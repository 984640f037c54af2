#include "common/SelectableLabelMenu.h"

#include <QClipboard>
#include <QContextMenuEvent>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLabel>
#include <QMenu>
#include <QTextDocument>

namespace advicehub::ui {

namespace {

bool offersMenu(const QLabel* label)
{
    if (!label->textInteractionFlags().testAnyFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard))
        return false;
    if (label->text().isEmpty() || label->contextMenuPolicy() != Qt::DefaultContextMenu)
        return false;
    // Rich text may hold links: Qt's own menu (Copy Link Location) stays theirs.
    const Qt::TextFormat format = label->textFormat();
    return format == Qt::PlainText || (format == Qt::AutoText && !Qt::mightBeRichText(label->text()));
}

// The selection as plain text: QTextCursor marks line and paragraph breaks with Unicode
// separators that other programs would not read as line ends.
QString selectedPlainText(const QLabel* label)
{
    QString text = label->selectedText();
    text.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    text.replace(QChar::LineSeparator, QLatin1Char('\n'));
    return text;
}

} // namespace

SelectableLabelMenu::SelectableLabelMenu(QObject* parent) : QObject(parent)
{
    QCoreApplication::instance()->installEventFilter(this);
}

SelectableLabelMenu::~SelectableLabelMenu()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

bool SelectableLabelMenu::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::ContextMenu || !watched->isWidgetType())
        return QObject::eventFilter(watched, event);
    auto* label = qobject_cast<QLabel*>(watched);
    if (!label || !offersMenu(label))
        return QObject::eventFilter(watched, event);

    auto* menu = new QMenu(label);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction* copy = menu->addAction(tr("&Copy"));
    copy->setObjectName(QStringLiteral("edit-copy"));
    copy->setShortcut(QKeySequence::Copy); // shown as a hint; the label handles the key itself
    copy->setEnabled(label->hasSelectedText());
    connect(copy, &QAction::triggered, label,
        [label] { QGuiApplication::clipboard()->setText(selectedPlainText(label), QClipboard::Clipboard); });
    QAction* all = menu->addAction(tr("Select &All"));
    all->setObjectName(QStringLiteral("select-all"));
    connect(
        all, &QAction::triggered, label, [label] { label->setSelection(0, static_cast<int>(label->text().size())); });
    menu->popup(static_cast<QContextMenuEvent*>(event)->globalPos());
    event->accept();
    return true;
}

} // namespace advicehub::ui
