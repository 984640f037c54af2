#include "library/LibrarySeeder.h"

namespace advicehub::library {

void seedLibrary(db::Connection&)
{
    // Implemented on the library's branch (templates and CTI tools from the resources).
}

} // namespace advicehub::library
