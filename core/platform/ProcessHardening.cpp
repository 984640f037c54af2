#include "platform/ProcessHardening.h"

#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>

namespace advicehub::platform {

void hardenProcess()
{
    ::umask(077);
#ifndef ADVICEHUB_ALLOW_CORE_DUMPS
    ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
    struct rlimit none = { 0, 0 };
    ::setrlimit(RLIMIT_CORE, &none);
#endif
}

bool isProcessDumpable()
{
    return ::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 1;
}

} // namespace advicehub::platform
