#include "common/MessageBox.h"

#include "common/Continuation.h"

namespace advicehub::ui {

QMessageBox* MessageBox::show(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text,
    QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton, Answered answered)
{
    auto* box = new QMessageBox(icon, title, text, buttons, parent);
    box->setObjectName(QStringLiteral("messageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(defaultButton);
    box->setTextFormat(Qt::PlainText); // messages can contain user data; never interpret it as HTML
    if (answered) {
        const quint64 armedAt = Continuation::epoch();
        QObject::connect(box, &QDialog::finished, box, [box, parent, armedAt, answered = std::move(answered)] {
            const QMessageBox::StandardButton button = box->standardButton(box->clickedButton());
            Continuation::post(parent, armedAt, [answered, button] { answered(button); });
        });
    }
    box->open();
    return box;
}

QMessageBox* MessageBox::information(QWidget* parent, const QString& title, const QString& text)
{
    return show(parent, QMessageBox::Information, title, text, QMessageBox::Ok, QMessageBox::Ok, {});
}

QMessageBox* MessageBox::warning(QWidget* parent, const QString& title, const QString& text)
{
    return show(parent, QMessageBox::Warning, title, text, QMessageBox::Ok, QMessageBox::Ok, {});
}

QMessageBox* MessageBox::critical(QWidget* parent, const QString& title, const QString& text)
{
    return show(parent, QMessageBox::Critical, title, text, QMessageBox::Ok, QMessageBox::Ok, {});
}

QMessageBox* MessageBox::question(QWidget* parent, const QString& title, const QString& text, Answered answered,
    QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    return show(parent, QMessageBox::Question, title, text, buttons, defaultButton, std::move(answered));
}

void MessageBox::closeAfterAskingToDiscard(
    QDialog* dialog, bool unsavedChanges, const QString& question, std::function<void()> close)
{
    // Once the user has chosen Discard, any later reject() of the same dialog closes it.
    static const char* const confirmed = "advicehub_discardConfirmed";
    if (Continuation::closingForLock() || !unsavedChanges || dialog->property(confirmed).toBool()) {
        close();
        return;
    }
    MessageBox::question(
        dialog, dialog->windowTitle(), question,
        [dialog, close = std::move(close)](QMessageBox::StandardButton answer) {
            if (answer != QMessageBox::Discard)
                return;
            dialog->setProperty(confirmed, true);
            close();
        },
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
}

} // namespace advicehub::ui
