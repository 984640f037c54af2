#pragma once

namespace advicehub::crypto {

// Initialises libsodium once; safe to call from any thread, any number of times.
void ensureSodium();

} // namespace advicehub::crypto
