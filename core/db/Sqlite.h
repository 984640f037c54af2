#pragma once

// The only header that includes SQLCipher. Included by core/db/*.cpp only; nothing outside
// core/db sees a sqlite3 handle.
#ifndef SQLITE_HAS_CODEC
#define SQLITE_HAS_CODEC 1 // Debian's sqlcipher.pc does not define it; without it sqlite3_key has no prototype
#endif
#include <sqlcipher/sqlite3.h>
