#pragma once

#include <QDate>
#include <QDialog>

class QDateEdit;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace advicehub::calendar {
class HolidayService;
}

namespace advicehub::ui {

class InlineError;

// Vault ▸ Office Holidays: the days the Secretariat's office is closed. Default due dates count
// working days around them (existing due dates stay as they are).
class HolidaysDialog : public QDialog {
    Q_OBJECT
public:
    HolidaysDialog(calendar::HolidayService& holidays, QDate today, QWidget* parent = nullptr);

    QTreeWidget* holidayList() const { return m_list; }
    QDateEdit* dateEdit() const { return m_date; }
    QLineEdit* nameEdit() const { return m_name; }

public Q_SLOTS:
    void addHoliday();
    void removeHoliday();

Q_SIGNALS:
    void holidaysChanged();

private:
    void reload(QDate select = {});

    calendar::HolidayService& m_holidays;
    QTreeWidget* m_list;
    QDateEdit* m_date;
    QLineEdit* m_name;
    QPushButton* m_remove;
    InlineError* m_error;
};

} // namespace advicehub::ui
