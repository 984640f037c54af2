#include "queries/KeptWork.h"

#include "common/InlineError.h"
#include "common/MessageBox.h"
#include "pending/PendingEditService.h"

#include <QCoreApplication>
#include <QDialog>

namespace advicehub::ui {

void askToDiscardKeptWork(QDialog* form, pending::PendingEditService& edits, std::optional<qint64>& pendingId,
    InlineError* error, std::function<void()> close)
{
    MessageBox::question(
        form, form->windowTitle(),
        QCoreApplication::translate("KeptWork",
            "Discard this unsaved work? It was kept when the vault locked; once discarded it cannot be recovered."),
        [&edits, &pendingId, error, close = std::move(close)](QMessageBox::StandardButton answer) {
            if (answer != QMessageBox::Discard || !pendingId)
                return;
            const Status removed = edits.remove(*pendingId);
            if (!removed && removed.code() != ErrorCode::NotFound) {
                error->showMessage(removed.error().message);
                return;
            }
            pendingId.reset();
            close();
        },
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
}

} // namespace advicehub::ui
