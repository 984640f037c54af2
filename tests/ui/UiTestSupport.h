#pragma once

#include <QApplication>
#include <QString>
#include <QWidget>

#include <functional>

namespace advicehub::test {

// Processes events until `condition` holds or `timeoutMs` passes; returns the condition.
bool waitFor(const std::function<bool()>& condition, int timeoutMs = 15000);

// The visible top-level widget of type T whose object name is `name` (or any, if empty).
template <typename T> T* findTopLevel(const QString& name = QString())
{
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (auto* typed = qobject_cast<T*>(widget);
            typed && widget->isVisible() && (name.isEmpty() || widget->objectName() == name))
            return typed;
    }
    return nullptr;
}

// Types text into a widget as a user would (key events).
void type(QWidget* widget, const QString& text);

} // namespace advicehub::test
