#pragma once

#include "queries/QuerySearch.h"

#include <QDialog>

class QLineEdit;

namespace advicehub::ui {

class InlineError;

// Names the current view, filters and search and keeps them in the vault as a saved search
// (a name already in use is replaced).
class SaveSearchDialog : public QDialog {
    Q_OBJECT
public:
    SaveSearchDialog(queries::QuerySearch& search, const queries::QueryFilter& filter, QWidget* parent = nullptr);
    QLineEdit* nameEdit() const { return m_name; }

public Q_SLOTS:
    void accept() override;
    // Asks before discarding typed text (TypedText).
    void reject() override;

Q_SIGNALS:
    void saved(qint64 id);

private:
    queries::QuerySearch& m_search;
    queries::QueryFilter m_filter;
    QLineEdit* m_name;
    InlineError* m_error;
};

} // namespace advicehub::ui
