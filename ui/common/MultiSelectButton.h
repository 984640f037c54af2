#pragma once

#include <QList>
#include <QToolButton>
#include <QVariant>

#include <utility>

class QFrame;
class QLineEdit;
class QListWidget;

namespace advicehub::ui {

// A filter button that picks any number of values from a list ("Status: New, Triaged"). Its
// popup has a search field when the list is long (about 200 States). Nothing selected means
// "any".
class MultiSelectButton : public QToolButton {
    Q_OBJECT
public:
    explicit MultiSelectButton(const QString& title, QWidget* parent = nullptr);

    using Item = std::pair<QString, QVariant>; // label, value
    // Replaces the choices, keeping the selected values that are still offered.
    void setItems(const QList<Item>& items);
    // The same, each item also found by the words of `searchKeys` at its index (ISO codes, the
    // English name of a State).
    void setItems(const QList<Item>& items, const QStringList& searchKeys);
    QVariantList selectedValues() const;
    // Selects exactly these values; emits selectionChanged() if that changes anything.
    void setSelectedValues(const QVariantList& values);
    void clearSelection() { setSelectedValues({}); }
    bool hasSelection() const { return !selectedValues().isEmpty(); }

    QListWidget* list() const { return m_list; }
    void showPopup();

Q_SIGNALS:
    void selectionChanged();

private:
    void updateText();
    void applyFilter(const QString& text);

    QString m_title;
    QFrame* m_popup;
    QLineEdit* m_search;
    QListWidget* m_list;
    bool m_updating = false;
};

} // namespace advicehub::ui
