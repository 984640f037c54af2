#pragma once

#include "queries/QueryTypes.h"

#include <QDialog>

class QPlainTextEdit;

namespace advicehub::queries {
class QueryService;
}

namespace advicehub::ui {

class InlineError;

// Asks for the reason of a status change where the lifecycle requires one (declining,
// reopening, closing a query whose requester never came back); the reason goes to the
// timeline with the change.
class StatusChangeDialog : public QDialog {
    Q_OBJECT
public:
    StatusChangeDialog(queries::QueryService& service, const queries::Query& query, queries::QueryStatus to,
        QWidget* parent = nullptr);

    queries::QueryStatus target() const { return m_to; }
    QPlainTextEdit* reasonEdit() const { return m_reason; }

public Q_SLOTS:
    void accept() override;
    // Asks before discarding typed text (TypedText).
    void reject() override;

Q_SIGNALS:
    void statusChanged(qint64 id, queries::QueryStatus to);

private:
    queries::QueryService& m_service;
    qint64 m_id;
    queries::QueryStatus m_to;
    QPlainTextEdit* m_reason;
    InlineError* m_error;
};

} // namespace advicehub::ui
