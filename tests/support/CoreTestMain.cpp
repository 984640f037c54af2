// Entry point of the core and CLI test binaries: a QCoreApplication (no GUI), then Catch2.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "platform/ProcessHardening.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    advicehub::platform::hardenProcess();
    QCoreApplication application(argc, argv);
    return Catch::Session().run(argc, argv);
}
