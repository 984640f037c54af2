#include "crypto/Sodium.h"

#include <sodium.h>

#include <cstdlib>

namespace advicehub::crypto {

void ensureSodium()
{
    static const bool initialised = [] {
        if (sodium_init() < 0)
            std::abort(); // no safe way to continue without a working CSPRNG
        return true;
    }();
    (void)initialised;
}

QString sodiumVersion()
{
    return QString::fromLatin1(sodium_version_string());
}

} // namespace advicehub::crypto
