#pragma once

#include <QString>

namespace advicehub::crypto {

// Initialises libsodium once; safe to call from any thread, any number of times.
void ensureSodium();

// libsodium's version as loaded at run time, e.g. "1.0.18".
QString sodiumVersion();

} // namespace advicehub::crypto
