# Fails unless the test binary BINARY starts and lists at least one test. Catch2's listing
# exits with the number of tests, so the exit code is not used; the listing is.
execute_process(COMMAND "${BINARY}" --list-test-names-only
    RESULT_VARIABLE result OUTPUT_VARIABLE listing ERROR_VARIABLE errors)
if(NOT result MATCHES "^[0-9]+$")
    message(FATAL_ERROR "${BINARY} did not start: ${result}\n${errors}")
endif()
string(STRIP "${listing}" listing)
if(listing STREQUAL "")
    message(FATAL_ERROR "${BINARY} lists no tests\n${errors}")
endif()
# catch_discover_tests splits a test name at ';' into names that match nothing, and CTest then
# reports them as passed without running anything. Such names are refused here.
string(REPLACE ";" "<SEMICOLON>" escaped "${listing}")
string(REGEX MATCHALL "[^\n]*<SEMICOLON>[^\n]*" offending "${escaped}")
if(offending)
    string(REPLACE "<SEMICOLON>" ";" offending "${offending}")
    message(FATAL_ERROR "${BINARY}: test names must not contain ';' (CTest would not run them):\n${offending}")
endif()
