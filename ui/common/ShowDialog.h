#pragma once

#include <QDialog>

namespace advicehub::ui {

// Shows a dialog that belongs to its parent — a page or the session workspace — so that a lock
// destroys it with its owner. It never runs its own event loop (show(), never exec()): nothing
// waits in a nested loop while the vault is locked underneath. Deleted when closed.
template <typename Dialog> Dialog* showDialog(Dialog* dialog, Qt::WindowModality modality = Qt::WindowModal)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(modality);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

} // namespace advicehub::ui
