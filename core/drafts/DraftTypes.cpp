#include "drafts/DraftTypes.h"

// Implemented on the branch of the drafts core (codes, labels, locales).
