#include "common/TypedText.h"

#include "common/MessageBox.h"

#include <QDialog>
#include <QEvent>
#include <QHash>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace advicehub::ui {

namespace {

// Calls `visit(field, text)` for every text field under `root` a user can type into.
template <typename Visit>
void forEachTextField(const QWidget* root, Visit visit)
{
    for (const QLineEdit* line : root->findChildren<QLineEdit*>()) {
        // A spin box's, date edit's or combo box's line edit is not typed text; a passphrase
        // never counts.
        const QWidget* owner = line->parentWidget();
        if (line->isReadOnly() || line->echoMode() != QLineEdit::Normal || !owner
            || owner->inherits("QAbstractSpinBox") || owner->inherits("QComboBox"))
            continue;
        visit(line, line->text());
    }
    for (const QPlainTextEdit* plain : root->findChildren<QPlainTextEdit*>()) {
        if (!plain->isReadOnly())
            visit(plain, plain->toPlainText());
    }
    for (const QTextEdit* rich : root->findChildren<QTextEdit*>()) {
        if (!rich->isReadOnly())
            visit(rich, rich->toPlainText());
    }
}

// The texts of a dialog when it first appeared; a child of the dialog.
class Snapshot : public QObject {
public:
    explicit Snapshot(QDialog* dialog) : QObject(dialog), m_dialog(dialog)
    {
        setObjectName(QStringLiteral("advicehub_typedText"));
        dialog->installEventFilter(this);
    }

    bool taken() const { return m_taken; }

    bool changed() const
    {
        bool changed = false;
        forEachTextField(m_dialog, [this, &changed](const QObject* field, const QString& text) {
            const auto known = m_texts.constFind(field);
            changed |= known == m_texts.cend() ? !text.trimmed().isEmpty() : *known != text;
        });
        return changed;
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == m_dialog && event->type() == QEvent::Show && !m_taken) {
            m_taken = true;
            forEachTextField(m_dialog, [this](const QObject* field, const QString& text) { m_texts.insert(field, text); });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QDialog* m_dialog;
    bool m_taken = false;
    QHash<const QObject*, QString> m_texts;
};

const Snapshot* snapshotOf(const QDialog* dialog)
{
    // Only watch() makes a child of that name (a Snapshot, which has no meta-object of its own).
    return static_cast<const Snapshot*>(
        dialog->findChild<QObject*>(QStringLiteral("advicehub_typedText"), Qt::FindDirectChildrenOnly));
}

} // namespace

void TypedText::watch(QDialog* dialog)
{
    if (!snapshotOf(dialog))
        new Snapshot(dialog);
}

bool TypedText::changed(const QDialog* dialog)
{
    const Snapshot* snapshot = snapshotOf(dialog);
    return snapshot && snapshot->taken() && snapshot->changed();
}

void TypedText::closeAskingFirst(QDialog* dialog, std::function<void()> close)
{
    MessageBox::closeAfterAskingToDiscard(dialog, changed(dialog),
        tr("Discard what you typed? It has not been saved and cannot be recovered."), std::move(close));
}

} // namespace advicehub::ui
