#include "queries/DueDatePolicy.h"

namespace advicehub::queries {

DueDate DueDatePolicy::decide(const DueDateChoice& choice, QDate automatic, const std::optional<Stored>& stored)
{
    switch (choice.mode) {
    case DueDateChoice::Mode::Keep:
        // A date set by hand is given back as chosen; an automatic one is the default's business.
        if (stored && stored->overridden)
            return decide(DueDateChoice::set(stored->due), automatic, stored);
        return decide(DueDateChoice::useDefault(), automatic, stored);
    case DueDateChoice::Mode::Default:
        // An automatic date stays while receipt and priority do (holidays added since do not
        // move it); otherwise the default is computed again.
        if (stored && !stored->overridden && stored->sameBasis)
            return { stored->due, false };
        return { automatic, false };
    case DueDateChoice::Mode::Set:
        if (choice.date == automatic)
            return { automatic, false }; // the default, chosen or confirmed
        if (stored && stored->sameBasis && choice.date == stored->due)
            return { stored->due, stored->overridden }; // the stored date given back
        return { choice.date, true };
    }
    return { automatic, false };
}

} // namespace advicehub::queries
