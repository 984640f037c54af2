#pragma once

#include "queries/QueryTypes.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTimer;

namespace advicehub {
class Session;
}

namespace advicehub::ui {

class InlineError;

// Picks another query, by reference (AH-2026-0042) or by words of its text, to link the
// current query to or to merge it into (as a duplicate).
class PickQueryDialog : public QDialog {
    Q_OBJECT
public:
    enum class Purpose { Link, Merge };

    PickQueryDialog(Session& session, const queries::Query& current, Purpose purpose, QWidget* parent = nullptr);

    QLineEdit* findEdit() const { return m_find; }
    QListWidget* resultList() const { return m_results; }
    QComboBox* kindCombo() const { return m_kind; }
    QCheckBox* confirmCheck() const { return m_confirm; }

public Q_SLOTS:
    // Lists the queries matching what was typed (also run shortly after typing stops).
    void findMatches();
    void accept() override;

Q_SIGNALS:
    void done(qint64 currentId, qint64 otherId);

private:
    Session& m_session;
    queries::Query m_current;
    Purpose m_purpose;
    QLineEdit* m_find;
    QListWidget* m_results;
    QComboBox* m_kind = nullptr;
    QCheckBox* m_confirm = nullptr;
    InlineError* m_error;
    QTimer* m_debounce;
};

} // namespace advicehub::ui
