#include "advisers/AdviserFields.h"

#include "advisers/AdviserService.h"

#include <QComboBox>
#include <QLineEdit>

namespace advicehub::ui {

QLineEdit* createAdviserNameEdit(QWidget* parent)
{
    auto* name = new QLineEdit(parent);
    name->setObjectName(QStringLiteral("adviserNameEdit"));
    name->setMaxLength(advisers::kMaxAdviserNameLength);
    return name;
}

QComboBox* createAdviserRoleCombo(QWidget* parent)
{
    auto* role = new QComboBox(parent);
    role->setObjectName(QStringLiteral("adviserRoleCombo"));
    for (advisers::Role each : { advisers::Role::Adviser, advisers::Role::Head, advisers::Role::Assistant })
        role->addItem(advisers::roleLabel(each), advisers::roleCode(each));
    return role;
}

} // namespace advicehub::ui
