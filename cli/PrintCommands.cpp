#include "PrintCommands.h"

#include "CliContext.h"
#include "CommandSupport.h"
#include "DraftCommands.h"
#include "print/PrintRenderer.h"
#include "printing/PrintService.h"
#include "referrals/ReferralService.h"
#include "session/Session.h"

#include <CLI/CLI.hpp>

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <memory>
#include <optional>
#include <string_view>
#include <vector>

namespace advicehub::cli {

// Helpers in a namespace of this file's own, so that the unity build (several files in one
// translation unit) never sees two files' helpers of the same name.
namespace print_commands {
namespace {

using namespace advicehub::printing;
using documents::PageSetup;
using documents::PrintRenderer;

QString profileCodes(bool withPartner)
{
    QStringList list;
    for (Profile profile : PrintText::allProfiles()) {
        if (withPartner || profile != Profile::Partner)
            list << PrintText::code(profile);
    }
    return list.join(QStringLiteral(", "));
}

int parseProfile(CliContext& ctx, const std::string& text, bool partnerAllowed, Profile* profile)
{
    const std::optional<Profile> parsed = PrintText::profile(normalizedCode(text));
    if (!parsed || (!partnerAllowed && *parsed == Profile::Partner))
        return ctx.fail(
            InvalidInput, QStringLiteral("--profile is %1, not %2").arg(profileCodes(partnerAllowed), quoted(q(text))));
    *profile = *parsed;
    return Ok;
}

// What every command that writes a PDF shares.
struct OutputOptions {
    std::string output;
    bool force = false;
    std::string paper = "a4";
    std::string as;
};

void addOutputOptions(CLI::App* command, OutputOptions& o)
{
    command
        ->add_option("-o,--output", o.output,
            "The PDF file to write: mode 0600, written whole or not at all, recorded in the print register")
        ->required()
        ->type_name("FILE");
    command->add_flag("--force", o.force, "Replace an existing file");
    command->add_option("--paper", o.paper, "a4 (default) or letter")
        ->check(CLI::IsMember({ "a4", "letter" }, CLI::ignore_case))
        ->type_name("SIZE");
    addAsOption(command, o.as);
}

// What can be said about the target before the vault is opened and the document rendered: a PDF
// is never written to a terminal, an existing file needs --force, the folder must exist and be
// writable. The core's save checks all of it again when it writes (and names the file only).
int checkTarget(CliContext& ctx, const OutputOptions& o)
{
    if (o.output.empty() || o.output == "-")
        return ctx.fail(Usage,
            QStringLiteral("print writes a PDF file (mode 0600, recorded in the print register), never to standard "
                           "output: give -o FILE.pdf"));
    const QFileInfo target(q(o.output));
    if (target.isDir())
        return ctx.fail(InvalidInput, QStringLiteral("%1 is a folder: give -o FILE.pdf").arg(q(o.output)));
    if (target.exists() && !o.force)
        return ctx.fail(FileError, QStringLiteral("%1 already exists; --force replaces it").arg(q(o.output)));
    const QFileInfo folder(target.absolutePath());
    if (!folder.isDir())
        return ctx.fail(FileError, QStringLiteral("the folder %1 does not exist").arg(folder.filePath()));
    if (!folder.isWritable())
        return ctx.fail(FileError,
            QStringLiteral("the folder %1 is not writable (permission denied): nothing written")
                .arg(folder.filePath()));
    return Ok;
}

QString copiesText(std::size_t count)
{
    return count == 1 ? QStringLiteral("1 copy") : QStringLiteral("%1 copies").arg(count);
}

// Renders the copies (documents::PrintRenderer) and saves them through the print service, which
// writes the file atomically (0600) and records every copy in the register in one transaction.
int writePdf(CliContext& ctx, Session& session, const std::vector<PrintDocument>& copies, const OutputOptions& o)
{
    PageSetup setup;
    setup.size
        = q(o.paper).compare(QLatin1String("letter"), Qt::CaseInsensitive) == 0 ? QPageSize::Letter : QPageSize::A4;
    // Rendered straight into the file being written, never held whole in memory.
    const PrintRenderer renderer(copies);
    const Status saved = session.printing().savePdf(copies, q(o.output), o.force,
        [&renderer, &setup](QFileDevice& file) { return renderer.writePdf(file, setup); });
    if (!saved)
        return ctx.fail(saved.error());
    const PrintDocument& first = copies.front();
    ctx.out << QStringLiteral("%1 (%2 profile, %3) saved to %4; recorded in the print register.")
                   .arg(first.title, PrintText::code(first.profile), copiesText(copies.size()), q(o.output))
            << Qt::endl;
    return Ok;
}

// ---- summary

struct SummaryOptions {
    std::string reference;
    std::string profile;
    std::string referral;
    OutputOptions out;
};

int runSummary(CliContext& ctx, const SummaryOptions& o)
{
    if (const int code = checkTarget(ctx, o.out); code != Ok)
        return code;
    Profile profile = Profile::Internal;
    if (const int code = parseProfile(ctx, o.profile, true, &profile); code != Ok)
        return code;
    std::optional<qint64> referralId;
    if (profile == Profile::Partner) {
        if (o.referral.empty())
            return ctx.fail(Usage,
                QStringLiteral("--profile partner prints a referral's extract: give --referral ID (`referral list "
                               "REF` lists them)"));
        referralId = parseListedNumber(o.referral);
        if (!referralId)
            return ctx.fail(InvalidInput, QStringLiteral("%1 is not a referral number").arg(quoted(q(o.referral))));
    } else if (!o.referral.empty()) {
        return ctx.fail(Usage, QStringLiteral("--referral goes with --profile partner only"));
    }
    std::unique_ptr<Session> session;
    if (const int code = openSessionAs(ctx, o.out.as, true, &session); code != Ok)
        return code;
    queries::QueryService::Resolved resolved;
    if (const int code = resolveReference(ctx, *session, o.reference, &resolved); code != Ok)
        return code;
    Result<PrintDocument> document = makeError(ErrorCode::Internal);
    if (referralId) {
        Result<referrals::Referral> referral = session->referrals().get(*referralId);
        if (!referral)
            return failLookup(ctx, referral.error());
        if (referral->queryId != resolved.query.id)
            return ctx.fail(InvalidInput,
                QStringLiteral("referral #%1 belongs to %2, not to %3")
                    .arg(*referralId)
                    .arg(referral->queryReference, resolved.query.reference));
        document = session->printing().partnerExtract(*referralId);
    } else {
        document = session->printing().caseSummary(resolved.query.id, profile);
    }
    if (!document)
        return failLookup(ctx, document.error());
    return writePdf(ctx, *session, { document.value() }, o.out);
}

// ---- extract

int runExtract(CliContext& ctx, const std::string& referral, const OutputOptions& o)
{
    if (const int code = checkTarget(ctx, o); code != Ok)
        return code;
    const std::optional<qint64> id = parseListedNumber(referral);
    if (!id)
        return ctx.fail(InvalidInput, QStringLiteral("%1 is not a referral number").arg(quoted(q(referral))));
    std::unique_ptr<Session> session;
    if (const int code = openSessionAs(ctx, o.as, true, &session); code != Ok)
        return code;
    Result<PrintDocument> document = session->printing().partnerExtract(*id);
    if (!document)
        return failLookup(ctx, document.error());
    return writePdf(ctx, *session, { document.value() }, o);
}

// ---- draft

struct DraftOptions {
    std::string id;
    std::string version;
    std::string profile = "internal";
    OutputOptions out;
};

int runDraft(CliContext& ctx, const DraftOptions& o)
{
    if (const int code = checkTarget(ctx, o.out); code != Ok)
        return code;
    Profile profile = Profile::Internal;
    if (const int code = parseProfile(ctx, o.profile, false, &profile); code != Ok)
        return code;
    std::optional<int> version;
    if (!o.version.empty()) {
        const std::optional<qint64> number = parseListedNumber(o.version);
        if (!number || *number > 1000000)
            return ctx.fail(
                InvalidInput, QStringLiteral("--version expects a version number, not %1").arg(quoted(q(o.version))));
        version = static_cast<int>(*number);
    }
    std::unique_ptr<Session> session;
    if (const int code = openSessionAs(ctx, o.out.as, true, &session); code != Ok)
        return code;
    drafts::Draft draft;
    if (const int code = findDraft(ctx, *session, o.id, &draft); code != Ok)
        return code;
    if (version && *version > draft.latestVersion)
        return ctx.fail(InvalidInput,
            QStringLiteral("draft #%1 has versions 1 to %2, not %3 (`draft versions %1` lists them)")
                .arg(draft.id)
                .arg(draft.latestVersion)
                .arg(*version));
    Result<PrintDocument> document = session->printing().draftLetter(draft.id, profile, version);
    if (!document)
        return failLookup(ctx, document.error());
    return writePdf(ctx, *session, { document.value() }, o.out);
}

// ---- briefing

struct BriefingCommandOptions {
    FilterOptions filters;
    TextOption text; // what to search for, as `search` does
    std::optional<std::string> saved;
    std::vector<std::string> references;
    std::string profile;
    std::string title;
    std::string preparedFor;
    std::string period;
    std::string watermark;
    int copies = 1;
    OutputOptions out;
};

// The queries a pack shows: --ref in the order given, or a saved search, or the filters.
int selectQueries(
    CliContext& ctx, Session& session, const BriefingCommandOptions& o, std::optional<qint64> me, QList<qint64>* ids)
{
    if (!o.references.empty()) {
        for (const std::string& reference : o.references) {
            queries::QueryService::Resolved resolved;
            if (const int code = resolveReference(ctx, session, reference, &resolved); code != Ok)
                return code;
            if (!ids->contains(resolved.query.id))
                *ids << resolved.query.id;
        }
        return Ok;
    }
    queries::QueryFilter filter;
    queries::QuerySort sort;
    if (const int code = buildFilter(ctx, session, o.filters, me, &filter, &sort); code != Ok)
        return code;
    Result<std::optional<QString>> searched = readTextOption(o.text, true);
    if (!searched)
        return ctx.fail(searched.error());
    filter.text = searched->value_or(QString());
    if (o.saved) {
        queries::QuerySearch::SavedSearch search;
        if (const int code = findSavedSearch(ctx, session, *o.saved, &search); code != Ok)
            return code;
        filter = search.filter;
        filter.currentAdviserId = me;
    }
    Result<QList<qint64>> found = session.search().ids(filter, sort);
    if (!found)
        return ctx.fail(found.error());
    *ids = found.value();
    if (o.filters.limit > 0 && ids->size() > o.filters.limit)
        ids->resize(o.filters.limit);
    return Ok;
}

int runBriefing(CliContext& ctx, const BriefingCommandOptions& o)
{
    if (const int code = checkTarget(ctx, o.out); code != Ok)
        return code;
    if (const int code = checkOneStandardInput(ctx, { { "--text-file", &o.text.file } }); code != Ok)
        return code;
    Profile profile = Profile::Briefing;
    if (const int code = parseProfile(ctx, o.profile, false, &profile); code != Ok)
        return code;
    std::unique_ptr<Session> session;
    std::optional<qint64> me;
    if (const int code = openSessionAs(ctx, o.out.as, true, &session, &me); code != Ok)
        return code;
    BriefingOptions options;
    if (const int code = selectQueries(ctx, *session, o, me, &options.queryIds); code != Ok)
        return code;
    if (options.queryIds.isEmpty())
        return ctx.fail(InvalidInput,
            QStringLiteral("no query matches the selection: a briefing pack needs at least one query; nothing "
                           "written"));
    options.profile = profile;
    options.title = q(o.title).trimmed();
    options.preparedFor = q(o.preparedFor).trimmed();
    options.periodLabel = q(o.period).trimmed();
    options.watermark = q(o.watermark).trimmed();
    options.copies = o.copies;
    Result<PrintDocument> pack = session->printing().briefingPack(options);
    if (!pack)
        return ctx.fail(pack.error());
    std::vector<PrintDocument> copies;
    if (o.copies == 1) {
        copies.push_back(std::move(pack).value());
    } else {
        for (int number = 1; number <= o.copies; ++number)
            copies.push_back(PrintService::copy(pack.value(), number, o.copies));
    }
    ctx.err << QStringLiteral("%1 %2 in the pack.")
                   .arg(options.queryIds.size())
                   .arg(options.queryIds.size() == 1 ? QStringLiteral("query") : QStringLiteral("queries"))
            << Qt::endl;
    return writePdf(ctx, *session, copies, o.out);
}

// ---- register

struct RegisterOptions {
    std::string from;
    std::string to;
    std::string document;
    std::string profile;
    std::string query;
    bool json = false;
};

QString documentCodes()
{
    QStringList list;
    for (DocumentKind kind : { DocumentKind::CaseSummary, DocumentKind::BriefingPack, DocumentKind::PartnerExtract,
             DocumentKind::DraftLetter })
        list << PrintText::code(kind);
    return list.join(QStringLiteral(", "));
}

// The start of a local day, in UTC.
QDateTime startOfDay(const QDate& date)
{
    return date.startOfDay(QTimeZone::systemTimeZone()).toUTC();
}

QString localTime(const QDateTime& instant)
{
    return instant.isValid() ? instant.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

int runRegister(CliContext& ctx, const RegisterOptions& o)
{
    RegisterFilter filter;
    if (!o.from.empty()) {
        const std::optional<QDate> from = parseDate(o.from);
        if (!from)
            return ctx.fail(
                InvalidInput, QStringLiteral("--from is a date (YYYY-MM-DD), not %1").arg(quoted(q(o.from))));
        filter.fromUtc = startOfDay(*from);
    }
    if (!o.to.empty()) {
        const std::optional<QDate> to = parseDate(o.to);
        if (!to)
            return ctx.fail(InvalidInput, QStringLiteral("--to is a date (YYYY-MM-DD), not %1").arg(quoted(q(o.to))));
        filter.toUtc = startOfDay(to->addDays(1)); // --to is inclusive, the filter's end exclusive
    }
    if (filter.fromUtc.isValid() && filter.toUtc.isValid() && filter.toUtc <= filter.fromUtc)
        return ctx.fail(InvalidInput, QStringLiteral("--to is before --from"));
    if (!o.document.empty()) {
        filter.document = PrintText::documentKind(normalizedCode(o.document));
        if (!filter.document)
            return ctx.fail(
                InvalidInput, QStringLiteral("--document is %1, not %2").arg(documentCodes(), quoted(q(o.document))));
    }
    if (!o.profile.empty()) {
        Profile profile = Profile::Internal;
        if (const int code = parseProfile(ctx, o.profile, true, &profile); code != Ok)
            return code;
        filter.profile = profile;
    }
    std::unique_ptr<Session> session;
    // Reading the register records nothing: no adviser is needed.
    if (const int code = openSessionAs(ctx, std::string(), false, &session); code != Ok)
        return code;
    if (!o.query.empty()) {
        queries::QueryService::Resolved resolved;
        if (const int code = resolveReference(ctx, *session, o.query, &resolved); code != Ok)
            return code;
        filter.reference = resolved.query.reference;
    }
    Result<std::vector<RegisterEntry>> entries = session->printing().printRegister(filter);
    if (!entries)
        return ctx.fail(entries.error());
    const auto how = [](casefile::DisclosureKind kind) {
        return kind == casefile::DisclosureKind::Print ? QStringLiteral("print") : QStringLiteral("pdf");
    };
    if (o.json) {
        QJsonArray array;
        for (const RegisterEntry& e : entries.value()) {
            QJsonObject row;
            row.insert(QStringLiteral("id"), e.disclosureId);
            row.insert(QStringLiteral("when"), e.occurredAtUtc.toUTC().toString(Qt::ISODate));
            row.insert(QStringLiteral("how"), how(e.how));
            row.insert(QStringLiteral("document"), PrintText::code(e.document));
            row.insert(QStringLiteral("profile"), PrintText::code(e.profile));
            row.insert(QStringLiteral("copy"), e.copyNumber ? QJsonValue(*e.copyNumber) : QJsonValue());
            row.insert(QStringLiteral("by"), e.adviserName);
            row.insert(QStringLiteral("recipient"), e.recipient);
            row.insert(QStringLiteral("file"), e.fileName);
            row.insert(QStringLiteral("queries"), QJsonArray::fromStringList(e.references));
            array.append(row);
        }
        ctx.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        ctx.out.flush();
        return Ok;
    }
    if (entries->empty()) {
        ctx.err << "Nothing printed or saved as PDF matches." << Qt::endl;
        return Ok;
    }
    ctx.out << tableLine({ { QStringLiteral("ID"), 6 }, { QStringLiteral("WHEN"), 16 }, { QStringLiteral("HOW"), 5 },
        { QStringLiteral("DOCUMENT"), 15 }, { QStringLiteral("PROFILE"), 8 }, { QStringLiteral("COPY"), 4 },
        { QStringLiteral("BY"), 20 }, { QStringLiteral("FILE"), 28 }, { QStringLiteral("QUERIES") } })
            << '\n';
    for (const RegisterEntry& e : entries.value()) {
        ctx.out << tableLine({ { QStringLiteral("#%1").arg(e.disclosureId), 6 }, { localTime(e.occurredAtUtc), 16 },
            { how(e.how), 5 }, { PrintText::code(e.document), 15 }, { PrintText::code(e.profile), 8 },
            { e.copyNumber ? QString::number(*e.copyNumber) : QStringLiteral("-"), 4 },
            { clip(e.adviserName.isEmpty() ? QStringLiteral("-") : e.adviserName, 20), 20 },
            { clip(e.fileName.isEmpty() ? QStringLiteral("(printer)") : e.fileName, 28), 28 },
            { e.references.join(QLatin1Char(',')) } })
                << '\n';
    }
    ctx.out.flush();
    return Ok;
}

} // namespace
} // namespace print_commands

bool namesPrintCommand(int argc, const char* const* argv)
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view word = argv[i];
        if (word == "-V" || word == "--vault") {
            ++i; // its value
            continue;
        }
        if (word.empty() || word.front() == '-')
            continue;
        return word == PrintCommandName;
    }
    return false;
}

void addPrintCommands(CLI::App& app, CliContext& ctx, int& exitCode)
{
    using namespace print_commands;
    CLI::App* print = app.add_subcommand(PrintCommandName,
        "Print a case summary, a partner extract, a draft letter or a briefing pack to a PDF file under a "
        "disclosure profile (internal: everything; briefing: for Core State briefings, no personal data of "
        "contacts, no internal notes, strictly confidential queries without their State; partner: what a "
        "referral shares). Every PDF is written atomically with mode 0600 and recorded in the print register "
        "(`print register`) and on each query's timeline; never to standard output. To print on paper, use the "
        "desktop application.");
    print->require_subcommand(1);
    {
        auto o = std::make_shared<SummaryOptions>();
        CLI::App* command = print->add_subcommand("summary",
            "A query's case summary as PDF. With --profile partner, the extract of one of its referrals "
            "(--referral ID).");
        command->add_option("REF", o->reference, "The query's reference")->required();
        command->add_option("--profile", o->profile, "internal, briefing or partner")
            ->required()
            ->check(CLI::IsMember({ "internal", "briefing", "partner" }, CLI::ignore_case))
            ->type_name("PROFILE");
        command->add_option("--referral", o->referral, "With --profile partner: the referral (#N or N)")
            ->type_name("ID");
        addOutputOptions(command, o->out);
        command->callback([&ctx, &exitCode, o] { exitCode = runSummary(ctx, *o); });
    }
    {
        auto referral = std::make_shared<std::string>();
        auto o = std::make_shared<OutputOptions>();
        CLI::App* command = print->add_subcommand("extract",
            "A referral's partner extract as PDF: only the fields the referral shares, under a cover line naming "
            "the partner and the consent it rests on.");
        command->add_option("REFERRAL_ID", *referral, "The referral (#N or N; `referral list REF`)")->required();
        addOutputOptions(command, *o);
        command->callback([&ctx, &exitCode, referral, o] { exitCode = runExtract(ctx, *referral, *o); });
    }
    {
        auto o = std::make_shared<DraftOptions>();
        CLI::App* command = print->add_subcommand("draft",
            "A draft or sent response as a letter (letterhead, reference, date) in PDF; a version other than the "
            "one sent is marked DRAFT.");
        command->add_option("DRAFT_ID", o->id, "The draft (#N or N; `draft list REF`)")->required();
        command
            ->add_option(
                "--version", o->version, "The version (default: the sent one, else the cleared one, else the newest)")
            ->type_name("N");
        command->add_option("--profile", o->profile, "internal (default) or briefing")
            ->check(CLI::IsMember({ "internal", "briefing" }, CLI::ignore_case))
            ->type_name("PROFILE");
        addOutputOptions(command, o->out);
        command->callback([&ctx, &exitCode, o] { exitCode = runDraft(ctx, *o); });
    }
    {
        auto o = std::make_shared<BriefingCommandOptions>();
        CLI::App* command = print->add_subcommand("briefing",
            "A briefing pack as PDF: a cover page, a summary table and one section per query, chosen by the "
            "filters (default: all queries), a saved search (--saved) or by hand (--ref, in that order). A "
            "selection of no query is refused. With --copies N, N numbered copies, each recorded.");
        addFilterOptions(command, o->filters, "Put at most N queries in the pack (default: all)");
        addTextOption(command, "--text", o->text,
            "Only the queries a full-text search finds (as `search` does: accents ignored, \"a phrase\", prefix*)")
            ->group(FilterGroup);
        command->get_option("--text-file")->group(FilterGroup);
        CLI::Option* saved = command
                                 ->add_option("--saved", o->saved,
                                     "The queries of a saved search (see `saved list`), as it was saved; other "
                                     "filters are refused")
                                 ->type_name("NAME");
        CLI::Option* references
            = command
                  ->add_option("--ref", o->references,
                      "Put this query in the pack (repeat for several); not with the filters or --saved")
                  ->type_name("REF");
        for (CLI::Option* filter :
            command->get_options([](CLI::Option* option) { return option->get_group() == FilterGroup; })) {
            saved->excludes(filter);
            references->excludes(filter);
        }
        saved->excludes(references);
        command->add_option("--profile", o->profile, "internal or briefing")
            ->required()
            ->check(CLI::IsMember({ "internal", "briefing" }, CLI::ignore_case))
            ->type_name("PROFILE");
        command->add_option("--title", o->title, "The title on the cover (default: Briefing pack)")->type_name("T");
        command->add_option("--prepared-for", o->preparedFor, "Who the pack is for, on the cover (one line)")
            ->type_name("TEXT");
        command->add_option("--period", o->period, "The period it covers, on the cover (one line)")->type_name("TEXT");
        command->add_option("--watermark", o->watermark, "A diagonal watermark on every page (at most 40 characters)")
            ->type_name("TEXT");
        command->add_option("--copies", o->copies, "Numbered copies, each recorded (1 to 50; default 1)")
            ->check(CLI::Range(1, 50))
            ->type_name("N");
        addOutputOptions(command, o->out);
        command->callback([&ctx, &exitCode, o] { exitCode = runBriefing(ctx, *o); });
    }
    {
        auto o = std::make_shared<RegisterOptions>();
        CLI::App* command = print->add_subcommand("register",
            "The print register, oldest first: every print and PDF export (when, who, which document, profile, "
            "copy number, file name and the queries it showed; never the content).");
        command->add_option("--from", o->from, "Recorded on or after (YYYY-MM-DD)")->type_name("DATE");
        command->add_option("--to", o->to, "Recorded on or before (YYYY-MM-DD)")->type_name("DATE");
        command->add_option("--document", o->document, "case_summary, briefing_pack, partner_extract or draft_letter")
            ->type_name("KIND");
        command->add_option("--profile", o->profile, "internal, briefing or partner")->type_name("PROFILE");
        command->add_option("--query", o->query, "Only what showed this query")->type_name("REF");
        command->add_flag("--json", o->json, "JSON instead of a table");
        command->callback([&ctx, &exitCode, o] { exitCode = runRegister(ctx, *o); });
    }
}

} // namespace advicehub::cli
