#include "DraftCommands.h"

#include "CliContext.h"
#include "CommandSupport.h"
#include "DraftExport.h"
#include "TemplateCommands.h"
#include "common/IsoTime.h"
#include "drafts/DraftService.h"
#include "library/LibraryService.h"
#include "session/Session.h"

#include <CLI/CLI.hpp>

#include <QFileInfo>

#include <cstdlib>
#include <memory>
#include <optional>
#include <unistd.h>

namespace advicehub::cli {

// Helpers in a namespace of this file's own, so that the unity build (several files in one
// translation unit) never sees two files' helpers of the same name.
namespace draft_commands {
namespace {

using namespace advicehub::drafts;
using documents::DraftExport;
using documents::DraftFormat;

QString localTime(const QDateTime& instant)
{
    return instant.isValid() ? instant.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString labelAndCode(const QString& label, const QString& code)
{
    return QStringLiteral("%1 (%2)").arg(label, code);
}

QString actionCode(DraftService::Action action)
{
    switch (action) {
    case DraftService::Action::Save:
        return QStringLiteral("save");
    case DraftService::Action::Submit:
        return QStringLiteral("submit");
    case DraftService::Action::RequestChanges:
        return QStringLiteral("request-changes");
    case DraftService::Action::Clear:
        return QStringLiteral("clear");
    case DraftService::Action::MarkSent:
        return QStringLiteral("sent");
    case DraftService::Action::CopyIntoNew:
        return QStringLiteral("copy");
    case DraftService::Action::Remove:
        return QStringLiteral("remove");
    }
    return QString();
}

void printIndented(CliContext& ctx, const QString& text, const char* indent = "    ")
{
    QString trimmed = text;
    while (trimmed.endsWith(QLatin1Char('\n')))
        trimmed.chop(1);
    for (const QString& line : trimmed.split(QLatin1Char('\n')))
        ctx.out << indent << line << '\n';
}

// A refusal of the core, with a hint when a rule of the clearance chain is behind it.
int failStep(CliContext& ctx, Session& session, const Draft& draft, const Error& error)
{
    if (error.code == ErrorCode::NotAllowed || error.code == ErrorCode::Conflict) {
        QStringList allowed;
        for (DraftService::Action action : session.drafts().allowedActions(draft.id))
            allowed << actionCode(action);
        ctx.out.flush();
        ctx.err << QStringLiteral("Draft #%1 is %2; you can now: %3")
                       .arg(draft.id)
                       .arg(DraftText::code(draft.state),
                           allowed.isEmpty() ? QStringLiteral("nothing but read it")
                                             : allowed.join(QStringLiteral(", ")))
                << Qt::endl;
    }
    return ctx.fail(error);
}

int optionalVersion(CliContext& ctx, const std::string& text, std::optional<int>* version)
{
    if (text.empty())
        return Ok;
    const std::optional<qint64> number = parseListedNumber(text);
    if (!number || *number > 1000000)
        return ctx.fail(
            InvalidInput, QStringLiteral("--version expects a version number, not %1").arg(quoted(q(text))));
    *version = static_cast<int>(*number);
    return Ok;
}

// A version of the draft: an unknown number is a mistake in the input.
int readVersion(CliContext& ctx, Session& session, const Draft& draft, std::optional<int> number, DraftVersion* out)
{
    if (number && (*number < 1 || *number > draft.latestVersion))
        return ctx.fail(InvalidInput,
            QStringLiteral("draft #%1 has versions 1 to %2, not %3 (`draft versions %1` lists them)")
                .arg(draft.id)
                .arg(draft.latestVersion)
                .arg(*number));
    Result<DraftVersion> version = session.drafts().version(draft.id, number);
    if (!version)
        return failLookup(ctx, version.error());
    *out = std::move(version).value();
    return Ok;
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
    const std::vector<Draft> drafts = session.drafts().draftsOf(resolved.query.id);
    ctx.out << tableLine({ { QStringLiteral("ID"), 5 }, { QStringLiteral("KIND"), 20 }, { QStringLiteral("STATE"), 17 },
        { QStringLiteral("VER"), 3 }, { QStringLiteral("WORDS"), 5 }, { QStringLiteral("UPDATED"), 16 },
        { QStringLiteral("LANG"), 4 }, { QStringLiteral("TITLE") } })
            << '\n';
    for (const Draft& draft : drafts) {
        QString state = DraftText::code(draft.state);
        if (draft.selfCleared && (draft.state == DraftState::Cleared || draft.state == DraftState::Sent))
            state += QStringLiteral("*");
        ctx.out << tableLine({ { QStringLiteral("#%1").arg(draft.id), 5 }, { DraftText::code(draft.kind), 20 },
            { state, 17 }, { QString::number(draft.latestVersion).rightJustified(3), 3 },
            { QString::number(draft.wordCount).rightJustified(5), 5 }, { localTime(draft.updatedAtUtc), 16 },
            { DraftText::code(draft.language), 4 }, { clip(draft.title, 60) } })
                << '\n';
    }
    ctx.out.flush();
    if (drafts.empty())
        ctx.err << "No draft for " << resolved.query.reference << " yet (`draft new " << resolved.query.reference
                << " --kind KIND` starts one)." << Qt::endl;
    else if (std::any_of(drafts.begin(), drafts.end(), [](const Draft& d) { return d.selfCleared; }))
        ctx.err << "* cleared by its own author (single-adviser vault), with a recorded justification." << Qt::endl;
    return Ok;
}

// ---- show

int runShow(CliContext& ctx, const std::string& id, const std::string& versionText, const std::string& formatText)
{
    std::optional<int> number;
    if (const int code = optionalVersion(ctx, versionText, &number); code != Ok)
        return code;
    const QString format = q(formatText).trimmed().toLower();
    if (format != QLatin1String("text") && format != QLatin1String("html"))
        return ctx.fail(InvalidInput, QStringLiteral("--format is text or html, not %1").arg(quoted(q(formatText))));
    Result<std::unique_ptr<Session>> opened = openSession(ctx);
    if (!opened)
        return ctx.fail(opened.error());
    Session& session = *opened.value();
    Draft d;
    if (const int code = findDraft(ctx, session, id, &d); code != Ok)
        return code;
    DraftVersion v;
    if (const int code = readVersion(ctx, session, d, number, &v); code != Ok)
        return code;
    const auto line = [&ctx](const char* label, const QString& value) {
        if (!value.isEmpty())
            ctx.out << QStringLiteral("%1 ").arg(QLatin1String(label), -14) << value << '\n';
    };
    ctx.out << QStringLiteral("Draft #%1  %2  %3").arg(d.id).arg(d.queryReference, d.title) << '\n';
    line("kind:", labelAndCode(DraftText::label(d.kind), DraftText::code(d.kind)));
    line("language:", labelAndCode(DraftText::label(d.language), DraftText::code(d.language)));
    line("state:",
        labelAndCode(DraftText::label(d.state), DraftText::code(d.state))
            + (d.locked() ? QStringLiteral(" \u2014 LOCKED: read, export or copy only") : QString()));
    line("created:", QStringLiteral("%1 by %2").arg(localTime(d.createdAtUtc), d.createdByName));
    line("versions:", QString::number(d.latestVersion));
    if (d.clearedVersion)
        line("cleared:",
            QStringLiteral("version %1 by %2%3")
                .arg(*d.clearedVersion)
                .arg(d.clearedByName,
                    d.selfCleared ? QStringLiteral(" (SELF-CLEARED: single-adviser vault, justification recorded)")
                                  : QString()));
    if (d.sentVersion)
        line("sent:",
            QStringLiteral("version %1 on %2 by %3")
                .arg(*d.sentVersion)
                .arg(isoDate(d.sentOn.value_or(QDate())), d.sentChannelName));
    if (d.copiedFromDraftId)
        line("copied from:", QStringLiteral("draft #%1").arg(*d.copiedFromDraftId));
    QStringList allowed;
    for (DraftService::Action action : session.drafts().allowedActions(d.id))
        allowed << actionCode(action);
    line("you can now:", allowed.isEmpty() ? QStringLiteral("read it") : allowed.join(QStringLiteral(", ")));

    Result<std::vector<ClearanceStep>> steps = session.drafts().steps(d.id);
    if (!steps)
        return ctx.fail(steps.error());
    if (!steps->empty()) {
        ctx.out << "\nClearance:\n";
        for (const ClearanceStep& step : steps.value()) {
            ctx.out << "    " << localTime(step.occurredAtUtc) << "  v"
                    << QString::number(step.versionNumber).leftJustified(3) << ' '
                    << QStringLiteral("%1 ").arg(DraftText::code(step.action), -18) << step.adviserName
                    << (step.selfCleared ? QStringLiteral(" (self-cleared)") : QString()) << '\n';
            if (!step.comment.isEmpty())
                printIndented(ctx, step.comment, "          ");
        }
    }
    ctx.out << QStringLiteral("\nVersion %1 of %2, saved %3 by %4, %5 words")
                   .arg(v.number)
                   .arg(d.latestVersion)
                   .arg(localTime(v.savedAtUtc), v.authorName)
                   .arg(v.wordCount);
    if (!v.comment.isEmpty())
        ctx.out << ": " << v.comment.simplified();
    ctx.out << "\n\n";
    if (format == QLatin1String("html")) {
        ctx.out << v.html;
        if (!v.html.endsWith(QLatin1Char('\n')))
            ctx.out << '\n';
    } else {
        Result<QByteArray> text = DraftExport::render(v.html, DraftFormat::Text);
        if (!text)
            return ctx.fail(text.error());
        ctx.out << QString::fromUtf8(text.value());
    }
    ctx.out.flush();
    return Ok;
}

// ---- versions

int runVersions(CliContext& ctx, const std::string& id)
{
    Result<std::unique_ptr<Session>> opened = openSession(ctx);
    if (!opened)
        return ctx.fail(opened.error());
    Session& session = *opened.value();
    Draft d;
    if (const int code = findDraft(ctx, session, id, &d); code != Ok)
        return code;
    Result<std::vector<DraftVersion>> versions = session.drafts().versions(d.id);
    if (!versions)
        return ctx.fail(versions.error());
    Result<std::vector<ClearanceStep>> steps = session.drafts().steps(d.id);
    if (!steps)
        return ctx.fail(steps.error());
    ctx.out << tableLine(
        { { QStringLiteral("VER"), 3 }, { QStringLiteral("SAVED"), 16 }, { QStringLiteral("WORDS"), 5 },
            { QStringLiteral("AUTHOR"), 20 }, { QStringLiteral("STEPS"), 24 }, { QStringLiteral("COMMENT") } })
            << '\n';
    for (const DraftVersion& v : versions.value()) {
        QStringList marks;
        for (const ClearanceStep& step : steps.value()) {
            if (step.versionNumber == v.number && step.action != StepAction::Reopened)
                marks << DraftText::code(step.action);
        }
        marks.removeDuplicates();
        ctx.out << tableLine({ { QString::number(v.number).rightJustified(3), 3 }, { localTime(v.savedAtUtc), 16 },
            { QString::number(v.wordCount).rightJustified(5), 5 }, { clip(v.authorName, 20), 20 },
            { marks.join(QLatin1Char(',')), 24 }, { clip(v.comment, 60) } })
                << '\n';
    }
    ctx.out.flush();
    return Ok;
}

// ---- diff

// Colour only for a person reading a terminal (and never with NO_COLOR); the markers are there
// either way, so that nothing rests on colour alone.
bool colourWanted()
{
    const char* term = std::getenv("TERM");
    return ::isatty(STDOUT_FILENO) == 1 && std::getenv("NO_COLOR") == nullptr && term
        && QByteArray(term) != QByteArrayLiteral("dumb");
}

// "{+words+}" around a segment's text, its surrounding whitespace left outside the marks.
QString marked(const QString& text, const char* open, const char* close, const char* colour, bool colours)
{
    qsizetype start = 0;
    while (start < text.size() && text.at(start).isSpace())
        ++start;
    qsizetype end = text.size();
    while (end > start && text.at(end - 1).isSpace())
        --end;
    if (start == end)
        return text;
    QString core = QLatin1String(open) + text.mid(start, end - start) + QLatin1String(close);
    if (colours)
        core = QLatin1String(colour) + core + QStringLiteral("\x1b[0m");
    return text.left(start) + core + text.mid(end);
}

int runDiff(CliContext& ctx, const std::string& id, const std::string& oldText, const std::string& newText)
{
    const std::optional<qint64> oldNumber = parseListedNumber(oldText);
    const std::optional<qint64> newNumber = parseListedNumber(newText);
    if (!oldNumber || !newNumber || *oldNumber > 1000000 || *newNumber > 1000000)
        return ctx.fail(
            InvalidInput, QStringLiteral("diff takes two version numbers (`draft versions ID` lists them)"));
    Result<std::unique_ptr<Session>> opened = openSession(ctx);
    if (!opened)
        return ctx.fail(opened.error());
    Session& session = *opened.value();
    Draft d;
    if (const int code = findDraft(ctx, session, id, &d); code != Ok)
        return code;
    for (const qint64 number : { *oldNumber, *newNumber }) {
        if (number > d.latestVersion)
            return ctx.fail(InvalidInput,
                QStringLiteral("draft #%1 has versions 1 to %2, not %3").arg(d.id).arg(d.latestVersion).arg(number));
    }
    Result<WordDiff> diff = session.drafts().diff(d.id, static_cast<int>(*oldNumber), static_cast<int>(*newNumber));
    if (!diff)
        return failLookup(ctx, diff.error());
    const bool colours = colourWanted();
    QString text;
    for (const DiffSegment& segment : diff->segments) {
        switch (segment.op) {
        case DiffSegment::Op::Equal:
            text += segment.text;
            break;
        case DiffSegment::Op::Inserted:
            text += marked(segment.text, "{+", "+}", "\x1b[32m", colours);
            break;
        case DiffSegment::Op::Deleted:
            text += marked(segment.text, "[-", "-]", "\x1b[31m", colours);
            break;
        }
    }
    ctx.out << QStringLiteral("Draft #%1: version %2 \u2192 %3: %4 word(s) inserted {+\u2026+}, %5 deleted [-\u2026-]")
                   .arg(d.id)
                   .arg(*oldNumber)
                   .arg(*newNumber)
                   .arg(diff->wordsInserted)
                   .arg(diff->wordsDeleted)
            << '\n';
    if (!diff->formattingChanges.isEmpty() || diff->formattingChanged) {
        ctx.out << "Formatting changed:\n";
        for (const QString& change : diff->formattingChanges)
            ctx.out << "    " << change << '\n';
        if (diff->formattingChanges.isEmpty())
            ctx.out << "    (the formatting differs)\n";
    }
    if (diff->identical())
        ctx.out << "The two versions are identical.\n";
    ctx.out << '\n' << text;
    if (!text.endsWith(QLatin1Char('\n')))
        ctx.out << '\n';
    ctx.out.flush();
    return Ok;
}

// ---- new

struct NewOptions {
    std::string reference;
    std::string kind;
    std::string templateName;
    TextOption title;
    std::string language;
    std::optional<std::string> bodyFile;
    std::string bodyFormat = "auto";
    TextOption comment;
    std::string precedent; // a sent draft whose text the new draft starts from
};

int runNew(CliContext& ctx, const NewOptions& o, const std::string& as)
{
    DraftInput in;
    if (const int code = parseKind(ctx, o.kind, "--kind", &in.kind); code != Ok)
        return code;
    std::optional<DraftLanguage> language;
    if (!o.language.empty()) {
        DraftLanguage parsed;
        if (const int code = parseLanguage(ctx, o.language, "--language", &parsed); code != Ok)
            return code;
        language = parsed;
    }
    if (int(!o.templateName.empty()) + int(o.bodyFile.has_value()) + int(!o.precedent.empty()) > 1)
        return ctx.fail(Usage, QStringLiteral("draft new: one of --template, --body-file and --from-precedent"));
    BodyFormat bodyFormat = BodyFormat::Auto;
    if (const int code = parseBodyFormat(ctx, o.bodyFormat, &bodyFormat); code != Ok)
        return code;
    if (const int code = checkOneStandardInput(ctx,
            { { "--title-file", &o.title.file }, { "--comment-file", &o.comment.file },
                { "--body-file", &o.bodyFile } });
        code != Ok)
        return code;
    std::unique_ptr<Session> session;
    if (const int code = openSessionAs(ctx, as, true, &session); code != Ok)
        return code;
    queries::Query query;
    if (const int code = resolveQueryToChange(ctx, *session, o.reference, QStringLiteral("draft on %1"), &query);
        code != Ok)
        return code;
    in.queryId = query.id;
    in.language = language.value_or(DraftLanguage::English);

    std::optional<library::DraftTemplate> chosen;
    if (!o.templateName.empty()) {
        library::DraftTemplate found;
        if (const int code = findTemplate(ctx, *session, o.templateName, language, &found); code != Ok)
            return code;
        if (!found.active)
            return ctx.fail(NotAllowed,
                QStringLiteral("the template %1 is inactive (`template edit %2 --active` makes it available again)")
                    .arg(quoted(found.name))
                    .arg(found.id));
        chosen = found;
        in.language = found.language;
        in.templateId = found.id;
    }
    Result<std::optional<QString>> title = readTextOption(o.title, true);
    if (!title)
        return ctx.fail(title.error());
    in.title = title->value_or(chosen ? chosen->name : DraftText::label(in.kind));
    Result<std::optional<QString>> comment = readTextOption(o.comment, false);
    if (!comment)
        return ctx.fail(comment.error());
    in.comment = comment->value_or(QString());
    if (o.bodyFile) {
        if (const int code = readBody(ctx, *o.bodyFile, bodyFormat, &in.html); code != Ok)
            return code;
    }

    // A precedent: the sent text of another answer. Reusing text of a confidential query warns, and
    // the reuse (never the text) is recorded on both queries' timelines.
    std::optional<Draft> precedent;
    if (!o.precedent.empty()) {
        Draft source;
        if (const int code = findDraft(ctx, *session, o.precedent, &source); code != Ok)
            return code;
        Result<QString> sentText = session->library().precedentHtml(source.id);
        if (!sentText)
            return ctx.fail(sentText.error());
        in.html = sentText.value();
        precedent = source;
    }

    QStringList report;
    if (chosen) {
        Result<library::FilledTemplate> filled = session->library().fill(chosen->html, query.id, in.language);
        if (!filled)
            return ctx.fail(filled.error());
        in.html = filled->html;
        for (const QString& name : filled->unknown)
            report << QStringLiteral("    {%1}: unknown placeholder, left in the text as typed").arg(name);
        for (const QString& name : filled->empty)
            report
                << QStringLiteral("    {%1}: %2 has no value for it; the text shows [%1?]").arg(name, query.reference);
    }
    Result<Draft> created = session->drafts().create(in);
    if (!created)
        return ctx.fail(created.error());
    if (precedent) {
        const Status recorded = session->library().recordReuse(precedent->id, created->id);
        if (!recorded) {
            // Reused text that is not on record must not stay: the new draft goes again.
            const Status undone = session->drafts().remove(created->id);
            ctx.err << (undone ? "The reuse could not be recorded; the new draft was removed again."
                               : "The reuse could not be recorded, and the new draft could not be removed: remove it.")
                    << Qt::endl;
            return ctx.fail(recorded.error());
        }
        Result<queries::Query> sourceQuery = session->queries().get(precedent->queryId);
        if (sourceQuery && sourceQuery->fields.confidentiality != queries::Confidentiality::Standard)
            ctx.err << QStringLiteral("WARNING: draft #%1 reuses the sent text of %2, a %3 query: check that nothing "
                                      "identifying it remains. The reuse is recorded on both timelines.")
                           .arg(created->id)
                           .arg(precedent->queryReference,
                               queries::QueryText::label(sourceQuery->fields.confidentiality).toLower())
                    << Qt::endl;
    }
    ctx.out << QStringLiteral("%1: draft #%2 created (%3, %4)%5, version 1.")
                   .arg(query.reference)
                   .arg(created->id)
                   .arg(DraftText::code(created->kind), DraftText::code(created->language),
                       chosen          ? QStringLiteral(" from the template %1").arg(quoted(chosen->name))
                           : precedent ? QStringLiteral(" from the sent text of draft #%1 (%2)")
                                             .arg(precedent->id)
                                             .arg(precedent->queryReference)
                                       : QString())
            << Qt::endl;
    if (!report.isEmpty()) {
        ctx.err << QStringLiteral("Placeholders to complete by hand in draft #%1 (`draft save %1 --body-file FILE`):")
                       .arg(created->id)
                << '\n'
                << report.join(QLatin1Char('\n')) << Qt::endl;
    } else if (chosen) {
        ctx.err << "Every placeholder of the template was filled." << Qt::endl;
    }
    return Ok;
}

// ---- save

struct SaveOptions {
    std::string id;
    std::string bodyFile;
    std::string bodyFormat = "auto";
    TextOption comment;
};

int runSave(CliContext& ctx, const SaveOptions& o, const std::string& as)
{
    BodyFormat bodyFormat = BodyFormat::Auto;
    if (const int code = parseBodyFormat(ctx, o.bodyFormat, &bodyFormat); code != Ok)
        return code;
    const std::optional<std::string> body(o.bodyFile);
    if (const int code
        = checkOneStandardInput(ctx, { { "--body-file", &body }, { "--comment-file", &o.comment.file } });
        code != Ok)
        return code;
    std::unique_ptr<Session> session;
    if (const int code = openSessionAs(ctx, as, true, &session); code != Ok)
        return code;
    Draft d;
    if (const int code = findDraft(ctx, *session, o.id, &d); code != Ok)
        return code;
    // Refused before the body is read: a sent draft takes no new version.
    if (d.locked())
        return failStep(ctx, *session, d, session->drafts().canDo(d.id, DraftService::Action::Save).error());
    QString html;
    if (const int code = readBody(ctx, o.bodyFile, bodyFormat, &html); code != Ok)
        return code;
    Result<std::optional<QString>> comment = readTextOption(o.comment, false);
    if (!comment)
        return ctx.fail(comment.error());
    Result<Draft> saved = session->drafts().save(d.id, html, comment->value_or(QString()), d.version);
    if (!saved)
        return failStep(ctx, *session, d, saved.error());
    ctx.out << QStringLiteral("Draft #%1: version %2 saved (%3 words).")
                   .arg(saved->id)
                   .arg(saved->latestVersion)
                   .arg(saved->wordCount)
            << Qt::endl;
    if (d.state != DraftState::Draft && d.state != saved->state)
        ctx.err << QStringLiteral(
            "Draft #%1 was %2; the new version sends it back to %3: submit it again for clearance.")
                       .arg(d.id)
                       .arg(DraftText::code(d.state), DraftText::code(saved->state))
                << Qt::endl;
    return Ok;
}

// ---- submit, request-changes, clear

enum class Step { Submit, RequestChanges, Clear };

struct StepOptions {
    std::string id;
    TextOption comment;
    TextOption justification;
};

int runStep(CliContext& ctx, Step step, const StepOptions& o, const std::string& as)
{
    if (step == Step::RequestChanges && !o.comment.text && !o.comment.file)
        return ctx.fail(Usage,
            QStringLiteral("draft request-changes: --comment or --comment-file is required (what should change)"));
    if (const int code = checkOneStandardInput(
            ctx, { { "--comment-file", &o.comment.file }, { "--justification-file", &o.justification.file } });
        code != Ok)
        return code;
    std::unique_ptr<Session> session;
    if (const int code = openSessionAs(ctx, as, true, &session); code != Ok)
        return code;
    Draft d;
    if (const int code = findDraft(ctx, *session, o.id, &d); code != Ok)
        return code;
    Result<std::optional<QString>> comment = readTextOption(o.comment, false);
    if (!comment)
        return ctx.fail(comment.error());
    Result<std::optional<QString>> justification = readTextOption(o.justification, false);
    if (!justification)
        return ctx.fail(justification.error());
    Result<Draft> done = makeError(ErrorCode::Internal);
    switch (step) {
    case Step::Submit:
        done = session->drafts().submit(d.id, comment->value_or(QString()), d.version);
        break;
    case Step::RequestChanges:
        done = session->drafts().requestChanges(d.id, comment->value_or(QString()), d.version);
        break;
    case Step::Clear:
        done = session->drafts().clear(
            d.id, comment->value_or(QString()), d.version, justification->value_or(QString()));
        break;
    }
    if (!done) {
        if (step == Step::Clear && !*justification && session->drafts().needsSelfClearanceJustification(d.id))
            ctx.err << "Give the justification with --justification-file FILE (or --justification TEXT)." << Qt::endl;
        return failStep(ctx, *session, d, done.error());
    }
    ctx.out << QStringLiteral("Draft #%1 (%2): %3 \u2192 %4, version %5%6.")
                   .arg(done->id)
                   .arg(done->queryReference, DraftText::code(d.state), DraftText::code(done->state))
                   .arg(step == Step::Clear && done->clearedVersion ? *done->clearedVersion : done->latestVersion)
                   .arg(done->selfCleared && step == Step::Clear
                           ? QStringLiteral(" (self-cleared, justification recorded)")
                           : QString())
            << Qt::endl;
    return Ok;
}

// ---- sent

struct SentOptions {
    std::string id;
    std::string channel;
    std::string on;
    TextOption note;
};

int runSent(CliContext& ctx, const SentOptions& o, const std::string& as)
{
    SendInput in;
    if (!o.on.empty()) {
        const std::optional<QDate> on = parseDate(o.on);
        if (!on)
            return ctx.fail(
                InvalidInput, QStringLiteral("--on expects a date like 2026-03-14, not %1").arg(quoted(q(o.on))));
        in.on = *on;
    }
    std::unique_ptr<Session> session;
    if (const int code = openSessionAs(ctx, as, true, &session); code != Ok)
        return code;
    const reference::NamedItem* channel = session->lookup().findChannel(q(o.channel));
    if (!channel) {
        QStringList codes;
        for (const reference::NamedItem& item : session->lookup().channels())
            codes << item.code;
        return ctx.fail(InvalidInput,
            QStringLiteral("unknown channel %1 (%2)").arg(quoted(q(o.channel)), codes.join(QStringLiteral(", "))));
    }
    in.channelId = channel->id;
    Draft d;
    if (const int code = findDraft(ctx, *session, o.id, &d); code != Ok)
        return code;
    Result<std::optional<QString>> note = readTextOption(o.note, false);
    if (!note)
        return ctx.fail(note.error());
    in.note = note->value_or(QString());
    Result<Draft> sent = session->drafts().markSent(d.id, in, d.version);
    if (!sent)
        return failStep(ctx, *session, d, sent.error());
    ctx.out << QStringLiteral("Draft #%1 (%2): sent on %3 by %4, version %5; it is locked from now on.")
                   .arg(sent->id)
                   .arg(sent->queryReference, isoDate(sent->sentOn.value_or(QDate())), sent->sentChannelName)
                   .arg(sent->sentVersion.value_or(sent->latestVersion))
            << Qt::endl;
    return Ok;
}

// ---- copy, remove

int runCopy(CliContext& ctx, const std::string& id, const std::string& versionText, const TextOption& titleOption,
    const std::string& as)
{
    std::optional<int> number;
    if (const int code = optionalVersion(ctx, versionText, &number); code != Ok)
        return code;
    std::unique_ptr<Session> session;
    if (const int code = openSessionAs(ctx, as, true, &session); code != Ok)
        return code;
    Draft d;
    if (const int code = findDraft(ctx, *session, id, &d); code != Ok)
        return code;
    if (number && *number > d.latestVersion)
        return ctx.fail(InvalidInput,
            QStringLiteral("draft #%1 has versions 1 to %2, not %3").arg(d.id).arg(d.latestVersion).arg(*number));
    Result<std::optional<QString>> title = readTextOption(titleOption, true);
    if (!title)
        return ctx.fail(title.error());
    Result<Draft> copy = session->drafts().copyIntoNew(d.id, number, title->value_or(QString()));
    if (!copy)
        return failStep(ctx, *session, d, copy.error());
    ctx.out << QStringLiteral("%1: draft #%2 created from draft #%3 version %4 (state draft, version 1).")
                   .arg(copy->queryReference)
                   .arg(copy->id)
                   .arg(d.id)
                   .arg(number.value_or(d.latestVersion))
            << Qt::endl;
    return Ok;
}

// ---- rename

struct RenameOptions {
    std::string id;
    TextOption title;
    std::optional<std::string> kind;
    std::optional<std::string> language;
};

int runRename(CliContext& ctx, const RenameOptions& o, const std::string& as)
{
    if (!o.title.text && !o.title.file && !o.kind && !o.language)
        return ctx.fail(Usage,
            QStringLiteral("draft rename: give at least one of --title (or --title-file), --kind and --language"));
    std::optional<DraftKind> kind;
    if (o.kind) {
        DraftKind parsed;
        if (const int code = parseKind(ctx, *o.kind, "--kind", &parsed); code != Ok)
            return code;
        kind = parsed;
    }
    std::optional<DraftLanguage> language;
    if (o.language) {
        DraftLanguage parsed;
        if (const int code = parseLanguage(ctx, *o.language, "--language", &parsed); code != Ok)
            return code;
        language = parsed;
    }
    if (const int code = checkOneStandardInput(ctx, { { "--title-file", &o.title.file } }); code != Ok)
        return code;
    std::unique_ptr<Session> session;
    if (const int code = openSessionAs(ctx, as, true, &session); code != Ok)
        return code;
    Draft d;
    if (const int code = findDraft(ctx, *session, o.id, &d); code != Ok)
        return code;
    Result<std::optional<QString>> title = readTextOption(o.title, true);
    if (!title)
        return ctx.fail(title.error());
    Result<Draft> renamed = session->drafts().rename(
        d.id, title->value_or(d.title), language.value_or(d.language), kind.value_or(d.kind), d.version);
    if (!renamed)
        return failStep(ctx, *session, d, renamed.error());
    if (renamed->version == d.version) {
        ctx.out << QStringLiteral("Draft #%1 already has this title, kind and language: nothing changed.").arg(d.id)
                << Qt::endl;
        return Ok;
    }
    ctx.out << QStringLiteral("%1: draft #%2 is now %3 (%4, %5); the change is on the timeline.")
                   .arg(renamed->queryReference)
                   .arg(renamed->id)
                   .arg(quoted(renamed->title), DraftText::code(renamed->kind), DraftText::code(renamed->language))
            << Qt::endl;
    return Ok;
}

int runRemove(CliContext& ctx, const std::string& id, const std::string& as)
{
    std::unique_ptr<Session> session;
    if (const int code = openSessionAs(ctx, as, true, &session); code != Ok)
        return code;
    Draft d;
    if (const int code = findDraft(ctx, *session, id, &d); code != Ok)
        return code;
    const Status removed = session->drafts().remove(d.id);
    if (!removed)
        return failStep(ctx, *session, d, removed.error());
    ctx.out << QStringLiteral("%1: draft #%2 removed with its %3 version(s); the removal is on the timeline.")
                   .arg(d.queryReference)
                   .arg(d.id)
                   .arg(d.latestVersion)
            << Qt::endl;
    return Ok;
}

// ---- export

struct ExportOptions {
    std::string id;
    std::string format;
    std::string output;
    std::string version;
    bool force = false;
};

int runExport(CliContext& ctx, const ExportOptions& o, const std::string& as)
{
    const std::optional<DraftFormat> format = DraftExport::format(q(o.format));
    if (!format)
        return ctx.fail(InvalidInput, QStringLiteral("--format is odt, html or text, not %1").arg(quoted(q(o.format))));
    std::optional<int> number;
    if (const int code = optionalVersion(ctx, o.version, &number); code != Ok)
        return code;
    if (o.output.empty() || o.output == "-")
        return ctx.fail(
            Usage, QStringLiteral("draft export writes a file (mode 0600, recorded on the timeline): give -o FILE"));
    std::unique_ptr<Session> session;
    if (const int code = openSessionAs(ctx, as, true, &session); code != Ok)
        return code;
    Draft d;
    if (const int code = findDraft(ctx, *session, o.id, &d); code != Ok)
        return code;
    DraftVersion v;
    if (const int code = readVersion(ctx, *session, d, number, &v); code != Ok)
        return code;
    Result<QByteArray> bytes = DraftExport::render(v.html, *format, d.queryReference);
    if (!bytes)
        return ctx.fail(bytes.error());
    const Status exported = session->drafts().exportVersion(
        d.id, v.number, DraftExport::code(*format), bytes.value(), q(o.output), o.force);
    if (!exported)
        return ctx.fail(exported.error());
    ctx.out << QStringLiteral("Draft #%1 version %2 exported as %3 to %4; the export is recorded on %5's timeline.")
                   .arg(d.id)
                   .arg(v.number)
                   .arg(DraftExport::code(*format), q(o.output), d.queryReference)
            << Qt::endl;
    return Ok;
}

} // namespace
} // namespace draft_commands

int findDraft(CliContext& ctx, Session& session, const std::string& text, drafts::Draft* draft)
{
    using namespace draft_commands;
    const std::optional<qint64> id = parseListedNumber(text);
    if (!id)
        return ctx.fail(InvalidInput,
            QStringLiteral("%1 is not a draft number (`draft list REF` prints them as #N)").arg(quoted(q(text))));
    Result<Draft> found = session.drafts().get(*id);
    if (!found) {
        if (found.code() == ErrorCode::NotFound)
            return ctx.fail(
                InvalidInput, QStringLiteral("there is no draft #%1 (`draft list REF` lists them)").arg(*id));
        return ctx.fail(found.error());
    }
    *draft = std::move(found).value();
    return Ok;
}

void addDraftCommands(CLI::App& app, CliContext& ctx, int& exitCode)
{
    using namespace draft_commands;
    CLI::App* draft = app.add_subcommand("draft",
        "Drafts of the answer to a query: every save an immutable version; submitted, cleared by a head who did not "
        "write the version (four eyes), marked sent — and then locked. ID is a draft's #N (`draft list REF`).");
    draft->require_subcommand(1);
    {
        auto reference = std::make_shared<std::string>();
        CLI::App* command = draft->add_subcommand(
            "list", "List a query's drafts, the most recently changed first: kind, state, versions, words, language.");
        command->add_option("REF", *reference, "The query's reference")->required();
        command->callback([&ctx, &exitCode, reference] { exitCode = runList(ctx, *reference); });
    }
    {
        auto id = std::make_shared<std::string>();
        auto version = std::make_shared<std::string>();
        auto format = std::make_shared<std::string>("text");
        CLI::App* command = draft->add_subcommand("show",
            "Show a draft: kind, language, state, what you can do with it now, its clearance steps with their "
            "comments, and the text of a version (default: the newest).");
        command->add_option("ID", *id, "The draft's number (#N or N)")->required();
        command->add_option("--version", *version, "The version to show (default: the newest)")->type_name("N");
        command->add_option("--format", *format, "text (default) or html (the stored, sanitised HTML)")
            ->type_name("FORMAT");
        command->callback([&ctx, &exitCode, id, version, format] { exitCode = runShow(ctx, *id, *version, *format); });
    }
    {
        auto id = std::make_shared<std::string>();
        CLI::App* command = draft->add_subcommand("versions",
            "List a draft's versions, oldest first: when, who, how many words, the steps taken on each "
            "(submitted, cleared, sent...), the comment.");
        command->add_option("ID", *id, "The draft's number (#N or N)")->required();
        command->callback([&ctx, &exitCode, id] { exitCode = runVersions(ctx, *id); });
    }
    {
        auto id = std::make_shared<std::string>();
        auto a = std::make_shared<std::string>();
        auto b = std::make_shared<std::string>();
        CLI::App* command = draft->add_subcommand("diff",
            "Compare two versions word by word: {+inserted+} and [-deleted-] (coloured too on a terminal), and the "
            "formatting changes (bold, lists, headings, links...).");
        command->add_option("ID", *id, "The draft's number (#N or N)")->required();
        command->add_option("A", *a, "The older version's number")->required();
        command->add_option("B", *b, "The newer version's number")->required();
        command->callback([&ctx, &exitCode, id, a, b] { exitCode = runDiff(ctx, *id, *a, *b); });
    }
    {
        auto o = std::make_shared<NewOptions>();
        auto as = std::make_shared<std::string>();
        CLI::App* command = draft->add_subcommand("new",
            "Start a draft on a query: blank, from a template (its placeholders filled from the query; those it "
            "could not fill are listed on standard error) or from a body file. Prints its #N.");
        command->add_option("REF", o->reference, "The query's reference")->required();
        command
            ->add_option(
                "--kind", o->kind, "acknowledgement, holding_reply, substantive_response, referral_notice or other")
            ->required()
            ->type_name("KIND");
        command->add_option("--template", o->templateName, "Start from this template: its name or id (`template list`)")
            ->type_name("T");
        addTextOption(command, "--title", o->title, "The draft's title (default: the template's name, or the kind)");
        command
            ->add_option("--language", o->language, "en, fr or es (default: the template's, else en); dates follow it")
            ->type_name("LANG");
        command
            ->add_option("--body-file", o->bodyFile,
                "The first version's body from FILE (- for standard input): .html/.htm as HTML, sanitised; anything "
                "else as plain text")
            ->type_name("FILE");
        command->add_option("--body-format", o->bodyFormat, "How to read --body-file: auto (by its name), html or text")
            ->type_name("FORMAT");
        command
            ->add_option("--from-precedent", o->precedent,
                "Start from the sent text of an earlier answer (`library precedents`): its #N. The reuse is recorded "
                "on both queries' timelines; a confidential source warns")
            ->type_name("ID");
        addTextOption(command, "--comment", o->comment, "A comment on version 1");
        addAsOption(command, *as);
        command->callback([&ctx, &exitCode, o, as] { exitCode = runNew(ctx, *o, *as); });
    }
    {
        auto o = std::make_shared<SaveOptions>();
        auto as = std::make_shared<std::string>();
        CLI::App* command = draft->add_subcommand("save",
            "Save a new version of a draft from a file or standard input: .html/.htm as HTML (sanitised in the core: "
            "what was removed is said on standard error), anything else as plain text. A submitted or cleared draft "
            "goes back to draft; a sent one is locked (exit 9).");
        command->add_option("ID", o->id, "The draft's number (#N or N)")->required();
        command
            ->add_option(
                "--body-file", o->bodyFile, "The new text: FILE, or - for standard input (after the passphrase line)")
            ->required()
            ->type_name("FILE");
        command
            ->add_option(
                "--body-format", o->bodyFormat, "auto (by the file's name; standard input: text), html or text")
            ->type_name("FORMAT");
        addTextOption(command, "--comment", o->comment, "What changed in this version");
        addAsOption(command, *as);
        command->callback([&ctx, &exitCode, o, as] { exitCode = runSave(ctx, *o, *as); });
    }
    const auto stepCommand = [&](const char* name, const char* description, Step step) {
        auto o = std::make_shared<StepOptions>();
        auto as = std::make_shared<std::string>();
        CLI::App* command = draft->add_subcommand(name, description);
        command->add_option("ID", o->id, "The draft's number (#N or N)")->required();
        addTextOption(command, "--comment", o->comment,
            step == Step::RequestChanges ? "What should change (required); kept with the version"
                                         : "A comment, kept with the version");
        if (step == Step::Clear)
            addTextOption(command, "--justification", o->justification,
                "Only in a vault with a single active adviser clearing their own version: why (at least "
                    + std::to_string(DraftLimits::MinSelfClearanceJustification)
                    + " characters); recorded, and the clearance is marked self-cleared");
        addAsOption(command, *as);
        command->callback([&ctx, &exitCode, o, as, step] { exitCode = runStep(ctx, step, *o, *as); });
    };
    stepCommand(
        "submit", "Submit the newest version for clearance (draft or changes_requested -> submitted).", Step::Submit);
    stepCommand("request-changes",
        "Send a submitted draft back to its author with a comment (submitted -> changes_requested; role head).",
        Step::RequestChanges);
    stepCommand("clear",
        "Clear the submitted version (submitted -> cleared): an adviser with role head who did not write that "
        "version (four eyes).",
        Step::Clear);
    {
        auto o = std::make_shared<SentOptions>();
        auto as = std::make_shared<std::string>();
        CLI::App* command = draft->add_subcommand("sent",
            "Record that the cleared version was sent (cleared -> sent): the date, the channel, that exact version. "
            "The draft is locked from then on.");
        command->add_option("ID", o->id, "The draft's number (#N or N)")->required();
        command
            ->add_option("--channel", o->channel,
                "How it was sent: a channel's code or name. Codes: " + referenceCodes("channels"))
            ->required()
            ->type_name("CODE");
        command->add_option("--on", o->on, "Sent on (YYYY-MM-DD; default today)")->type_name("DATE");
        addTextOption(command, "--note", o->note, "A note on the sending");
        addAsOption(command, *as);
        command->callback([&ctx, &exitCode, o, as] { exitCode = runSent(ctx, *o, *as); });
    }
    {
        auto id = std::make_shared<std::string>();
        auto version = std::make_shared<std::string>();
        auto title = std::make_shared<TextOption>();
        auto as = std::make_shared<std::string>();
        CLI::App* command = draft->add_subcommand(
            "copy", "Copy a version of any draft (a sent one too) into a new draft on the same query, state draft.");
        command->add_option("ID", *id, "The draft's number (#N or N)")->required();
        command->add_option("--version", *version, "The version to copy (default: the newest)")->type_name("N");
        addTextOption(command, "--title", *title, "The new draft's title (default: the same)");
        addAsOption(command, *as);
        command->callback(
            [&ctx, &exitCode, id, version, title, as] { exitCode = runCopy(ctx, *id, *version, *title, *as); });
    }
    {
        auto o = std::make_shared<RenameOptions>();
        auto as = std::make_shared<std::string>();
        CLI::App* command = draft->add_subcommand("rename",
            "Change a draft's title, kind or language (at least one): not a new version of the text; the change is "
            "on the query's timeline. A sent draft is locked (exit 9).");
        command->add_option("ID", o->id, "The draft's number (#N or N)")->required();
        addTextOption(command, "--title", o->title, "The new title");
        command
            ->add_option("--kind", o->kind,
                "The new kind: acknowledgement, holding_reply, substantive_response, referral_notice or other")
            ->type_name("KIND");
        command
            ->add_option("--language", o->language,
                "The new language: en, fr or es (the spelling dictionary "
                "follows it)")
            ->type_name("LANG");
        addAsOption(command, *as);
        command->callback([&ctx, &exitCode, o, as] { exitCode = runRename(ctx, *o, *as); });
    }
    {
        auto id = std::make_shared<std::string>();
        auto as = std::make_shared<std::string>();
        CLI::App* command = draft->add_subcommand("remove",
            "Delete a draft that was never sent, with its versions, steps and unsaved text kept in the vault (the "
            "removal stays on the timeline). A sent draft is never deleted (exit 9).");
        command->add_option("ID", *id, "The draft's number (#N or N)")->required();
        addAsOption(command, *as);
        command->callback([&ctx, &exitCode, id, as] { exitCode = runRemove(ctx, *id, *as); });
    }
    {
        auto o = std::make_shared<ExportOptions>();
        auto as = std::make_shared<std::string>();
        CLI::App* command = draft->add_subcommand("export",
            "Export a version of a draft as OpenDocument text, a self-contained HTML page or plain text: a new file "
            "of mode 0600, written whole or not at all, and recorded on the query's timeline.");
        command->add_option("ID", o->id, "The draft's number (#N or N)")->required();
        command->add_option("--format", o->format, "odt, html or text")
            ->required()
            ->check(CLI::IsMember({ "odt", "html", "text" }))
            ->type_name("FORMAT");
        command->add_option("-o,--output", o->output, "The file to write (mode 0600)")->required()->type_name("FILE");
        command->add_option("--version", o->version, "The version (default: the newest)")->type_name("N");
        command->add_flag("--force", o->force, "Replace an existing file");
        addAsOption(command, *as);
        command->callback([&ctx, &exitCode, o, as] { exitCode = runExport(ctx, *o, *as); });
    }
}

} // namespace advicehub::cli
