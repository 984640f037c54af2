#pragma once

#include "pending/PendingEditService.h"

#include <QDialog>

#include <functional>
#include <vector>

class QListWidget;

namespace advicehub::ui {
class InlineError;
}

namespace advicehub::ui {

// After unlock: the work that was being typed when the vault locked, kept in the vault.
// Each item can be restored (its form opens again, filled in) or discarded; "Later" keeps them
// for the next unlock. A restored item leaves this list, but its kept copy stays in the vault
// until the form saves it or the user discards it there; a restore that cannot open its form
// says why here and changes nothing.
class PendingEditsDialog : public QDialog {
    Q_OBJECT
public:
    // Opens the edit's form; an error if it could not (nothing opened).
    using Restore = std::function<Status(const pending::PendingEdit&)>;

    PendingEditsDialog(pending::PendingEditService& service, std::vector<pending::PendingEdit> edits, Restore restore,
        QWidget* parent = nullptr);

    QListWidget* list() const { return m_list; }

private:
    void restoreSelected();
    void discardSelected();
    const pending::PendingEdit* selected() const;
    void removeRowOf(qint64 editId);

    pending::PendingEditService& m_service;
    std::vector<pending::PendingEdit> m_edits;
    Restore m_restore;
    QListWidget* m_list;
    InlineError* m_error;
};

} // namespace advicehub::ui
