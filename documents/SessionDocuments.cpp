#include "SessionDocuments.h"

#include "PdfTextExtractor.h"
#include "attachments/AttachmentService.h"
#include "attachments/TextExtraction.h"
#include "session/Session.h"

#include <QSettings>

#include <memory>

namespace advicehub::documents {

void equipSession(Session& session, int attachmentMaxMiB)
{
    session.textExtractors().add(std::make_unique<PdfTextExtractor>());
    session.attachments().setMaxBytes(static_cast<qint64>(attachmentMaxMiB) * 1024 * 1024);
}

int attachmentMaxMiB(const QSettings& settings)
{
    static_assert(kDefaultAttachmentMaxMiB * 1024LL * 1024 == attachments::kDefaultMaxBytes);
    const int mebibytes = settings.value(QLatin1String(kAttachmentMaxSizeKey), kDefaultAttachmentMaxMiB).toInt();
    return mebibytes >= 1 && mebibytes <= 4096 ? mebibytes : kDefaultAttachmentMaxMiB;
}

} // namespace advicehub::documents
