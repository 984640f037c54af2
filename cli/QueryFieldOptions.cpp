#include "QueryFieldOptions.h"

#include "CommandSupport.h"
#include "session/Session.h"

#include <CLI/CLI.hpp>

namespace advicehub::cli {

using namespace advicehub::queries;

// Helpers in a namespace of this file's own, so that the unity build (several files in one
// translation unit) never sees two files' helpers of the same name.
namespace query_field_options {
namespace {

// The option that sets a field, to point at it in the core's validation messages.
QString optionFor(QueryField field)
{
    switch (field) {
    case QueryField::Themes:
        return QStringLiteral("--theme");
    case QueryField::Articles:
        return QStringLiteral("--article");
    case QueryField::Adviser:
        return QStringLiteral("--assign");
    case QueryField::RequestText:
        return QStringLiteral("--request");
    default:
        return QStringLiteral("--") + QueryText::code(field).replace(QLatin1Char('_'), QLatin1Char('-'));
    }
}

} // namespace
} // namespace query_field_options

void addQueryFieldOptions(CLI::App* command, QueryFieldOptions& o, FieldOptionsFor purpose)
{
    using namespace query_field_options;
    const bool adding = purpose == FieldOptionsFor::Add;
    // The help's end: in `add`, what a field gets when its option is not given; in `edit`, how a
    // list is changed.
    const auto help = [adding](const char* text, const char* whenAdding, const char* whenEditing = "") {
        return std::string(text) + (adding ? whenAdding : whenEditing);
    };
    // What a new query cannot do without.
    const auto needed = [adding](CLI::Option* option) { return adding ? option->required() : option; };

    command->add_option("--received", o.received, help("Date received (YYYY-MM-DD", "; default today)", ")"))
        ->type_name("DATE");
    needed(command->add_option("--channel", o.channel, "How the query came: " + referenceCodes("channels")))
        ->type_name("CHANNEL");
    needed(command->add_option("--state", o.state, "Requesting State: ISO code or name"))->type_name("STATE");
    command
        ->add_option(
            "--institution-type", o.institutionType, "The institution's type: " + referenceCodes("institution_types"))
        ->type_name("TYPE");
    addTextOption(command, "--institution", o.institution, "Requesting institution");
    addTextOption(command, "--contact-name", o.contactName, "Contact person");
    addTextOption(command, "--contact-function", o.contactFunction, "Contact's function");
    addTextOption(command, "--contact-email", o.contactEmail, "Contact's e-mail");
    addTextOption(command, "--contact-phone", o.contactPhone, "Contact's phone");
    addTextOption(command, "--subject", o.subject, help("Short subject", " (required: --subject or --subject-file)"));
    addTextOption(command, "--request", o.request, "The request text");
    addTextOption(command, "--summary", o.summary, "The request in brief (at most 2,000 characters)");
    command
        ->add_option("--language", o.language,
            "The request's language: " + referenceCodes("languages") + (adding ? " (default en)" : ""))
        ->type_name("CODE");
    command
        ->add_option("--confidentiality", o.confidentiality,
            codeList(allConfidentialities()) + (adding ? " (default confidential)" : ""))
        ->type_name("LEVEL");
    needed(command->add_option("--theme", o.themes,
               "Theme code or name (repeat for several" + std::string(adding ? "" : "; replaces the themes")
                   + "). Codes: " + referenceCodes("themes")))
        ->type_name("THEME");
    command
        ->add_option("--article", o.articles,
            help("UNCAT article concerned (repeat, or comma-separated)", "", "; replaces the articles, \"\" for none"))
        ->delimiter(',')
        ->type_name("N");
    command->add_option("--priority", o.priority, codeList(allPriorities()) + (adding ? " (default normal)" : ""))
        ->type_name("PRIORITY");
    CLI::Option* due = command
                           ->add_option("--due", o.due,
                               help("Due date (YYYY-MM-DD", "; default: from the priority, in working days)",
                                   "; set by hand: it stays when the priority changes)"))
                           ->type_name("DATE");
    command->add_option("--assign", o.assign, "Assigned adviser")->type_name("NAME");
    command->add_option("--route", o.route, codeList(allRoutes()))->type_name("ROUTE");
    addTextOption(command, "--notes", o.notes, "Free notes");
    if (!adding)
        command
            ->add_flag("--clear-due", o.clearDue,
                "The due date follows the priority again, in working days from receipt (the application's Use "
                "Default); not with --due")
            ->excludes(due);
}

std::vector<std::pair<std::string, const std::optional<std::string>*>> QueryFieldOptions::files() const
{
    using namespace query_field_options;
    return { { "--institution-file", &institution.file }, { "--contact-name-file", &contactName.file },
        { "--contact-function-file", &contactFunction.file }, { "--contact-email-file", &contactEmail.file },
        { "--contact-phone-file", &contactPhone.file }, { "--subject-file", &subject.file },
        { "--request-file", &request.file }, { "--summary-file", &summary.file }, { "--notes-file", &notes.file } };
}

int checkQueryFieldOptions(CliContext& ctx, const QueryFieldOptions& o, FieldOptionsFor purpose)
{
    using namespace query_field_options;
    if (purpose == FieldOptionsFor::Add && !o.subject.text && !o.subject.file)
        return ctx.fail(Usage, QStringLiteral("add: --subject or --subject-file is required"));
    return checkOneStandardInput(ctx, o.files());
}

int applyQueryFieldOptions(
    CliContext& ctx, Session& session, const QueryFieldOptions& o, QueryInput* input, const QString& failure)
{
    using namespace query_field_options;
    QueryInput& in = *input;
    // The texts first: one of them may be standard input, read once the vault is open.
    // A single-line field read from a file ends at its last line break; the long texts keep theirs.
    const std::pair<const TextOption*, QString*> texts[] = { { &o.institution, &in.institution },
        { &o.contactName, &in.contact.name }, { &o.contactFunction, &in.contact.function },
        { &o.contactEmail, &in.contact.email }, { &o.contactPhone, &in.contact.phone }, { &o.subject, &in.subject },
        { &o.request, &in.requestText }, { &o.summary, &in.summary }, { &o.notes, &in.notes } };
    for (const auto& [option, field] : texts) {
        const bool longText = option == &o.request || option == &o.summary || option == &o.notes;
        Result<std::optional<QString>> value = readTextOption(*option, !longText);
        if (!value)
            return ctx.fail(value.error());
        if (*value)
            *field = **value;
    }

    const reference::ReferenceLookup& lookup = session.lookup();
    QStringList problems;
    // A field with a default: an empty value is the same as none.
    const auto given = [](const std::optional<std::string>& value) { return value && !value->empty(); };
    if (given(o.received)) {
        if (const auto date = parseDate(*o.received))
            in.receivedOn = *date;
        else
            problems << QStringLiteral("--received: %1 is not a date like 2026-03-14").arg(quoted(q(*o.received)));
    }
    if (o.channel) {
        if (const auto* channel = lookup.findChannel(q(*o.channel)))
            in.channelId = channel->id;
        else
            problems << QStringLiteral("--channel: unknown channel %1").arg(quoted(q(*o.channel)));
    }
    if (o.state) {
        if (const auto* state = lookup.findState(q(*o.state)))
            in.stateId = state->id;
        else
            problems << QStringLiteral("--state: unknown State %1").arg(quoted(q(*o.state)));
    }
    if (o.institutionType) {
        if (o.institutionType->empty())
            in.institutionTypeId.reset();
        else if (const auto* type = lookup.findInstitutionType(q(*o.institutionType)))
            in.institutionTypeId = type->id;
        else
            problems << QStringLiteral("--institution-type: unknown type %1").arg(quoted(q(*o.institutionType)));
    }
    if (given(o.language)) {
        if (const auto* language = lookup.findLanguage(q(*o.language)))
            in.language = language->code;
        else
            problems << QStringLiteral("--language: unknown language %1").arg(quoted(q(*o.language)));
    }
    if (given(o.confidentiality)) {
        if (const auto level = parseEnum(*o.confidentiality, allConfidentialities()))
            in.confidentiality = *level;
        else
            problems << QStringLiteral("--confidentiality: one of %1").arg(codes(allConfidentialities()));
    }
    if (!o.themes.empty()) {
        in.themeIds.clear();
        for (const std::string& text : o.themes) {
            if (const auto* theme = lookup.findTheme(q(text)))
                in.themeIds << theme->id;
            else
                problems << QStringLiteral("--theme: unknown theme %1").arg(quoted(q(text)));
        }
    }
    if (!o.articles.empty()) {
        in.articles.clear();
        for (const std::string& text : o.articles) {
            const QString article = q(text).trimmed();
            if (article.isEmpty())
                continue; // --article "": none
            if (const std::optional<int> number = parseInteger(article))
                in.articles << *number;
            else
                problems << QStringLiteral("--article: %1 is not an article number").arg(quoted(article));
        }
    }
    if (given(o.priority)) {
        if (const auto priority = parseEnum(*o.priority, allPriorities()))
            in.priority = *priority;
        else
            problems << QStringLiteral("--priority: one of %1").arg(codes(allPriorities()));
    }
    if (given(o.due)) {
        if (const auto date = parseDate(*o.due))
            in.dueOn = DueDateChoice::set(*date);
        else
            problems << QStringLiteral("--due: %1 is not a date like 2026-03-14").arg(quoted(q(*o.due)));
    }
    if (o.assign) {
        if (o.assign->empty())
            in.assignedAdviserId.reset();
        else if (const auto* adviser = lookup.findAdviser(q(*o.assign)))
            in.assignedAdviserId = adviser->id;
        else
            problems << QStringLiteral("--assign: there is no adviser called %1").arg(quoted(q(*o.assign)));
    }
    if (o.route) {
        if (o.route->empty())
            in.route.reset();
        else if (const auto route = parseEnum(*o.route, allRoutes()))
            in.route = *route;
        else
            problems << QStringLiteral("--route: one of %1").arg(codes(allRoutes()));
    }
    for (const FieldError& error : session.queries().validate(in)) {
        const QString option = optionFor(error.field);
        // A value refused above already has its message.
        bool already = false;
        for (const QString& problem : problems)
            already = already || problem.startsWith(option + QLatin1Char(':'));
        if (!already)
            problems << option + QStringLiteral(": ") + error.message;
    }
    if (problems.isEmpty())
        return Ok;
    for (const QString& problem : problems)
        ctx.err << problem << '\n';
    return ctx.fail(InvalidInput, failure);
}

} // namespace advicehub::cli
