#pragma once

#include <QDialog>

#include <memory>

namespace advicehub::attachments {
class AttachmentService;
struct Attachment;
} // namespace advicehub::attachments

namespace advicehub::ui {

// The in-application viewer of one attachment, fed from memory (the verified bytes the service
// reads from the vault into a QBuffer), never from a file: PDFs with Qt PDF, images with
// QImageReader, plain text; for any other type, an explanation and Save a Copy…. Nothing it
// shows is written anywhere (no thumbnail, cache or recent-files entry).
//
// Non-modal; the window title is the file name. It belongs to a page of the session (show it
// with common/ShowDialog.h), so that a lock closes and destroys it with the page; closing
// (reject(), as the lock does) releases the document and zeroes the bytes it held.
//
// PDF: page navigation (page box, PgUp/PgDn, Home/End), zoom (Ctrl+=, Ctrl+-, Ctrl+0 fits the
// width, Fit Page), Find (Ctrl+F, F3 the next match) and Copy (Ctrl+C: the match found) through the
// application's concealed clipboard. A password-protected PDF asks for its password (never kept
// beyond the document). A page is never rendered larger than kMaxPagePixels (a PDF "bomb" with a
// huge MediaBox cannot allocate gigabytes). Images: zoom, rotate, fit; an image whose header
// claims more than kMaxImagePixels is refused before anything is decoded.
class AttachmentViewer : public QDialog {
    Q_OBJECT
public:
    // The largest image of a PDF page the view renders, in pixels (zoom is capped to it).
    static constexpr qint64 kMaxPagePixels = 64LL * 1000 * 1000;
    // The largest image (width × height) decoded, and QImageReader's allocation limit (MiB).
    static constexpr qint64 kMaxImagePixels = 64LL * 1000 * 1000;
    static constexpr int kImageAllocationLimitMiB = 256;
    // The largest attachment shown (held in memory whole); larger ones offer Save a Copy….
    static constexpr qint64 kMaxViewBytes = 512LL * 1024 * 1024;

    enum class Mode { Error, Pdf, Image, Text, Other };

    AttachmentViewer(attachments::AttachmentService& service, qint64 attachmentId, QWidget* parent = nullptr);
    ~AttachmentViewer() override;

    Mode mode() const;

    // Save a Copy…: a deliberate export of the attachment (asks for a file, 0600, recorded on the
    // timeline and the disclosure record by AttachmentService::exportTo). Shared by the viewer
    // and the Attachments tab. The file chooser is asynchronous (common/FileDialogs.h): the copy
    // is written once the user has chosen a file, and the outcome is shown then (a box over
    // `parent`: where the copy went, or why it was refused). Returns whether the chooser opened.
    static bool saveCopy(
        QWidget* parent, attachments::AttachmentService& service, const attachments::Attachment& attachment);

public Q_SLOTS:
    void done(int result) override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    class Impl;
    std::unique_ptr<Impl> d;
};

} // namespace advicehub::ui
