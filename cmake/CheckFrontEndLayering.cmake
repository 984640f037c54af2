# Fails when a file of the front ends under SOURCE_DIR (ui/, cli/ and app/) includes a header of
# core/db ("db/..." or <db/...>): the desktop application and advicehub-cli work through the
# core's services and get the core's Result and error codes, never the database layer's
# connection, statements, transactions or exceptions. A core header that a front end includes may
# itself include db headers for its own declarations, so the check also refuses any use of the
# db namespace (`db::`) and any call of a `connection()` (the vault's connection is for the session
# and the core services only).
include(${CMAKE_CURRENT_LIST_DIR}/LayeringScan.cmake)
set(forbidden "#[ \t]*include[ \t]*[<\"](\\.\\./)*(core/)?db/|(^|[^A-Za-z0-9_])db::|(\\.|->)connection[ \t]*\\(")
advicehub_layering_scan("ui;cli;app;documents" "${forbidden}"
    "ui/, cli/ and app/ must not include core/db headers, use db:: or reach a connection() (ask a core service)")
