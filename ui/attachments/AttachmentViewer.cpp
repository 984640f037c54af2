// PLACEHOLDER, replaced by the branch i12-viewer: lets the Attachments tab (branch i12-ui) link
// before the viewer lands. Shows nothing and saves nothing.
#include "attachments/AttachmentViewer.h"

namespace advicehub::ui {

class AttachmentViewer::Impl { };

AttachmentViewer::AttachmentViewer(attachments::AttachmentService&, qint64, QWidget* parent)
    : QDialog(parent)
{
}

AttachmentViewer::~AttachmentViewer() = default;

bool AttachmentViewer::saveCopy(QWidget*, attachments::AttachmentService&, const attachments::Attachment&)
{
    return false;
}

} // namespace advicehub::ui
