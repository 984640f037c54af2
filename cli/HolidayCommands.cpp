#include "HolidayCommands.h"

#include "CliContext.h"
#include "CommandSupport.h"
#include "common/IsoTime.h"
#include "session/Session.h"

#include <CLI/CLI.hpp>

#include <QLocale>

#include <memory>
#include <optional>

namespace advicehub::cli {

// Helpers in a namespace of this file's own, so that the unity build (several files in one
// translation unit) never sees two files' helpers of the same name.
namespace holiday_commands {
namespace {

// What holiday add and remove start with: the date typed, the vault open as the adviser who
// acts, the holiday already on that date if there is one.
struct HolidayChange {
    QDate day;
    std::unique_ptr<Session> session;
    std::optional<calendar::Holiday> existing;
};

int startHolidayChange(CliContext& ctx, const std::string& dayText, const std::string& as, HolidayChange* change)
{
    const std::optional<QDate> day = parseDate(dayText);
    if (!day)
        return ctx.fail(InvalidInput, QStringLiteral("%1 is not a date like 2026-12-25").arg(quoted(q(dayText))));
    change->day = *day;
    if (const int code = openSessionAs(ctx, as, true, &change->session); code != Ok)
        return code;
    Result<std::vector<calendar::Holiday>> all = change->session->holidays().list();
    if (!all)
        return ctx.fail(all.error());
    for (const calendar::Holiday& holiday : all.value()) {
        if (holiday.day == *day)
            change->existing = holiday;
    }
    return Ok;
}

int runHolidayList(CliContext& ctx)
{
    Result<std::unique_ptr<Session>> opened = openSession(ctx);
    if (!opened)
        return ctx.fail(opened.error());
    Result<std::vector<calendar::Holiday>> all = opened.value()->holidays().list();
    if (!all)
        return ctx.fail(all.error());
    const QLocale c = QLocale::c(); // the same output whatever the system's language
    for (const calendar::Holiday& holiday : all.value())
        ctx.out << isoDate(holiday.day) << "  " << c.dayName(holiday.day.dayOfWeek(), QLocale::ShortFormat) << "  "
                << holiday.name << '\n';
    if (all->empty())
        ctx.err << "No office holidays yet; add one with: advicehub-cli --vault " << ctx.vaultPath
                << " holiday add DATE NAME" << Qt::endl;
    ctx.out.flush();
    return Ok;
}

int runHolidayAdd(CliContext& ctx, const std::string& dayText, const std::string& name, const std::string& as)
{
    HolidayChange change;
    if (const int code = startHolidayChange(ctx, dayText, as, &change); code != Ok)
        return code;
    const QString day = isoDate(change.day);
    const QString clean = q(name).simplified();
    if (change.existing && change.existing->name == clean) {
        ctx.out << day << " is already an office holiday; nothing to change." << Qt::endl;
        return Ok;
    }
    // Another name on that date is refused by the core (remove the holiday first).
    const Status added = change.session->holidays().add(change.day, clean);
    if (!added)
        return ctx.fail(added.error());
    ctx.out << QStringLiteral("Added the office holiday %1 %2. Default due dates skip it; due dates already set "
                              "do not move.")
                   .arg(day, quoted(clean))
            << Qt::endl;
    return Ok;
}

int runHolidayRemove(CliContext& ctx, const std::string& dayText, const std::string& as)
{
    HolidayChange change;
    if (const int code = startHolidayChange(ctx, dayText, as, &change); code != Ok)
        return code;
    const QString day = isoDate(change.day);
    if (!change.existing)
        return ctx.fail(InvalidInput, QStringLiteral("%1 is not an office holiday").arg(day));
    const Status removed = change.session->holidays().remove(change.day);
    if (!removed)
        return ctx.fail(removed.error());
    ctx.out << QStringLiteral("Removed the office holiday %1 %2; due dates already set do not move.")
                   .arg(day, quoted(change.existing->name))
            << Qt::endl;
    return Ok;
}

} // namespace
} // namespace holiday_commands

void addHolidayCommands(CLI::App& app, CliContext& ctx, int& exitCode)
{
    using namespace holiday_commands;
    CLI::App* holiday = app.add_subcommand("holiday",
        "Office holidays: default due dates count working days (Monday to Friday) and skip them. Due dates "
        "already set do not move.");
    holiday->require_subcommand(1);
    holiday->add_subcommand("list", "List the office holidays.")->callback([&ctx, &exitCode] {
        exitCode = runHolidayList(ctx);
    });
    auto day = std::make_shared<std::string>();
    auto name = std::make_shared<std::string>();
    auto as = std::make_shared<std::string>();
    CLI::App* add = holiday->add_subcommand("add", "Add an office holiday (or rename the one on that date).");
    add->add_option("DATE", *day, "The day (YYYY-MM-DD)")->required();
    add->add_option("NAME", *name, "e.g. Christmas Day")->required();
    addAsOption(add, *as);
    add->callback([&ctx, &exitCode, day, name, as] { exitCode = runHolidayAdd(ctx, *day, *name, *as); });
    auto removeDay = std::make_shared<std::string>();
    auto removeAs = std::make_shared<std::string>();
    CLI::App* remove = holiday->add_subcommand("remove", "Remove an office holiday.");
    remove->add_option("DATE", *removeDay, "The day (YYYY-MM-DD)")->required();
    addAsOption(remove, *removeAs);
    remove->callback(
        [&ctx, &exitCode, removeDay, removeAs] { exitCode = runHolidayRemove(ctx, *removeDay, *removeAs); });
}

} // namespace advicehub::cli
