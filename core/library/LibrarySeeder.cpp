#include "library/LibrarySeeder.h"

#include "common/IsoTime.h"
#include "db/Connection.h"
#include "drafts/DraftTypes.h"
#include "drafts/HtmlSanitizer.h"
#include "library/LibraryService.h"
#include "reference/TsvTable.h"

#include <QDateTime>
#include <QFile>
#include <QHash>

#include <algorithm>
#include <stdexcept>

namespace advicehub::library {

namespace {

using drafts::DraftText;

QString col(const char* name)
{
    return QString::fromLatin1(name);
}

// A seeded resource that does not hold is a build defect: the message names the file, never
// anything of a vault.
[[noreturn]] void defect(const QString& what)
{
    throw std::runtime_error("library seed: " + what.toStdString());
}

void seedTemplates(db::Connection& c, const QString& now)
{
    const reference::TsvTable table = reference::TsvTable::load(QStringLiteral(":/reference/templates/templates.tsv"));
    db::Statement insert = c.prepare("INSERT INTO draft_templates(name, kind, language, html, active, seeded, "
                                     "created_at, updated_at) VALUES (?1, ?2, ?3, ?4, 1, 1, ?5, ?5)");
    for (std::size_t i = 0; i < table.size(); ++i) {
        const QString file = table.value(i, col("file"));
        const auto kind = DraftText::kind(table.value(i, col("kind")));
        const auto language = DraftText::language(table.value(i, col("language")));
        if (!kind || !language)
            defect(file + QStringLiteral(": unknown kind or language"));
        QFile body(QStringLiteral(":/reference/templates/") + file);
        if (!body.open(QIODevice::ReadOnly))
            defect(file + QStringLiteral(": missing"));
        // Stored as every template is: through the sanitiser, placeholders checked.
        const Result<drafts::SanitisedHtml> clean = drafts::HtmlSanitizer::sanitise(QString::fromUtf8(body.readAll()));
        if (!clean)
            defect(file + QStringLiteral(": refused by the sanitiser"));
        const Result<QStringList> names = LibraryService::placeholdersIn(clean->html);
        if (!names)
            defect(file + QStringLiteral(": unbalanced braces"));
        const auto& known = LibraryService::placeholders();
        for (const QString& name : names.value()) {
            if (std::none_of(known.begin(), known.end(), [&name](const Placeholder& p) { return p.name == name; }))
                defect(file + QStringLiteral(": unknown placeholder ") + name);
        }
        insert.bindAll(
            table.value(i, col("name")), DraftText::code(*kind), DraftText::code(*language), clean->html, now);
        insert.execute();
    }
}

void seedResources(db::Connection& c, const QString& now)
{
    QHash<QString, qint64> themes;
    db::Statement read = c.prepare("SELECT id, code FROM themes");
    while (read.step())
        themes.insert(read.text(1), read.int64(0));
    read.reset();
    const reference::TsvTable table = reference::TsvTable::load(QStringLiteral(":/reference/library.tsv"));
    db::Statement insert
        = c.prepare("INSERT INTO library_resources(kind, title, description, language, link, citation, active, seeded, "
                    "created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 1, 1, ?7, ?7)");
    db::Statement addTheme = c.prepare("INSERT INTO library_resource_themes(resource_id, theme_id) VALUES (?1, ?2)");
    for (std::size_t i = 0; i < table.size(); ++i) {
        insert.bindAll(table.value(i, col("kind")), table.value(i, col("title")), table.value(i, col("description")),
            table.value(i, col("language")), table.value(i, col("link")), table.value(i, col("citation")), now);
        insert.execute();
        const qint64 id = c.lastInsertRowId();
        for (const QString& code : table.value(i, col("themes")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            // A vault migrated from an earlier version may have retired a theme: the resource is
            // seeded without it rather than the upgrade failing.
            const auto theme = themes.constFind(code.trimmed());
            if (theme == themes.constEnd())
                continue;
            addTheme.bindAll(id, *theme);
            addTheme.execute();
        }
    }
}

} // namespace

void seedLibrary(db::Connection& connection)
{
    const QString now = isoUtc(QDateTime::currentDateTimeUtc());
    seedTemplates(connection, now);
    seedResources(connection, now);
}

} // namespace advicehub::library
