#pragma once

#include <QTextEdit>

class QMenu;

namespace advicehub::ui {

class SpellChecker;

// The body of a draft being edited. Whatever is pasted or dropped passes the core's sanitiser
// (HtmlSanitizer) first, so that the editor only ever holds the formatting a draft may keep; what
// was removed is announced (pasteCleaned). Images are never taken. The context menu offers the
// spelling suggestions for a misspelt word and "Add to Vault Dictionary".
class DraftTextEdit : public QTextEdit {
    Q_OBJECT
public:
    explicit DraftTextEdit(QWidget* parent = nullptr);

    void setSpellChecker(SpellChecker* checker) { m_checker = checker; }
    // The context menu at `pos` (viewport coordinates): the spelling part first when the word
    // there is misspelt, then the usual editing actions. The caller owns it.
    QMenu* createContextMenu(const QPoint& pos);
    // The misspelt word under `pos` (selected as a cursor), or a null cursor.
    QTextCursor misspeltWordAt(const QPoint& pos) const;

Q_SIGNALS:
    // A paste or drop was cleaned: one translated line per kind of content removed.
    void pasteCleaned(const QStringList& removed);
    // A paste or drop was refused (too large…): the core's message.
    void pasteRefused(const QString& message);
    void addToDictionaryRequested(const QString& word);

protected:
    bool canInsertFromMimeData(const QMimeData* source) const override;
    void insertFromMimeData(const QMimeData* source) override;
    QMimeData* createMimeDataFromSelection() const override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    SpellChecker* m_checker = nullptr;
};

} // namespace advicehub::ui
