# Proves a layering check (cmake/Check*Layering.cmake) by running it as the build does, with
# SOURCE_DIR set to a scratch tree:
#   1. the scratch tree holds only CLEAN_FILE, including what the layer may include: the check
#      must pass (it does not fire on everything);
#   2. PLANT_FILE is added, holding PLANT_LINE: the check must fail, and its message must name
#      the planted file and quote the line, so that whoever breaks the rule sees where.
# Arguments (-D): CHECK (the check script), SCRATCH (a directory of its own, emptied first),
# CLEAN_FILE and PLANT_FILE (paths inside SCRATCH), CLEAN_LINES (the clean file's includes,
# separated by '|'), PLANT_LINE.
foreach(argument IN ITEMS CHECK SCRATCH CLEAN_FILE CLEAN_LINES PLANT_FILE PLANT_LINE)
    if(NOT DEFINED ${argument} OR "${${argument}}" STREQUAL "")
        message(FATAL_ERROR "PlantedViolation.cmake: -D${argument}=... is missing")
    endif()
endforeach()

file(REMOVE_RECURSE "${SCRATCH}")
string(REPLACE "|" "\n" clean "${CLEAN_LINES}")
file(WRITE "${SCRATCH}/${CLEAN_FILE}" "${clean}\n\nint unrelated() { return 0; }\n")

execute_process(COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${SCRATCH} -P ${CHECK}
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "The check fails on a tree without a violation:\n${output}")
endif()

file(WRITE "${SCRATCH}/${PLANT_FILE}" "// Planted by tests/layering.\n${PLANT_LINE}\n\nint planted() { return 0; }\n")
execute_process(COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${SCRATCH} -P ${CHECK}
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
file(REMOVE_RECURSE "${SCRATCH}")
if(result EQUAL 0)
    message(FATAL_ERROR "The check passes although ${PLANT_FILE} holds: ${PLANT_LINE}\n${output}")
endif()
string(FIND "${output}" "${SCRATCH}/${PLANT_FILE}: ${PLANT_LINE}" named)
if(named EQUAL -1)
    message(FATAL_ERROR "The check fails but does not name ${PLANT_FILE} with its line:\n${output}")
endif()
message(STATUS "The check fires on ${PLANT_FILE}: ${PLANT_LINE}")
