# Fails when a file of the front ends under SOURCE_DIR (ui/, cli/ and app/) includes a header of
# core/db ("db/..." or <db/...>): the desktop application and advicehub-cli work through the
# core's services and get the core's Result and error codes, never the database layer's
# connection, statements, transactions or exceptions. A core header that a front end includes may
# itself include db headers for its own declarations, so the check also refuses any use of the
# db namespace (`db::`) and any call of a `connection()` (the vault's connection is for the session
# and the core services only).
set(sources "")
foreach(folder IN ITEMS ui cli app)
    file(GLOB_RECURSE found "${SOURCE_DIR}/${folder}/*.h" "${SOURCE_DIR}/${folder}/*.cpp")
    list(APPEND sources ${found})
endforeach()
set(forbidden "#[ \t]*include[ \t]*[<\"](\\.\\./)*(core/)?db/|(^|[^A-Za-z0-9_])db::|(\\.|->)connection[ \t]*\\(")
set(violations "")
foreach(source IN LISTS sources)
    file(STRINGS "${source}" lines REGEX "${forbidden}")
    foreach(line IN LISTS lines)
        string(APPEND violations "  ${source}: ${line}\n")
    endforeach()
endforeach()
if(violations)
    message(FATAL_ERROR "ui/, cli/ and app/ must not include core/db headers, use db:: or reach a connection() (ask a core service):\n${violations}")
endif()
