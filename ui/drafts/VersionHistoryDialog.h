#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTextBrowser;
class QTreeWidget;

namespace advicehub {
class Session;
}

namespace advicehub::ui {

class InlineError;

// The history of a draft: its versions (number, saved at, author, words, comment) and its
// clearance steps (action, version, by whom, when, comment; a self-clearance marked). Any two
// versions can be compared (DraftService::diff): inline (insertions green and underlined between
// "[+ +]", deletions red and struck through between "[− −]", so that colour is never the only
// sign) or side by side, with the formatting changes listed. A version can be read (read-only)
// and copied into a new draft (DraftService::copyIntoNew).
class VersionHistoryDialog : public QDialog {
    Q_OBJECT
public:
    VersionHistoryDialog(Session& session, qint64 draftId, QWidget* parent = nullptr);

    QTreeWidget* versionList() const { return m_versions; }
    QTreeWidget* stepList() const { return m_steps; }
    QComboBox* oldVersionBox() const { return m_oldBox; }
    QComboBox* newVersionBox() const { return m_newBox; }
    QTextBrowser* inlineView() const { return m_inline; }
    QTextBrowser* oldPane() const { return m_oldPane; }
    QTextBrowser* newPane() const { return m_newPane; }
    QTextBrowser* versionView() const { return m_view; }
    QLabel* diffSummary() const { return m_summary; }
    QListWidget* formattingList() const { return m_formatting; }
    QTabWidget* tabs() const { return m_tabs; }
    QPushButton* sideBySideButton() const { return m_sideBySide; }
    QPushButton* copyButton() const { return m_copy; }
    QLabel* noticeLabel() const { return m_notice; }

    // The two versions compared (the combo boxes), shown inline or side by side.
    void compare(int oldNumber, int newNumber);
    // Reads one version (read-only) on the "Version" tab.
    void showVersion(int number);

public Q_SLOTS:
    // Copy the selected version into a new draft (asks for the title).
    void copySelectedIntoNew();

Q_SIGNALS:
    // A new draft was made from a version of this one.
    void draftCopied(qint64 newDraftId);

private:
    void reload();
    void compareSelected();
    int selectedVersion() const;

    Session& m_session;
    qint64 m_draftId = 0;
    QString m_title;

    QTabWidget* m_tabs = nullptr;
    QTreeWidget* m_versions = nullptr;
    QTreeWidget* m_steps = nullptr;
    QComboBox* m_oldBox = nullptr;
    QComboBox* m_newBox = nullptr;
    QPushButton* m_sideBySide = nullptr;
    QStackedWidget* m_diffStack = nullptr;
    QTextBrowser* m_inline = nullptr;
    QTextBrowser* m_oldPane = nullptr;
    QTextBrowser* m_newPane = nullptr;
    QLabel* m_summary = nullptr;
    QListWidget* m_formatting = nullptr;
    QLabel* m_viewTitle = nullptr;
    QTextBrowser* m_view = nullptr;
    QPushButton* m_copy = nullptr;
    InlineError* m_error = nullptr;
    QLabel* m_notice = nullptr;
};

} // namespace advicehub::ui
