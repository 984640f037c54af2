#pragma once

#include "casefile/TimelineTypes.h"
#include "common/Result.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QPlainTextEdit;

namespace advicehub {
class Clock;
}
namespace advicehub::queries {
class QueryService;
}
namespace advicehub::pending {
class PendingEditService;
struct PendingEdit;
} // namespace advicehub::pending

namespace advicehub::ui {

class InlineError;

// Logs what happened on a query: a note, a meeting, a call, an e-mail received or sent
// (recorded only: Advice Hub never sends anything). With `corrects`, writes a correction of
// that entry instead (entries are never changed).
class TimelineEntryDialog : public QDialog {
    Q_OBJECT
public:
    TimelineEntryDialog(queries::QueryService& service, const Clock& clock, qint64 queryId,
        queries::EntryKind kind = queries::EntryKind::Note, QWidget* parent = nullptr);
    // A correction of `entry`.
    TimelineEntryDialog(queries::QueryService& service, const queries::TimelineEntry& entry, QWidget* parent = nullptr);

    bool isCorrection() const { return m_corrects.has_value(); }
    QComboBox* kindCombo() const { return m_kind; }
    QLineEdit* summaryEdit() const { return m_summary; }
    QPlainTextEdit* bodyEdit() const { return m_body; }

    // Something typed that is not saved yet.
    bool hasUnsavedChanges() const;
    // At lock time: keeps what was typed in the vault, to be offered back after unlock
    // (replacing the kept copy it was restored from, if any). Returns the error if it could not.
    Status keepAsPending(pending::PendingEditService& pending, std::optional<qint64> adviserId);
    // What this dialog is, for a message that must not show its content ("a note being written").
    QString describe() const;
    // Shows kept content again. The kept copy stays in the vault until the entry is saved or
    // the user discards it.
    void restorePending(const pending::PendingEdit& edit, pending::PendingEditService& pending);
    std::optional<qint64> restoredFrom() const { return m_pendingId; }

public Q_SLOTS:
    void accept() override;
    // Cancel, Escape or closing: work restored from a lock is discarded only when the user says so.
    void reject() override;

Q_SIGNALS:
    void entryAdded(qint64 queryId);

private:
    void finishLayout(QWidget* top);

    queries::QueryService& m_service;
    qint64 m_queryId = 0;
    std::optional<qint64> m_corrects;
    pending::PendingEditService* m_pending = nullptr; // with m_pendingId: where the restored copy is kept
    std::optional<qint64> m_pendingId;
    QComboBox* m_kind = nullptr;
    QDateTimeEdit* m_occurred = nullptr;
    QLineEdit* m_summary = nullptr;
    QPlainTextEdit* m_body = nullptr;
    InlineError* m_error = nullptr;
};

} // namespace advicehub::ui
