#pragma once

namespace advicehub::platform {

// Called first thing in every Advice Hub program: files are created private to the user
// (umask 077), and the process cannot write a core dump or be attached to by another
// non-root process, since its memory holds the vault key and decrypted case data.
// ADVICEHUB_ALLOW_CORE_DUMPS (a debugging build option) keeps core dumps possible.
void hardenProcess();

// True when the kernel would write a core dump of this process (prctl PR_GET_DUMPABLE; there is
// no such line in /proc/self/status, but from outside the entries under /proc/<pid> of a process
// that is not dumpable belong to root, whoever runs it).
bool isProcessDumpable();

} // namespace advicehub::platform
