#pragma once

#include "common/Clock.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace advicehub::db {
class Connection;
}

namespace advicehub::advisers {

enum class Role { Adviser, Head, Assistant };

struct Adviser {
    qint64 id = 0;
    QString name;
    Role role = Role::Adviser;
    bool active = true;
};

QString roleCode(Role role);
std::optional<Role> roleFromCode(QStringView code);
QString roleLabel(Role role);

// The longest adviser name the vault takes (the forms limit their field to it).
inline constexpr int kMaxAdviserNameLength = 120;

// The Secretariat's staff, kept in the vault (their names are personal data). The adviser who
// works in a session is chosen at unlock and recorded on every change.
class AdviserService {
    Q_DECLARE_TR_FUNCTIONS(AdviserService)
public:
    AdviserService(db::Connection& connection, const Clock& clock);

    Result<std::vector<Adviser>> list(bool includeInactive = false) const;
    Result<Adviser> find(qint64 id) const;
    Result<Adviser> findByName(const QString& name) const;
    Result<Adviser> add(const QString& name, Role role = Role::Adviser);
    Status rename(qint64 id, const QString& name);
    Status setActive(qint64 id, bool active);

    // The adviser who last changed something, offered first at the next unlock and the CLI's
    // default. Only a real change records it (the Session does, in the change's own transaction);
    // adding the first adviser makes them the last adviser. Writes nothing when it is unchanged.
    std::optional<qint64> lastAdviserId() const;
    Status setLastAdviserId(qint64 id);
    // The same inside a transaction the caller owns; throws db::DbError (core use only).
    void storeLastAdviserId(qint64 id);

private:
    // A usable name for a new adviser, or for `renamedId` under its new name: not empty, not
    // too long, not another adviser's. Inside a db::guard.
    Status checkName(const QString& clean, std::optional<qint64> renamedId) const;

    db::Connection& m_connection;
    const Clock& m_clock;
};

} // namespace advicehub::advisers
