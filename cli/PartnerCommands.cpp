#include "PartnerCommands.h"

#include "CliContext.h"
#include "CommandSupport.h"
#include "partners/PartnerService.h"
#include "session/Session.h"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <memory>
#include <optional>

namespace advicehub::cli {

// Helpers in a namespace of this file's own, so that the unity build (several files in one
// translation unit) never sees two files' helpers of the same name.
namespace partner_commands {
namespace {

using namespace advicehub::partners;

QString typeCodes()
{
    QStringList list;
    for (PartnerType type : PartnerText::allTypes())
        list << PartnerText::code(type);
    return list.join(QStringLiteral(", "));
}

std::optional<PartnerType> parseType(const std::string& text)
{
    return PartnerText::type(normalizedCode(text));
}

QString orNone(const QString& value)
{
    return value.isEmpty() ? QStringLiteral("(none)") : value;
}

void printIndented(CliContext& ctx, const QString& text)
{
    QString trimmed = text;
    while (trimmed.endsWith(QLatin1Char('\n')))
        trimmed.chop(1);
    for (const QString& line : trimmed.split(QLatin1Char('\n')))
        ctx.out << "    " << line << '\n';
}

// A partner as messages name it: "Association for the Prevention of Torture (APT)".
QString partnerTitle(const Partner& partner)
{
    return partner.fields.acronym.isEmpty()
        ? partner.fields.name
        : QStringLiteral("%1 (%2)").arg(partner.fields.name, partner.fields.acronym);
}

// ---- The options that set a partner's fields (add, edit)

struct PartnerOptions {
    std::optional<std::string> name;
    std::optional<std::string> acronym;
    std::optional<std::string> type;
    bool strategic = false;
    bool notStrategic = false; // edit only
    std::vector<std::string> themes;
    std::vector<std::string> regions;
    std::vector<std::string> languages;
    std::vector<std::string> contacts;
    std::optional<std::string> contactsFile;
    TextOption description;
    TextOption notes;

    std::vector<std::pair<std::string, const std::optional<std::string>*>> files() const
    {
        return { { "--contacts-file", &contactsFile }, { "--description-file", &description.file },
            { "--notes-file", &notes.file } };
    }
};

enum class OptionsFor { Add, Edit };

void addPartnerOptions(CLI::App* command, PartnerOptions& o, OptionsFor purpose)
{
    const bool adding = purpose == OptionsFor::Add;
    const auto help = [adding](const char* text, const char* whenEditing) {
        return std::string(text) + (adding ? "" : whenEditing);
    };
    CLI::Option* name
        = command->add_option("--name", o.name, "Full name (unique, whatever its case)")->type_name("TEXT");
    command->add_option("--acronym", o.acronym, "Short name, e.g. APT")->type_name("TEXT");
    CLI::Option* type = command->add_option("--type", o.type, typeCodes().toStdString())->type_name("CODE");
    if (adding) {
        name->required();
        type->required();
    }
    CLI::Option* strategic
        = command->add_flag("--strategic", o.strategic, "A strategic partner (preferred among equal suggestions)");
    if (!adding)
        command->add_flag("--not-strategic", o.notStrategic, "No longer a strategic partner")->excludes(strategic);
    command
        ->add_option("--theme", o.themes,
            help("Area of expertise: theme code or name (repeat for several)", "; replaces them, \"\" for none")
                + ". Codes: " + referenceCodes("themes"))
        ->type_name("THEME");
    command
        ->add_option("--region", o.regions,
            help("Region it works in: code or name (repeat for several)", "; replaces them, \"\" for none")
                + ". Codes: " + referenceCodes("regions"))
        ->type_name("REGION");
    command
        ->add_option("--language", o.languages,
            help("Working language: code or name (repeat for several)", "; replaces them, \"\" for none")
                + ". Codes: " + referenceCodes("languages"))
        ->type_name("CODE");
    CLI::Option* contact = command
                               ->add_option("--contact", o.contacts,
                                   help("A contact person: \"Name|Role|email|phone\" (the last three may be empty; "
                                        "repeat for several)",
                                       "; replaces the contacts (one of the same name stays the same contact), \"\" "
                                       "for none"))
                               ->type_name("CONTACT");
    command
        ->add_option("--contacts-file", o.contactsFile,
            "The contacts from FILE, or - for standard input (after the passphrase line), one "
            "\"Name|Role|email|phone\" "
            "a line: personal data kept off the command line")
        ->type_name("FILE")
        ->excludes(contact);
    addTextOption(command, "--description", o.description, "What the partner does");
    addTextOption(command, "--notes", o.notes, "The Secretariat's notes about the partner");
}

// The option that sets a field, to point at it in the core's validation messages.
QString optionFor(PartnerField field)
{
    switch (field) {
    case PartnerField::Themes:
        return QStringLiteral("--theme");
    case PartnerField::Regions:
        return QStringLiteral("--region");
    case PartnerField::Languages:
        return QStringLiteral("--language");
    case PartnerField::Contacts:
        return QStringLiteral("--contact");
    default:
        return QStringLiteral("--") + PartnerFieldText::code(field).replace(QLatin1Char('_'), QLatin1Char('-'));
    }
}

// "Name|Role|email|phone": the name first, the rest optional.
std::optional<PartnerContact> parseContact(const QString& text, QString* problem)
{
    const QStringList parts = text.split(QLatin1Char('|'));
    if (parts.size() > 4) {
        *problem = QStringLiteral("has more than four parts (Name|Role|email|phone)");
        return std::nullopt;
    }
    PartnerContact contact;
    contact.name = parts.value(0).trimmed();
    contact.role = parts.value(1).trimmed();
    contact.email = parts.value(2).trimmed();
    contact.phone = parts.value(3).trimmed();
    return contact;
}

// Applies the options given onto `input`, listing every problem (the core's validation of the
// result included) followed by `failure`. `id`: the partner being edited.
int applyPartnerOptions(CliContext& ctx, Session& session, const PartnerOptions& o, std::optional<qint64> id,
    PartnerInput* input, const QString& failure)
{
    PartnerInput& in = *input;
    QStringList problems;
    // The texts first: one of them may be standard input, read once the vault is open.
    const std::pair<const TextOption*, QString*> texts[]
        = { { &o.description, &in.description }, { &o.notes, &in.notes } };
    for (const auto& [option, field] : texts) {
        Result<std::optional<QString>> value = readTextOption(*option, false);
        if (!value)
            return ctx.fail(value.error());
        if (*value)
            *field = **value;
    }
    QStringList contactLines;
    bool contactsGiven = false;
    if (o.contactsFile) {
        Result<QString> read = readTextFile(*o.contactsFile);
        if (!read)
            return ctx.fail(read.error());
        contactsGiven = true;
        for (const QString& line : read->split(QLatin1Char('\n'))) {
            if (!line.trimmed().isEmpty())
                contactLines << line;
        }
    } else if (!o.contacts.empty()) {
        contactsGiven = true;
        for (const std::string& text : o.contacts) {
            if (!q(text).trimmed().isEmpty()) // --contact "": none
                contactLines << q(text);
        }
    }
    if (contactsGiven) {
        std::vector<PartnerContact> contacts;
        for (int row = 0; row < contactLines.size(); ++row) {
            QString problem;
            std::optional<PartnerContact> contact = parseContact(contactLines.at(row), &problem);
            if (!contact) {
                // The row, never the value: contacts are personal data.
                problems << QStringLiteral("--contact %1: %2").arg(row + 1).arg(problem);
                continue;
            }
            // A contact of the same name stays the same contact, so that referrals keep naming it.
            for (const PartnerContact& existing : in.contacts) {
                if (existing.name.compare(contact->name, Qt::CaseInsensitive) == 0)
                    contact->id = existing.id;
            }
            contacts.push_back(*contact);
        }
        in.contacts = std::move(contacts);
    }

    if (o.name)
        in.name = q(*o.name);
    if (o.acronym)
        in.acronym = q(*o.acronym);
    if (o.type) {
        if (const std::optional<PartnerType> type = parseType(*o.type))
            in.type = *type;
        else
            problems << QStringLiteral("--type: unknown type %1 (%2)").arg(quoted(q(*o.type)), typeCodes());
    }
    if (o.strategic)
        in.strategic = true;
    if (o.notStrategic)
        in.strategic = false;
    const reference::ReferenceLookup& lookup = session.lookup();
    // A list option replaces the list; given only as "", it empties it.
    const auto list = [&problems](const std::vector<std::string>& given, const char* option, const char* what,
                          const auto& find, auto* out) {
        if (given.empty())
            return;
        out->clear();
        for (const std::string& text : given) {
            if (q(text).trimmed().isEmpty())
                continue;
            if (const auto value = find(q(text)))
                out->append(*value);
            else
                problems << QStringLiteral("%1: unknown %2 %3")
                                .arg(QLatin1String(option), QLatin1String(what), quoted(q(text)));
        }
    };
    list(
        o.themes, "--theme", "theme",
        [&lookup](const QString& text) -> std::optional<qint64> {
            const auto* theme = lookup.findTheme(text);
            return theme ? std::optional<qint64>(theme->id) : std::nullopt;
        },
        &in.themeIds);
    list(
        o.regions, "--region", "region",
        [&lookup](const QString& text) -> std::optional<qint64> {
            const auto* region = lookup.findRegion(text);
            return region ? std::optional<qint64>(region->id) : std::nullopt;
        },
        &in.regionIds);
    list(
        o.languages, "--language", "language",
        [&lookup](const QString& text) -> std::optional<QString> {
            const auto* language = lookup.findLanguage(text);
            return language ? std::optional<QString>(language->code) : std::nullopt;
        },
        &in.languages);

    for (const PartnerFieldError& error : session.partners().validate(in, id)) {
        QString option = optionFor(error.field);
        if (error.contactRow)
            option += QStringLiteral(" %1").arg(*error.contactRow + 1);
        bool already = false; // a value refused above already has its message
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

// ---- list

struct ListOptions {
    bool all = false;
    std::string search;
    std::string type;
    std::string theme;
    std::string region;
};

int runList(CliContext& ctx, const ListOptions& o)
{
    Result<std::unique_ptr<Session>> opened = openSession(ctx);
    if (!opened)
        return ctx.fail(opened.error());
    Session& session = *opened.value();
    PartnerListFilter filter;
    filter.includeInactive = o.all;
    filter.text = q(o.search).trimmed();
    if (!o.type.empty()) {
        filter.type = parseType(o.type);
        if (!filter.type)
            return ctx.fail(
                InvalidInput, QStringLiteral("--type: unknown type %1 (%2)").arg(quoted(q(o.type)), typeCodes()));
    }
    if (!o.theme.empty()) {
        const auto* theme = session.lookup().findTheme(q(o.theme));
        if (!theme)
            return ctx.fail(InvalidInput, QStringLiteral("--theme: unknown theme %1").arg(quoted(q(o.theme))));
        filter.themeId = theme->id;
    }
    if (!o.region.empty()) {
        const auto* region = session.lookup().findRegion(q(o.region));
        if (!region)
            return ctx.fail(InvalidInput, QStringLiteral("--region: unknown region %1").arg(quoted(q(o.region))));
        filter.regionId = region->id;
    }
    const std::vector<Partner> partners = session.partners().list(filter);
    ctx.out << tableLine({ { QStringLiteral("ID"), 5 }, { QStringLiteral("ACRONYM"), 12 },
        { QStringLiteral("TYPE"), 17 }, { QStringLiteral("STRATEGIC"), 9 }, { QStringLiteral("REFERRALS"), 9 },
        { QStringLiteral("STATUS"), 8 }, { QStringLiteral("NAME") } })
            << '\n';
    for (const Partner& partner : partners) {
        // open of all, e.g. "1/3"
        ctx.out << tableLine({ { QString::number(partner.id), 5 }, { clip(partner.fields.acronym, 12), 12 },
            { PartnerText::code(partner.fields.type), 17 },
            { partner.fields.strategic ? QStringLiteral("yes") : QString(), 9 },
            { QStringLiteral("%1/%2").arg(partner.openReferralCount).arg(partner.referralCount), 9 },
            { partner.active ? QStringLiteral("active") : QStringLiteral("inactive"), 8 }, { partner.fields.name } })
                << '\n';
    }
    ctx.out.flush();
    if (partners.empty())
        ctx.err << (o.all ? "No partner matches." : "No active partner matches (--all lists inactive ones too).")
                << Qt::endl;
    return Ok;
}

// ---- show

QString when(const QDateTime& utc)
{
    return utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")); // local, as in the application
}

void printHistory(CliContext& ctx, const std::vector<PartnerChange>& changes, qint64 after = 0)
{
    for (const PartnerChange& change : changes) {
        if (change.id <= after)
            continue;
        QString what = change.action;
        if (change.action == QLatin1String("changed")) {
            const std::optional<PartnerField> field = PartnerFieldText::field(change.field);
            const QString label = field ? PartnerFieldText::label(*field) : change.field;
            // Long texts are not repeated; `partner show` has them.
            const bool longText = field == PartnerField::Description || field == PartnerField::Notes;
            what = QStringLiteral("%1: %2").arg(label,
                longText ? QStringLiteral("changed")
                         : QStringLiteral("%1 \u2192 %2").arg(orNone(change.oldValue), orNone(change.newValue)));
        }
        ctx.out << "    " << when(change.atUtc) << "  " << QStringLiteral("%1 ").arg(change.adviserName, -20) << what
                << '\n';
    }
}

int runShow(CliContext& ctx, const std::string& text, bool history)
{
    Result<std::unique_ptr<Session>> opened = openSession(ctx);
    if (!opened)
        return ctx.fail(opened.error());
    Session& session = *opened.value();
    Partner partner;
    if (const int code = findPartner(ctx, session, text, &partner); code != Ok)
        return code;
    const PartnerInput& f = partner.fields;
    const auto line = [&ctx](const char* label, const QString& value) {
        ctx.out << QStringLiteral("%1 ").arg(QLatin1String(label), -18) << value << '\n';
    };
    ctx.out << partnerTitle(partner) << '\n';
    line("id:", QString::number(partner.id));
    line("type:", QStringLiteral("%1 (%2)").arg(PartnerText::label(f.type), PartnerText::code(f.type)));
    line("strategic:", f.strategic ? QStringLiteral("yes") : QStringLiteral("no"));
    line("status:",
        partner.active ? QStringLiteral("active")
                       : QStringLiteral("inactive (not suggested, not offered for new referrals)"));
    line("expertise:", partner.themeNames.join(QStringLiteral(", ")));
    line("regions:", partner.regionNames.join(QStringLiteral(", ")));
    line("languages:", partner.languageNames.join(QStringLiteral(", ")));
    line("referrals:", QStringLiteral("%1 (%2 open)").arg(partner.referralCount).arg(partner.openReferralCount));
    ctx.out << "\nContacts:\n";
    if (f.contacts.empty())
        ctx.out << "    (none)\n";
    for (const PartnerContact& contact : f.contacts) {
        QStringList parts { contact.name };
        for (const QString& part : { contact.role, contact.email, contact.phone }) {
            if (!part.isEmpty())
                parts << part;
        }
        // #N is what `referral add --contact` also takes.
        ctx.out << "    " << QStringLiteral("#%1 ").arg(contact.id, -6) << parts.join(QStringLiteral(", ")) << '\n';
    }
    if (!f.description.isEmpty()) {
        ctx.out << "\nDescription:\n";
        printIndented(ctx, f.description);
    }
    if (!f.notes.isEmpty()) {
        ctx.out << "\nNotes:\n";
        printIndented(ctx, f.notes);
    }
    if (history) {
        ctx.out << "\nHistory:\n";
        printHistory(ctx, session.partners().history(partner.id));
    }
    ctx.out.flush();
    return Ok;
}

// ---- add, edit

int runAdd(CliContext& ctx, const PartnerOptions& o, const std::string& as)
{
    if (const int code = checkOneStandardInput(ctx, o.files()); code != Ok)
        return code;
    std::unique_ptr<Session> session;
    if (const int code = openSessionAs(ctx, as, true, &session); code != Ok)
        return code;
    PartnerInput in;
    if (const int code
        = applyPartnerOptions(ctx, *session, o, std::nullopt, &in, QStringLiteral("the partner was not added"));
        code != Ok)
        return code;
    Result<Partner> created = session->partners().create(in);
    if (!created)
        return ctx.fail(created.error());
    ctx.out << QStringLiteral("Added partner %1, id %2.").arg(partnerTitle(created.value())).arg(created->id)
            << Qt::endl;
    return Ok;
}

int runEdit(CliContext& ctx, const std::string& text, const PartnerOptions& o, const std::string& as)
{
    if (const int code = checkOneStandardInput(ctx, o.files()); code != Ok)
        return code;
    std::unique_ptr<Session> session;
    if (const int code = openSessionAs(ctx, as, true, &session); code != Ok)
        return code;
    Partner partner;
    if (const int code = findPartner(ctx, *session, text, &partner); code != Ok)
        return code;
    PartnerInput in = partner.fields;
    if (const int code = applyPartnerOptions(
            ctx, *session, o, partner.id, &in, QStringLiteral("%1 was not changed").arg(partnerTitle(partner)));
        code != Ok)
        return code;
    if (in == partner.fields) {
        ctx.out << partnerTitle(partner) << ": nothing to change." << Qt::endl;
        return Ok;
    }
    qint64 lastBefore = 0;
    for (const PartnerChange& change : session->partners().history(partner.id))
        lastBefore = std::max(lastBefore, change.id);
    Result<Partner> updated = session->partners().update(partner.id, in, partner.version);
    if (!updated)
        return ctx.fail(updated.error());
    ctx.out << partnerTitle(updated.value()) << " changed:\n";
    printHistory(ctx, session->partners().history(partner.id), lastBefore);
    ctx.out.flush();
    return Ok;
}

// ---- deactivate, reactivate, remove

int runSetActive(CliContext& ctx, const std::string& text, bool active, const std::string& as)
{
    std::unique_ptr<Session> session;
    if (const int code = openSessionAs(ctx, as, true, &session); code != Ok)
        return code;
    Partner partner;
    if (const int code = findPartner(ctx, *session, text, &partner); code != Ok)
        return code;
    if (partner.active == active) {
        ctx.out << partnerTitle(partner) << (active ? " is already active" : " is already inactive")
                << "; nothing to change." << Qt::endl;
        return Ok;
    }
    const Status set = session->partners().setActive(partner.id, active);
    if (!set)
        return ctx.fail(set.error());
    if (active)
        ctx.out << partnerTitle(partner) << " is active again: suggested and offered for new referrals." << Qt::endl;
    else
        ctx.out << partnerTitle(partner)
                << QStringLiteral(
                       " is now inactive: it keeps its %1 referral(s), but is no longer suggested or offered "
                       "for new referrals.")
                       .arg(partner.referralCount)
                << Qt::endl;
    return Ok;
}

int runRemove(CliContext& ctx, const std::string& text, const std::string& as)
{
    std::unique_ptr<Session> session;
    if (const int code = openSessionAs(ctx, as, true, &session); code != Ok)
        return code;
    Partner partner;
    if (const int code = findPartner(ctx, *session, text, &partner); code != Ok)
        return code;
    // A partner with referrals is refused by the core: it can be deactivated, never deleted.
    const Status removed = session->partners().remove(partner.id);
    if (!removed)
        return ctx.fail(removed.error());
    ctx.out << QStringLiteral("Removed partner %1.").arg(partnerTitle(partner)) << Qt::endl;
    return Ok;
}

} // namespace
} // namespace partner_commands

int findPartner(CliContext& ctx, Session& session, const std::string& text, partners::Partner* partner)
{
    using namespace partner_commands;
    Result<Partner> found = session.partners().find(q(text));
    if (found) {
        *partner = std::move(found).value();
        return Ok;
    }
    if (found.code() != ErrorCode::NotFound)
        return ctx.fail(found.error());
    // Those whose name or acronym comes close, to help with a typing mistake.
    PartnerListFilter everyone;
    everyone.includeInactive = true;
    const std::vector<Partner> all = session.partners().list(everyone);
    const QString wanted = q(text).simplified();
    QStringList close;
    for (const Partner& candidate : all) {
        if (!wanted.isEmpty()
            && (candidate.fields.name.contains(wanted, Qt::CaseInsensitive)
                || (!candidate.fields.acronym.isEmpty()
                    && (candidate.fields.acronym.contains(wanted, Qt::CaseInsensitive)
                        || wanted.contains(candidate.fields.acronym, Qt::CaseInsensitive)))))
            close << (candidate.fields.acronym.isEmpty() ? candidate.fields.name : candidate.fields.acronym);
    }
    if (close.isEmpty() && all.size() <= 30) {
        for (const Partner& candidate : all)
            close << (candidate.fields.acronym.isEmpty() ? candidate.fields.name : candidate.fields.acronym);
    }
    QString message = QStringLiteral("there is no partner called %1 (a name, an acronym or an id)").arg(quoted(wanted));
    if (!close.isEmpty() && close.size() <= 30)
        message += QStringLiteral("; partners: %1").arg(close.join(QStringLiteral(", ")));
    else
        message += QStringLiteral("; `partner list --all` lists them");
    return ctx.fail(InvalidInput, message);
}

void addPartnerCommands(CLI::App& app, CliContext& ctx, int& exitCode)
{
    using namespace partner_commands;
    CLI::App* partner = app.add_subcommand("partner",
        "The partner directory: the organisations queries are referred to (name, type, expertise, regions, "
        "languages, contacts). P below is a partner's name, acronym or id.");
    partner->require_subcommand(1);
    // list
    {
        auto o = std::make_shared<ListOptions>();
        CLI::App* command = partner->add_subcommand(
            "list", "List the active partners (--all: the inactive ones too), by name; REFERRALS is open/all.");
        command->add_flag("--all", o->all, "Include inactive partners");
        command
            ->add_option("--search", o->search,
                "Only those whose name, acronym, description or expertise contains TEXT (accents and case ignored)")
            ->type_name("TEXT");
        command->add_option("--type", o->type, typeCodes().toStdString())->type_name("CODE");
        command
            ->add_option("--theme", o->theme,
                "Only those with this expertise: theme code or name. Codes: " + referenceCodes("themes"))
            ->type_name("THEME");
        command
            ->add_option("--region", o->region,
                "Only those working in this region: code or name. Codes: " + referenceCodes("regions"))
            ->type_name("REGION");
        command->callback([&ctx, &exitCode, o] { exitCode = runList(ctx, *o); });
    }
    // show
    {
        auto which = std::make_shared<std::string>();
        auto history = std::make_shared<bool>(false);
        CLI::App* command = partner->add_subcommand(
            "show", "Show a partner: type, expertise, regions, languages, contacts (#N), description, notes.");
        command->add_option("P", *which, "The partner's name, acronym or id")->required();
        command->add_flag("--history", *history, "Also every recorded change: who, when, what");
        command->callback([&ctx, &exitCode, which, history] { exitCode = runShow(ctx, *which, *history); });
    }
    // add
    {
        auto o = std::make_shared<PartnerOptions>();
        auto as = std::make_shared<std::string>();
        CLI::App* command = partner->add_subcommand("add", "Add a partner to the directory. Prints its id.");
        addPartnerOptions(command, *o, OptionsFor::Add);
        addAsOption(command, *as);
        command->callback([&ctx, &exitCode, o, as] { exitCode = runAdd(ctx, *o, *as); });
    }
    // edit
    {
        auto which = std::make_shared<std::string>();
        auto o = std::make_shared<PartnerOptions>();
        auto as = std::make_shared<std::string>();
        CLI::App* command = partner->add_subcommand("edit",
            "Change the fields of a partner given as options (the others stay as they are), and print what changed. "
            "Every change is recorded: who, when, what.");
        command->add_option("P", *which, "The partner's name, acronym or id")->required();
        addPartnerOptions(command, *o, OptionsFor::Edit);
        addAsOption(command, *as);
        command->callback([&ctx, &exitCode, which, o, as] { exitCode = runEdit(ctx, *which, *o, *as); });
    }
    // deactivate, reactivate
    for (const bool active : { false, true }) {
        auto which = std::make_shared<std::string>();
        auto as = std::make_shared<std::string>();
        CLI::App* command = active
            ? partner->add_subcommand("reactivate", "Make an inactive partner active again.")
            : partner->add_subcommand("deactivate",
                "Make a partner inactive: it keeps its referrals, but is no longer suggested or offered for new "
                "referrals.");
        command->add_option("P", *which, "The partner's name, acronym or id")->required();
        addAsOption(command, *as);
        command->callback([&ctx, &exitCode, which, active, as] { exitCode = runSetActive(ctx, *which, active, *as); });
    }
    // remove
    {
        auto which = std::make_shared<std::string>();
        auto as = std::make_shared<std::string>();
        CLI::App* command = partner->add_subcommand("remove",
            "Delete a partner added by mistake: only one that never had a referral (deactivate the others). Asks "
            "nothing.");
        command->add_option("P", *which, "The partner's name, acronym or id")->required();
        addAsOption(command, *as);
        command->callback([&ctx, &exitCode, which, as] { exitCode = runRemove(ctx, *which, *as); });
    }
}

} // namespace advicehub::cli
