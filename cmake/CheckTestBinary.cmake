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
