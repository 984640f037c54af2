#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QFile>

#include <sys/stat.h>
#include <unistd.h>

namespace advicehub::test {

crypto::SecureBuffer passphrase(const char* text)
{
    return crypto::SecureBuffer::fromPassphrase(QString::fromUtf8(text));
}

TempDir::TempDir()
{
    REQUIRE(m_dir.isValid());
}

std::unique_ptr<Vault> createVault(const QString& path, const char* passphraseText)
{
    Result<std::unique_ptr<Vault>> vault
        = Vault::create(path, passphrase(passphraseText), crypto::KdfProfile::insecureTesting());
    INFO((vault ? QString() : vault.error().message).toStdString());
    REQUIRE(vault.ok());
    return std::move(vault).value();
}

std::unique_ptr<Vault> openVault(const QString& path, const char* passphraseText)
{
    Result<std::unique_ptr<Vault>> vault = Vault::open(path, passphrase(passphraseText));
    INFO((vault ? QString() : vault.error().message).toStdString());
    REQUIRE(vault.ok());
    return std::move(vault).value();
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(content) == content.size());
}

QByteArray fileDigest(const QString& path)
{
    return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256);
}

int fileMode(const QString& path)
{
    struct stat info { };
    REQUIRE(::stat(QFile::encodeName(path).constData(), &info) == 0);
    return static_cast<int>(info.st_mode & 07777);
}

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

} // namespace advicehub::test
