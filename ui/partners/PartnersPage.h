#pragma once

#include "partners/PartnerTypes.h"
#include "shell/Page.h"

#include <QHash>

#include <optional>

class QCheckBox;
class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;
class QTimer;
class QToolBar;

namespace advicehub {
class Session;
}

namespace advicehub::ui {

class AppSettings;

// The partner directory: a sortable list of the organisations the Secretariat refers queries to
// (name, acronym, type, strategic, expertise, regions, languages, referrals, active), a search
// field that filters as one types (PartnerService::list's filter), "Show inactive", and the
// actions of the Partners menu: New Partner…, Edit…, Deactivate, Reactivate, Delete. Every
// dialog it opens belongs to it, so that the lock destroys them with the page.
class PartnersPage : public Page {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        AcronymColumn,
        TypeColumn,
        StrategicColumn,
        ExpertiseColumn,
        RegionsColumn,
        LanguagesColumn,
        ReferralsColumn,
        ActiveColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int SortRole = Qt::UserRole + 2;

    PartnersPage(Session& session, AppSettings& settings, QWidget* parent = nullptr);
    ~PartnersPage() override;

    QString title() const override;
    QIcon icon() const override;
    QString menuTitle() const override;
    QString menuObjectName() const override;
    QList<QAction*> menuActions() const override;
    void start() override;
    void adviserChanged() override;
    void referenceDataChanged() override;
    QStringList keepUnsavedWork() override;

    QAction* action(const QString& objectName) const { return m_actions.value(objectName); }
    QTableView* table() const { return m_table; }
    QLineEdit* searchEdit() const { return m_search; }
    QCheckBox* showInactiveCheck() const { return m_showInactive; }
    // The names listed, in the order shown.
    QStringList listedNames() const;
    std::optional<qint64> currentPartnerId() const;
    void selectPartner(qint64 id);

public Q_SLOTS:
    void reload();
    void newPartner();
    void editPartner();
    void deactivatePartner();
    void reactivatePartner();
    void deletePartner();

private:
    QAction* makeAction(const char* name, const QString& text, const QKeySequence& shortcut = {});
    void updateActions();
    std::optional<partners::Partner> currentPartner() const;

    Session& m_session;
    AppSettings& m_settings;
    QStandardItemModel* m_model = nullptr;
    QSortFilterProxyModel* m_sorted = nullptr;
    QTableView* m_table = nullptr;
    QLineEdit* m_search = nullptr;
    QCheckBox* m_showInactive = nullptr;
    QToolBar* m_toolBar = nullptr;
    QTimer* m_searchTimer = nullptr;
    QList<QAction*> m_menuActions;
    QHash<QString, QAction*> m_actions;
};

} // namespace advicehub::ui
