#include "TemplateCommands.h"

#include "CliContext.h"
#include "CommandSupport.h"
#include "DraftExport.h"
#include "drafts/HtmlSanitizer.h"
#include "library/LibraryService.h"
#include "session/Session.h"

#include <CLI/CLI.hpp>

#include <QFileInfo>

#include <memory>

namespace advicehub::cli {

using drafts::DraftKind;
using drafts::DraftLanguage;
using drafts::DraftText;
using library::DraftTemplate;
using library::TemplateInput;

// Helpers in a namespace of this file's own, so that the unity build (several files in one
// translation unit) never sees two files' helpers of the same name.
namespace template_commands {
namespace {

QString kindCodes()
{
    QStringList list;
    for (DraftKind kind : DraftText::allKinds())
        list << DraftText::code(kind);
    return list.join(QStringLiteral(", "));
}

QString languageCodes()
{
    QStringList list;
    for (DraftLanguage language : DraftText::allLanguages())
        list << DraftText::code(language);
    return list.join(QStringLiteral(", "));
}

// ---- list

struct ListOptions {
    bool all = false;
    std::string kind;
    std::string language;
};

int runList(CliContext& ctx, const ListOptions& o)
{
    std::optional<DraftKind> kind;
    if (!o.kind.empty()) {
        DraftKind parsed;
        if (const int code = parseKind(ctx, o.kind, "--kind", &parsed); code != Ok)
            return code;
        kind = parsed;
    }
    std::optional<DraftLanguage> language;
    if (!o.language.empty()) {
        DraftLanguage parsed;
        if (const int code = parseLanguage(ctx, o.language, "--language", &parsed); code != Ok)
            return code;
        language = parsed;
    }
    Result<std::unique_ptr<Session>> opened = openSession(ctx);
    if (!opened)
        return ctx.fail(opened.error());
    Session& session = *opened.value();
    ctx.out << tableLine({ { QStringLiteral("ID"), 4 }, { QStringLiteral("LANG"), 4 }, { QStringLiteral("KIND"), 20 },
        { QStringLiteral("FLAGS"), 15 }, { QStringLiteral("NAME") } })
            << '\n';
    int shown = 0;
    for (const DraftTemplate& t : session.library().templates(o.all)) {
        if ((kind && t.kind != *kind) || (language && t.language != *language))
            continue;
        QStringList flags;
        if (t.seeded)
            flags << QStringLiteral("seeded");
        if (!t.active)
            flags << QStringLiteral("inactive");
        ctx.out << tableLine({ { QString::number(t.id), 4 }, { DraftText::code(t.language), 4 },
            { DraftText::code(t.kind), 20 }, { flags.join(QLatin1Char(',')), 15 }, { t.name } })
                << '\n';
        ++shown;
    }
    ctx.out.flush();
    if (shown == 0)
        ctx.err << "No template matches." << (o.all ? "" : " (--all shows inactive ones too)") << Qt::endl;
    return Ok;
}

// ---- show

int runShow(CliContext& ctx, const std::string& name, const std::string& languageText, bool sample, bool text)
{
    std::optional<DraftLanguage> language;
    if (!languageText.empty()) {
        DraftLanguage parsed;
        if (const int code = parseLanguage(ctx, languageText, "--language", &parsed); code != Ok)
            return code;
        language = parsed;
    }
    Result<std::unique_ptr<Session>> opened = openSession(ctx);
    if (!opened)
        return ctx.fail(opened.error());
    Session& session = *opened.value();
    DraftTemplate t;
    if (const int code = findTemplate(ctx, session, name, language, &t); code != Ok)
        return code;
    const auto line = [&ctx](const char* label, const QString& value) {
        ctx.out << QStringLiteral("%1 ").arg(QLatin1String(label), -14) << value << '\n';
    };
    ctx.out << QStringLiteral("Template %1  %2").arg(t.id).arg(t.name) << '\n';
    line("kind:", QStringLiteral("%1 (%2)").arg(DraftText::label(t.kind), DraftText::code(t.kind)));
    line("language:", QStringLiteral("%1 (%2)").arg(DraftText::label(t.language), DraftText::code(t.language)));
    line("state:",
        QStringLiteral("%1%2").arg(t.active ? QStringLiteral("active") : QStringLiteral("inactive"),
            t.seeded ? QStringLiteral(", seeded with the vault") : QString()));
    Result<QStringList> placeholders = library::LibraryService::placeholdersIn(t.html);
    line("placeholders:",
        placeholders ? (placeholders->isEmpty()
                ? QStringLiteral("none")
                : QStringLiteral("{") + placeholders->join(QStringLiteral("} {")) + QStringLiteral("}"))
                     : placeholders.error().message);
    QString body = t.html;
    if (sample) {
        const library::FilledTemplate filled = session.library().fillSample(t.html, t.language);
        body = filled.html;
        ctx.out << "\nFilled with a sample query (nothing of a real case):\n";
        if (!filled.unknown.isEmpty())
            ctx.out << "unknown placeholders: " << filled.unknown.join(QStringLiteral(", ")) << '\n';
        if (!filled.empty.isEmpty())
            ctx.out << "empty placeholders: " << filled.empty.join(QStringLiteral(", ")) << '\n';
    }
    ctx.out << '\n';
    if (text) {
        Result<QByteArray> plain = documents::DraftExport::render(body, documents::DraftFormat::Text);
        if (!plain)
            return ctx.fail(plain.error());
        ctx.out << QString::fromUtf8(plain.value());
    } else {
        ctx.out << body;
        if (!body.endsWith(QLatin1Char('\n')))
            ctx.out << '\n';
    }
    ctx.out.flush();
    return Ok;
}

// ---- add, edit

struct TemplateOptions {
    std::string template_; // edit: which
    std::optional<std::string> name;
    std::optional<std::string> kind;
    std::optional<std::string> language;
    std::optional<std::string> bodyFile;
    std::string bodyFormat = "auto";
    bool active = false;
    bool inactive = false;
};

int runAdd(CliContext& ctx, const TemplateOptions& o, const std::string& as)
{
    TemplateInput in;
    in.name = q(o.name.value_or(std::string())).simplified();
    if (in.name.isEmpty())
        return ctx.fail(InvalidInput, QStringLiteral("template add: --name must not be empty"));
    if (const int code = parseKind(ctx, o.kind.value_or(std::string()), "--kind", &in.kind); code != Ok)
        return code;
    if (const int code = parseLanguage(ctx, o.language.value_or(std::string()), "--language", &in.language); code != Ok)
        return code;
    BodyFormat format = BodyFormat::Auto;
    if (const int code = parseBodyFormat(ctx, o.bodyFormat, &format); code != Ok)
        return code;
    in.active = !o.inactive;
    std::unique_ptr<Session> session;
    if (const int code = openSessionAs(ctx, as, true, &session); code != Ok)
        return code;
    if (const int code = readBody(ctx, o.bodyFile.value_or(std::string()), format, &in.html); code != Ok)
        return code;
    Result<DraftTemplate> added = session->library().addTemplate(in);
    if (!added)
        return ctx.fail(added.error());
    ctx.out << QStringLiteral("Template %1 added: %2 (%3, %4).")
                   .arg(added->id)
                   .arg(added->name, DraftText::code(added->kind), DraftText::code(added->language))
            << Qt::endl;
    return Ok;
}

int runEdit(CliContext& ctx, const TemplateOptions& o, const std::string& as)
{
    if (!o.name && !o.kind && !o.language && !o.bodyFile && !o.active && !o.inactive)
        return ctx.fail(Usage,
            QStringLiteral("template edit: give what to change (--name, --kind, --language, --body-file, --active, "
                           "--inactive)"));
    BodyFormat format = BodyFormat::Auto;
    if (const int code = parseBodyFormat(ctx, o.bodyFormat, &format); code != Ok)
        return code;
    std::unique_ptr<Session> session;
    if (const int code = openSessionAs(ctx, as, true, &session); code != Ok)
        return code;
    DraftTemplate t;
    if (const int code = findTemplate(ctx, *session, o.template_, std::nullopt, &t); code != Ok)
        return code;
    TemplateInput in;
    in.name = o.name ? q(*o.name).simplified() : t.name;
    in.kind = t.kind;
    in.language = t.language;
    in.html = t.html;
    in.active = o.active ? true : o.inactive ? false : t.active;
    if (o.kind) {
        if (const int code = parseKind(ctx, *o.kind, "--kind", &in.kind); code != Ok)
            return code;
    }
    if (o.language) {
        if (const int code = parseLanguage(ctx, *o.language, "--language", &in.language); code != Ok)
            return code;
    }
    if (o.bodyFile) {
        if (const int code = readBody(ctx, *o.bodyFile, format, &in.html); code != Ok)
            return code;
    }
    if (in.name == t.name && in.kind == t.kind && in.language == t.language && in.html == t.html
        && in.active == t.active) {
        ctx.out << QStringLiteral("Template %1: nothing to change.").arg(t.id) << Qt::endl;
        return Ok;
    }
    Result<DraftTemplate> edited = session->library().editTemplate(t.id, in, t.version);
    if (!edited)
        return ctx.fail(edited.error());
    ctx.out << QStringLiteral("Template %1 changed: %2 (%3, %4%5).")
                   .arg(edited->id)
                   .arg(edited->name, DraftText::code(edited->kind), DraftText::code(edited->language),
                       edited->active ? QString() : QStringLiteral(", inactive"))
            << Qt::endl;
    return Ok;
}

void addTemplateOptions(CLI::App* command, TemplateOptions& o, bool adding)
{
    CLI::Option* name
        = command->add_option("--name", o.name, "The template's name (unique per language)")->type_name("NAME");
    CLI::Option* kind
        = command->add_option("--kind", o.kind, "The kind of draft: " + kindCodes().toStdString())->type_name("KIND");
    CLI::Option* language = command->add_option("--language", o.language, "en, fr or es")->type_name("LANG");
    CLI::Option* body = command
                            ->add_option("--body-file", o.bodyFile,
                                "The text with {placeholders} (`template show` lists those a template uses; unknown "
                                "ones and unbalanced braces are refused): .html/.htm as HTML (sanitised), anything "
                                "else as plain text; - for standard input")
                            ->type_name("FILE");
    command->add_option("--body-format", o.bodyFormat, "How to read --body-file: auto (by its name), html or text")
        ->type_name("FORMAT");
    CLI::Option* inactive = command->add_flag("--inactive", o.inactive, "Not offered for new drafts");
    if (adding) {
        name->required();
        kind->required();
        language->required();
        body->required();
    } else {
        CLI::Option* active = command->add_flag("--active", o.active, "Offered for new drafts again");
        active->excludes(inactive);
        inactive->excludes(active);
    }
}

} // namespace
} // namespace template_commands

int parseLanguage(CliContext& ctx, const std::string& text, const char* option, DraftLanguage* language)
{
    using namespace template_commands;
    const std::optional<DraftLanguage> parsed = DraftText::language(q(text).trimmed().toLower());
    if (!parsed)
        return ctx.fail(InvalidInput,
            QStringLiteral("%1: unknown language %2 (%3)")
                .arg(QLatin1String(option), quoted(q(text)), languageCodes()));
    *language = *parsed;
    return Ok;
}

int parseKind(CliContext& ctx, const std::string& text, const char* option, DraftKind* kind)
{
    using namespace template_commands;
    const std::optional<DraftKind> parsed = DraftText::kind(normalizedCode(text));
    if (!parsed)
        return ctx.fail(InvalidInput,
            QStringLiteral("%1: unknown kind %2 (%3)").arg(QLatin1String(option), quoted(q(text)), kindCodes()));
    *kind = *parsed;
    return Ok;
}

int parseBodyFormat(CliContext& ctx, const std::string& text, BodyFormat* format)
{
    using namespace template_commands;
    const QString code = q(text).trimmed().toLower();
    if (code == QLatin1String("auto") || code.isEmpty())
        *format = BodyFormat::Auto;
    else if (code == QLatin1String("html"))
        *format = BodyFormat::Html;
    else if (code == QLatin1String("text"))
        *format = BodyFormat::Text;
    else
        return ctx.fail(InvalidInput, QStringLiteral("--body-format is auto, html or text, not %1").arg(quoted(code)));
    return Ok;
}

int readBody(CliContext& ctx, const std::string& file, BodyFormat format, QString* html)
{
    using namespace template_commands;
    if (file.empty())
        return ctx.fail(Usage, QStringLiteral("give the text with --body-file FILE (or - for standard input)"));
    Result<QString> read = readTextFile(file);
    if (!read)
        return ctx.fail(read.error());
    bool isHtml = format == BodyFormat::Html;
    if (format == BodyFormat::Auto && file != "-") {
        const QString suffix = QFileInfo(q(file)).suffix().toLower();
        isHtml = suffix == QLatin1String("html") || suffix == QLatin1String("htm");
    }
    if (!isHtml) {
        *html = drafts::HtmlSanitizer::fromPlainText(read.value());
        return Ok;
    }
    // The core sanitises every body again when it stores it; this pass tells the user what of
    // theirs was not kept (never the removed content itself).
    Result<drafts::SanitisedHtml> sanitised = drafts::HtmlSanitizer::sanitise(read.value());
    if (!sanitised)
        return ctx.fail(sanitised.error());
    if (!sanitised->removed.isEmpty()) {
        ctx.err << "Removed from the body (not allowed in a draft):" << '\n';
        for (const QString& line : sanitised->removed)
            ctx.err << "    " << line << '\n';
        ctx.err.flush();
    }
    *html = sanitised->html;
    return Ok;
}

int findTemplate(CliContext& ctx, Session& session, const std::string& text, std::optional<DraftLanguage> language,
    DraftTemplate* found)
{
    using namespace template_commands;
    const QString wanted = q(text).simplified();
    bool isNumber = false;
    const qint64 id = wanted.toLongLong(&isNumber);
    if (isNumber && id > 0) {
        Result<DraftTemplate> byId = session.library().templateById(id);
        if (!byId)
            return failLookup(ctx, byId.error());
        if (language && byId->language != *language)
            return ctx.fail(InvalidInput,
                QStringLiteral("template %1 is in %2, not %3 (leave out --language, or choose a template in that "
                               "language: `template list --language %4`)")
                    .arg(id)
                    .arg(DraftText::label(byId->language), DraftText::label(*language), DraftText::code(*language)));
        *found = std::move(byId).value();
        return Ok;
    }
    std::vector<DraftTemplate> matches;
    for (DraftTemplate& t : session.library().templates(true)) {
        if (t.name.compare(wanted, Qt::CaseInsensitive) == 0 && (!language || t.language == *language))
            matches.push_back(std::move(t));
    }
    if (matches.empty())
        return ctx.fail(InvalidInput,
            QStringLiteral("there is no template called %1%2 (`template list` lists them)")
                .arg(quoted(wanted), language ? QStringLiteral(" in %1").arg(DraftText::label(*language)) : QString()));
    if (matches.size() > 1) {
        QStringList languages;
        for (const DraftTemplate& t : matches)
            languages << QStringLiteral("%1 (id %2)").arg(DraftText::code(t.language)).arg(t.id);
        return ctx.fail(InvalidInput,
            QStringLiteral("%1 names templates in several languages: %2; add --language or give the id")
                .arg(quoted(wanted), languages.join(QStringLiteral(", "))));
    }
    *found = std::move(matches.front());
    return Ok;
}

void addTemplateCommands(CLI::App& app, CliContext& ctx, int& exitCode)
{
    using namespace template_commands;
    CLI::App* group = app.add_subcommand("template",
        "Letter templates with {placeholders} ({reference}, {state}, {institution}, {contact_name}, {received_date}, "
        "{today}, ...) that a draft can start from (`draft new REF --template T`). T is a template's id or name.");
    group->require_subcommand(1);
    {
        auto o = std::make_shared<ListOptions>();
        CLI::App* command
            = group->add_subcommand("list", "List the templates by language, kind and name (active ones; --all: all).");
        command->add_flag("--all", o->all, "Inactive templates too");
        command->add_option("--kind", o->kind, "Only this kind")->type_name("KIND");
        command->add_option("--language", o->language, "Only this language (en, fr, es)")->type_name("LANG");
        command->callback([&ctx, &exitCode, o] { exitCode = runList(ctx, *o); });
    }
    {
        auto name = std::make_shared<std::string>();
        auto language = std::make_shared<std::string>();
        auto sample = std::make_shared<bool>(false);
        auto text = std::make_shared<bool>(false);
        CLI::App* command = group->add_subcommand(
            "show", "Show a template: kind, language, the placeholders it uses, and its text (HTML as stored).");
        command->add_option("T", *name, "The template's id or name")->required();
        command->add_option("--language", *language, "The language of the template named (when a name has several)")
            ->type_name("LANG");
        command->add_flag("--sample", *sample, "Fill the placeholders with a sample query (a preview)");
        command->add_flag("--text", *text, "Print the plain text instead of the HTML");
        command->callback([&ctx, &exitCode, name, language, sample, text] {
            exitCode = runShow(ctx, *name, *language, *sample, *text);
        });
    }
    {
        auto o = std::make_shared<TemplateOptions>();
        auto as = std::make_shared<std::string>();
        CLI::App* command = group->add_subcommand("add", "Add a template. Prints its id.");
        addTemplateOptions(command, *o, true);
        addAsOption(command, *as);
        command->callback([&ctx, &exitCode, o, as] { exitCode = runAdd(ctx, *o, *as); });
    }
    {
        auto o = std::make_shared<TemplateOptions>();
        auto as = std::make_shared<std::string>();
        CLI::App* command = group->add_subcommand(
            "edit", "Change a template: only the options given change. Drafts made from it keep their text.");
        command->add_option("T", o->template_, "The template's id or name")->required();
        addTemplateOptions(command, *o, false);
        addAsOption(command, *as);
        command->callback([&ctx, &exitCode, o, as] { exitCode = runEdit(ctx, *o, *as); });
    }
}

} // namespace advicehub::cli
