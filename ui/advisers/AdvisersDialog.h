#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace advicehub {
class Session;
}

namespace advicehub::ui {

class InlineError;

// Vault ▸ Advisers: the Secretariat's staff kept in the vault. Advisers are added, renamed
// and deactivated, never deleted: their names stay on the changes they made.
class AdvisersDialog : public QDialog {
    Q_OBJECT
public:
    explicit AdvisersDialog(Session& session, QWidget* parent = nullptr);

    QTreeWidget* adviserList() const { return m_list; }
    QLineEdit* nameEdit() const { return m_name; }

public Q_SLOTS:
    void addAdviser();
    void renameAdviser();
    void toggleActive();

Q_SIGNALS:
    // Names or the list of active advisers changed (the reference data was reloaded).
    void advisersChanged();

private:
    void reload(qint64 selectId = 0);
    void updateButtons();
    bool finishChange(const QString& failure);
    qint64 selectedId() const;

    Session& m_session;
    QTreeWidget* m_list;
    QLineEdit* m_name;
    QComboBox* m_role;
    QPushButton* m_add;
    QPushButton* m_rename;
    QPushButton* m_toggle;
    InlineError* m_error;
};

} // namespace advicehub::ui
