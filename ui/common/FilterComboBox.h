#pragma once

#include <QComboBox>

class QCompleter;
class QSortFilterProxyModel;

namespace advicehub::ui {

// A drop-down for long lists (about 200 States) that filters as you type: what is typed matches
// anywhere in an item's text, case and accents ignored ("cote" finds "Côte d'Ivoire"), or the
// start of one of its search keys (ISO codes: "TZA" finds Tanzania). Enter takes the best match;
// leaving the field with a text that names no item restores the current item, so an invalid text
// cannot stay in the field. The items and their data are those of a plain QComboBox.
class FilterComboBox : public QComboBox {
    Q_OBJECT
public:
    // Extra words an item is found by (codes), separated by spaces.
    static constexpr int SearchKeysRole = Qt::UserRole + 40;

    explicit FilterComboBox(QWidget* parent = nullptr);

    void addItem(const QString& text, const QVariant& value, const QString& searchKeys);
    using QComboBox::addItem;
    // The index of the best item for `text` (-1 if none); what Enter takes.
    int bestMatch(const QString& text) const;
    // Lower case without accents, for matching.
    static QString fold(const QString& text);
    // How well an item (its text and search keys) matches `foldedText`: 0 best, -1 not at all.
    static int matchRank(const QString& text, const QString& searchKeys, const QString& foldedText);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    void filter(const QString& text);
    void commitText();

    QSortFilterProxyModel* m_proxy;
    QCompleter* m_completer;
};

} // namespace advicehub::ui
