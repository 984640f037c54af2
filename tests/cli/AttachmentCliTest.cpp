// advicehub-cli's attachment commands (issue 12), run as a user or a script runs them: list, add
// (several files, a duplicate, a missing file, over the size limit of the desktop setting), show,
// export (0600, the same bytes, refused without --force), remove (on the timeline), compact and the
// reclaimable space of info, search saying in which attachment a word was found, and no plaintext
// of an attachment anywhere outside the vault after it was added, listed, shown and searched.
//
// Every test runs the CLI with a private HOME, XDG folders and TMPDIR: the size limit is set
// through the desktop's settings file there (QSettings("AdviceHub", "AdviceHub")), and the
// no-plaintext check reads every file there.
#include "CliTestSupport.h"
#include "TestSupport.h"
#include "TestZip.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <map>

namespace attachment_cli_test {

using namespace advicehub;
using test::onVault;
using test::s;
using Run = test::CliRun;

namespace {

// HOME, the XDG folders and TMPDIR of the CLI processes this test starts (they inherit this
// process's environment), all inside the test's folder; restored at the end.
class PrivateEnvironment {
public:
    explicit PrivateEnvironment(const test::TempDir& dir)
    {
        for (const char* name : { "home", "config", "data", "cache", "tmp" })
            REQUIRE(QDir().mkpath(dir.file(QString::fromLatin1(name))));
        set("HOME", dir.file(s("home")));
        set("XDG_CONFIG_HOME", dir.file(s("config")));
        set("XDG_DATA_HOME", dir.file(s("data")));
        set("XDG_CACHE_HOME", dir.file(s("cache")));
        set("TMPDIR", dir.file(s("tmp")));
    }
    ~PrivateEnvironment()
    {
        for (const auto& [name, value] : m_saved) {
            if (value)
                qputenv(name.c_str(), *value);
            else
                qunsetenv(name.c_str());
        }
    }
    PrivateEnvironment(const PrivateEnvironment&) = delete;
    PrivateEnvironment& operator=(const PrivateEnvironment&) = delete;

private:
    void set(const char* name, const QString& value)
    {
        m_saved[name] = qEnvironmentVariableIsSet(name) ? std::optional<QByteArray>(qgetenv(name)) : std::nullopt;
        qputenv(name, QFile::encodeName(value));
    }
    std::map<std::string, std::optional<QByteArray>> m_saved;
};

Run ok(const QString& vault, const QStringList& arguments, const QByteArray& input = {})
{
    const Run run = onVault(vault, arguments, input);
    INFO(arguments.join(QLatin1Char(' ')).toStdString());
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return run;
}

// The #N an add printed, one per attached file.
QStringList numbers(const QString& out)
{
    QStringList found;
    QRegularExpressionMatchIterator matches = QRegularExpression(QStringLiteral("as #(\\d+)")).globalMatch(out);
    while (matches.hasNext())
        found << matches.next().captured(1);
    return found;
}

// Random bytes from a fixed seed: the same content every run (libmagic takes the odd random
// start for some file type: about one run in six said other than application/octet-stream).
QByteArray randomBytes(qint64 size, quint32 seed)
{
    QByteArray bytes(static_cast<qsizetype>(size), Qt::Uninitialized);
    QRandomGenerator generator(seed);
    generator.fillRange(reinterpret_cast<quint32*>(bytes.data()), bytes.size() / 4);
    return bytes;
}

// A vault with an adviser and one query; files to attach in dir/src (outside HOME and TMPDIR).
struct Fixture {
    Fixture() : environment(dir)
    {
        REQUIRE(QDir().mkpath(dir.file(s("src"))));
        REQUIRE(QDir().mkpath(dir.file(s("vault"))));
        vault = test::vaultWithAdviser(dir, "vault/attachments.ahv");
        reference = ok(vault,
            { s("add"), s("--channel"), s("email"), s("--state"), s("GH"), s("--subject"), s("Custody registers"),
                s("--theme"), s("police_custody"), s("--received"), s("2025-06-02"), s("--request"),
                s("Registers of custody") })
                        .out.trimmed();
        REQUIRE(reference.startsWith(s("AH-")));
    }
    QString source(const char* name, const QByteArray& content) const
    {
        const QString path = dir.file(s("src/") + s(name));
        test::writeFile(path, content);
        return path;
    }
    test::TempDir dir;
    PrivateEnvironment environment;
    QString vault;
    QString reference;
};

} // namespace

TEST_CASE("attachment add list show export and remove work through advicehub-cli")
{
    Fixture f;
    const QByteArray letterBytes = "Letter from the ministry about the registers.\n";
    const QByteArray scanBytes = randomBytes(600 * 1024, 20261207); // several chunks
    const QString letter = f.source("letter.txt", letterBytes);
    const QString scan = f.source("scan.bin", scanBytes);

    // Several files: each attached, each acknowledged with its number.
    const Run added = ok(f.vault,
        { s("attachment"), s("add"), f.reference, letter, scan, s("--description"), s("From the ministry"),
            s("--language"), s("en") });
    const QStringList ids = numbers(added.out);
    REQUIRE(ids.size() == 2);
    CHECK(added.err.indexOf(s("%")) < 0); // no progress when standard error is not a terminal

    const Run listed = ok(f.vault, { s("attachment"), s("list"), f.reference });
    CHECK(listed.out.contains(s("#") + ids[0]));
    CHECK(listed.out.contains(s("letter.txt")));
    CHECK(listed.out.contains(s("scan.bin")));
    CHECK(listed.out.contains(s("text/plain")));
    CHECK(listed.out.indexOf(s("letter.txt")) < listed.out.indexOf(s("scan.bin"))); // oldest first

    const Run shown = ok(f.vault, { s("attachment"), s("show"), ids[1] });
    CHECK(shown.out.contains(s("scan.bin")));
    CHECK(shown.out.contains(s("application/octet-stream")));
    CHECK(shown.out.contains(QString::number(scanBytes.size()) + s(" bytes")));
    CHECK(shown.out.contains(
        QString::fromLatin1(QCryptographicHash::hash(scanBytes, QCryptographicHash::Sha256).toHex())));
    CHECK(shown.out.contains(s("Amara Quillfeather")));
    CHECK(shown.out.contains(s("From the ministry")));
    CHECK(shown.out.contains(s("unsupported")));
    CHECK(ok(f.vault, { s("attachment"), s("show"), s("#") + ids[0] }).out.contains(s("(text)")));

    // Describe: from the command line or standard input; the same text changes nothing; without
    // one it is a usage error.
    ok(f.vault, { s("attachment"), s("describe"), ids[1], s("--description-file"), s("-") }, "Scanned note verbale\n");
    CHECK(ok(f.vault, { s("attachment"), s("show"), ids[1] }).out.contains(s("Scanned note verbale")));
    const QByteArray described = test::fileDigest(f.vault);
    CHECK(ok(f.vault, { s("attachment"), s("describe"), ids[1], s("--description"), s("Scanned note verbale") })
              .out.contains(s("nothing changed")));
    CHECK(test::fileDigest(f.vault) == described);
    CHECK(onVault(f.vault, { s("attachment"), s("describe"), ids[1] }).exitCode == 2);

    // Unknown ones: invalid input, named.
    const Run unknown = onVault(f.vault, { s("attachment"), s("show"), s("999") });
    CHECK(unknown.exitCode == 8);
    CHECK(unknown.err.contains(s("#999")));
    CHECK(onVault(f.vault, { s("attachment"), s("list"), s("AH-2031-0999") }).exitCode == 8);

    // Export: 0600, the same bytes, recorded; an existing file only with --force.
    const QString copy = f.dir.file(s("copy.bin"));
    ok(f.vault, { s("attachment"), s("export"), ids[1], s("-o"), copy });
    CHECK(test::fileMode(copy) == 0600);
    CHECK(test::readFile(copy) == scanBytes);
    test::writeFile(copy, "other");
    const QByteArray vaultBefore = test::fileDigest(f.vault);
    const Run refused = onVault(f.vault, { s("attachment"), s("export"), ids[1], s("-o"), copy });
    CHECK(refused.exitCode == 7);
    CHECK(refused.err.contains(s("already exists")));
    CHECK(test::readFile(copy) == "other");
    CHECK(test::fileDigest(f.vault) == vaultBefore); // nothing recorded for a refused export
    ok(f.vault, { s("attachment"), s("export"), ids[1], s("-o"), copy, s("--force") });
    CHECK(test::readFile(copy) == scanBytes);
    CHECK(test::fileMode(copy) == 0600);

    // Remove: gone from the list, on the timeline with its name and hash; info shows the space,
    // compact gives it back and the vault checks ok.
    ok(f.vault, { s("attachment"), s("remove"), ids[1] });
    const Run after = ok(f.vault, { s("attachment"), s("list"), f.reference });
    CHECK_FALSE(after.out.contains(s("scan.bin")));
    CHECK(after.out.contains(s("letter.txt")));
    const Run timeline = ok(f.vault, { s("show"), f.reference });
    CHECK(timeline.out.contains(s("\u201cscan.bin\u201d removed")));
    CHECK(timeline.out.contains(s("saved as a copy")));
    const QRegularExpressionMatch reclaimable
        = QRegularExpression(s("reclaimable: +(\\d+) bytes")).match(ok(f.vault, { s("info") }).out);
    REQUIRE(reclaimable.hasMatch());
    CHECK(reclaimable.captured(1).toLongLong() >= scanBytes.size());
    const qint64 sizeBefore = QFileInfo(f.vault).size();
    const Run compacted = ok(f.vault, { s("compact") });
    CHECK(compacted.out.contains(s("bytes reclaimed")));
    CHECK(QFileInfo(f.vault).size() <= sizeBefore - scanBytes.size());
    CHECK(ok(f.vault, { s("check") }).out.trimmed() == s("ok"));
    CHECK(ok(f.vault, { s("attachment"), s("show"), ids[0] }).out.contains(s("letter.txt")));
    CHECK(onVault(f.vault, { s("attachment"), s("show"), ids[1] }).exitCode == 8);
}

TEST_CASE("attachment add reports each refused file and attaches the others")
{
    Fixture f;
    const QString first = f.source("first.txt", "first file\n");
    const QString copyOfFirst = f.source("again.txt", "first file\n");
    const QString second = f.source("second.txt", "second file\n");
    const QString empty = f.source("empty.txt", "");
    const QString missing = f.dir.file(s("src/missing.txt"));

    ok(f.vault, { s("attachment"), s("add"), f.reference, first });
    const Run run = onVault(f.vault, { s("attachment"), s("add"), f.reference, copyOfFirst, missing, second, empty });
    CHECK(run.exitCode != 0);
    CHECK(run.exitCode == 7); // the first refusal's: a duplicate (already exists)
    CHECK(run.err.contains(s("already attached")));
    CHECK(run.err.contains(s("missing.txt")));
    CHECK(run.err.contains(s("1 of 4 files attached")));
    CHECK(numbers(run.out).size() == 1);
    const Run listed = ok(f.vault, { s("attachment"), s("list"), f.reference });
    CHECK(listed.out.contains(s("first.txt")));
    CHECK(listed.out.contains(s("second.txt")));
    CHECK_FALSE(listed.out.contains(s("again.txt")));
    CHECK_FALSE(listed.out.contains(s("empty.txt")));

    // A missing file alone: a file error.
    CHECK(onVault(f.vault, { s("attachment"), s("add"), f.reference, missing }).exitCode == 7);
    // An unknown reference is invalid input.
    CHECK(onVault(f.vault, { s("attachment"), s("add"), s("AH-2031-0999"), second }).exitCode == 8);
}

TEST_CASE("a file over the desktop setting's size limit is refused before anything is written")
{
    Fixture f;
    // The desktop application's setting, in MiB, in the private configuration folder.
    REQUIRE(QDir().mkpath(f.dir.file(s("config/AdviceHub"))));
    test::writeFile(f.dir.file(s("config/AdviceHub/AdviceHub.conf")), "[attachments]\nmax_size=1\n");
    const QString big = f.source("big.bin", randomBytes(1024 * 1024 + 4096, 1));
    const QString small = f.source("small.bin", randomBytes(512 * 1024, 2));

    const QByteArray before = test::fileDigest(f.vault);
    const qint64 modified = QFileInfo(f.vault).lastModified().toMSecsSinceEpoch();
    const Run refused = onVault(f.vault, { s("attachment"), s("add"), f.reference, big });
    CHECK(refused.exitCode == 8);
    CHECK(refused.err.contains(s("big.bin")));
    CHECK(test::fileDigest(f.vault) == before);
    CHECK(QFileInfo(f.vault).lastModified().toMSecsSinceEpoch() == modified);
    CHECK_FALSE(QFileInfo::exists(f.vault + s("-journal")));
    CHECK(onVault(f.vault, { s("attachment"), s("list"), f.reference }).err.contains(s("no attachments")));

    // Under the limit: accepted; without the setting, the default limit (256 MiB) accepts both.
    ok(f.vault, { s("attachment"), s("add"), f.reference, small });
    QFile::remove(f.dir.file(s("config/AdviceHub/AdviceHub.conf")));
    ok(f.vault, { s("attachment"), s("add"), f.reference, big });
    CHECK(ok(f.vault, { s("attachment"), s("list"), f.reference }).out.contains(s("big.bin")));
}

TEST_CASE("search says in which attachment a word was found - text and OpenDocument")
{
    Fixture f;
    const QString other = ok(f.vault,
        { s("add"), s("--channel"), s("email"), s("--state"), s("KE"), s("--subject"), s("Visits"), s("--theme"),
            s("police_custody"), s("--received"), s("2025-06-03"), s("--request"), s("Visits to places") })
                              .out.trimmed();
    const QString text = f.source("minutes.txt", "Minutes mentioning the quorblat procedure.\n");
    const QString odt = f.source("law.odt", test::makeOdt("<text:p>Draft law on the vexmordine registers</text:p>"));
    ok(f.vault, { s("attachment"), s("add"), f.reference, text });
    ok(f.vault, { s("attachment"), s("add"), other, odt });
    CHECK(ok(f.vault, { s("attachment"), s("show"), s("2") }).out.contains(s("(text)")));

    const Run inText = ok(f.vault, { s("search"), s("quorblat") });
    CHECK(inText.out.contains(f.reference));
    CHECK_FALSE(inText.out.contains(other));
    CHECK(inText.out.contains(s("found in attachment: minutes.txt")));

    const Run inOdt = ok(f.vault, { s("search"), s("vexmordine") });
    CHECK(inOdt.out.contains(other));
    CHECK_FALSE(inOdt.out.contains(f.reference));
    CHECK(inOdt.out.contains(s("found in attachment: law.odt")));

    // A word of the query itself, not of an attachment: no such line.
    const Run inQuery = ok(f.vault, { s("search"), s("custody") });
    CHECK(inQuery.out.contains(f.reference));
    CHECK_FALSE(inQuery.out.contains(s("found in attachment")));
}

TEST_CASE("no plaintext of an attachment outside the vault after adding listing showing and searching it")
{
    Fixture f;
    const QByteArray marker = "zintrovaquel";
    const QString text = f.source("secret.txt", "Confidential statement naming " + marker + " in custody.\n");
    ok(f.vault, { s("attachment"), s("add"), f.reference, text, s("--description"), s("statement") });
    ok(f.vault, { s("attachment"), s("list"), f.reference });
    ok(f.vault, { s("attachment"), s("show"), s("1") });
    CHECK(ok(f.vault, { s("search"), QString::fromLatin1(marker) }).out.contains(s("found in attachment")));
    ok(f.vault, { s("list") });
    ok(f.vault, { s("compact") });

    // HOME, the XDG folders, TMPDIR and the vault's folder (the vault is encrypted: not there
    // either); SQLite's temporary files would go to /var/tmp (temp_store is MEMORY).
    int files = 0;
    for (const char* folder : { "home", "config", "data", "cache", "tmp", "vault" }) {
        QDirIterator it(f.dir.file(QString::fromLatin1(folder)), QDir::Files | QDir::Hidden | QDir::System,
            QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            ++files;
            INFO(file.toStdString());
            CHECK_FALSE(test::readFile(file).contains(marker));
        }
    }
    CHECK(files >= 1); // at least the vault was read
    QDirIterator varTmp(s("/var/tmp"), { s("etilqs_*") }, QDir::Files | QDir::Hidden);
    while (varTmp.hasNext()) {
        const QString file = varTmp.next();
        INFO(file.toStdString());
        CHECK_FALSE(test::readFile(file).contains(marker));
    }
}

} // namespace attachment_cli_test

namespace attachment_cli_test {

namespace {

// The #N a `note` printed ("... e-mail received #12 added to the timeline").
QString entryNumber(const QString& out)
{
    const QRegularExpressionMatch match
        = QRegularExpression(QStringLiteral("#(\\d+) added to the timeline")).match(out);
    REQUIRE(match.hasMatch());
    return match.captured(1);
}

} // namespace

TEST_CASE("attachment add --entry and attachment link tie a file to a timeline entry of its query")
{
    Fixture f;
    const QString entry = entryNumber(ok(f.vault,
        { s("note"), f.reference, s("--kind"), s("email_received"), s("--summary"), s("Letter of the ministry"),
            s("--when"), s("2026-03-02") })
                                          .out);
    const QString letter = f.source("letter.txt", "The ministry's letter about the registers.\n");
    const QString draft = f.source("draft.txt", "A draft law on custody registers.\n");

    // Added with the entry: list and show name it.
    const QString id
        = numbers(ok(f.vault, { s("attachment"), s("add"), f.reference, letter, s("--entry"), entry }).out).value(0);
    REQUIRE_FALSE(id.isEmpty());
    const Run listed = ok(f.vault, { s("attachment"), s("list"), f.reference });
    CHECK(listed.out.contains(s("ENTRY")));
    CHECK(QRegularExpression(s("#%1 .* #%2 +letter\\.txt").arg(id, entry)).match(listed.out).hasMatch());
    const Run shown = ok(f.vault, { s("attachment"), s("show"), id });
    CHECK(shown.out.contains(s("entry:        #%1 E-mail received 2026-03-02: Letter of the ministry").arg(entry)));

    // An entry of another query, or none at all: refused before anything is written.
    const QString other = ok(f.vault,
        { s("add"), s("--channel"), s("email"), s("--state"), s("GH"), s("--subject"), s("Other"), s("--theme"),
            s("police_custody"), s("--received"), s("2025-06-03"), s("--request"), s("Other request") })
                              .out.trimmed();
    const QString otherEntry = entryNumber(
        ok(f.vault, { s("note"), other, s("--kind"), s("email_received"), s("--summary"), s("Elsewhere") }).out);
    const Run refused = onVault(f.vault, { s("attachment"), s("add"), f.reference, draft, s("--entry"), otherEntry });
    CHECK(refused.exitCode == 8);
    CHECK(refused.err.contains(s("is not one of %1's entries").arg(f.reference)));
    CHECK(onVault(f.vault, { s("attachment"), s("add"), f.reference, draft, s("--entry"), s("99999") }).exitCode == 8);
    CHECK(onVault(f.vault, { s("attachment"), s("add"), f.reference, draft, s("--entry"), s("x") }).exitCode == 8);
    CHECK_FALSE(ok(f.vault, { s("attachment"), s("list"), f.reference }).out.contains(s("draft.txt")));

    // link: to none, then back; a wrong entry changes nothing; --entry and --none together is usage.
    const Run unlinked = ok(f.vault, { s("attachment"), s("link"), id, s("--none") });
    CHECK(unlinked.out.contains(s("no longer linked")));
    CHECK(ok(f.vault, { s("attachment"), s("show"), id }).out.contains(s("entry:        -")));
    CHECK(onVault(f.vault, { s("attachment"), s("link"), id, s("--entry"), otherEntry }).exitCode == 8);
    CHECK(ok(f.vault, { s("attachment"), s("show"), id }).out.contains(s("entry:        -")));
    CHECK(onVault(f.vault, { s("attachment"), s("link"), id }).exitCode == 2);
    CHECK(onVault(f.vault, { s("attachment"), s("link"), id, s("--entry"), entry, s("--none") }).exitCode == 2);
    const Run linked = ok(f.vault, { s("attachment"), s("link"), s("#") + id, s("--entry"), s("#") + entry });
    CHECK(linked.out.contains(s("linked to timeline entry #%1 E-mail received 2026-03-02").arg(entry)));
    CHECK(ok(f.vault, { s("attachment"), s("link"), id, s("--entry"), entry }).out.contains(s("nothing changed")));
    CHECK(ok(f.vault, { s("attachment"), s("show"), id }).out.contains(s("entry:        #%1").arg(entry)));
    // Each change is on the query's timeline.
    const Run timeline = ok(f.vault, { s("show"), f.reference });
    CHECK(timeline.out.contains(s("no longer linked to a timeline entry")));
    CHECK(timeline.out.contains(s("linked to timeline entry %1").arg(entry)));
}

} // namespace attachment_cli_test
