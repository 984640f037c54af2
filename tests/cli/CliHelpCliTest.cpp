// The help of advicehub-cli as a user reads it (issue 14): the commands grouped by topic, no
// "Excludes:" lists, the exit codes once, --as only where something is recorded, the codes of
// reference data listed, a mistyped command named; and `show` / `list` for people and scripts.
#include "CliApp.h"
#include "CliContext.h"
#include "CliTestSupport.h"
#include "TestSupport.h"
#include "reference/TsvTable.h"

#include <catch2/catch.hpp>

#include <CLI/CLI.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <memory>
#include <string>

// Everything of this file in a namespace of its own: the unity build puts several test files in
// one translation unit (tests/CMakeLists.txt).
namespace cli_help_cli_test {

using namespace advicehub;

using test::cli;
using test::onVault;
using test::s;
using Run = test::CliRun;

namespace {

// Every command path of the real parser ("init", "referral list", …), parents before children.
QList<QStringList> commandPaths()
{
    cli::CliContext context;
    int exitCode = 0;
    const std::unique_ptr<CLI::App> app = cli::makeCliApp(context, exitCode, true);
    QList<QStringList> paths;
    std::function<void(const CLI::App*, const QStringList&)> walk
        = [&](const CLI::App* command, const QStringList& path) {
              for (const CLI::App* sub : command->get_subcommands({})) {
                  const QStringList subPath = path + QStringList { QString::fromStdString(sub->get_name()) };
                  paths << subPath;
                  walk(sub, subPath);
              }
          };
    walk(app.get(), {});
    return paths;
}

Run help(const QStringList& path)
{
    return cli(path + QStringList { s("--help") });
}

// The headings of a help text ("Options:", "Vault:", …) and the first word of the lines under each.
QMap<QString, QStringList> sections(const QString& text)
{
    QMap<QString, QStringList> result;
    QString heading;
    static const QRegularExpression headingLine(s("^([A-Z][^:]*):$"));
    static const QRegularExpression entryLine(s("^  (\\S+)"));
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        if (const QRegularExpressionMatch m = headingLine.match(line); m.hasMatch())
            heading = m.captured(1);
        else if (const QRegularExpressionMatch e = entryLine.match(line); e.hasMatch() && !heading.isEmpty())
            result[heading] << e.captured(1);
    }
    return result;
}

} // namespace

TEST_CASE("the top-level help lists every command once under a topic heading")
{
    const Run top = help({});
    REQUIRE(top.exitCode == 0);
    const QMap<QString, QStringList> headings = sections(top.out);
    const QStringList topics { s("Vault"), s("Queries"), s("Casework"), s("Referrals & partners"),
        s("Drafts & templates"), s("Attachments"), s("Printing"), s("Library"), s("Advisers"), s("Holidays"),
        s("Backups") };
    for (const QString& topic : topics) {
        INFO(topic.toStdString());
        CHECK(headings.contains(topic));
    }
    CHECK_FALSE(headings.contains(s("Subcommands")));
    CHECK_FALSE(headings.contains(s("Other commands")));
    // The topics in this order.
    qsizetype previous = -1;
    for (const QString& topic : topics) {
        const qsizetype at = top.out.indexOf(QLatin1Char('\n') + topic + s(":\n"));
        CHECK(at > previous);
        previous = at;
    }
    QStringList listed;
    for (const QString& topic : topics)
        listed += headings.value(topic);
    for (const QStringList& path : commandPaths()) {
        if (path.size() != 1)
            continue;
        INFO(path.first().toStdString());
        CHECK(listed.count(path.first()) == 1);
    }
    // One short line each: no line of the help is wider than a terminal.
    for (const QString& line : top.out.split(QLatin1Char('\n'))) {
        INFO(line.toStdString());
        CHECK(line.size() <= 80);
    }
}

TEST_CASE("no help lists excluded options and only the top-level help has the exit codes")
{
    const Run top = help({});
    CHECK(top.out.contains(s("Exit codes:\n  0  success")));
    CHECK(top.out.contains(s("9  not allowed in the current state")));
    CHECK_FALSE(top.out.contains(s("Excludes")));
    const QList<QStringList> paths = commandPaths();
    CHECK(paths.size() > 90);
    for (const QStringList& path : paths) {
        INFO(path.join(QLatin1Char(' ')).toStdString());
        const Run run = help(path);
        CHECK(run.exitCode == 0);
        CHECK_FALSE(run.out.contains(s("Excludes")));
        CHECK_FALSE(run.out.contains(s("Exit codes")));
        CHECK(run.out.contains(s("Usage: advicehub-cli ") + path.join(QLatin1Char(' '))));
    }
}

TEST_CASE("only commands that change the vault offer --as")
{
    for (const char* readOnly : { "list", "search", "show", "info", "check", "saved list", "print register",
             "referral list", "referral show", "partner list", "draft list", "draft show", "attachment list",
             "library list", "template list", "adviser list", "holiday list" }) {
        INFO(readOnly);
        const QStringList path = s(readOnly).split(QLatin1Char(' '));
        CHECK_FALSE(help(path).out.contains(s("--as")));
    }
    for (const char* changing : { "add", "edit", "status", "note", "export", "import", "referral add", "draft new",
             "print summary", "adviser rename", "holiday add", "saved add" }) {
        INFO(changing);
        const Run run = help(s(changing).split(QLatin1Char(' ')));
        CHECK(run.out.contains(s("--as NAME")));
        CHECK(run.out.contains(s("becomes the default")));
    }
    // The "mine" view names its adviser with --for; --as is refused where nothing is recorded.
    CHECK(help({ s("list") }).out.contains(s("--for NAME")));
    test::TempDir dir;
    const QString vault = test::vaultWithAdviser(dir);
    CHECK(onVault(vault, { s("list"), s("--as"), s("Amara Quillfeather") }).exitCode == 2);
    CHECK(onVault(vault, { s("print"), s("register"), s("--as"), s("Amara Quillfeather") }).exitCode == 2);
    const Run mine = onVault(vault, { s("list"), s("--view"), s("mine"), s("--for"), s("Amara Quillfeather") });
    CHECK(mine.exitCode == 0);
}

TEST_CASE("the help says the default order and lists the codes of reference data")
{
    const QString list = help({ s("list") }).out.simplified(); // the help's lines are wrapped
    CHECK(list.contains(s("Without --sort: by date received, newest first")));
    CHECK(list.contains(s("(--desc: descending)")));

    // Every theme, channel, language and institution type code the vault is seeded with, wrapped
    // as the help wraps it: compared without the line breaks.
    const QString add = help({ s("add") }).out.simplified();
    for (const char* table : { "themes", "channels", "languages", "institution_types" }) {
        const reference::TsvTable codes = reference::TsvTable::load(s(":/reference/%1.tsv").arg(QLatin1String(table)));
        REQUIRE(codes.size() > 3);
        for (std::size_t row = 0; row < codes.size(); ++row) {
            const QString code = codes.value(row, s("code"));
            INFO(table << ": " << code.toStdString());
            CHECK(add.contains(QRegularExpression(s("[ :]%1(,|$| )").arg(QRegularExpression::escape(code)))));
        }
    }
    CHECK(add.contains(s("urgent, high, normal, low")));
    CHECK(help({ s("list") }).out.simplified().contains(s("oversight_npm_nhri")));
}

TEST_CASE("a mistyped command is named with the command meant")
{
    const Run top = cli({ s("lst") });
    CHECK(top.exitCode == 2);
    CHECK(top.err.contains(s("'lst' is not a command. Did you mean 'list'?")));
    CHECK_FALSE(top.err.contains(s("A subcommand is required")));
    const Run withVault = cli({ s("--vault"), s("x.ahv"), s("shwo"), s("AH-2026-0001") });
    CHECK(withVault.exitCode == 2);
    CHECK(withVault.err.contains(s("'shwo' is not a command. Did you mean 'show'?")));
    const Run nested = cli({ s("--vault"), s("x.ahv"), s("referral"), s("lst") });
    CHECK(nested.exitCode == 2);
    CHECK(nested.err.contains(s("'lst' is not a referral command. Did you mean 'list'?")));
    const Run far = cli({ s("frobnicate") });
    CHECK(far.exitCode == 2);
    CHECK(far.err.contains(s("'frobnicate' is not a command. See 'advicehub-cli --help'.")));
    // A command's argument is not taken for a command.
    CHECK_FALSE(cli({ s("show"), s("lst") }).err.contains(s("is not a")));
}

TEST_CASE("show prints labels and a dash for empty values and --format json for scripts")
{
    test::TempDir dir;
    const QString vault = test::vaultWithAdviser(dir);
    const Run added = onVault(vault,
        { s("add"), s("--channel"), s("email"), s("--state"), s("GH"), s("--theme"), s("training"), s("--subject"),
            s("Training of prison staff"), s("--request"), s("Please help."), s("--priority"), s("high") });
    REQUIRE(added.exitCode == 0);
    const QString reference = added.out.trimmed();

    const Run text = onVault(vault, { s("show"), reference });
    REQUIRE(text.exitCode == 0);
    INFO(text.out.toStdString());
    // Labels, aligned; "—" for no value; no code next to a label.
    CHECK(text.out.contains(s("\nStatus:            New\n")));
    CHECK(text.out.contains(s("\nPriority:          High\n")));
    CHECK(text.out.contains(s("\nChannel:           Email\n")));
    CHECK(text.out.contains(s("\nRequesting State:  Ghana\n")));
    CHECK(text.out.contains(s("\nLanguage:          English\n")));
    CHECK(text.out.contains(s("\nInstitution:       \u2014\n")));
    CHECK(text.out.contains(s("\nRoute:             \u2014\n")));
    CHECK_FALSE(text.out.contains(s("(new)")));
    for (const QString& line : text.out.split(QLatin1Char('\n'))) {
        INFO(line.toStdString());
        CHECK_FALSE(line.endsWith(QLatin1Char(' ')));
    }

    const Run json = onVault(vault, { s("show"), reference, s("--format"), s("json") });
    REQUIRE(json.exitCode == 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.out.toUtf8(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(document.isObject());
    const QJsonObject o = document.object();
    CHECK(o.value(s("reference")).toString() == reference);
    CHECK(o.value(s("status")).toString() == s("new"));
    CHECK(o.value(s("priority")).toString() == s("high"));
    CHECK(o.value(s("channel_code")).toString() == s("email"));
    CHECK(o.value(s("state_iso2")).toString() == s("GH"));
    CHECK(o.value(s("language")).toString() == s("en"));
    CHECK(o.value(s("theme_codes")).toArray() == QJsonArray { s("training") });
    CHECK(o.value(s("subject")).toString() == s("Training of prison staff"));
    CHECK(o.value(s("route")).isNull());
    CHECK(o.value(s("links")).isArray());
    REQUIRE(o.value(s("timeline")).isArray());
    CHECK(o.value(s("timeline")).toArray().first().toObject().value(s("kind")).toString() == s("created"));

    const Run listed = onVault(vault, { s("list"), s("--format"), s("json") });
    REQUIRE(listed.exitCode == 0);
    const QJsonDocument rows = QJsonDocument::fromJson(listed.out.toUtf8(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(rows.isArray());
    REQUIRE(rows.array().size() == 1);
    const QJsonObject row = rows.array().first().toObject();
    CHECK(row.value(s("reference")).toString() == reference);
    CHECK(row.value(s("status")).toString() == s("new"));
    CHECK(row.value(s("priority")).toString() == s("high"));
    CHECK(row.value(s("adviser")).isNull());
    CHECK(onVault(vault, { s("show"), reference, s("--format"), s("yaml") }).exitCode == 2);
}

} // namespace cli_help_cli_test
