#include "drafts/DraftTextEdit.h"

#include "drafts/HtmlSanitizer.h"
#include "drafts/SpellChecker.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QMimeData>
#include <QTextBlock>

namespace advicehub::ui {

DraftTextEdit::DraftTextEdit(QWidget* parent) : QTextEdit(parent)
{
    setObjectName(QStringLiteral("draftTextEdit"));
    setAcceptRichText(true);
    setTabChangesFocus(false);
    // The sanitiser drops the style sheet in the head of Qt's own HTML, which carries this rule:
    // without it, the spaces an adviser typed twice would collapse when a saved version is reloaded.
    document()->setDefaultStyleSheet(QStringLiteral("p, li { white-space: pre-wrap; }"));
}

bool DraftTextEdit::canInsertFromMimeData(const QMimeData* source) const
{
    // Text and HTML only: a draft holds no image.
    return source->hasHtml() || source->hasText();
}

void DraftTextEdit::insertFromMimeData(const QMimeData* source)
{
    if (isReadOnly())
        return;
    if (source->hasHtml()) {
        Result<drafts::SanitisedHtml> clean = drafts::HtmlSanitizer::sanitise(source->html());
        if (!clean) {
            Q_EMIT pasteRefused(clean.error().message);
            return;
        }
        textCursor().insertHtml(clean->html);
        ensureCursorVisible();
        if (!clean->removed.isEmpty())
            Q_EMIT pasteCleaned(clean->removed);
        return;
    }
    if (source->hasText()) {
        textCursor().insertText(source->text());
        ensureCursorVisible();
    }
}

QMimeData* DraftTextEdit::createMimeDataFromSelection() const
{
    // Copies within and out of the editor carry the selection's text and its HTML (the
    // application's clipboard conceals both, see security/Clipboard.h).
    return QTextEdit::createMimeDataFromSelection();
}

QTextCursor DraftTextEdit::misspeltWordAt(const QPoint& pos) const
{
    if (!m_checker || !m_checker->available())
        return {};
    const QTextCursor at = cursorForPosition(pos);
    const QTextBlock block = at.block();
    const int offset = at.positionInBlock();
    for (const auto& [start, length] : SpellHighlighter::words(block.text())) {
        if (offset < start || offset > start + length)
            continue;
        const QString word = block.text().mid(start, length);
        if (m_checker->isCorrect(word))
            return {};
        QTextCursor cursor(block);
        cursor.setPosition(block.position() + start);
        cursor.setPosition(block.position() + start + length, QTextCursor::KeepAnchor);
        return cursor;
    }
    return {};
}

QMenu* DraftTextEdit::createContextMenu(const QPoint& pos)
{
    QMenu* standard = createStandardContextMenu(viewport()->mapToGlobal(pos));
    standard->setObjectName(QStringLiteral("draftContextMenu"));
    const QTextCursor word = misspeltWordAt(pos);
    if (word.isNull() || isReadOnly())
        return standard;
    const QString text = word.selectedText();
    QAction* first = standard->actions().value(0);
    const QStringList suggestions = m_checker->suggestions(text).mid(0, 8);
    if (suggestions.isEmpty()) {
        auto* none = new QAction(tr("(No suggestions)"), standard);
        none->setEnabled(false);
        standard->insertAction(first, none);
    }
    for (const QString& suggestion : suggestions) {
        auto* replace = new QAction(suggestion, standard);
        replace->setObjectName(QStringLiteral("spellingSuggestion"));
        connect(replace, &QAction::triggered, this, [this, word, suggestion] {
            QTextCursor cursor = word;
            cursor.insertText(suggestion);
        });
        standard->insertAction(first, replace);
    }
    auto* add = new QAction(tr("Add \u201c%1\u201d to Vault Dictionary").arg(text), standard);
    add->setObjectName(QStringLiteral("addToDictionaryAction"));
    connect(add, &QAction::triggered, this, [this, text] { Q_EMIT addToDictionaryRequested(text); });
    standard->insertAction(first, add);
    standard->insertSeparator(first);
    return standard;
}

void DraftTextEdit::contextMenuEvent(QContextMenuEvent* event)
{
    // popup(), not exec(): a lock while the menu is open destroys it with the editor.
    QMenu* menu = createContextMenu(event->pos());
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

} // namespace advicehub::ui
