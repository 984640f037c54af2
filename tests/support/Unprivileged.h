#pragma once

#include <QString>
#include <QStringList>

namespace advicehub::test {

// The unprivileged account that permission tests run as when the tests run as root: root
// ignores permission bits, so "no read permission" can only be tested as someone else.
inline constexpr unsigned NobodyId = 65534;

// For as long as it lives, the whole test process (every thread) has the real and effective
// user and group ids of nobody, and no supplementary groups; root's ids are kept as saved ids
// and restored at the end. Only when the tests run as root; check active().
class AsNobody {
public:
    AsNobody();
    ~AsNobody();
    AsNobody(const AsNobody&) = delete;
    AsNobody& operator=(const AsNobody&) = delete;
    bool active() const { return m_active; }

private:
    bool m_active = false;
};

// The arguments that run `program` as nobody through setpriv(1) (util-linux), for programs the
// tests start; empty when setpriv is not available.
QStringList asNobodyCommand(const QString& program, const QStringList& arguments);

// Makes the folders above `path`, up to the temporary folder, traversable (o+x) for nobody, so
// that a permission test meets the file's own permission bits and not a closed folder above it.
void letNobodyReach(const QString& path);

} // namespace advicehub::test
