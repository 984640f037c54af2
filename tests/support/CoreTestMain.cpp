// Entry point of the core and CLI test binaries: a QCoreApplication (no GUI), then Catch2.
#include "CatchRunner.h"

#include "platform/ProcessHardening.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    advicehub::platform::hardenProcess();
    QCoreApplication application(argc, argv);
    return advicehub::test::runCatch(argc, argv);
}
