#pragma once

#include <QCoreApplication>

#include <functional>

class QDialog;

namespace advicehub::ui {

// What the user typed into a dialog's text fields, so that Cancel, Escape or the window's close
// button ask before throwing it away. The dialog calls watch(this) in its constructor (the texts
// it shows when it first appears are the starting point) and its reject() asks first:
//
//     void NoteDialog::reject() { TypedText::closeAskingFirst(this, [this] { QDialog::reject(); }); }
//
// The fields are the editable line edits (not passphrase fields, spin boxes or combo boxes),
// plain-text and rich-text edits under the dialog, also those created later.
class TypedText {
    Q_DECLARE_TR_FUNCTIONS(TypedText)
public:
    static void watch(QDialog* dialog);
    // A field's text differs from when the dialog first appeared (or a field created since
    // holds text). False for a dialog that is not watched or not shown yet.
    static bool changed(const QDialog* dialog);
    // Closes at once (`close`: the dialog's own QDialog::reject) when nothing was typed or the
    // vault is locking; otherwise asks first (Discard / Cancel; MessageBox::closeAfterAskingToDiscard).
    static void closeAskingFirst(QDialog* dialog, std::function<void()> close);
};

} // namespace advicehub::ui
