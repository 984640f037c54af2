#pragma once

namespace advicehub::test {

// Runs the Catch2 session on the command line (what `Catch::Session().run` does in a main).
// Catch2's implementation is compiled once, in CatchRunner.cpp, for every test binary: it is
// the slowest file of the tests to compile, and each binary's main used to compile it again.
int runCatch(int argc, char** argv);

} // namespace advicehub::test
