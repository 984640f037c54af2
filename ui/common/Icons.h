#pragma once

#include <QIcon>

namespace advicehub::ui {

// The application's own icons (SVG in resources/icons), the same on every desktop theme.
class Icons {
public:
    enum Id { App, Lock, Unlock, NewVault, OpenVault, Settings, Reveal, Key, CheckIntegrity, About, Quit };
    static QIcon get(Id id);
};

} // namespace advicehub::ui
