#include "common/DateRangeButton.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFrame>
#include <QGridLayout>
#include <QPushButton>
#include <QScreen>

namespace advicehub::ui {

DateRangeButton::DateRangeButton(const QString& title, QWidget* parent)
    : QToolButton(parent), m_title(title), m_suggested(QDate::currentDate())
{
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_popup = new QFrame(this, Qt::Popup);
    m_popup->setFrameShape(QFrame::StyledPanel);
    m_fromCheck = new QCheckBox(tr("&From"), m_popup);
    m_fromCheck->setObjectName(QStringLiteral("fromCheck"));
    m_fromEdit = new QDateEdit(m_popup);
    m_fromEdit->setObjectName(QStringLiteral("fromEdit"));
    m_toCheck = new QCheckBox(tr("&To"), m_popup);
    m_toCheck->setObjectName(QStringLiteral("toCheck"));
    m_toEdit = new QDateEdit(m_popup);
    m_toEdit->setObjectName(QStringLiteral("toEdit"));
    for (QDateEdit* edit : { m_fromEdit, m_toEdit }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setEnabled(false);
        connect(edit, &QDateEdit::dateChanged, this, &DateRangeButton::changed);
    }
    auto* clearButton = new QPushButton(tr("Clear"), m_popup);
    auto* layout = new QGridLayout(m_popup);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_fromCheck, 0, 0);
    layout->addWidget(m_fromEdit, 0, 1);
    layout->addWidget(m_toCheck, 1, 0);
    layout->addWidget(m_toEdit, 1, 1);
    layout->addWidget(clearButton, 2, 1, Qt::AlignRight);

    const auto toggled = [this](QDateEdit* edit, bool on) {
        if (on && !m_updating) {
            const bool wasUpdating = m_updating;
            m_updating = true; // one change, not two
            edit->setDate(m_suggested);
            m_updating = wasUpdating;
        }
        edit->setEnabled(on);
        changed();
    };
    connect(m_fromCheck, &QCheckBox::toggled, this, [this, toggled](bool on) { toggled(m_fromEdit, on); });
    connect(m_toCheck, &QCheckBox::toggled, this, [this, toggled](bool on) { toggled(m_toEdit, on); });
    connect(clearButton, &QPushButton::clicked, this, [this] {
        this->clear();
        m_popup->hide();
    });
    connect(this, &QToolButton::clicked, this, &DateRangeButton::showPopup);
    updateText();
}

std::optional<QDate> DateRangeButton::from() const
{
    return m_fromCheck->isChecked() ? std::optional<QDate>(m_fromEdit->date()) : std::nullopt;
}

std::optional<QDate> DateRangeButton::to() const
{
    return m_toCheck->isChecked() ? std::optional<QDate>(m_toEdit->date()) : std::nullopt;
}

void DateRangeButton::setRange(std::optional<QDate> from, std::optional<QDate> to)
{
    if (from == this->from() && to == this->to())
        return;
    m_updating = true;
    m_fromCheck->setChecked(from.has_value());
    m_fromEdit->setEnabled(from.has_value());
    if (from)
        m_fromEdit->setDate(*from);
    m_toCheck->setChecked(to.has_value());
    m_toEdit->setEnabled(to.has_value());
    if (to)
        m_toEdit->setDate(*to);
    m_updating = false;
    changed();
}

void DateRangeButton::changed()
{
    if (m_updating)
        return;
    updateText();
    Q_EMIT rangeChanged();
}

void DateRangeButton::showPopup()
{
    m_popup->adjustSize();
    QPoint at = mapToGlobal(QPoint(0, height()));
    if (const QScreen* screen = this->screen()) {
        const QRect available = screen->availableGeometry();
        at.setX(std::min(at.x(), available.right() - m_popup->width()));
    }
    m_popup->move(at);
    m_popup->show();
    m_fromCheck->setFocus();
}

void DateRangeButton::updateText()
{
    const auto text = [](QDate date) { return date.toString(Qt::ISODate); };
    const std::optional<QDate> start = from();
    const std::optional<QDate> end = to();
    QString label;
    if (start && end)
        label = tr("%1: %2 \u2013 %3").arg(m_title, text(*start), text(*end));
    else if (start)
        label = tr("%1: from %2").arg(m_title, text(*start));
    else if (end)
        label = tr("%1: until %2").arg(m_title, text(*end));
    else
        label = m_title;
    setText(label + QStringLiteral(" \u25be")); // ▾: opens the date pickers
    setToolTip(start || end ? label : tr("%1: any date").arg(m_title));
    QFont font = this->font();
    font.setBold(start || end);
    setFont(font);
}

} // namespace advicehub::ui
