// The vault's MIME type (dist/advicehub.xml) as Qt's MIME database sees it, which is what Qt and
// KDE file managers and file dialogs use. check-package tests the same rules through GIO.
#include "TestSupport.h"
#include "crypto/Kdf.h"
#include "vault/Vault.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QMimeDatabase>
#include <QRandomGenerator>

using namespace advicehub;

namespace {

const QString kVaultType = QStringLiteral("application/x-advicehub-vault");

QString typeOf(const QString& path)
{
    return QMimeDatabase().mimeTypeForFile(path).name();
}

// Bytes that look random, the same in every run: truly random ones match another format's magic
// now and then, and the check would fail by chance.
QByteArray randomBytes(qsizetype size, char first)
{
    QByteArray bytes(size, '\0');
    QRandomGenerator generator(20261206);
    generator.fillRange(reinterpret_cast<quint32*>(bytes.data()), size / 4);
    bytes[0] = first;
    return bytes;
}

} // namespace

TEST_CASE("a vault is application/x-advicehub-vault by its name, and without its suffix by its first bytes")
{
    test::TempDir dir;
    // A vault as Advice Hub and advicehub-cli create them (the standard key-derivation profile).
    const QString vault = dir.file(QStringLiteral("Casework.ahv"));
    REQUIRE(Vault::create(vault, test::passphrase(), crypto::KdfProfile::standard()).ok());
    const QString renamed = dir.file(QStringLiteral("Casework"));
    REQUIRE(QFile::copy(vault, renamed));

    CHECK(typeOf(vault) == kVaultType);
    CHECK(typeOf(renamed) == kVaultType);
    const QMimeType type = QMimeDatabase().mimeTypeForName(kVaultType);
    REQUIRE(type.isValid());
    CHECK(type.comment() == QStringLiteral("Advice Hub vault"));
    CHECK(type.suffixes() == QStringList { QStringLiteral("ahv") });
    CHECK(type.iconName() == QStringLiteral("advicehub"));
}

TEST_CASE("what the vault's magic can and cannot tell (dist/advicehub.xml says why)")
{
    test::TempDir dir;
    const auto file = [&](const char* name, const QByteArray& content) {
        const QString path = dir.file(QString::fromLatin1(name));
        test::writeFile(path, content);
        return path;
    };
    // The name decides first: any file called *.ahv is offered to Advice Hub, which then says
    // whether it is a vault.
    CHECK(typeOf(file("notes.ahv", "plain text\n")) == kVaultType);
    // Another format's suffix, or its own signature, wins over the vault's weak magic.
    CHECK(typeOf(file("report.pdf", randomBytes(8192, char(0xA1)))) == QStringLiteral("application/pdf"));
    CHECK(typeOf(file("scan", "%PDF-1.7\n" + randomBytes(8192, 'x'))) == QStringLiteral("application/pdf"));
    // Less than one 4096-byte page cannot be a vault.
    CHECK(typeOf(file("short", randomBytes(4092, char(0xA1)))) != kVaultType);
    // Without a suffix, other first bytes are not a vault...
    CHECK(typeOf(file("random", randomBytes(8192, 0x33))) != kVaultType);
    // ...but the magic cannot check the salt's check byte: 1 in 256 unknown files without a
    // suffix passes, as the XML's comment says.
    CHECK(typeOf(file("unknown", randomBytes(8192, char(0xA1)))) == kVaultType);
    // The tests' insecure key-derivation profile (0x7E) is left out on purpose.
    CHECK(typeOf(file("testing-profile", randomBytes(8192, 0x7E))) != kVaultType);
}
