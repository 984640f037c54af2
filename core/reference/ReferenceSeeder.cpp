#include "reference/ReferenceSeeder.h"

#include "db/Connection.h"
#include "reference/TsvTable.h"

#include <QHash>

#include <stdexcept>

namespace advicehub::reference {

namespace {

using db::Connection;
using db::Statement;

QString col(const char* name)
{
    return QString::fromLatin1(name);
}

// Table -> code -> id, after the code table was filled.
QHash<QString, qint64> idsByCode(Connection& c, std::string_view sql)
{
    QHash<QString, qint64> ids;
    Statement statement = c.prepare(sql);
    while (statement.step())
        ids.insert(statement.text(1), statement.int64(0));
    return ids;
}

qint64 lookup(const QHash<QString, qint64>& ids, const QString& code, const char* what)
{
    const auto it = ids.constFind(code);
    if (it == ids.constEnd())
        throw std::runtime_error(std::string("reference data: unknown ") + what + " code " + code.toStdString());
    return *it;
}

void seedCodeTable(Connection& c, const QString& resource, std::string_view insertSql)
{
    const TsvTable table = TsvTable::load(resource);
    Statement insert = c.prepare(insertSql);
    for (std::size_t i = 0; i < table.size(); ++i) {
        insert.bindAll(table.value(i, col("code")), table.value(i, col("name")), static_cast<int>(i + 1));
        insert.execute();
    }
}

QString nullIfEmpty(const QString& value)
{
    return value.isEmpty() ? QString() : value;
}

void seedStates(Connection& c)
{
    const auto regions = idsByCode(c, "SELECT id, code FROM regions");
    const TsvTable table = TsvTable::load(QStringLiteral(":/reference/states.tsv"));
    Statement insert = c.prepare(
        "INSERT INTO states(iso2, iso3, name, region_id, un_status, core_state, sids, uncat_status, "
        "uncat_status_as_of, opcat_status, opcat_status_as_of) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    for (std::size_t i = 0; i < table.size(); ++i) {
        insert.bindAll(table.value(i, col("iso2")), table.value(i, col("iso3")), table.value(i, col("name")),
            lookup(regions, table.value(i, col("region")), "region"), table.value(i, col("un_status")),
            table.value(i, col("core_state")).toInt(), table.value(i, col("sids")).toInt(),
            table.value(i, col("uncat_status")), nullIfEmpty(table.value(i, col("uncat_as_of"))),
            table.value(i, col("opcat_status")), nullIfEmpty(table.value(i, col("opcat_as_of"))));
        insert.execute();
    }
}

void seedArticles(Connection& c)
{
    const TsvTable table = TsvTable::load(QStringLiteral(":/reference/uncat_articles.tsv"));
    Statement insert = c.prepare("INSERT INTO uncat_articles(number, title) VALUES (?1, ?2)");
    for (std::size_t i = 0; i < table.size(); ++i) {
        insert.bindAll(table.value(i, col("number")).toInt(), table.value(i, col("title")));
        insert.execute();
    }
}

void seedPartners(Connection& c)
{
    const auto themes = idsByCode(c, "SELECT id, code FROM themes");
    const auto regions = idsByCode(c, "SELECT id, code FROM regions");
    const TsvTable table = TsvTable::load(QStringLiteral(":/reference/partners.tsv"));
    Statement insert
        = c.prepare("INSERT INTO partners(name, acronym, type, strategic, description) VALUES (?1, ?2, ?3, ?4, ?5)");
    Statement addTheme = c.prepare("INSERT INTO partner_themes(partner_id, theme_id) VALUES (?1, ?2)");
    Statement addRegion = c.prepare("INSERT INTO partner_regions(partner_id, region_id) VALUES (?1, ?2)");
    Statement addLanguage = c.prepare("INSERT INTO partner_languages(partner_id, language) VALUES (?1, ?2)");
    const auto split = [](const QString& list) { return list.split(QLatin1Char(','), Qt::SkipEmptyParts); };
    for (std::size_t i = 0; i < table.size(); ++i) {
        insert.bindAll(table.value(i, col("name")), nullIfEmpty(table.value(i, col("acronym"))),
            table.value(i, col("type")), table.value(i, col("strategic")).toInt(), table.value(i, col("description")));
        insert.execute();
        const qint64 partnerId = c.lastInsertRowId();
        for (const QString& theme : split(table.value(i, col("themes")))) {
            addTheme.bindAll(partnerId, lookup(themes, theme.trimmed(), "theme"));
            addTheme.execute();
        }
        const QString regionList = table.value(i, col("regions"));
        const QStringList regionCodes
            = regionList == QLatin1String("ALL") ? QStringList(regions.keys()) : split(regionList);
        for (const QString& region : regionCodes) {
            addRegion.bindAll(partnerId, lookup(regions, region.trimmed(), "region"));
            addRegion.execute();
        }
        for (const QString& language : split(table.value(i, col("languages")))) {
            addLanguage.bindAll(partnerId, language.trimmed());
            addLanguage.execute();
        }
    }
}

} // namespace

void seedQueriesReferenceData(Connection& c)
{
    seedCodeTable(c, QStringLiteral(":/reference/institution_types.tsv"),
        "INSERT INTO institution_types(code, name, sort_order) VALUES (?1, ?2, ?3)");
    seedCodeTable(c, QStringLiteral(":/reference/languages.tsv"),
        "INSERT INTO languages(code, name, sort_order) VALUES (?1, ?2, ?3)");
}

void seedFoundationReferenceData(Connection& c)
{
    Statement region = c.prepare("INSERT INTO regions(code, name, sort_order) VALUES (?1, ?2, ?3)");
    const TsvTable regions = TsvTable::load(QStringLiteral(":/reference/regions.tsv"));
    for (std::size_t i = 0; i < regions.size(); ++i) {
        region.bindAll(
            regions.value(i, col("code")), regions.value(i, col("name")), regions.value(i, col("sort_order")).toInt());
        region.execute();
    }
    seedCodeTable(
        c, QStringLiteral(":/reference/themes.tsv"), "INSERT INTO themes(code, name, sort_order) VALUES (?1, ?2, ?3)");
    seedCodeTable(c, QStringLiteral(":/reference/channels.tsv"),
        "INSERT INTO channels(code, name, sort_order) VALUES (?1, ?2, ?3)");
    seedStates(c);
    seedArticles(c);
    seedPartners(c);
}

} // namespace advicehub::reference
