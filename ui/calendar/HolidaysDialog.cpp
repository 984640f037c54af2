#include "calendar/HolidaysDialog.h"

#include "calendar/HolidayService.h"
#include "common/Icons.h"
#include "common/InlineError.h"
#include "common/NoteLabel.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace advicehub::ui {

HolidaysDialog::HolidaysDialog(calendar::HolidayService& holidays, QDate today, QWidget* parent)
    : QDialog(parent), m_holidays(holidays)
{
    setObjectName(QStringLiteral("holidaysDialog"));
    setWindowTitle(tr("Office Holidays"));
    setWindowIcon(Icons::get(Icons::Holidays));

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("holidayList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({ tr("Date"), tr("Day"), tr("Name") });
    m_list->header()->setStretchLastSection(true);

    m_date = new QDateEdit(today, this);
    m_date->setObjectName(QStringLiteral("holidayDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("holidayNameEdit"));
    m_name->setPlaceholderText(tr("e.g. Christmas Day"));
    auto* add = new QPushButton(tr("&Add"), this);
    add->setObjectName(QStringLiteral("addHolidayButton"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeHolidayButton"));
    m_remove->setEnabled(false);
    m_error = new InlineError(this);
    m_error->setObjectName(QStringLiteral("holidayErrorLabel"));

    auto* entry = new QHBoxLayout;
    entry->addWidget(m_date);
    entry->addWidget(m_name, 1);
    entry->addWidget(add);
    entry->addWidget(m_remove);
    auto* note = new NoteLabel(tr("Default due dates count working days (Monday to Friday) and skip these days. Due "
                                  "dates already set do not move."),
        this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(entry);
    layout->addWidget(m_error);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(520, 420);

    connect(add, &QPushButton::clicked, this, &HolidaysDialog::addHoliday);
    connect(m_name, &QLineEdit::returnPressed, this, &HolidaysDialog::addHoliday);
    connect(m_remove, &QPushButton::clicked, this, &HolidaysDialog::removeHoliday);
    connect(m_list, &QTreeWidget::currentItemChanged, this,
        [this](QTreeWidgetItem* item) { m_remove->setEnabled(item != nullptr); });
    reload();
}

void HolidaysDialog::reload(QDate select)
{
    m_list->clear();
    Result<std::vector<calendar::Holiday>> all = m_holidays.list();
    if (!all) {
        m_error->showMessage(all.error().message);
        return;
    }
    const QLocale locale;
    for (const calendar::Holiday& holiday : all.value()) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, holiday.day.toString(Qt::ISODate));
        item->setText(1, locale.dayName(holiday.day.dayOfWeek(), QLocale::ShortFormat));
        item->setText(2, holiday.name);
        item->setData(0, Qt::UserRole, holiday.day);
        if (holiday.day == select)
            m_list->setCurrentItem(item);
    }
    m_remove->setEnabled(m_list->currentItem() != nullptr);
}

void HolidaysDialog::addHoliday()
{
    const QDate day = m_date->date();
    const Status status = m_holidays.add(day, m_name->text());
    if (!status) {
        m_error->showMessage(status.error().message);
        return;
    }
    m_error->clearMessage();
    m_name->clear();
    reload(day);
    Q_EMIT holidaysChanged();
}

void HolidaysDialog::removeHoliday()
{
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item)
        return;
    const Status status = m_holidays.remove(item->data(0, Qt::UserRole).toDate());
    if (!status) {
        m_error->showMessage(status.error().message);
        return;
    }
    m_error->clearMessage();
    reload();
    Q_EMIT holidaysChanged();
}

} // namespace advicehub::ui
