#pragma once

#include <QMessageBox>

namespace advicehub::ui {

// All of the application's message boxes go through here. Tests preset the answer of the next
// box (KeePassXC's approach), so that no modal loop blocks an automated run.
class MessageBox {
public:
    static QMessageBox::StandardButton information(QWidget* parent, const QString& title, const QString& text);
    static QMessageBox::StandardButton warning(QWidget* parent, const QString& title, const QString& text);
    static QMessageBox::StandardButton critical(QWidget* parent, const QString& title, const QString& text);
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
        QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
        QMessageBox::StandardButton defaultButton = QMessageBox::No);

    // Test support: the next box is not shown and returns `answer`.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // Test support: the text of the last box (shown or answered).
    static QString lastText();

private:
    static QMessageBox::StandardButton show(QWidget* parent, QMessageBox::Icon icon, const QString& title,
        const QString& text, QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton);
};

} // namespace advicehub::ui
