#pragma once

#include "print/PrintRenderer.h"
#include "printing/PrintDocument.h"

#include <QDialog>

#include <memory>
#include <vector>

class QComboBox;
class QLabel;
class QPrintPreviewWidget;
class QPrinter;

namespace advicehub::ui {

class PrintController;

// Print Preview of a document's copies: Qt's QPrintPreviewWidget whose pages PrintRenderer::paint
// draws (what is previewed is what is printed), with A4/Letter, zoom, and Advice Hub's own
// Print… and Save as PDF… (PrintController). Deliberately not QPrintPreviewDialog: its own
// print button offers printing to a file, which would write an unrecorded PDF without 0600.
// Window-modal over its parent; deleted when closed, and with its parent at a lock.
class PrintPreviewDialog : public QDialog {
    Q_OBJECT
public:
    PrintPreviewDialog(PrintController& controller, std::vector<printing::PrintDocument> copies,
        const documents::PageSetup& setup, QWidget* parent);
    ~PrintPreviewDialog() override;

    QPrintPreviewWidget* previewWidget() const { return m_preview; }
    int pageCount() const;
    const documents::PageSetup& pageSetup() const { return m_setup; }
    void setPageSize(QPageSize::PageSizeId size);

private:
    void paintPages(QPrinter* printer);

    PrintController& m_controller;
    std::vector<printing::PrintDocument> m_copies;
    std::unique_ptr<documents::PrintRenderer> m_renderer;
    documents::PageSetup m_setup;
    QPrintPreviewWidget* m_preview = nullptr;
    QComboBox* m_pageSize = nullptr;
    QLabel* m_pages = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace advicehub::ui
