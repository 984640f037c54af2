# Fails when a file of the front ends under SOURCE_DIR (ui/, cli/ and app/) includes a header of
# core/db ("db/..." or <db/...>): the desktop application and advicehub-cli work through the
# core's services and get the core's Result and error codes, never the database layer's
# connection, statements, transactions or exceptions. Direct includes only: a core header that a
# front end includes may itself include db headers for its own declarations.
set(sources "")
foreach(folder IN ITEMS ui cli app)
    file(GLOB_RECURSE found "${SOURCE_DIR}/${folder}/*.h" "${SOURCE_DIR}/${folder}/*.cpp")
    list(APPEND sources ${found})
endforeach()
set(forbidden "#[ \t]*include[ \t]*[<\"](\\.\\./)*(core/)?db/")
set(violations "")
foreach(source IN LISTS sources)
    file(STRINGS "${source}" lines REGEX "${forbidden}")
    foreach(line IN LISTS lines)
        string(APPEND violations "  ${source}: ${line}\n")
    endforeach()
endforeach()
if(violations)
    message(FATAL_ERROR "ui/, cli/ and app/ must not include core/db headers (ask a core service):\n${violations}")
endif()
