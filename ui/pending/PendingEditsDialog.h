#pragma once

#include "pending/PendingEditService.h"

#include <QDialog>

#include <vector>

class QListWidget;

namespace advicehub::ui {

// After unlock: the work that was being typed when the vault locked, kept in the vault.
// Each item can be restored (its form opens again, filled in) or discarded; "Later" keeps them
// for the next unlock.
class PendingEditsDialog : public QDialog {
    Q_OBJECT
public:
    PendingEditsDialog(
        pending::PendingEditService& service, std::vector<pending::PendingEdit> edits, QWidget* parent = nullptr);

    QListWidget* list() const { return m_list; }

Q_SIGNALS:
    // The item was taken out of the vault's pending list; the receiver opens its editor.
    void restoreRequested(const advicehub::pending::PendingEdit& edit);

private:
    void restoreSelected();
    void discardSelected();
    const pending::PendingEdit* selected() const;
    void removeRowOf(qint64 editId);

    pending::PendingEditService& m_service;
    std::vector<pending::PendingEdit> m_edits;
    QListWidget* m_list;
};

} // namespace advicehub::ui
