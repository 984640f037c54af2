#pragma once

#include "library/LibraryTypes.h"

#include <QDialog>

#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;
class QTreeWidget;

namespace advicehub {
class Session;
}

namespace advicehub::ui {

// Searches earlier sent answers (LibraryService::searchPrecedents: words, theme, region) for text
// to reuse in the draft `targetDraftId`. The list shows reference, title, region, sent on, themes
// and a confidentiality marker; the preview shows the sent text. Insert: when the source query is
// confidential or strictly confidential, a warning must be accepted first; the reuse is then
// recorded (LibraryService::recordReuse) and insertRequested carries the sent html.
class PrecedentsDialog : public QDialog {
    Q_OBJECT
public:
    PrecedentsDialog(Session& session, qint64 targetDraftId, QWidget* parent = nullptr);

    QLineEdit* searchField() const { return m_text; }
    QComboBox* themeBox() const { return m_theme; }
    QComboBox* regionBox() const { return m_region; }
    QTreeWidget* resultList() const { return m_list; }
    QTextBrowser* preview() const { return m_preview; }
    QPushButton* insertButton() const { return m_insert; }
    QLabel* statusLabel() const { return m_status; }

public Q_SLOTS:
    void search();
    // Inserts the selected precedent (after the confidentiality warning when one is needed).
    void insertSelected();

Q_SIGNALS:
    void insertRequested(const QString& html);

private:
    void showPreview();
    const library::Precedent* selected() const;

    Session& m_session;
    qint64 m_targetDraftId = 0;
    std::vector<library::Precedent> m_results;

    QLineEdit* m_text = nullptr;
    QComboBox* m_theme = nullptr;
    QComboBox* m_region = nullptr;
    QPushButton* m_searchButton = nullptr;
    QTreeWidget* m_list = nullptr;
    QTextBrowser* m_preview = nullptr;
    QPushButton* m_insert = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace advicehub::ui
