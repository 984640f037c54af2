#include "DraftExport.h"

// Implemented on the CLI's branch.
