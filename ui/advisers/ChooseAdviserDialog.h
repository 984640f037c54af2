#pragma once

#include <QDialog>

class QListWidget;

namespace advicehub {
class Session;
}

namespace advicehub::ui {

class InlineError;

// At unlock, when the vault has several advisers: who is working in this session? The adviser
// of the last session is offered first.
class ChooseAdviserDialog : public QDialog {
    Q_OBJECT
public:
    explicit ChooseAdviserDialog(Session& session, QWidget* parent = nullptr);
    QListWidget* adviserList() const { return m_list; }

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    void adviserChosen(qint64 id);

private:
    Session& m_session;
    QListWidget* m_list;
    InlineError* m_error;
};

} // namespace advicehub::ui
