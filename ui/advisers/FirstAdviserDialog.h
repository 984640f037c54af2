#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace advicehub {
class Session;
}

namespace advicehub::ui {

class InlineError;

// The first unlock of a vault without advisers: who is working? Every change is recorded
// with an adviser, so the vault needs one before queries are registered.
class FirstAdviserDialog : public QDialog {
    Q_OBJECT
public:
    explicit FirstAdviserDialog(Session& session, QWidget* parent = nullptr);
    QLineEdit* nameEdit() const { return m_name; }

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    void adviserChosen(qint64 id);

private:
    Session& m_session;
    QLineEdit* m_name;
    QComboBox* m_role;
    InlineError* m_error;
};

} // namespace advicehub::ui
