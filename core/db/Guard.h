#pragma once

#include "common/Result.h"
#include "db/DbError.h"

#include <new>
#include <stdexcept>

namespace advicehub::db {

// Runs a unit of core work that returns a Result and turns any database failure into an
// Error, so that no exception crosses the core's public API.
template <typename Work> auto guard(Work&& work) -> decltype(work())
{
    try {
        return work();
    } catch (const DbError& e) {
        return toError(e);
    } catch (const std::bad_alloc&) {
        return makeError(ErrorCode::Internal, ErrorText::tr("Out of memory. Nothing was changed."));
    } catch (const std::exception&) {
        return makeError(ErrorCode::Internal);
    }
}

} // namespace advicehub::db
