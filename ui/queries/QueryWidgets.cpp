#include "queries/QueryWidgets.h"

#include "reference/ReferenceLookup.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace advicehub::ui {

using namespace advicehub::queries;

void QueryChoices::fillPriorities(QComboBox* combo)
{
    combo->clear();
    for (Priority priority : allPriorities())
        combo->addItem(QueryText::label(priority), QueryText::code(priority));
}

void QueryChoices::fillConfidentialities(QComboBox* combo)
{
    combo->clear();
    for (Confidentiality level : allConfidentialities())
        combo->addItem(QueryText::label(level), QueryText::code(level));
}

void QueryChoices::fillRoutes(QComboBox* combo, const QString& noneText)
{
    combo->clear();
    if (!noneText.isEmpty())
        combo->addItem(noneText, QString());
    for (Route route : allRoutes())
        combo->addItem(QueryText::label(route), QueryText::code(route));
}

void QueryChoices::fillAdvisers(
    QComboBox* combo, const reference::ReferenceLookup& lookup, const QString& noneText, std::optional<qint64> keep)
{
    combo->clear();
    if (!noneText.isEmpty())
        combo->addItem(noneText, QVariant());
    for (const reference::NamedItem& adviser : lookup.advisers()) {
        if (adviser.active)
            combo->addItem(adviser.name, adviser.id);
        else if (keep && *keep == adviser.id)
            combo->addItem(tr("%1 (former adviser)").arg(adviser.name), adviser.id);
    }
}

void QueryChoices::select(QComboBox* combo, const QVariant& value)
{
    const int index = combo->findData(value);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

DueDateField::DueDateField(QWidget* parent) : QWidget(parent)
{
    m_edit = new QDateEdit(this);
    m_edit->setObjectName(QStringLiteral("dueEdit"));
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_useDefault = new QPushButton(tr("Use &Default"), this);
    m_useDefault->setObjectName(QStringLiteral("dueDefaultButton"));
    m_useDefault->setToolTip(tr("Let the due date follow the priority again"));
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("dueHintLabel"));
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setTextFormat(Qt::PlainText);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    layout->addWidget(m_useDefault);
    layout->addWidget(m_hint, 1);
    setFocusProxy(m_edit);

    connect(m_edit, &QDateEdit::dateChanged, this, [this] {
        if (m_setting || m_byHand)
            return;
        m_byHand = true;
        updateHint();
        Q_EMIT setByHandChanged(true);
    });
    connect(m_useDefault, &QPushButton::clicked, this, &DueDateField::useDefault);
    updateHint();
}

QDate DueDateField::date() const
{
    return m_edit->date();
}

void DueDateField::setDefault(QDate date, const QString& explanation)
{
    m_default = date;
    m_explanation = explanation;
    if (!m_byHand && date.isValid()) {
        m_setting = true;
        m_edit->setDate(date);
        m_setting = false;
    }
    updateHint();
}

void DueDateField::setDateByHand(QDate date)
{
    m_setting = true;
    m_edit->setDate(date);
    m_setting = false;
    const bool changed = !m_byHand;
    m_byHand = true;
    updateHint();
    if (changed)
        Q_EMIT setByHandChanged(true);
}

void DueDateField::useDefault()
{
    const bool changed = m_byHand;
    m_byHand = false;
    setDefault(m_default, m_explanation);
    if (changed)
        Q_EMIT setByHandChanged(false);
}

void DueDateField::updateHint()
{
    m_useDefault->setVisible(m_byHand);
    m_hint->setText(m_byHand ? tr("set by hand") : m_explanation);
}

} // namespace advicehub::ui
