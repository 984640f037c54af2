#pragma once

#include <QList>
#include <QListWidget>
#include <QVariant>

namespace advicehub::ui {

// A list of checkable items (themes of a partner, fields a referral shares): each item carries
// its value in Qt::UserRole. Space toggles the current item, so the list works by keyboard.
class CheckList : public QListWidget {
    Q_OBJECT
public:
    explicit CheckList(QWidget* parent = nullptr, int visibleRows = 5);

    QListWidgetItem* addItem(const QString& text, const QVariant& value, bool checked = false);
    QVariantList checkedValues() const;
    // Checks exactly these values.
    void setCheckedValues(const QVariantList& values);
    QListWidgetItem* itemFor(const QVariant& value) const;
    void setChecked(const QVariant& value, bool checked);

Q_SIGNALS:
    void checkedChanged();
};

} // namespace advicehub::ui
