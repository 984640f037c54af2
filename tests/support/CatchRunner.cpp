// The one translation unit with Catch2's implementation (CATCH_CONFIG_RUNNER), shared by every
// test binary through the advicehub_catch_runner library. The test mains include catch.hpp
// without it and call runCatch().
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "CatchRunner.h"

namespace advicehub::test {

int runCatch(int argc, char** argv)
{
    return Catch::Session().run(argc, argv);
}

} // namespace advicehub::test
