#pragma once

#include "common/Result.h"
#include "print/PrintRenderer.h"
#include "printing/PrintDocument.h"

#include <QObject>

#include <functional>
#include <vector>

class QPrinter;
class QWidget;

namespace advicehub {
class Session;
}

namespace advicehub::ui {

class AppSettings;
class PrintPreviewDialog;

// The one place of the desktop application that prints (issue 13). Given a function that
// builds the copies of a document (PrintService, PrintService::copy), it offers Print Preview
// (PrintPreviewDialog), Print… (QPrintDialog opened asynchronously, printing to a file off, the
// print recorded by PrintService::recordPrint) and Save as PDF… (the file chooser, then
// PrintRenderer::pdf and PrintService::savePdf, which writes 0600 and records). It renders only
// what the core's model holds: nothing is filtered here.
//
// Every dialog belongs to the widget it is opened over (a page, or a dialog of a page), so that
// the lock, which destroys the session's pages, closes them.
class PrintController : public QObject {
    Q_OBJECT
public:
    using Copies = std::vector<printing::PrintDocument>;
    using Build = std::function<Result<Copies>()>;

    PrintController(Session& session, AppSettings& settings, QWidget& owner);

    // The copies of one document: itself alone, or `count` numbered copies (1..50).
    static Result<Copies> copiesOf(Result<printing::PrintDocument> document, int count = 1);

    // Each builds the copies first; an error is shown over `parent` (the owner when null).
    PrintPreviewDialog* preview(Build build, QWidget* parent = nullptr);
    void print(Build build, QWidget* parent = nullptr);
    void savePdf(Build build, QWidget* parent = nullptr);

    // The same with copies already built (the preview's Print… and Save as PDF… buttons).
    void printCopies(const Copies& copies, const documents::PageSetup& setup, QWidget* parent);
    void savePdfCopies(const Copies& copies, const documents::PageSetup& setup, QWidget* parent);
    // Writes the PDF at once (the chooser has asked before replacing a file).
    Status writePdf(const Copies& copies, const documents::PageSetup& setup, const QString& path);

    // The page size last chosen (A4, or Letter where the locale measures in inches).
    documents::PageSetup pageSetup() const;
    void setPageSize(QPageSize::PageSizeId size);

Q_SIGNALS:
    // A print or a PDF was recorded in the print register.
    void recorded();
    void statusMessage(const QString& message);

private:
    std::optional<Copies> built(const Build& build, QWidget* parent, const QString& title);
    void openPrintDialog(const Copies& copies, const documents::PageSetup& setup, QWidget* parent);
    void printAccepted(Copies copies, const documents::PageSetup& setup, QPrinter& printer, QWidget* parent);

    Session& m_session;
    AppSettings& m_settings;
    QWidget& m_owner;
};

} // namespace advicehub::ui
