#pragma once

#include "printing/PrintService.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace advicehub {
class Session;
}

namespace advicehub::ui {

class DateRangeButton;

// Vault ▸ Print Register… (issue 13): every print and PDF export of the vault — when, who, which
// document, which profile, which queries, copy number, file name, printer or PDF — never the
// content, filtered by date, document, profile and query reference. It reads the register again
// after every print (refresh()). A child of the session workspace, so that a lock closes it.
class PrintRegisterDialog : public QDialog {
    Q_OBJECT
public:
    PrintRegisterDialog(Session& session, QWidget* parent);

    QTableWidget* table() const { return m_table; }
    DateRangeButton* dateRange() const { return m_dates; }
    QComboBox* documentCombo() const { return m_document; }
    QComboBox* profileCombo() const { return m_profile; }
    QLineEdit* referenceEdit() const { return m_reference; }
    printing::RegisterFilter filter() const;

public Q_SLOTS:
    void refresh();

private:
    Session& m_session;
    DateRangeButton* m_dates = nullptr;
    QComboBox* m_document = nullptr;
    QComboBox* m_profile = nullptr;
    QLineEdit* m_reference = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace advicehub::ui
