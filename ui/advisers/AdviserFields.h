#pragma once

class QComboBox;
class QLineEdit;
class QWidget;

namespace advicehub::ui {

// The fields that describe an adviser, the same in the first-adviser dialog and in
// Vault ▸ Advisers: the name (limited to what the vault takes) and the role.
QLineEdit* createAdviserNameEdit(QWidget* parent);
QComboBox* createAdviserRoleCombo(QWidget* parent);

} // namespace advicehub::ui
