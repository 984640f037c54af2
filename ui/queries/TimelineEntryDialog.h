#pragma once

#include "casefile/TimelineTypes.h"

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
    // At lock time: keeps what was typed in the vault, to be offered back after unlock.
    void keepAsPending(pending::PendingEditService& pending, std::optional<qint64> adviserId);
    // Shows kept content again.
    void restorePending(const pending::PendingEdit& edit);

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    void entryAdded(qint64 queryId);

private:
    void finishLayout(QWidget* top);

    queries::QueryService& m_service;
    qint64 m_queryId = 0;
    std::optional<qint64> m_corrects;
    QComboBox* m_kind = nullptr;
    QDateTimeEdit* m_occurred = nullptr;
    QLineEdit* m_summary = nullptr;
    QPlainTextEdit* m_body = nullptr;
    InlineError* m_error = nullptr;
};

} // namespace advicehub::ui
