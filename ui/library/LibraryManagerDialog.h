#pragma once

#include <QDialog>
#include <QHash>

class QAction;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTimer;
class QTreeWidget;

namespace advicehub {
class Session;
}

namespace advicehub::ui {

// Edit > Templates and Library…: the letter templates (listed by language, kind and name) and
// the library of CTI tools and references (filtered by words and theme), each with Add, Edit,
// Deactivate and Reactivate. The editors (TemplateDialog, ResourceDialog) belong to it, so a
// lock closes them with it; their typed text is reported as not kept (unsavedWork()).
class LibraryManagerDialog : public QDialog {
    Q_OBJECT
public:
    static constexpr int IdRole = Qt::UserRole + 1;
    enum TemplateColumn { TemplateLanguageColumn, TemplateKindColumn, TemplateNameColumn, TemplateStatusColumn };
    enum ResourceColumn {
        ResourceTitleColumn,
        ResourceKindColumn,
        ResourceThemesColumn,
        ResourceLanguageColumn,
        ResourceStatusColumn
    };

    explicit LibraryManagerDialog(Session& session, QWidget* parent = nullptr);

    QTabWidget* tabs() const { return m_tabs; }
    QTreeWidget* templateList() const { return m_templates; }
    QTreeWidget* resourceList() const { return m_resources; }
    QLineEdit* resourceFilter() const { return m_filter; }
    QComboBox* resourceThemeFilter() const { return m_themeFilter; }
    QCheckBox* showInactiveTemplates() const { return m_inactiveTemplates; }
    QCheckBox* showInactiveResources() const { return m_inactiveResources; }
    QPushButton* button(const QString& objectName) const { return m_buttons.value(objectName); }
    // Names (templates) or titles (library) listed, in order.
    QStringList listedTemplates() const;
    QStringList listedResources() const;
    void selectTemplate(qint64 id);
    void selectResource(qint64 id);
    // One line per open editor whose typed text a lock would lose (never its content).
    QStringList unsavedWork() const;

public Q_SLOTS:
    void reloadTemplates();
    void reloadResources();
    void newTemplate();
    void editTemplate();
    void setTemplateActive(bool active);
    void newResource();
    void editResource();
    void setResourceActive(bool active);

private:
    QPushButton* makeButton(const char* name, const QString& text, QWidget* parent);
    void updateButtons();
    void showError(const QString& message);

    Session& m_session;
    QTabWidget* m_tabs = nullptr;
    QTreeWidget* m_templates = nullptr;
    QTreeWidget* m_resources = nullptr;
    QCheckBox* m_inactiveTemplates = nullptr;
    QCheckBox* m_inactiveResources = nullptr;
    QLineEdit* m_filter = nullptr;
    QComboBox* m_themeFilter = nullptr;
    QTimer* m_filterTimer = nullptr;
    QHash<QString, QPushButton*> m_buttons;
};

} // namespace advicehub::ui
