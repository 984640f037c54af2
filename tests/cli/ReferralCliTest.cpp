// The partner directory and referrals with consent on the command line (issue 10;
// cli/PartnerCommands.cpp, cli/ReferralCommands.cpp), driven as a user would from a script: the
// passphrase on standard input, case content from files, the effect checked with the commands
// and in the core. A refused command must leave the vault byte for byte as it was.
#include "CliTestSupport.h"
#include "TestSupport.h"
#include "common/Clock.h"
#include "partners/PartnerService.h"
#include "referrals/ReferralService.h"
#include "session/Session.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QThread>

#include <fcntl.h>
#include <sys/stat.h>

// Everything of this file in a namespace of its own: the unity build puts several test files in
// one translation unit (tests/CMakeLists.txt).
namespace referral_cli_test {

using namespace advicehub;
using test::cli;
using test::onVault;
using test::s;
using test::vaultWithAdviser;
using Run = test::CliRun;

namespace {

const char* const Head = "Hana Okonkwo";

std::unique_ptr<Session> inCore(const QString& vault)
{
    static const SystemClock clock;
    Result<std::unique_ptr<Session>> session = Session::open(test::openVault(vault), clock);
    REQUIRE(session.ok());
    return std::move(session).value();
}

queries::Query queryIn(Session& session, const QString& reference)
{
    Result<queries::QueryService::Resolved> found = session.queries().findByReference(reference);
    REQUIRE(found.ok());
    return found->query;
}

// A query received on 2025-06-02 from Ghana (Africa), in French, about police custody.
QString addQuery(const QString& vault, const char* subject = "Custody safeguards")
{
    const Run added = onVault(vault,
        { s("add"), s("--channel"), s("email"), s("--state"), s("GH"), s("--subject"), s(subject), s("--theme"),
            s("police_custody"), s("--language"), s("fr"), s("--received"), s("2025-06-02"), s("--request"),
            s("Registers of custody") });
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    return added.out.trimmed();
}

// Runs a command that must succeed; returns what it printed.
Run ok(const QString& vault, const QStringList& arguments, const QByteArray& input = {})
{
    const Run run = onVault(vault, arguments, input);
    INFO(arguments.join(QLatin1Char(' ')).toStdString());
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return run;
}

// The number a command printed as #N (the first one).
QString number(const QString& out)
{
    const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("#(\\d+)")).match(out);
    REQUIRE(match.hasMatch());
    return match.captured(1);
}

// The file's modification time to the nanosecond.
timespec modificationTime(const QString& path)
{
    struct stat info { };
    REQUIRE(::stat(QFile::encodeName(path).constData(), &info) == 0);
    return info.st_mtim;
}

// Runs a command that must be refused with `exitCode` and a message containing `message`, and
// checks that the vault file did not change at all: neither its bytes nor its modification time
// (moved an hour back first, so that any write shows even on a file system with coarse times).
Run refused(const QString& vault, const QStringList& arguments, int exitCode, const QString& message,
    const QByteArray& input = {})
{
    timespec aged = modificationTime(vault);
    aged.tv_sec -= 3600;
    const timespec times[2] = { aged, aged };
    REQUIRE(::utimensat(AT_FDCWD, QFile::encodeName(vault).constData(), times, 0) == 0);
    const QByteArray before = test::fileDigest(vault);
    const Run run = onVault(vault, arguments, input);
    INFO(arguments.join(QLatin1Char(' ')).toStdString());
    INFO(run.err.toStdString());
    CHECK(run.exitCode == exitCode);
    CHECK(run.err.contains(message, Qt::CaseInsensitive));
    CHECK(test::fileDigest(vault) == before);
    const timespec after = modificationTime(vault);
    CHECK(after.tv_sec == aged.tv_sec);
    CHECK(after.tv_nsec == aged.tv_nsec);
    CHECK_FALSE(QFileInfo::exists(vault + QStringLiteral("-journal")));
    return run;
}

QString file(const test::TempDir& dir, const char* name, const QByteArray& content)
{
    const QString path = dir.file(QString::fromLatin1(name));
    test::writeFile(path, content);
    return path;
}

// The NUL-separated arguments of a running process, as any local user can read them (waits for
// the exec to have set them up, as ContentOffCommandLineCliTest does).
QByteArray commandLineOf(qint64 pid)
{
    QElapsedTimer waited;
    waited.start();
    QByteArray arguments;
    while (arguments.isEmpty() && waited.elapsed() < 10000) {
        QFile file(QStringLiteral("/proc/%1/cmdline").arg(pid));
        REQUIRE(file.open(QIODevice::ReadOnly));
        arguments = file.readAll();
        if (arguments.isEmpty())
            QThread::msleep(1); // polled: the exec finishes within microseconds
    }
    REQUIRE_FALSE(arguments.isEmpty());
    return arguments;
}

} // namespace

TEST_CASE("help lists the partner and referral commands, each with the exit codes")
{
    const Run help = cli({ s("--help") });
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QLatin1String("\n  partner ")));
    CHECK(help.out.contains(QLatin1String("\n  referral ")));
    const QList<QStringList> commands { { s("partner"), s("list") }, { s("partner"), s("show") },
        { s("partner"), s("add") }, { s("partner"), s("edit") }, { s("partner"), s("deactivate") },
        { s("partner"), s("reactivate") }, { s("partner"), s("remove") }, { s("referral"), s("list") },
        { s("referral"), s("show") }, { s("referral"), s("add") }, { s("referral"), s("edit") },
        { s("referral"), s("consent") }, { s("referral"), s("consent-withdraw") }, { s("referral"), s("consents") },
        { s("referral"), s("status") }, { s("referral"), s("suggest") } };
    for (const QStringList& command : commands) {
        INFO(command.join(QLatin1Char(' ')).toStdString());
        const Run sub = cli(command + QStringList { s("--help") });
        CHECK(sub.exitCode == 0);
        CHECK_FALSE(sub.out.contains(QLatin1String("Exit codes"))); // the top-level help alone has them
    }
    // Case content and personal data have their file forms.
    const Run add = cli({ s("referral"), s("add"), s("--help") });
    CHECK(add.out.contains(QLatin1String("--reason-file")));
    const Run consent = cli({ s("referral"), s("consent"), s("--help") });
    CHECK(consent.out.contains(QLatin1String("--given-by-file")));
    CHECK(consent.out.contains(QLatin1String("--notes-file")));
    const Run status = cli({ s("referral"), s("status"), s("--help") });
    CHECK(status.out.contains(QLatin1String("--override-justification-file")));
    CHECK(status.out.contains(QLatin1String("--outcome-file")));
    CHECK(status.out.contains(QLatin1String("--move-query")));
    CHECK(cli({ s("partner"), s("add"), s("--help") }).out.contains(QLatin1String("--contacts-file")));
}

TEST_CASE("partners: add, list, show, edit with its history, deactivate, reactivate, remove")
{
    test::TempDir dir;
    const QString vault = vaultWithAdviser(dir);
    const QString description = file(dir, "description.txt", "Research centre on custody safeguards.\n");
    const Run added = ok(vault,
        { s("partner"), s("add"), s("--name"), s("Zorvex Custody Centre"), s("--acronym"), s("ZCC"), s("--type"),
            s("academic"), s("--theme"), s("police_custody"), s("--region"), s("AF"), s("--language"), s("fr"),
            s("--contact"), s("Ada Brightwater|Director|ada@zcc.example|+41 22 555 0101"), s("--description-file"),
            description });
    CHECK(added.out.contains(QLatin1String("Added partner Zorvex Custody Centre (ZCC)")));

    const Run list = ok(vault, { s("partner"), s("list") });
    CHECK(list.out.startsWith(QLatin1String("ID ")));
    CHECK(list.out.contains(QLatin1String("Association for the Prevention of Torture"))); // seeded, editable records
    CHECK(list.out.contains(QLatin1String("Zorvex Custody Centre")));
    const Run searched = ok(vault, { s("partner"), s("list"), s("--search"), s("zorvex") });
    CHECK(searched.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size() == 2);
    const Run academic = ok(vault, { s("partner"), s("list"), s("--type"), s("academic") });
    CHECK(academic.out.contains(QLatin1String("ZCC")));
    CHECK_FALSE(academic.out.contains(QLatin1String("APT")));

    const Run show = ok(vault, { s("partner"), s("show"), s("zcc") });
    CHECK(show.out.startsWith(QLatin1String("Zorvex Custody Centre (ZCC)")));
    CHECK(show.out.contains(QLatin1String("Academic")));
    CHECK(show.out.contains(QLatin1String("Police custody and safeguards")));
    CHECK(show.out.contains(QLatin1String("Africa")));
    CHECK(show.out.contains(QLatin1String("French")));
    CHECK(show.out.contains(QLatin1String("Ada Brightwater, Director, ada@zcc.example, +41 22 555 0101")));
    CHECK(show.out.contains(QLatin1String("    Research centre on custody safeguards.")));

    const Run edited = ok(vault,
        { s("partner"), s("edit"), s("Zorvex Custody Centre"), s("--acronym"), s("ZOCC"), s("--strategic"),
            s("--region"), s("AF"), s("--region"), s("EU") });
    CHECK(edited.out.startsWith(QLatin1String("Zorvex Custody Centre (ZOCC) changed:")));
    CHECK(edited.out.contains(s("ZCC \u2192 ZOCC")));
    CHECK(edited.out.contains(QLatin1String("Amara Quillfeather")));
    {
        const auto session = inCore(vault);
        Result<partners::Partner> partner = session->partners().find(s("ZOCC"));
        REQUIRE(partner.ok());
        CHECK(partner->fields.strategic);
        CHECK(partner->fields.regionIds.size() == 2);
        CHECK(partner->fields.themeIds.size() == 1); // not given: unchanged
        CHECK(partner->fields.contacts.size() == 1);
    }
    const Run same = ok(vault, { s("partner"), s("edit"), s("ZOCC"), s("--acronym"), s("ZOCC") });
    CHECK(same.out.contains(QLatin1String("nothing to change")));
    const Run history = ok(vault, { s("partner"), s("show"), s("ZOCC"), s("--history") });
    CHECK(history.out.contains(QLatin1String("History:")));
    CHECK(history.out.contains(QLatin1String("created")));
    CHECK(history.out.contains(s("ZCC \u2192 ZOCC")));

    SECTION("bad input is refused, every problem listed, and nothing is written")
    {
        const Run bad = refused(vault,
            { s("partner"), s("add"), s("--name"), s("Association for the prevention of torture "), s("--type"),
                s("club"), s("--theme"), s("astrology") },
            8, s("the partner was not added"));
        CHECK(bad.err.contains(QLatin1String("--type: unknown type")));
        CHECK(bad.err.contains(QLatin1String("ngo, un_body"))); // the valid codes
        CHECK(bad.err.contains(QLatin1String("--theme: unknown theme")));
        CHECK(bad.err.contains(QLatin1String("--name:"))); // the name is taken, whatever its case
        refused(vault, { s("partner"), s("edit"), s("ZOCC"), s("--name"), s("  ") }, 8, s("--name:"));
        refused(vault, { s("partner"), s("edit"), s("ZOCC"), s("--contact"), s("A|B|C|D|E") }, 8, s("--contact 1:"));
        refused(vault, { s("partner"), s("show"), s("Nobody at all") }, 8, s("there is no partner called"));
        refused(vault, { s("partner"), s("deactivate"), s("Nobody") }, 8, s("there is no partner called"));
        refused(vault, { s("partner"), s("add"), s("--name"), s("X") }, 2, s("--type"));
    }
    SECTION("new contacts replace the old; one of the same name stays the same contact (referrals name it)")
    {
        qint64 contactId = 0;
        {
            const auto session = inCore(vault);
            contactId = session->partners().find(s("ZOCC"))->fields.contacts.at(0).id;
        }
        const QString contacts
            = file(dir, "contacts.txt", "ada brightwater|Head of research||\nKofi Mensah|Trainer|kofi@zcc.example|\n");
        ok(vault, { s("partner"), s("edit"), s("ZOCC"), s("--contacts-file"), contacts });
        {
            const auto session = inCore(vault);
            const std::vector<partners::PartnerContact> now = session->partners().find(s("ZOCC"))->fields.contacts;
            REQUIRE(now.size() == 2);
            CHECK(now.at(0).id == contactId);
            CHECK(now.at(0).role == s("Head of research"));
            CHECK(now.at(1).id != contactId);
        }
        ok(vault, { s("partner"), s("edit"), s("ZOCC"), s("--contact"), s("") });
        const auto session = inCore(vault);
        CHECK(session->partners().find(s("ZOCC"))->fields.contacts.empty());
    }
    SECTION("deactivate and reactivate; a partner without referrals can be removed")
    {
        const Run off = ok(vault, { s("partner"), s("deactivate"), s("ZOCC") });
        CHECK(off.out.contains(QLatin1String("is now inactive")));
        CHECK_FALSE(ok(vault, { s("partner"), s("list") }).out.contains(QLatin1String("ZOCC")));
        CHECK(ok(vault, { s("partner"), s("list"), s("--all") }).out.contains(QLatin1String("inactive")));
        CHECK(ok(vault, { s("partner"), s("deactivate"), s("ZOCC") }).out.contains(QLatin1String("nothing to change")));
        CHECK(ok(vault, { s("partner"), s("reactivate"), s("ZOCC") }).out.contains(QLatin1String("active again")));
        CHECK(ok(vault, { s("partner"), s("remove"), s("ZOCC") }).out.contains(QLatin1String("Removed partner")));
        refused(vault, { s("partner"), s("show"), s("ZOCC") }, 8, s("there is no partner called"));
    }
}

TEST_CASE("the whole life of a referral through the command line, from suggestion to completion")
{
    test::TempDir dir;
    const QString vault = vaultWithAdviser(dir);
    ok(vault, { s("adviser"), s("add"), s(Head), s("--role"), s("head") });
    const QString reference = addQuery(vault);
    ok(vault, { s("status"), reference, s("triaged"), s("--route"), s("refer"), s("--as"), s("Amara Quillfeather") });
    ok(vault,
        { s("partner"), s("add"), s("--name"), s("Zorvex Custody Centre"), s("--acronym"), s("ZCC"), s("--type"),
            s("academic"), s("--theme"), s("police_custody"), s("--region"), s("AF"), s("--language"), s("fr"),
            s("--contact"), s("Ada Brightwater|Director||") });

    // Suggested, with its reasons.
    const Run suggested = ok(vault, { s("referral"), s("suggest"), reference });
    CHECK(suggested.out.startsWith(QLatin1String("RANK")));
    CHECK(suggested.out.contains(QLatin1String("Zorvex Custody Centre")));
    CHECK(suggested.out.contains(QLatin1String("why: ")));
    CHECK(suggested.out.contains(QLatin1String("Police custody"), Qt::CaseInsensitive));
    CHECK(ok(vault, { s("referral"), s("suggest"), reference, s("--limit"), s("1") })
              .out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)
              .size()
        == 3); // the heading, one partner, its reasons

    // Proposed, the reason from standard input.
    const Run proposed = ok(vault,
        { s("referral"), s("add"), reference, s("--partner"), s("zcc"), s("--share"), s("subject,themes,request_text"),
            s("--reason-file"), s("-"), s("--contact"), s("ada brightwater"), s("--proposed"), s("2025-06-04") },
        "ZCC trains custody officers in West Africa.\n");
    CHECK(proposed.out.contains(reference + s(": referral #")));
    CHECK(proposed.err.contains(QLatin1String("referral consent ") + reference)); // what comes next
    const QString id = number(proposed.out);

    // Not sent without consent, nor on a non-head's override; nothing written either time.
    const Run withoutConsent = refused(vault, { s("referral"), s("status"), id, s("sent") }, 9, s("consent"));
    CHECK_FALSE(withoutConsent.err.contains(QLatin1String("it can become:"))); // the lifecycle allows it
    const Run wrongMove = refused(vault, { s("referral"), s("status"), id, s("accepted") }, 9, s("it can become:"));
    CHECK(wrongMove.err.contains(QLatin1String("consent_obtained, sent, withdrawn")));
    const QString justification = file(
        dir, "justification.txt", "The State asked us by telephone to proceed urgently; written consent follows.\n");
    refused(vault, { s("referral"), s("status"), id, s("sent"), s("--override-justification-file"), justification }, 9,
        s("head"));

    // A consent that does not cover every shared field does not count.
    const QString givenBy = file(dir, "given-by.txt", "Kwame Asante-Mbeki\n");
    const Run partial = ok(vault,
        { s("referral"), s("consent"), reference, s("--partner"), s("ZCC"), s("--fields"), s("subject,themes"),
            s("--form"), s("note_verbale"), s("--given-by-file"), givenBy, s("--date"), s("2025-06-05") });
    CHECK(partial.out.contains(QLatin1String("not covered")));
    refused(vault, { s("referral"), s("status"), id, s("sent") }, 9, s("consent"));

    // One that covers them does.
    const Run consent = ok(vault,
        { s("referral"), s("consent"), reference, s("--partner"), s("ZCC,APT"), s("--fields"),
            s("subject,themes,request_text"), s("--form"), s("written"), s("--given-by-file"), givenBy, s("--function"),
            s("Director of Legal Affairs"), s("--date"), s("2025-06-06") });
    const QString consentId = number(consent.out);
    CHECK(consent.out.contains(QStringLiteral("covered by consent #%1").arg(consentId)));
    const Run consents = ok(vault, { s("referral"), s("consents"), reference });
    CHECK(consents.out.contains(QLatin1String("note_verbale")));
    CHECK(consents.out.contains(QLatin1String("written")));
    CHECK(consents.out.contains(QLatin1String("Kwame Asante-Mbeki, Director of Legal Affairs")));

    // Sent, which only offers to move the query; then accepted, then completed with an outcome.
    bool stillProposed = false;
    {
        const auto session = inCore(vault);
        Result<referrals::Referral> referral = session->referrals().get(id.toLongLong());
        REQUIRE(referral.ok());
        stillProposed = referral->status == referrals::ReferralStatus::Proposed; // the consent may move it
    }
    if (stillProposed)
        ok(vault, { s("referral"), s("status"), id, s("consent_obtained") });
    const Run sent = ok(vault, { s("referral"), s("status"), id, s("sent"), s("--date"), s("2025-06-09") });
    CHECK(sent.out.contains(s("\u2192 sent")));
    CHECK(sent.err.contains(QStringLiteral("status %1 referred").arg(reference))); // offered, not forced
    {
        const auto session = inCore(vault);
        CHECK(queryIn(*session, reference).status == queries::QueryStatus::Triaged);
    }
    refused(vault, { s("referral"), s("edit"), id, s("--share"), s("subject") }, 9, s("sent"));
    ok(vault, { s("referral"), s("status"), id, s("accepted"), s("--date"), s("2025-06-12") });
    const QString outcome = file(dir, "outcome.txt", "Two training sessions held for custody officers.\n");
    const Run completed = ok(vault,
        { s("referral"), s("status"), id, s("completed"), s("--outcome-file"), outcome, s("--date"), s("2025-07-01") });
    CHECK(completed.out.contains(s("accepted \u2192 completed")));
    refused(vault, { s("referral"), s("status"), id, s("withdrawn"), s("--reason"), s("Too late") }, 9,
        s("it can become: nothing"));

    const Run shown = ok(vault, { s("referral"), s("show"), id });
    CHECK(shown.out.contains(QLatin1String("Completed (completed)")));
    CHECK(shown.out.contains(QStringLiteral("covered by consent #%1").arg(consentId)));
    CHECK(shown.out.contains(QLatin1String("2025-06-09")));
    CHECK(shown.out.contains(QLatin1String("    Two training sessions held for custody officers.")));
    CHECK(shown.out.contains(QLatin1String("Request text")));

    // A second referral, to APT, sent without consent for its field on a head's written override,
    // and the query moved to "referred" with it.
    const Run second = ok(vault,
        { s("referral"), s("add"), reference, s("--partner"), s("APT"), s("--share"), s("subject,institution"),
            s("--reason"), s("APT works with the national preventive mechanism") });
    const QString secondId = number(second.out);
    const QString shortJustification = file(dir, "short.txt", "Urgent.\n");
    refused(vault,
        { s("referral"), s("status"), secondId, s("sent"), s("--override-justification-file"), shortJustification,
            s("--as"), s(Head) },
        8, s("20"));
    const Run overridden = ok(vault,
        { s("referral"), s("status"), secondId, s("sent"), s("--override-justification-file"), justification,
            s("--move-query"), s("--as"), s(Head) });
    CHECK(overridden.out.contains(QLatin1String("OVERRIDDEN")));
    CHECK(overridden.out.contains(s("triaged \u2192 referred")));
    {
        const auto session = inCore(vault);
        CHECK(queryIn(*session, reference).status == queries::QueryStatus::Referred);
        Result<referrals::Referral> referral = session->referrals().get(secondId.toLongLong());
        REQUIRE(referral.ok());
        CHECK(referral->consentState == referrals::ConsentState::Overridden);
        CHECK(referral->overrideByName == s(Head));
    }
    CHECK(ok(vault, { s("referral"), s("show"), secondId }).out.contains(QLatin1String("OVERRIDDEN")));
    const Run listed = ok(vault, { s("referral"), s("list"), reference });
    CHECK(listed.out.contains(QStringLiteral("#%1 ").arg(id)));
    CHECK(listed.out.contains(QLatin1String("OVERRIDDEN")));
    const Run open = ok(vault, { s("referral"), s("list"), s("--open") });
    CHECK(open.out.contains(QStringLiteral("#%1 ").arg(secondId)));
    CHECK_FALSE(open.out.contains(QStringLiteral("#%1 ").arg(id)));
    CHECK(
        ok(vault, { s("referral"), s("list"), s("--partner"), s("ZCC") }).out.contains(QStringLiteral("#%1 ").arg(id)));

    // The timeline shows each step, the override marked as such.
    const Run timeline = ok(vault, { s("show"), reference });
    INFO(timeline.out.toStdString());
    const QString steps = timeline.out.mid(timeline.out.indexOf(QLatin1String("\nTimeline:")));
    CHECK(steps.count(QLatin1String("Zorvex Custody Centre")) >= 4); // proposed, sent, accepted, completed
    CHECK(steps.contains(QLatin1String("onsent"))); // the consents
    CHECK(steps.contains(QLatin1String("verrid"))); // the override
    CHECK(steps.contains(s("Triaged \u2192 Referred")));

    // Reading writes nothing: neither the vault's bytes nor its modification time change.
    {
        const QByteArray before = test::fileDigest(vault);
        const QList<QStringList> reads { { s("partner"), s("list"), s("--all") },
            { s("partner"), s("show"), s("ZCC"), s("--history") }, { s("referral"), s("list") },
            { s("referral"), s("list"), s("--follow-up") }, { s("referral"), s("show"), id },
            { s("referral"), s("consents"), reference }, { s("referral"), s("suggest"), reference },
            { s("show"), reference } };
        for (const QStringList& read : reads)
            ok(vault, read);
        CHECK(test::fileDigest(vault) == before);
    }

    // A partner with referrals can be deactivated, never removed.
    refused(vault, { s("partner"), s("remove"), s("ZCC") }, 9, s("deactivate"));
    CHECK(ok(vault, { s("partner"), s("deactivate"), s("ZCC") }).out.contains(QLatin1String("is now inactive")));
    CHECK_FALSE(ok(vault, { s("referral"), s("suggest"), reference }).out.contains(QLatin1String("Zorvex")));
    CHECK(ok(vault, { s("referral"), s("list"), reference }).out.contains(QLatin1String("Zorvex Custody Centre")));
}

TEST_CASE("bad referral input is refused, each with its own message, and nothing is written")
{
    test::TempDir dir;
    const QString vault = vaultWithAdviser(dir);
    const QString reference = addQuery(vault);
    const QString id = number(ok(vault,
        { s("referral"), s("add"), reference, s("--partner"), s("APT"), s("--share"), s("subject"), s("--reason"),
            s("Safeguards expertise") })
                                  .out);

    refused(vault,
        { s("referral"), s("add"), reference, s("--partner"), s("Nobody"), s("--share"), s("subject"), s("--reason"),
            s("x") },
        8, s("there is no partner called"));
    const Run field = refused(vault,
        { s("referral"), s("add"), reference, s("--partner"), s("OHCHR"), s("--share"), s("subject,gossip"),
            s("--reason"), s("x") },
        8, s("--share: unknown field"));
    CHECK(field.err.contains(QLatin1String("subject, request_text, themes, articles, state, institution, "
                                           "contact_person, notes")));
    refused(vault, { s("referral"), s("add"), reference, s("--partner"), s("OHCHR"), s("--share"), s("subject") }, 2,
        s("--reason"));
    refused(vault,
        { s("referral"), s("add"), reference, s("--partner"), s("OHCHR"), s("--share"), s("subject"), s("--reason"),
            s("x"), s("--proposed"), s("2025-05-01") },
        8, s("receiv"));
    refused(vault,
        { s("referral"), s("add"), reference, s("--partner"), s("OHCHR"), s("--share"), s("subject"), s("--reason"),
            s("x"), s("--follow-up"), s("2020-01-01") },
        8, s("follow"));
    refused(vault,
        { s("referral"), s("add"), reference, s("--partner"), s("OHCHR"), s("--share"), s("subject"), s("--reason"),
            s("x"), s("--proposed"), s("2025-13-40") },
        8, s("--proposed expects a date"));
    refused(vault,
        { s("referral"), s("add"), reference, s("--partner"), s("APT"), s("--share"), s("subject"), s("--reason"),
            s("again") },
        9, s("open referral"));
    refused(vault,
        { s("referral"), s("add"), reference, s("--partner"), s("OHCHR"), s("--share"), s("subject"), s("--reason"),
            s("x"), s("--contact"), s("Secret Person") },
        8, s("no such contact"));
    refused(vault,
        { s("referral"), s("add"), s("AH-2025-0999"), s("--partner"), s("OHCHR"), s("--share"), s("subject"),
            s("--reason"), s("x") },
        8, QString());

    const Run status = refused(vault, { s("referral"), s("status"), id, s("posted") }, 8, s("unknown status"));
    CHECK(status.err.contains(
        QLatin1String("proposed, consent_obtained, sent, accepted, declined, completed, withdrawn")));
    refused(vault, { s("referral"), s("status"), s("9999"), s("sent") }, 8, s("there is no referral #9999"));
    refused(vault, { s("referral"), s("status"), s("x"), s("sent") }, 8, s("is not a referral number"));
    refused(vault, { s("referral"), s("status"), id, s("withdrawn") }, 8, s("reason"));
    refused(vault, { s("referral"), s("status"), id, s("accepted"), s("--move-query") }, 2, s("--move-query"));
    refused(vault, { s("referral"), s("status"), id, s("sent"), s("--move-query") }, 9,
        s("cannot become referred")); // the query is new: nothing changes, the referral is not sent either
    refused(vault, { s("referral"), s("show"), s("12345") }, 8, s("there is no referral"));

    const QString givenBy = file(dir, "given-by.txt", "Kwame Asante-Mbeki\n");
    const Run form = refused(vault,
        { s("referral"), s("consent"), reference, s("--partner"), s("APT"), s("--fields"), s("subject"), s("--form"),
            s("telepathy"), s("--given-by-file"), givenBy },
        8, s("--form: unknown form"));
    CHECK(form.err.contains(QLatin1String("written, oral, note_verbale, email, meeting")));
    refused(vault,
        { s("referral"), s("consent"), reference, s("--partner"), s("APT"), s("--fields"), s("subject"), s("--form"),
            s("written") },
        2, s("--given-by"));
    refused(vault, { s("referral"), s("consent"), reference, s("--form"), s("written"), s("--given-by-file"), givenBy },
        2, s("--partner and --fields are required"));
    refused(vault, { s("referral"), s("consent"), s("#999"), s("--form"), s("written"), s("--given-by-file"), givenBy },
        8, s("there is no referral #999"));
    refused(vault,
        { s("referral"), s("consent"), reference, s("--partner"), s("APT,Nobody"), s("--fields"), s("subject"),
            s("--form"), s("written"), s("--given-by-file"), givenBy },
        8, s("there is no partner called"));
    refused(vault,
        { s("referral"), s("consent"), reference, s("--partner"), s("APT"), s("--fields"), s("subject"), s("--form"),
            s("written"), s("--given-by-file"), givenBy, s("--date"), s("2099-01-01") },
        8, s("future"));
    refused(vault,
        { s("referral"), s("consent"), reference, s("--partner"), s("APT"), s("--fields"), s("subject"), s("--form"),
            s("written"), s("--given-by-file"), givenBy, s("--notes-file"), s("-"), s("--function-file"), s("-") },
        2, s("only one option can read standard input"));

    SECTION("a withdrawn consent no longer lets a referral be sent")
    {
        // Given for the referral (#N): its query, its partner and what it shares.
        const Run consent = ok(vault,
            { s("referral"), s("consent"), s("#") + id, s("--form"), s("email"), s("--given-by-file"), givenBy,
                s("--date"), s("2025-06-03") });
        CHECK(consent.out.contains(reference + s(": consent #")));
        CHECK(consent.out.contains(QLatin1String("Association for the Prevention of Torture may receive subject")));
        CHECK(ok(vault, { s("referral"), s("show"), id })
                  .out.contains(QRegularExpression(QStringLiteral("sending: +allowed"))));
        const QString consentId = number(consent.out);
        refused(vault, { s("referral"), s("consent-withdraw"), consentId }, 2, s("--reason"));
        refused(vault, { s("referral"), s("consent-withdraw"), s("777"), s("--reason"), s("x") }, 8, QString());
        const Run withdrawn = ok(vault,
            { s("referral"), s("consent-withdraw"), consentId, s("--reason-file"), s("-"), s("--date"),
                s("2025-06-04") },
            "The Ministry asked by phone to wait.\n");
        CHECK(withdrawn.out.contains(QLatin1String("withdrawn on 2025-06-04")));
        CHECK(
            ok(vault, { s("referral"), s("consents"), reference }).out.contains(QLatin1String("withdrawn 2025-06-04")));
        refused(vault, { s("referral"), s("status"), id, s("sent") }, 9, s("consent"));
    }
    SECTION("the follow-up list")
    {
        // Edited before sending: a follow-up date today is due at once.
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        ok(vault, { s("referral"), s("edit"), id, s("--follow-up"), today });
        const Run due = ok(vault, { s("referral"), s("list"), s("--follow-up") });
        CHECK(due.out.contains(QStringLiteral("#%1 ").arg(id)));
        CHECK(due.err.contains(QLatin1String("1 referral(s) to follow up")));
        refused(vault, { s("referral"), s("list"), s("--no-reply-days"), s("3") }, 2, s("--follow-up"));
        CHECK(ok(vault, { s("referral"), s("list") }).out.contains(today + s("!")));
    }
}

TEST_CASE("the consent's giver, the reason and the partner's contacts can be kept off the command line")
{
    test::TempDir dir;
    const QString vault = vaultWithAdviser(dir);
    const QString reference = addQuery(vault);
    const QString contacts
        = file(dir, "contacts.txt", "Ada Zorvexa|Director|ada@zorvex.example|\n\nBo Zorvex|Intern||\n");
    ok(vault,
        { s("partner"), s("add"), s("--name"), s("Centre for Custody Research"), s("--acronym"), s("CCR"), s("--type"),
            s("academic"), s("--contacts-file"), contacts });
    const QString reason = file(dir, "reason.txt", "Zorvex reasons\nover two lines\n");
    ok(vault,
        { s("referral"), s("add"), reference, s("--partner"), s("CCR"), s("--share"), s("subject"), s("--reason-file"),
            reason, s("--contact"), s("bo zorvex") });

    const QStringList consent { s("--vault"), vault, s("referral"), s("consent"), reference, s("--partner"), s("CCR"),
        s("--fields"), s("subject"), s("--form"), s("oral"), s("--function-file"),
        file(dir, "function.txt", "Zorvex Minister\n"), s("--given-by-file"), s("-") };
    const std::unique_ptr<QProcess> running = test::startCli(consent);
    const QByteArray arguments = commandLineOf(running->processId());
    CHECK(arguments.contains("--given-by-file"));
    CHECK_FALSE(arguments.toLower().contains("zorvex"));
    running->write(test::line(test::TestPassphrase) + "Kofi Zorvex\n");
    running->closeWriteChannel();
    REQUIRE(running->waitForFinished(60000));
    INFO(running->readAllStandardError().toStdString());
    REQUIRE(running->exitCode() == 0);

    const auto session = inCore(vault);
    Result<partners::Partner> partner = session->partners().find(s("CCR"));
    REQUIRE(partner.ok());
    REQUIRE(partner->fields.contacts.size() == 2); // the empty line is not a contact
    CHECK(partner->fields.contacts[0].name == s("Ada Zorvexa"));
    CHECK(partner->fields.contacts[0].email == s("ada@zorvex.example"));
    CHECK(partner->fields.contacts[1].role == s("Intern"));
    const std::vector<referrals::Referral> referrals
        = session->referrals().referralsOf(queryIn(*session, reference).id);
    REQUIRE(referrals.size() == 1);
    CHECK(referrals[0].reason.trimmed() == s("Zorvex reasons\nover two lines")); // the core trims it
    CHECK(referrals[0].contactName == s("Bo Zorvex"));
    const std::vector<referrals::Consent> consents = session->referrals().consentsOf(queryIn(*session, reference).id);
    REQUIRE(consents.size() == 1);
    CHECK(consents[0].fields.givenByName == s("Kofi Zorvex")); // one line: its line break is not part of it
    CHECK(consents[0].fields.givenByFunction == s("Zorvex Minister"));
}

TEST_CASE("the query filters with an open referral and referred to a partner, kept by saved searches")
{
    test::TempDir dir;
    const QString vault = vaultWithAdviser(dir);
    const QString open = addQuery(vault, "Custody registers");
    const QString closed = addQuery(vault, "Prison visits");
    addQuery(vault, "Training");
    ok(vault,
        { s("referral"), s("add"), open, s("--partner"), s("APT"), s("--share"), s("subject"), s("--reason"),
            s("Safeguards") });
    const QString withdrawn = number(ok(vault,
        { s("referral"), s("add"), closed, s("--partner"), s("OHCHR"), s("--share"), s("subject"), s("--reason"),
            s("Technical cooperation") })
                                         .out);
    ok(vault,
        { s("referral"), s("status"), withdrawn, s("withdrawn"), s("--reason"), s("The State asked us to wait") });
    CHECK(ok(vault, { s("referral"), s("show"), withdrawn })
              .out.contains(QLatin1String("    The State asked us to wait")));

    const auto references = [](const Run& run) {
        QStringList found;
        for (const QString& line : run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(1))
            found << line.section(QLatin1Char(' '), 0, 0);
        return found;
    };
    CHECK(references(ok(vault, { s("list"), s("--has-open-referral") })) == QStringList { open });
    CHECK(references(ok(vault, { s("list"), s("--referred-to"), s("ohchr") })) == QStringList { closed });
    CHECK(references(ok(vault, { s("search"), s("custody"), s("--referred-to"), s("APT") })) == QStringList { open });
    refused(vault, { s("list"), s("--referred-to"), s("Nobody") }, 8, s("there is no partner called"));

    ok(vault, { s("saved"), s("add"), s("Open referrals"), s("--has-open-referral") });
    ok(vault, { s("saved"), s("add"), s("Sent to OHCHR"), s("--referred-to"), s("OHCHR") });
    const Run saved = ok(vault, { s("saved"), s("list") });
    CHECK(saved.out.contains(QLatin1String("--has-open-referral")));
    CHECK(saved.out.contains(
        QLatin1String("--referred-to \"Office of the United Nations High Commissioner for Human Rights\"")));
    CHECK(references(ok(vault, { s("list"), s("--saved"), s("Open referrals") })) == QStringList { open });
    CHECK(references(ok(vault, { s("list"), s("--saved"), s("Sent to OHCHR") })) == QStringList { closed });
}

} // namespace referral_cli_test
