// advicehub-bench-kdf: how long deriving a vault key takes here (Argon2id through libsodium, the
// profiles of crypto/Kdf.h). Unlocking a vault costs one derivation; the README quotes the
// standard profile's time. Never run by the tests (tests check the profiles' parameters, not
// times: tests/core/KdfTest.cpp). Prints a Markdown table for docs/PERFORMANCE.md.
//
//   advicehub-bench-kdf [--runs N]      (default 7)
#include "crypto/Kdf.h"
#include "crypto/SecureBuffer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace advicehub::crypto;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int runs = 7;
    const QStringList arguments = QCoreApplication::arguments();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--runs") && i + 1 < arguments.size())
            runs = std::max(1, arguments.at(++i).toInt());
    }
    const SecureBuffer passphrase = SecureBuffer::fromPassphrase(QStringLiteral("amber kettle violin orbit 42"));

    std::printf(
        "| profile | memory | passes | median | fastest | slowest | runs |\n|---|---:|---:|---:|---:|---:|---:|\n");
    for (const KdfProfile* profile : { &KdfProfile::standard(), &KdfProfile::insecureTesting() }) {
        std::vector<double> ms;
        for (int run = 0; run < runs; ++run) {
            const VaultSalt salt = VaultSalt::generate(*profile);
            QElapsedTimer timer;
            timer.start();
            if (!deriveKey(passphrase, salt)) {
                std::fprintf(stderr, "advicehub-bench-kdf: the derivation failed (not enough memory?)\n");
                return 1;
            }
            ms.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        }
        std::sort(ms.begin(), ms.end());
        std::printf("| %s%s | %zu MiB | %llu | %.0f ms | %.0f ms | %.0f ms | %d |\n", profile->name,
            profile->forTestingOnly ? " (tests only)" : "", profile->memLimit >> 20, profile->opsLimit,
            ms[ms.size() / 2], ms.front(), ms.back(), runs);
    }
    return 0;
}
