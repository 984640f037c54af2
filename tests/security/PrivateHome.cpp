#include "PrivateHome.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <cstdlib>
#include <sys/stat.h>

namespace advicehub::test {

namespace {

QString g_root;
bool g_keep = false;
QDateTime g_startedAt;
QStringList g_skipped;

void makeDirectory(const QString& path)
{
    if (!QDir().mkpath(path)) {
        std::fprintf(stderr, "cannot create %s\n", qPrintable(path));
        std::abort();
    }
    ::chmod(QFile::encodeName(path).constData(), 0700);
}

void setEnvironment(const char* name, const QString& value)
{
    qputenv(name, QFile::encodeName(value));
}

} // namespace

void PrivateHome::setUp()
{
    // Seconds are what some file systems keep: a file written in the same second as the start
    // must still count as written during the run.
    g_startedAt = QDateTime::currentDateTimeUtc().addSecs(-1);
    const QByteArray chosen = qgetenv("ADVICEHUB_PRIVATE_ROOT");
    if (!chosen.isEmpty()) {
        g_root = QDir(QFile::decodeName(chosen)).absolutePath();
        g_keep = true;
        if (QFileInfo::exists(g_root)) {
            std::fprintf(
                stderr, "ADVICEHUB_PRIVATE_ROOT %s exists already; choose a new directory\n", chosen.constData());
            std::exit(2);
        }
        makeDirectory(g_root);
    } else {
        QByteArray base = qgetenv("TMPDIR");
        if (base.isEmpty())
            base = "/tmp";
        QByteArray pattern = base + "/advicehub-security-XXXXXX";
        if (!::mkdtemp(pattern.data())) {
            std::perror("mkdtemp");
            std::abort();
        }
        g_root = QFile::decodeName(pattern);
    }
    for (const QString& folder : { home(), inHome(QStringLiteral(".config")), inHome(QStringLiteral(".cache")),
             inHome(QStringLiteral(".local/share")), inHome(QStringLiteral("Documents")), runtime(), tmp() })
        makeDirectory(folder);
    setEnvironment("HOME", home());
    setEnvironment("XDG_CONFIG_HOME", inHome(QStringLiteral(".config")));
    setEnvironment("XDG_CACHE_HOME", inHome(QStringLiteral(".cache")));
    setEnvironment("XDG_DATA_HOME", inHome(QStringLiteral(".local/share")));
    setEnvironment("XDG_RUNTIME_DIR", runtime());
    setEnvironment("TMPDIR", tmp());
    // No desktop session to talk to: what a machine without one would do.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
}

void PrivateHome::tearDown()
{
    if (g_keep)
        return;
    if (!g_root.isEmpty())
        QDir(g_root).removeRecursively();
    // The trace SecurityTestMain made (paths only, but the session's): gone with the run.
    if (const QByteArray trace = qgetenv("ADVICEHUB_TRACE_DIR"); !trace.isEmpty())
        QDir(QFile::decodeName(trace)).removeRecursively();
}

void PrivateHome::skipPart(const QString& why)
{
    g_skipped << why;
}

QStringList PrivateHome::skippedParts()
{
    return g_skipped;
}

QString PrivateHome::root()
{
    return g_root;
}

QString PrivateHome::home()
{
    return g_root + QStringLiteral("/home");
}

QString PrivateHome::tmp()
{
    return g_root + QStringLiteral("/tmp");
}

QString PrivateHome::runtime()
{
    return g_root + QStringLiteral("/runtime");
}

QString PrivateHome::inHome(const QString& relative)
{
    return home() + QLatin1Char('/') + relative;
}

QDateTime PrivateHome::startedAt()
{
    return g_startedAt;
}

} // namespace advicehub::test
