#pragma once

#include <QtGlobal>

#include <functional>
#include <optional>

class QDialog;

namespace advicehub::pending {
class PendingEditService;
}

namespace advicehub::ui {

class InlineError;

// Cancel in a form restored from work kept at a lock (a query form, a timeline entry): asks
// before the kept copy is discarded for good. On Discard the copy is removed from the vault,
// `pendingId` is reset and `close` runs; if the removal fails the form stays open and says why
// in `error`. The question is asynchronous (common/MessageBox.h): a lock closes it unanswered.
// `pendingId` and `error` belong to `form` and live as long as it.
void askToDiscardKeptWork(QDialog* form, pending::PendingEditService& edits, std::optional<qint64>& pendingId,
    InlineError* error, std::function<void()> close);

} // namespace advicehub::ui
