// Entry point of the package tests: a QCoreApplication whose MIME database is the system's plus
// Advice Hub's MIME type (dist/advicehub.xml, compiled by update-mime-database into a private
// folder, as the package's installation does into /usr/share/mime), then Catch2.
#include "CatchRunner.h"

#include "platform/ProcessHardening.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

int main(int argc, char** argv)
{
    advicehub::platform::hardenProcess();
    QCoreApplication application(argc, argv);
    QTemporaryDir data;
    const QString packages = data.filePath(QStringLiteral("mime/packages"));
    if (!data.isValid() || !QDir().mkpath(packages)
        || !QFile::copy(QStringLiteral(ADVICEHUB_MIME_XML), packages + QStringLiteral("/advicehub.xml"))) {
        std::fprintf(stderr, "test_package: cannot prepare a MIME database folder\n");
        return 1;
    }
    QProcess update;
    update.start(QStringLiteral("update-mime-database"), { data.filePath(QStringLiteral("mime")) });
    if (!update.waitForFinished(60000) || update.exitStatus() != QProcess::NormalExit || update.exitCode() != 0) {
        std::fprintf(stderr, "test_package: update-mime-database (shared-mime-info) failed: %s\n",
            update.readAllStandardError().constData());
        return 1;
    }
    // Searched first; the system's types (PDF, text, ...) still come from /usr/share.
    qputenv("XDG_DATA_HOME", QFile::encodeName(data.path()));
    const QByteArray system = qgetenv("XDG_DATA_DIRS");
    qputenv("XDG_DATA_DIRS", system.isEmpty() ? QByteArray("/usr/local/share:/usr/share") : system);
    return advicehub::test::runCatch(argc, argv);
}
