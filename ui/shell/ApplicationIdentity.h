#pragma once

namespace advicehub::ui {

// The application's names (organisation, application, display and desktop-file names, version):
// they decide where QSettings and Qt's own files go. The application and the security tests,
// which must write exactly where the application does, both set them here.
void setApplicationIdentity();

} // namespace advicehub::ui
