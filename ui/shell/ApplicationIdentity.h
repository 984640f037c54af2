#pragma once

namespace advicehub::ui {

// The application's reverse-DNS id (from the project's home page, cti.international): the name
// of its desktop file (international.cti.AdviceHub.desktop), of its AppStream metadata and of
// its D-Bus name.
inline constexpr char ApplicationId[] = "international.cti.AdviceHub";

// The application's names (organisation, application, display and desktop-file names, version):
// they decide where QSettings and Qt's own files go. The application and the security tests,
// which must write exactly where the application does, both set them here.
void setApplicationIdentity();

} // namespace advicehub::ui
