#include "library/LibraryService.h"

namespace advicehub::library {

class LibraryService::Impl { };

LibraryService::LibraryService(casefile::CaseRecord&, reference::ReferenceLookup&, advisers::AdviserService&,
    queries::QueryService&, QObject* parent)
    : QObject(parent), d(std::make_unique<Impl>())
{ }

LibraryService::~LibraryService() = default;

} // namespace advicehub::library
