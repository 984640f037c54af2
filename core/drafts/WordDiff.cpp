#include "drafts/WordDiff.h"

// Implemented on the sanitiser's branch.
