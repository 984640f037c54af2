#pragma once

#include <QDialog>

#include <optional>

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

class LibraryListTab;

// Edit > Templates and Library…: the letter templates (listed by language, kind and name) and
// the library of CTI tools and references (filtered by words and theme), each with Add, Edit,
// Deactivate and Reactivate (one LibraryListTab each). The editors (TemplateDialog, ResourceDialog) belong to it, so a
// lock closes them with it; their typed text is reported as not kept (unsavedWork()).
class LibraryManagerDialog : public QDialog {
    Q_OBJECT
public:
    static constexpr int IdRole = Qt::UserRole + 1; // as LibraryListTab::IdRole
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
    QTreeWidget* templateList() const;
    QTreeWidget* resourceList() const;
    QLineEdit* resourceFilter() const { return m_filter; }
    QComboBox* resourceThemeFilter() const { return m_themeFilter; }
    QCheckBox* showInactiveTemplates() const;
    QCheckBox* showInactiveResources() const;
    QPushButton* button(const QString& objectName) const;
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
    void updateButtons();
    void showError(const QString& message);
    // The record behind the tab's current row, read again: null when there is none, when no
    // adviser acts, or when it cannot be read (the error is shown and the list refilled).
    template <typename Item, typename Fetch> std::optional<Item> currentOf(LibraryListTab* tab, Fetch fetch);
    // Opens the editor for `existing` (null: a new record); the tab lists and selects what it saves.
    template <typename Editor, typename Item> void openEditor(LibraryListTab* tab, const Item* existing);

    Session& m_session;
    QTabWidget* m_tabs = nullptr;
    LibraryListTab* m_templates = nullptr;
    LibraryListTab* m_resources = nullptr;
    QLineEdit* m_filter = nullptr;
    QComboBox* m_themeFilter = nullptr;
    QTimer* m_filterTimer = nullptr;
};

} // namespace advicehub::ui
