#pragma once

#include "common/Result.h"
#include "printing/PrintDocument.h"

#include <QCoreApplication>
#include <QMarginsF>
#include <QPageSize>
#include <QString>

#include <memory>
#include <vector>

class QIODevice;
class QPagedPaintDevice;
class QPainter;
class QTextDocument;

// The one renderer of printed documents (issue 13): screen preview (QPrintPreviewDialog's
// QPrinter), printer (QPrinter) and PDF (QPdfWriter) all go through PrintRenderer::paint, so
// what is previewed is what is printed. Needs a QGuiApplication (the CLI starts one on the
// "offscreen" platform for printing).
namespace advicehub::documents {

struct PageSetup {
    QPageSize::PageSizeId size = QPageSize::A4; // A4 or Letter
    QMarginsF marginsMm { 20, 22, 20, 22 }; // left, top, right, bottom (header and footer inside)
};

class PrintRenderer {
    Q_DECLARE_TR_FUNCTIONS(PrintRenderer)
public:
    // `copies`: the document of each copy (PrintService::copy), printed one after the other,
    // each starting on a new page with its own "Page x of y". One document: a single copy.
    explicit PrintRenderer(std::vector<printing::PrintDocument> copies);
    explicit PrintRenderer(const printing::PrintDocument& document);
    ~PrintRenderer();
    PrintRenderer(const PrintRenderer&) = delete;
    PrintRenderer& operator=(const PrintRenderer&) = delete;

    // Lays the copies out for `device`'s page size and resolution and paints every page: the
    // body (a QTextDocument, tables breaking across pages with their header row repeated), a
    // header with the marking and the profile, a footer with "Page x of y" (and the copy
    // number), the watermark diagonally. Returns the number of pages painted. Starts and ends
    // the painter itself; the device must not be painted on yet.
    Result<int> paint(QPagedPaintDevice& device, const PageSetup& setup = {}) const;

    // The body of one copy as HTML (every model text escaped; the letter's sanitised body as it
    // is) — what paint() lays out; exposed for tests.
    static QString bodyHtml(const printing::PrintDocument& document);

    // The PDF of the copies, in memory (QPdfWriter on a QBuffer; nothing touches the disk):
    // metadata without case content (title: the model's metadataTitle, creator "Advice Hub",
    // no author, subject or keywords). PrintService::savePdf writes and records it.
    Result<QByteArray> pdf(const PageSetup& setup = {}) const;
    // The same PDF written to `out` as it is made (the PDF of a 1,000-query pack is not held in
    // memory a second time): what PrintService::savePdf's writer calls with the file it writes.
    Status writePdf(QIODevice& out, const PageSetup& setup = {}) const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace advicehub::documents
