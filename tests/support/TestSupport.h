#pragma once

#include "ManualClock.h"
#include "VaultTestAccess.h"
#include "crypto/Kdf.h"
#include "crypto/SecureBuffer.h"
#include "vault/Vault.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <string>

#include <catch2/catch.hpp>

// Catch prints QStrings as text in failure messages.
namespace Catch {
template <> struct StringMaker<QString> {
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch

namespace advicehub::test {

// The passphrase of every test vault (strong enough for the passphrase policy).
// Whether this build runs under AddressSanitizer (the "asan" preset), where every process is
// several times slower: the loops that replay one check over many inputs in child processes
// sample fewer of them there (the release-like run plays them all).
#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool kUnderAddressSanitizer = true;
#else
inline constexpr bool kUnderAddressSanitizer = false;
#endif

inline const char* const TestPassphrase = "amber kettle violin orbit 42";
inline const char* const OtherPassphrase = "granite sparrow tuesday lagoon 7";

crypto::SecureBuffer passphrase(const char* text = TestPassphrase);

// A private temporary directory, removed at the end of the test.
class TempDir {
public:
    TempDir();
    QString path() const { return m_dir.path(); }
    QString file(const QString& name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

// A new vault with the cheap test KDF profile. REQUIREs success.
std::unique_ptr<Vault> createVault(const QString& path, const char* passphraseText = TestPassphrase);
std::unique_ptr<Vault> openVault(const QString& path, const char* passphraseText = TestPassphrase);

QByteArray readFile(const QString& path);
void writeFile(const QString& path, const QByteArray& content);
// SHA-256 of the file's content, to prove that an operation changed nothing on disk.
QByteArray fileDigest(const QString& path);
// The file's permission bits (e.g. 0600).
int fileMode(const QString& path);
bool runningAsRoot();

} // namespace advicehub::test
