#pragma once

#include "db/Migrations.h"

#include <vector>

namespace advicehub::db {

// Every schema version of the vault, oldest first. A released migration is never edited:
// a change is a new migration at the end of the list.
std::vector<Migration> schemaMigrations();

} // namespace advicehub::db
