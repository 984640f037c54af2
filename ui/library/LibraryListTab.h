#pragma once

#include <QStringList>
#include <QWidget>

#include <functional>

class QBoxLayout;
class QCheckBox;
class QPushButton;
class QTreeWidget;

namespace advicehub::ui {

// One tab of the Templates and Library manager: a list of records that can be deactivated (the
// record id in IdRole of the first column), the buttons New…, Edit…, Deactivate and Reactivate,
// and "Show inactive". The manager says what the rows are (refill/addRow) and what the buttons
// do (the signals); the tab keeps the selection across a refill and offers only the buttons that
// apply to the current row.
class LibraryListTab : public QWidget {
    Q_OBJECT
public:
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int ActiveRole = Qt::UserRole + 2;

    // Object names of the tab's widgets (tests and the lead's screenshots find them by name).
    struct Names {
        const char* tab;
        const char* list;
        const char* newButton;
        const char* editButton;
        const char* deactivateButton;
        const char* reactivateButton;
        const char* inactiveCheck;
    };
    // Their labels, with the mnemonics of the tab they are on.
    struct Labels {
        QString newButton;
        QString editButton;
        QString deactivateButton;
        QString reactivateButton;
        QString inactiveCheck;
    };

    LibraryListTab(const Names& names, const Labels& labels, const QStringList& headers, QWidget* parent = nullptr);

    QTreeWidget* list() const { return m_list; }
    QCheckBox* showInactive() const { return m_inactive; }
    // The layout above the list, for filters.
    QBoxLayout* topLayout() const { return m_top; }
    // The buttons, New…, Edit…, Deactivate and Reactivate in that order.
    const QList<QPushButton*>& buttons() const { return m_buttons; }

    // Empties the list, lets `addRows` fill it (addRow), then selects the record that was
    // current before, if it is still listed.
    void refill(const std::function<void()>& addRows);
    // A row: its texts by column; an inactive record is greyed out.
    void addRow(qint64 id, const QStringList& texts, bool active, const QString& toolTip = {});
    qint64 currentId() const;
    void select(qint64 id);
    QStringList column(int column) const;
    // New… needs an acting adviser; the other buttons also a current row (and its state).
    void updateButtons(bool adviser);

Q_SIGNALS:
    void newRequested();
    void editRequested();
    void activeRequested(bool active);
    void showInactiveToggled();

private:
    QTreeWidget* m_list = nullptr;
    QCheckBox* m_inactive = nullptr;
    QBoxLayout* m_top = nullptr;
    QList<QPushButton*> m_buttons;
    bool m_adviser = false;
};

} // namespace advicehub::ui
