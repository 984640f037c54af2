#pragma once

#include <QLabel>

namespace advicehub::ui {

// A message shown next to the field or form it is about (validation errors, refusals of the
// core), hidden while there is nothing to say. Plain text only: messages can quote user data.
class InlineError : public QLabel {
    Q_OBJECT
public:
    explicit InlineError(QWidget* parent = nullptr);
    void showMessage(const QString& message);
    void clearMessage();
};

} // namespace advicehub::ui
