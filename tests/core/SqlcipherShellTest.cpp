#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

// Everything of this file in a namespace of its own: the unity build puts several test files in
// one translation unit (tests/CMakeLists.txt).
namespace sqlcipher_shell_test {

using namespace advicehub;

namespace {

// The SQL lines that README.md tells users to type into the sqlcipher shell: the ```sql block
// between the sqlcipher-shell markers. Testing the README's own lines keeps them true.
QString readmeShellLines()
{
    QFile readme(QStringLiteral(ADVICEHUB_SOURCE_DIR "/README.md"));
    REQUIRE(readme.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(readme.readAll());
    const qsizetype begin = text.indexOf(QLatin1String("<!-- sqlcipher-shell:begin -->"));
    const qsizetype end = text.indexOf(QLatin1String("<!-- sqlcipher-shell:end -->"));
    REQUIRE(begin >= 0);
    REQUIRE(end > begin);
    const QString section = text.mid(begin, end - begin);
    const qsizetype sqlStart = section.indexOf(QLatin1String("```sql\n"));
    REQUIRE(sqlStart >= 0);
    const qsizetype sqlEnd = section.indexOf(QLatin1String("```"), sqlStart + 7);
    REQUIRE(sqlEnd > sqlStart);
    return section.mid(sqlStart + 7, sqlEnd - sqlStart - 7);
}

} // namespace

TEST_CASE("the vault opens in the stock sqlcipher shell with the README's lines")
{
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlcipher"));
    if (shell.isEmpty()) {
        WARN("SKIPPED: the sqlcipher shell is not installed (Debian package sqlcipher)");
        return;
    }
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("shell.ahv"));
    QString rawKey;
    {
        auto vault = test::createVault(path);
        vault->connection().execute("UPDATE partners SET notes = 'visible through the shell' WHERE acronym = 'APT'");
        const crypto::SecureBuffer key = vault->rawKeySpec();
        rawKey = QString::fromLatin1(key.chars(), static_cast<qsizetype>(key.size()));
    }
    QString lines = readmeShellLines();
    static const QRegularExpression keyLiteral(QStringLiteral("\"x'[^\"]*'\""));
    REQUIRE(lines.contains(keyLiteral));
    lines.replace(keyLiteral, QLatin1Char('"') + rawKey + QLatin1Char('"'));
    lines += QStringLiteral("\nSELECT notes FROM partners WHERE acronym = 'APT';\n");

    QProcess process;
    process.start(shell, { path });
    REQUIRE(process.waitForStarted());
    process.write(lines.toUtf8());
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(30000));
    const QString output = QString::fromUtf8(process.readAllStandardOutput());
    const QString errors = QString::fromUtf8(process.readAllStandardError());
    INFO("stdout: " << output.toStdString() << "\nstderr: " << errors.toStdString());
    CHECK(process.exitCode() == 0);
    CHECK(output.contains(QLatin1String("schema_version|")));
    CHECK(output.contains(QLatin1String("visible through the shell")));
    CHECK_FALSE(errors.contains(QLatin1String("Error")));
}

} // namespace sqlcipher_shell_test
