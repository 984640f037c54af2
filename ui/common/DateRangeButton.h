#pragma once

#include <QDate>
#include <QToolButton>

#include <optional>

class QCheckBox;
class QDateEdit;
class QFrame;

namespace advicehub::ui {

// A filter button for a range of dates, either end optional ("Due: until 2026-03-31"). The
// dates are picked in a popup, so the filter bar stays one line.
class DateRangeButton : public QToolButton {
    Q_OBJECT
public:
    explicit DateRangeButton(const QString& title, QWidget* parent = nullptr);

    std::optional<QDate> from() const;
    std::optional<QDate> to() const;
    // Emits rangeChanged() if that changes anything.
    void setRange(std::optional<QDate> from, std::optional<QDate> to);
    void clear() { setRange(std::nullopt, std::nullopt); }
    // Where the pickers start when an end is switched on.
    void setSuggestedDate(QDate date) { m_suggested = date; }

    void showPopup();

Q_SIGNALS:
    void rangeChanged();

private:
    void updateText();
    void changed();

    QString m_title;
    QDate m_suggested;
    QFrame* m_popup;
    QCheckBox* m_fromCheck;
    QDateEdit* m_fromEdit;
    QCheckBox* m_toCheck;
    QDateEdit* m_toEdit;
    bool m_updating = false;
};

} // namespace advicehub::ui
