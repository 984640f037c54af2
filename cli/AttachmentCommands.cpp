#include "AttachmentCommands.h"

#include "CliContext.h"
#include "CommandSupport.h"
#include "attachments/AttachmentService.h"
#include "queries/QueryService.h"
#include "session/Session.h"

#include <CLI/CLI.hpp>

#include <QFileInfo>

#include <memory>
#include <optional>
#include <unistd.h>

namespace advicehub::cli {

// Helpers in a namespace of this file's own, so that the unity build (several files in one
// translation unit) never sees two files' helpers of the same name.
namespace attachment_commands {
namespace {

using namespace advicehub::attachments;

QString localTime(const QDateTime& instant)
{
    return instant.isValid() ? instant.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

// The attachment a command line names; an unknown one is invalid input.
int findAttachment(CliContext& ctx, Session& session, const std::string& text, Attachment* attachment)
{
    const std::optional<qint64> id = parseListedNumber(text);
    if (!id)
        return ctx.fail(InvalidInput,
            QStringLiteral("%1 is not an attachment number (`attachment list REF` prints them as #N)")
                .arg(quoted(q(text))));
    Result<Attachment> found = session.attachments().get(*id);
    if (!found) {
        if (found.code() == ErrorCode::NotFound)
            return ctx.fail(
                InvalidInput, QStringLiteral("there is no attachment #%1 (`attachment list REF` lists them)").arg(*id));
        return ctx.fail(found.error());
    }
    *attachment = std::move(found).value();
    return Ok;
}

QString textOutcome(const Attachment& a)
{
    QString text
        = QStringLiteral("%1 (%2)").arg(AttachmentText::label(a.textOutcome), AttachmentText::code(a.textOutcome));
    if (!a.textReason.isEmpty())
        text += QStringLiteral(": ") + a.textReason;
    return text;
}

// The query's timeline entries by id, for naming the entries attachments are linked to.
Result<std::vector<casefile::TimelineEntry>> timelineOf(Session& session, qint64 queryId)
{
    return session.queries().timeline(queryId);
}

QString entryText(const std::vector<casefile::TimelineEntry>& timeline, const std::optional<qint64>& entryId)
{
    if (!entryId)
        return QStringLiteral("-");
    for (const casefile::TimelineEntry& entry : timeline) {
        if (entry.id == *entryId)
            return QStringLiteral("#%1 %2").arg(entry.id).arg(AttachmentText::entryLabel(entry));
    }
    return QStringLiteral("#%1").arg(*entryId);
}

// The timeline entry a command line names (--entry ID): one of the query's, else invalid input.
int findEntry(CliContext& ctx, Session& session, qint64 queryId, const QString& queryReference, const std::string& text,
    qint64* entryId)
{
    const std::optional<qint64> id = parseListedNumber(text);
    if (!id)
        return ctx.fail(InvalidInput,
            QStringLiteral("%1 is not a timeline entry number (`show %2` lists the entries as #N)")
                .arg(quoted(q(text)), queryReference));
    Result<std::vector<casefile::TimelineEntry>> timeline = timelineOf(session, queryId);
    if (!timeline)
        return ctx.fail(timeline.error());
    for (const casefile::TimelineEntry& entry : timeline.value()) {
        if (entry.id == *id) {
            *entryId = *id;
            return Ok;
        }
    }
    return ctx.fail(InvalidInput,
        QStringLiteral("timeline entry #%1 is not one of %2's entries; nothing was changed")
            .arg(*id)
            .arg(queryReference));
}

// ---- list

int runList(CliContext& ctx, const std::string& reference)
{
    Result<std::unique_ptr<Session>> opened = openSession(ctx);
    if (!opened)
        return ctx.fail(opened.error());
    Session& session = *opened.value();
    queries::QueryService::Resolved resolved;
    if (const int code = resolveReference(ctx, session, reference, &resolved); code != Ok)
        return code;
    Result<std::vector<Attachment>> list = session.attachments().list(resolved.query.id);
    if (!list)
        return ctx.fail(list.error());
    if (list->empty()) {
        ctx.err << QStringLiteral("%1 has no attachments.").arg(resolved.query.reference) << Qt::endl;
        return Ok;
    }
    // The linked timeline entry by its #N (`show REF` lists the entries, `attachment show` names it);
    // the name last and whole, as scripts read it.
    ctx.out << tableLine({ { QStringLiteral("ID"), 6 }, { QStringLiteral("ADDED"), 16 }, { QStringLiteral("SIZE"), 10 },
        { QStringLiteral("TYPE"), 24 }, { QStringLiteral("TEXT"), 11 }, { QStringLiteral("ENTRY"), 8 },
        { QStringLiteral("NAME") } })
            << '\n';
    for (const Attachment& a : list.value()) {
        ctx.out << tableLine({ { QStringLiteral("#%1").arg(a.id), 6 }, { localTime(a.addedAtUtc), 16 },
            { AttachmentText::size(a.size), 10 }, { clip(a.mediaType, 24), 24 },
            { AttachmentText::code(a.textOutcome), 11 },
            { a.entryId ? QStringLiteral("#%1").arg(*a.entryId) : QStringLiteral("-"), 8 }, { a.fileName } })
                << '\n';
    }
    ctx.out.flush();
    return Ok;
}

// ---- add

struct AddCommandOptions {
    std::string reference;
    std::vector<std::string> files;
    TextOption description;
    std::string language;
    std::string entry;
};

// Progress of one file on standard error, only when a person watches it (a terminal): one line
// rewritten in place, ended when the file is done.
class Progress {
public:
    Progress(CliContext& ctx, const QString& name) : m_ctx(ctx), m_name(name), m_shown(::isatty(STDERR_FILENO) == 1) { }
    ~Progress()
    {
        if (m_started)
            m_ctx.err << '\n' << Qt::flush;
    }
    AddProgress callback()
    {
        if (!m_shown)
            return {};
        return [this](qint64 done, qint64 total) {
            const int percent = total > 0 ? static_cast<int>(done * 100 / total) : -1;
            if (percent == m_lastPercent && m_started)
                return true;
            m_lastPercent = percent;
            m_started = true;
            m_ctx.err << '\r'
                      << (percent >= 0 ? QStringLiteral("%1: %2% of %3")
                                             .arg(clip(m_name, 40))
                                             .arg(percent)
                                             .arg(AttachmentText::size(total))
                                       : QStringLiteral("%1: %2").arg(clip(m_name, 40), AttachmentText::size(done)))
                      << Qt::flush;
            return true;
        };
    }

private:
    CliContext& m_ctx;
    QString m_name;
    bool m_shown = false;
    bool m_started = false;
    int m_lastPercent = -2;
};

int runAdd(CliContext& ctx, const AddCommandOptions& o, const std::string& as)
{
    if (const int code = checkOneStandardInput(ctx, { { "--description-file", &o.description.file } }); code != Ok)
        return code;
    std::unique_ptr<Session> session;
    if (const int code = openSessionAs(ctx, as, true, &session); code != Ok)
        return code;
    queries::Query query;
    if (const int code = resolveQueryToChange(ctx, *session, o.reference, QStringLiteral("attach to %1"), &query);
        code != Ok)
        return code;
    Result<std::optional<QString>> description = readTextOption(o.description, false);
    if (!description)
        return ctx.fail(description.error());
    AddOptions options;
    options.description = description->value_or(QString());
    options.language = q(o.language).trimmed();
    if (!o.entry.empty()) {
        qint64 entryId = 0;
        if (const int code = findEntry(ctx, *session, query.id, query.reference, o.entry, &entryId); code != Ok)
            return code;
        options.entryId = entryId;
    }

    // Each file is its own transaction: one refused (missing, over the limit, a duplicate) leaves
    // the others attached; the exit code is the first refusal's.
    int exitCode = Ok;
    int added = 0;
    for (const std::string& file : o.files) {
        Result<Attachment> attached = [&] {
            Progress progress(ctx, QFileInfo(q(file)).fileName());
            return session->attachments().addFile(query.id, q(file), options, progress.callback());
        }();
        if (!attached) {
            const int code = ctx.fail(attached.error());
            if (exitCode == Ok)
                exitCode = code;
            continue;
        }
        ++added;
        ctx.out << QStringLiteral("%1: attached %2 as #%3 (%4, %5, text: %6)")
                       .arg(query.reference, quoted(attached->fileName))
                       .arg(attached->id)
                       .arg(AttachmentText::size(attached->size), attached->mediaType,
                           AttachmentText::code(attached->textOutcome))
                << Qt::endl;
    }
    if (exitCode != Ok && o.files.size() > 1)
        ctx.err << QStringLiteral("%1 of %2 files attached.").arg(added).arg(o.files.size()) << Qt::endl;
    return exitCode;
}

// ---- show

int runShow(CliContext& ctx, const std::string& id)
{
    Result<std::unique_ptr<Session>> opened = openSession(ctx);
    if (!opened)
        return ctx.fail(opened.error());
    Attachment a;
    if (const int code = findAttachment(ctx, *opened.value(), id, &a); code != Ok)
        return code;
    ctx.out << "attachment:   #" << a.id << '\n'
            << "query:        " << a.queryReference << '\n'
            << "name:         " << a.fileName << '\n'
            << "type:         " << a.mediaType << '\n'
            << "size:         "
            << (a.size < 1000 ? AttachmentText::size(a.size)
                              : QStringLiteral("%1 (%2 bytes)").arg(AttachmentText::size(a.size)).arg(a.size))
            << '\n'
            << "sha256:       " << a.sha256Hex() << '\n'
            << "added on:     " << localTime(a.addedAtUtc) << '\n'
            << "added by:     " << (a.addedByName.isEmpty() ? QStringLiteral("-") : a.addedByName) << '\n'
            << "language:     " << (a.language.isEmpty() ? QStringLiteral("-") : a.language) << '\n'
            << "text:         " << textOutcome(a) << '\n';
    if (a.entryId) {
        const Result<std::vector<casefile::TimelineEntry>> timeline = timelineOf(*opened.value(), a.queryId);
        ctx.out << "entry:        "
                << entryText(timeline ? timeline.value() : std::vector<casefile::TimelineEntry>(), a.entryId) << '\n';
    } else {
        ctx.out << "entry:        -\n";
    }
    if (a.description.isEmpty()) {
        ctx.out << "description:  -\n";
    } else {
        ctx.out << "description:\n";
        for (const QString& line : a.description.split(QLatin1Char('\n')))
            ctx.out << "    " << line << '\n';
    }
    ctx.out.flush();
    return Ok;
}

// ---- export, remove

int runExport(CliContext& ctx, const std::string& id, const std::string& output, bool force, const std::string& as)
{
    if (output.empty() || output == "-")
        return ctx.fail(Usage,
            QStringLiteral("attachment export writes a file (mode 0600, recorded on the timeline): give -o FILE"));
    std::unique_ptr<Session> session;
    if (const int code = openSessionAs(ctx, as, true, &session); code != Ok)
        return code;
    Attachment a;
    if (const int code = findAttachment(ctx, *session, id, &a); code != Ok)
        return code;
    const Status exported = session->attachments().exportTo(a.id, q(output), force);
    if (!exported)
        return ctx.fail(exported.error());
    ctx.out << QStringLiteral("Attachment #%1 (%2) exported to %3; the export is recorded on %4's timeline.")
                   .arg(a.id)
                   .arg(quoted(a.fileName), q(output), a.queryReference)
            << Qt::endl;
    return Ok;
}

int runRemove(CliContext& ctx, const std::string& id, const std::string& as)
{
    std::unique_ptr<Session> session;
    if (const int code = openSessionAs(ctx, as, true, &session); code != Ok)
        return code;
    Attachment a;
    if (const int code = findAttachment(ctx, *session, id, &a); code != Ok)
        return code;
    const Status removed = session->attachments().remove(a.id);
    if (!removed)
        return ctx.fail(removed.error());
    ctx.out << QStringLiteral("%1: attachment #%2 (%3) removed; the removal is on the timeline (`compact` "
                              "gives the freed space back to the disk).")
                   .arg(a.queryReference)
                   .arg(a.id)
                   .arg(quoted(a.fileName))
            << Qt::endl;
    return Ok;
}

// ---- describe

int runDescribe(CliContext& ctx, const std::string& id, const TextOption& option, const std::string& as)
{
    if (const int code = checkOneStandardInput(ctx, { { "--description-file", &option.file } }); code != Ok)
        return code;
    if (!option.text && !option.file) {
        ctx.err << "advicehub-cli: give the new description with --description or --description-file (an empty "
                   "text removes it)."
                << Qt::endl;
        return Usage;
    }
    std::unique_ptr<Session> session;
    if (const int code = openSessionAs(ctx, as, true, &session); code != Ok)
        return code;
    Attachment a;
    if (const int code = findAttachment(ctx, *session, id, &a); code != Ok)
        return code;
    Result<std::optional<QString>> description = readTextOption(option, false);
    if (!description)
        return ctx.fail(description.error());
    const QString text = description->value_or(QString());
    if (text == a.description) {
        ctx.out << QStringLiteral("%1: attachment #%2 (%3): the description is already that; nothing changed.")
                       .arg(a.queryReference)
                       .arg(a.id)
                       .arg(quoted(a.fileName))
                << Qt::endl;
        return Ok;
    }
    Result<Attachment> changed = session->attachments().setDescription(a.id, text, a.version);
    if (!changed)
        return ctx.fail(changed.error());
    ctx.out << QStringLiteral("%1: attachment #%2 (%3): description %4.")
                   .arg(a.queryReference)
                   .arg(a.id)
                   .arg(quoted(a.fileName), text.isEmpty() ? QStringLiteral("removed") : QStringLiteral("changed"))
            << Qt::endl;
    return Ok;
}

// ---- link

int runLink(CliContext& ctx, const std::string& id, const std::string& entry, bool none, const std::string& as)
{
    if (entry.empty() == !none) {
        ctx.err << "advicehub-cli: give the timeline entry with --entry ID, or --none to unlink (not both)."
                << Qt::endl;
        return Usage;
    }
    std::unique_ptr<Session> session;
    if (const int code = openSessionAs(ctx, as, true, &session); code != Ok)
        return code;
    Attachment a;
    if (const int code = findAttachment(ctx, *session, id, &a); code != Ok)
        return code;
    std::optional<qint64> entryId;
    if (!none) {
        qint64 found = 0;
        if (const int code = findEntry(ctx, *session, a.queryId, a.queryReference, entry, &found); code != Ok)
            return code;
        entryId = found;
    }
    if (entryId == a.entryId) {
        ctx.out << QStringLiteral("%1: attachment #%2 (%3): already so; nothing changed.")
                       .arg(a.queryReference)
                       .arg(a.id)
                       .arg(quoted(a.fileName))
                << Qt::endl;
        return Ok;
    }
    Result<Attachment> changed = session->attachments().setEntry(a.id, entryId, a.version);
    if (!changed)
        return ctx.fail(changed.error());
    const Result<std::vector<casefile::TimelineEntry>> timeline = timelineOf(*session, a.queryId);
    ctx.out << QStringLiteral("%1: attachment #%2 (%3): %4.")
                   .arg(a.queryReference)
                   .arg(a.id)
                   .arg(quoted(a.fileName),
                       entryId ? QStringLiteral("linked to timeline entry %1")
                                     .arg(entryText(
                                         timeline ? timeline.value() : std::vector<casefile::TimelineEntry>(), entryId))
                               : QStringLiteral("no longer linked to a timeline entry"))
            << Qt::endl;
    return Ok;
}

} // namespace
} // namespace attachment_commands

void addAttachmentCommands(CLI::App& app, CliContext& ctx, int& exitCode)
{
    using namespace attachment_commands;
    CLI::App* attachment = app.add_subcommand("attachment",
        "Files attached to a query, stored encrypted inside the vault (never as separate files). ID is an "
        "attachment's #N (`attachment list REF`).");
    attachment->require_subcommand(1);
    {
        auto reference = std::make_shared<std::string>();
        CLI::App* command = attachment->add_subcommand("list", "List a query's attachments, oldest first.");
        command->add_option("REF", *reference, "The query's reference")->required();
        command->callback([&ctx, &exitCode, reference] { exitCode = runList(ctx, *reference); });
    }
    {
        auto o = std::make_shared<AddCommandOptions>();
        auto as = std::make_shared<std::string>();
        CLI::App* command = attachment->add_subcommand("add",
            "Attach one or more files to a query. Each file is read in chunks and written in one transaction: "
            "attached whole or not at all. A file over the size limit (the desktop setting, default "
                + std::to_string(kDefaultMaxBytes / (1024 * 1024))
                + " MiB), empty, or identical to one already attached is refused; the others are still "
                  "attached, and the exit code is the first refusal's. Progress on standard error when it "
                  "is a terminal.");
        command->add_option("REF", o->reference, "The query's reference")->required();
        command->add_option("FILE", o->files, "The file(s) to attach")->required()->type_name("FILE");
        addTextOption(command, "--description", o->description, "What the file(s) are");
        command->add_option("--language", o->language, "The language of the file(s): an ISO 639 code (en, fr, es, ...)")
            ->type_name("LANG");
        command
            ->add_option("--entry", o->entry,
                "The timeline entry of the query the file(s) came with (its #N, e.g. the e-mail received)")
            ->type_name("ID");
        addAsOption(command, *as);
        command->callback([&ctx, &exitCode, o, as] { exitCode = runAdd(ctx, *o, *as); });
    }
    {
        auto id = std::make_shared<std::string>();
        CLI::App* command = attachment->add_subcommand("show",
            "Show an attachment's details: name, type, size, SHA-256, added on and by, description, whether its "
            "text could be read for search. Never its content (`attachment export`).");
        command->add_option("ID", *id, "The attachment's number (#N or N)")->required();
        command->callback([&ctx, &exitCode, id] { exitCode = runShow(ctx, *id); });
    }
    {
        auto id = std::make_shared<std::string>();
        auto output = std::make_shared<std::string>();
        auto force = std::make_shared<bool>(false);
        auto as = std::make_shared<std::string>();
        CLI::App* command = attachment->add_subcommand("export",
            "Save a copy of an attachment: a new file of mode 0600, written whole or not at all, its content "
            "verified against the stored SHA-256, and recorded on the query's timeline.");
        command->add_option("ID", *id, "The attachment's number (#N or N)")->required();
        command->add_option("-o,--output", *output, "The file to write (mode 0600)")->required()->type_name("FILE");
        command->add_flag("--force", *force, "Replace an existing file");
        addAsOption(command, *as);
        command->callback(
            [&ctx, &exitCode, id, output, force, as] { exitCode = runExport(ctx, *id, *output, *force, *as); });
    }
    {
        auto id = std::make_shared<std::string>();
        auto description = std::make_shared<TextOption>();
        auto as = std::make_shared<std::string>();
        CLI::App* command = attachment->add_subcommand("describe",
            "Change an attachment's description (an empty text removes it); the change is kept with the "
            "attachment, as the desktop's Edit Description does.");
        command->add_option("ID", *id, "The attachment's number (#N or N)")->required();
        addTextOption(command, "--description", *description, "The new description");
        addAsOption(command, *as);
        command->callback(
            [&ctx, &exitCode, id, description, as] { exitCode = runDescribe(ctx, *id, *description, *as); });
    }
    {
        auto id = std::make_shared<std::string>();
        auto entry = std::make_shared<std::string>();
        auto none = std::make_shared<bool>(false);
        auto as = std::make_shared<std::string>();
        CLI::App* command = attachment->add_subcommand("link",
            "Link an attachment to one of its query's timeline entries (the e-mail or meeting it came with), or "
            "unlink it with --none; the change is on the query's timeline.");
        command->add_option("ID", *id, "The attachment's number (#N or N)")->required();
        command->add_option("--entry", *entry, "The timeline entry's number (#N or N)")->type_name("ID");
        command->add_flag("--none", *none, "Link it to no entry");
        addAsOption(command, *as);
        command->callback([&ctx, &exitCode, id, entry, none, as] { exitCode = runLink(ctx, *id, *entry, *none, *as); });
    }
    {
        auto id = std::make_shared<std::string>();
        auto as = std::make_shared<std::string>();
        CLI::App* command = attachment->add_subcommand("remove",
            "Delete an attachment from the vault (its name and SHA-256 stay on the query's timeline; the freed "
            "pages are overwritten, `compact` shrinks the file). Asks nothing.");
        command->add_option("ID", *id, "The attachment's number (#N or N)")->required();
        addAsOption(command, *as);
        command->callback([&ctx, &exitCode, id, as] { exitCode = runRemove(ctx, *id, *as); });
    }
}

} // namespace advicehub::cli
