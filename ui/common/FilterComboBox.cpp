#include "common/FilterComboBox.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTimer>

namespace advicehub::ui {

namespace {

// How well an item matches the folded text: 0 exactly (name or key), 1 the name starts with it,
// 2 a word of the name does, 3 a key does, 4 it is inside the name; -1 not at all.
int rankOfItem(const QString& name, const QString& keys, const QString& wanted)
{
    if (wanted.isEmpty())
        return 4;
    const QString folded = FilterComboBox::fold(name);
    const QStringList keyList = FilterComboBox::fold(keys).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (folded == wanted || keyList.contains(wanted))
        return 0;
    if (folded.startsWith(wanted))
        return 1;
    const qsizetype at = folded.indexOf(wanted);
    if (at > 0 && !folded.at(at - 1).isLetterOrNumber())
        return 2;
    for (const QString& key : keyList) {
        if (key.startsWith(wanted))
            return 3;
    }
    if (FilterComboBox::fold(keys).contains(wanted)) // the English name, in another language
        return 3;
    return at >= 0 ? 4 : -1;
}

class FoldFilterProxy : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setWanted(const QString& text)
    {
        m_wanted = FilterComboBox::fold(text.simplified());
        invalidate();
        sort(0);
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override { return rankOf(row, parent) >= 0; }
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override
    {
        const int a = rankOf(left.row(), left.parent());
        const int b = rankOf(right.row(), right.parent());
        return a != b ? a < b : left.row() < right.row();
    }

private:
    int rankOf(int row, const QModelIndex& parent) const
    {
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        // Entries without a value ("— choose —") are not found by typing.
        const QVariant value = index.data(Qt::UserRole);
        if (!value.isValid() || (value.typeId() == QMetaType::LongLong && value.toLongLong() == 0))
            return -1;
        return rankOfItem(
            index.data(Qt::DisplayRole).toString(), index.data(FilterComboBox::SearchKeysRole).toString(), m_wanted);
    }

    QString m_wanted;
};

} // namespace

FilterComboBox::FilterComboBox(QWidget* parent) : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    auto* proxy = new FoldFilterProxy(this);
    m_proxy = proxy;
    m_proxy->setSourceModel(model());
    m_completer = new QCompleter(m_proxy, this);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(12);
    setCompleter(m_completer);
    lineEdit()->installEventFilter(this);
    connect(lineEdit(), &QLineEdit::textEdited, this, &FilterComboBox::filter);
    // Enter while the list is open reaches the line edit from the completer, past the filter.
    connect(lineEdit(), &QLineEdit::returnPressed, this, &FilterComboBox::commitText);
    // The list (arrow or Alt+Down) shows every item again.
    connect(this, &QComboBox::currentIndexChanged, this, [proxy] { proxy->setWanted(QString()); });
}

void FilterComboBox::addItem(const QString& text, const QVariant& value, const QString& searchKeys)
{
    QComboBox::addItem(text, value);
    setItemData(count() - 1, searchKeys, SearchKeysRole);
}

int FilterComboBox::matchRank(const QString& text, const QString& searchKeys, const QString& foldedText)
{
    return rankOfItem(text, searchKeys, foldedText);
}

QString FilterComboBox::fold(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        out += c == QChar(0x2019) ? QLatin1Char('\'') : c; // ’ as '
    }
    return out.toCaseFolded();
}

int FilterComboBox::bestMatch(const QString& text) const
{
    const QString wanted = fold(text.simplified());
    if (wanted.isEmpty())
        return -1;
    int best = -1;
    int bestRank = 5;
    for (int i = 0; i < count(); ++i) {
        const QVariant value = itemData(i);
        if (!value.isValid() || (value.typeId() == QMetaType::LongLong && value.toLongLong() == 0))
            continue;
        const int r = matchRank(itemText(i), itemData(i, SearchKeysRole).toString(), wanted);
        if (r >= 0 && r < bestRank) {
            best = i;
            bestRank = r;
        }
    }
    return best;
}

void FilterComboBox::filter(const QString& text)
{
    static_cast<FoldFilterProxy*>(m_proxy)->setWanted(text);
    if (text.trimmed().isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    // No current row in the list (selecting one would replace the typed text): Enter takes the
    // best match, which the list shows first.
    m_completer->setCompletionPrefix(QString());
    m_completer->complete();
}

void FilterComboBox::commitText()
{
    const QString text = lineEdit()->text();
    if (currentIndex() >= 0 && text == itemText(currentIndex()))
        return;
    const int best = text.trimmed().isEmpty() ? -1 : bestMatch(text);
    if (best >= 0) {
        setCurrentIndex(best);
    } else if (text.trimmed().isEmpty() && count() > 0 && !itemData(0).toLongLong() && itemData(0).isValid()) {
        setCurrentIndex(0); // emptied: back to "— choose —"
    }
    // Whatever was typed, the field shows an item.
    lineEdit()->setText(currentIndex() >= 0 ? itemText(currentIndex()) : QString());
    static_cast<FoldFilterProxy*>(m_proxy)->setWanted(QString());
}

bool FilterComboBox::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == lineEdit() && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            m_completer->popup()->hide();
            commitText();
            return true;
        }
        if (key == Qt::Key_Escape && lineEdit()->text() != itemText(currentIndex())) {
            m_completer->popup()->hide();
            lineEdit()->setText(itemText(currentIndex()));
            return true;
        }
    }
    return QComboBox::eventFilter(watched, event);
}

void FilterComboBox::focusInEvent(QFocusEvent* event)
{
    QComboBox::focusInEvent(event);
    // Typing replaces the shown item, also after a click (which would otherwise place the cursor).
    if (event->reason() != Qt::PopupFocusReason)
        QTimer::singleShot(0, lineEdit(), &QLineEdit::selectAll);
}

void FilterComboBox::focusOutEvent(QFocusEvent* event)
{
    // Not while the completion list has the focus for a moment.
    if (!m_completer->popup()->isVisible())
        commitText();
    QComboBox::focusOutEvent(event);
}

} // namespace advicehub::ui
