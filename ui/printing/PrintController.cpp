#include "printing/PrintController.h"

#include "common/FileDialogs.h"
#include "common/MessageBox.h"
#include "printing/PrintPreviewDialog.h"
#include "printing/PrintService.h"
#include "session/Session.h"
#include "settings/AppSettings.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPointer>
#include <QPrintDialog>
#include <QPrinter>
#include <QWidget>

#include <memory>

namespace advicehub::ui {

using namespace advicehub::printing;

namespace {

// AppSettings' UI state (how things look, never what they show): a page size and whether the
// note about the print service's spool has been shown.
const QString kPageSize = QStringLiteral("printPageSize");
const QString kSpoolNoteShown = QStringLiteral("printSpoolNoteShown");

constexpr int kMaxCopies = 50;

} // namespace

PrintController::PrintController(Session& session, AppSettings& settings, QWidget& owner)
    : QObject(&owner), m_session(session), m_settings(settings), m_owner(owner)
{ }

Result<PrintController::Copies> PrintController::copiesOf(Result<PrintDocument> document, int count)
{
    if (!document)
        return document.error();
    if (count < 1 || count > kMaxCopies)
        return makeError(ErrorCode::InvalidInput, tr("The number of copies must be from 1 to %1.").arg(kMaxCopies));
    Copies copies;
    if (count == 1) {
        copies.push_back(std::move(*document));
        return copies;
    }
    copies.reserve(std::size_t(count));
    for (int number = 1; number <= count; ++number)
        copies.push_back(PrintService::copy(*document, number, count));
    return copies;
}

documents::PageSetup PrintController::pageSetup() const
{
    documents::PageSetup setup;
    const QByteArray stored = m_settings.uiState(kPageSize);
    if (stored == "letter")
        setup.size = QPageSize::Letter;
    else if (stored == "a4")
        setup.size = QPageSize::A4;
    else
        setup.size
            = QLocale::system().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter : QPageSize::A4;
    return setup;
}

void PrintController::setPageSize(QPageSize::PageSizeId size)
{
    m_settings.setUiState(kPageSize, size == QPageSize::Letter ? QByteArray("letter") : QByteArray("a4"));
}

std::optional<PrintController::Copies> PrintController::built(const Build& build, QWidget* parent, const QString& title)
{
    Result<Copies> copies = build();
    if (!copies) {
        MessageBox::warning(parent, title, copies.error().message);
        return std::nullopt;
    }
    if (copies->empty())
        return std::nullopt;
    return std::move(*copies);
}

PrintPreviewDialog* PrintController::preview(Build build, QWidget* parent)
{
    parent = parent ? parent : &m_owner;
    std::optional<Copies> copies = built(build, parent, tr("Print Preview"));
    if (!copies)
        return nullptr;
    auto* dialog = new PrintPreviewDialog(*this, std::move(*copies), pageSetup(), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

void PrintController::print(Build build, QWidget* parent)
{
    parent = parent ? parent : &m_owner;
    if (std::optional<Copies> copies = built(build, parent, tr("Print")))
        printCopies(*copies, pageSetup(), parent);
}

void PrintController::savePdf(Build build, QWidget* parent)
{
    parent = parent ? parent : &m_owner;
    if (std::optional<Copies> copies = built(build, parent, tr("Save as PDF")))
        savePdfCopies(*copies, pageSetup(), parent);
}

void PrintController::printCopies(const Copies& copies, const documents::PageSetup& setup, QWidget* parent)
{
    if (copies.empty())
        return;
    if (!m_settings.uiState(kSpoolNoteShown).isEmpty()) {
        openPrintDialog(copies, setup, parent);
        return;
    }
    // The first time: what leaves Advice Hub's protection when printing (the README says it too).
    m_settings.setUiState(kSpoolNoteShown, QByteArray("1"));
    QMessageBox* note = MessageBox::information(parent, tr("Print"),
        tr("Printing goes through the system's print service, which keeps its own copy of what is printed "
           "(the print queue, or spool) outside the encrypted vault. Use Save as PDF\u2026 for a file that "
           "Advice Hub writes and records itself."));
    note->setObjectName(QStringLiteral("printSpoolNote"));
    QPointer<QWidget> guard(parent);
    connect(note, &QDialog::finished, this, [this, copies, setup, guard] {
        if (guard)
            openPrintDialog(copies, setup, guard);
    });
}

void PrintController::openPrintDialog(const Copies& copies, const documents::PageSetup& setup, QWidget* parent)
{
    // The printer goes with the dialog (the dialog only refers to it).
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setPageSize(QPageSize(setup.size));
    auto* dialog = new QPrintDialog(printer.get(), parent);
    dialog->setObjectName(QStringLiteral("printDialog"));
    dialog->setWindowTitle(tr("Print"));
    // Printing to a file would write a PDF that is neither recorded nor owner-only: Save as PDF…
    // does that. Page ranges and selections would print less than what the register records.
    dialog->setOption(QAbstractPrintDialog::PrintToFile, false);
    dialog->setOption(QAbstractPrintDialog::PrintSelection, false);
    dialog->setOption(QAbstractPrintDialog::PrintPageRange, false);
    dialog->setOption(QAbstractPrintDialog::PrintCurrentPage, false);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<QWidget> guard(parent);
    connect(dialog, &QDialog::accepted, this, [this, copies, setup, printer, guard] {
        if (guard)
            printAccepted(copies, setup, *printer, guard);
    });
    dialog->open();
}

void PrintController::printAccepted(
    Copies copies, const documents::PageSetup& setup, QPrinter& printer, QWidget* parent)
{
    const QString title = tr("Print");
    if (printer.outputFormat() != QPrinter::NativeFormat || !printer.outputFileName().isEmpty()) {
        MessageBox::warning(parent, title,
            tr("Nothing was printed: Advice Hub prints only to a printer. Use Save as PDF\u2026 to write a file."));
        return;
    }
    // Copies asked of the printer are copies too: each is numbered and registered.
    const int printerCopies = printer.copyCount();
    if (printerCopies > 1) {
        if (copies.size() > 1) {
            MessageBox::warning(parent, title,
                tr("Nothing was printed: this document already has %n numbered copies; print it with one copy "
                   "in the print dialog.",
                    nullptr, int(copies.size())));
            return;
        }
        Result<Copies> numbered = copiesOf(copies.front(), printerCopies);
        if (!numbered) {
            MessageBox::warning(parent, title, numbered.error().message);
            return;
        }
        copies = std::move(*numbered);
        printer.setCopyCount(1);
    }
    documents::PrintRenderer renderer(copies);
    if (Result<int> painted = renderer.paint(printer, setup); !painted) {
        MessageBox::warning(parent, title, tr("Nothing was printed: %1").arg(painted.error().message));
        return;
    }
    if (Status recorded = m_session.printing().recordPrint(copies); !recorded) {
        MessageBox::critical(parent, title,
            tr("The document was sent to the printer, but the print could not be recorded: %1")
                .arg(recorded.error().message));
        return;
    }
    Q_EMIT recorded();
    Q_EMIT statusMessage(tr("Sent to the printer; recorded in the print register."));
}

void PrintController::savePdfCopies(const Copies& copies, const documents::PageSetup& setup, QWidget* parent)
{
    if (copies.empty())
        return;
    // The model's name says nothing of the content (no State or person names).
    const QString suggested = QDir(QDir::homePath()).filePath(copies.front().suggestedFileName);
    const QString title = tr("Save as PDF");
    QPointer<QWidget> guard(parent);
    FileDialogs::saveFile(parent, title, suggested, tr("PDF files (*.pdf)"), QStringLiteral("pdf"),
        [this, copies, setup, guard, title](const QString& path, const QString&) {
            if (!guard)
                return;
            if (Status saved = writePdf(copies, setup, path); !saved)
                MessageBox::warning(guard, title, saved.error().message);
        });
}

Status PrintController::writePdf(const Copies& copies, const documents::PageSetup& setup, const QString& path)
{
    const documents::PrintRenderer renderer(copies);
    // Rendered straight into the file being written (never held whole in memory); the chooser
    // asked before replacing an existing file.
    const Status saved = m_session.printing().savePdf(
        copies, path, true, [&renderer, &setup](QFileDevice& file) { return renderer.writePdf(file, setup); });
    if (!saved)
        return saved;
    Q_EMIT recorded();
    Q_EMIT statusMessage(tr("Saved %1; recorded in the print register.").arg(QFileInfo(path).fileName()));
    return {};
}

} // namespace advicehub::ui
