#include "drafts/HtmlSanitizer.h"

// Implemented on the sanitiser's branch.
