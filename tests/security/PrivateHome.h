#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace advicehub::test {

// The private directory the security tests run in. The test binary's main() creates it and
// points HOME, the XDG directories and TMPDIR into it before QApplication exists, so that every
// path Qt, the desktop application and advicehub-cli (which inherits the environment) would
// use for settings, caches, temporary and runtime files lands inside it -- with QStandardPaths'
// test mode off, i.e. the real paths the application uses, only under a fake home.
//
// Layout:  <root>/home          HOME
//          <root>/home/.config  XDG_CONFIG_HOME
//          <root>/home/.cache   XDG_CACHE_HOME
//          <root>/home/.local/share  XDG_DATA_HOME
//          <root>/runtime       XDG_RUNTIME_DIR (0700)
//          <root>/tmp           TMPDIR
//
// ADVICEHUB_PRIVATE_ROOT=DIR chooses the root (it must not exist yet) and keeps it afterwards,
// for scripts/trace-files and for looking at what a run left behind.
class PrivateHome {
public:
    // Creates the directories and sets the environment. Call once, before QApplication.
    static void setUp();
    // Removes the root unless it was chosen with ADVICEHUB_PRIVATE_ROOT.
    static void tearDown();

    static QString root();
    static QString home();
    static QString tmp();
    static QString runtime();
    // A path inside the home directory, e.g. "Documents/AdviceHub.ahv".
    static QString inHome(const QString& relative);
    // When setUp() ran.
    static QDateTime startedAt();

    // A part of a test that could not run here (e.g. no strace): the binary's main() reports it
    // and exits with 77, which ctest shows as "Skipped", unless a test failed.
    static void skipPart(const QString& why);
    static QStringList skippedParts();
};

} // namespace advicehub::test
