#pragma once

#include "common/Result.h"
#include "printing/PrintDocument.h"
#include "printing/PrintService.h"
#include "queries/QueryFilter.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTimer;
class QPushButton;
class QSpinBox;

namespace advicehub {
class Session;
}

namespace advicehub::ui {

class DateRangeButton;
class PrintController;
class QueryPage;

// Briefing Pack… (issue 13): which queries — the list shown (its view, filters and search), the
// query selected in it, a saved search, a period of receipt with a status, region and theme, or
// queries chosen by hand (found by reference or words, added to a list in the pack's order) —
// found by the core's QuerySearch, with a live count; the profile, title, "prepared for", period
// label, watermark and number of copies; Preview, Print and Save as PDF through the page's
// PrintController. With no query the three buttons are off and the count says why. A child of
// the page, so that a lock closes it.
class BriefingPackDialog : public QDialog {
    Q_OBJECT
public:
    enum class Source { List, Selected, SavedSearch, Period, ByHand };

    BriefingPackDialog(Session& session, PrintController& controller, QueryPage& page, printing::Profile profile);

    // The queries chosen now (an error when the search cannot run), in the list's order.
    Result<QList<qint64>> chosenIds() const;
    printing::BriefingOptions options() const;
    // Reads the count again (after a change of the choice).
    void recount();

    QComboBox* sourceCombo() const { return m_source; }
    QComboBox* savedSearchCombo() const { return m_savedSearch; }
    DateRangeButton* receivedRange() const { return m_received; }
    QComboBox* statusCombo() const { return m_status; }
    QComboBox* regionCombo() const { return m_region; }
    QComboBox* themeCombo() const { return m_theme; }
    QLineEdit* findEdit() const { return m_find; }
    QListWidget* matchList() const { return m_matches; }
    QListWidget* chosenList() const { return m_chosen; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* removeButton() const { return m_remove; }
    QComboBox* profileCombo() const { return m_profile; }
    QSpinBox* copiesSpin() const { return m_copies; }
    QLabel* countLabel() const { return m_count; }
    QPushButton* previewButton() const { return m_preview; }
    QPushButton* printButton() const { return m_print; }
    QPushButton* savePdfButton() const { return m_savePdf; }

private:
    Result<std::vector<printing::PrintDocument>> build() const;
    void updateSourceWidgets();
    // Lists the queries matching what was typed in the hand-picked part (also shortly after
    // typing stops), and adds or removes the ones selected.
    void findMatches();
    void addSelectedMatches();
    void removeSelectedChosen();

    Session& m_session;
    PrintController& m_controller;
    QueryPage& m_page;
    queries::QueryFilter m_listFilter; // the list shown when the dialog opened
    std::optional<qint64> m_selectedId;

    QComboBox* m_source = nullptr;
    QComboBox* m_savedSearch = nullptr;
    QWidget* m_periodBox = nullptr;
    DateRangeButton* m_received = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_region = nullptr;
    QComboBox* m_theme = nullptr;
    QWidget* m_handBox = nullptr;
    QLineEdit* m_find = nullptr;
    QListWidget* m_matches = nullptr;
    QLabel* m_matchNote = nullptr;
    QListWidget* m_chosen = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QTimer* m_findDelay = nullptr;
    QLabel* m_count = nullptr;
    QComboBox* m_profile = nullptr;
    QLineEdit* m_title = nullptr;
    QLineEdit* m_preparedFor = nullptr;
    QLineEdit* m_periodLabel = nullptr;
    QLineEdit* m_watermark = nullptr;
    QSpinBox* m_copies = nullptr;
    QPushButton* m_preview = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_savePdf = nullptr;
};

} // namespace advicehub::ui
