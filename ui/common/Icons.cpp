#include "common/Icons.h"

#include <QHash>

namespace advicehub::ui {

QIcon Icons::get(Id id)
{
    static QHash<int, QIcon> cache;
    auto it = cache.constFind(id);
    if (it != cache.constEnd())
        return *it;
    const char* name = "advicehub";
    switch (id) {
    case App: name = "advicehub"; break;
    case Lock: name = "lock"; break;
    case Unlock: name = "unlock"; break;
    case NewVault: name = "vault-new"; break;
    case OpenVault: name = "vault-open"; break;
    case Settings: name = "settings"; break;
    case Reveal: name = "reveal"; break;
    case Key: name = "key"; break;
    case CheckIntegrity: name = "check-integrity"; break;
    case About: name = "about"; break;
    case Quit: name = "quit"; break;
    }
    const QIcon icon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
    cache.insert(id, icon);
    return icon;
}

} // namespace advicehub::ui
