#pragma once

class QSettings;

namespace advicehub {
class Session;
}

namespace advicehub::documents {

// What a session opened by the desktop application or advicehub-cli needs beyond the core: the
// PDF text extractor (poppler, which the core does not link) and the attachment size limit of
// the desktop's setting "attachments/max_size" (MiB). One place, so that both front ends index
// and refuse the same files.
void equipSession(Session& session, int attachmentMaxMiB);

// The setting itself, shared by the desktop's AppSettings and advicehub-cli (which reads the
// desktop application's settings, never writes them): 1..4096 MiB, default 256 (the core's).
inline constexpr int kDefaultAttachmentMaxMiB = 256;
inline constexpr const char* kAttachmentMaxSizeKey = "attachments/max_size";
int attachmentMaxMiB(const QSettings& settings);

} // namespace advicehub::documents
