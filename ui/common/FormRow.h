#pragma once

#include <QFormLayout>
#include <QLabel>
#include <QLayout>
#include <QString>
#include <QWidget>

namespace advicehub::ui {

// QFormLayout::addRow(text, layout) gives the label no buddy, so its mnemonic ("&Folder:") is shown
// as a literal "&" and Alt+F does nothing. A row whose field is a layout (a line edit and its
// Browse… button) names the widget the mnemonic should focus. (The UI tests fail on any label
// that shows a literal "&": tests/support/GuiTestMain.cpp.)
inline QLabel* addRowWithBuddy(QFormLayout* form, const QString& text, QLayout* field, QWidget* buddy)
{
    form->addRow(text, field);
    auto* label = qobject_cast<QLabel*>(form->labelForField(field));
    if (label)
        label->setBuddy(buddy);
    return label;
}

} // namespace advicehub::ui
