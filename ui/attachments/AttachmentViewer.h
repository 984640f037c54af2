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
class AttachmentViewer : public QDialog {
    Q_OBJECT
public:
    AttachmentViewer(attachments::AttachmentService& service, qint64 attachmentId, QWidget* parent = nullptr);
    ~AttachmentViewer() override;

    // Save a Copy…: a deliberate export of the attachment (asks for a file, 0600, recorded on the
    // timeline and the disclosure record by AttachmentService::exportTo). Shared by the viewer
    // and the Attachments tab. Returns whether a copy was written.
    static bool saveCopy(QWidget* parent, attachments::AttachmentService& service, const attachments::Attachment& attachment);

private:
    class Impl;
    std::unique_ptr<Impl> d;
};

} // namespace advicehub::ui
