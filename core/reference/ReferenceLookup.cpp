#include "reference/ReferenceLookup.h"

#include "db/Connection.h"

namespace advicehub::reference {

namespace {

QList<NamedItem> loadItems(db::Connection& c, std::string_view sql)
{
    QList<NamedItem> items;
    db::Statement s = c.prepare(sql);
    while (s.step())
        items.append(NamedItem { s.int64(0), s.text(1), s.text(2), s.int64(3) != 0 });
    return items;
}

template <typename Item> const Item* byId(const QList<Item>& items, qint64 id)
{
    for (const Item& item : items) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}

const NamedItem* byCodeOrName(const QList<NamedItem>& items, const QString& text)
{
    const QString wanted = text.simplified();
    if (wanted.isEmpty())
        return nullptr;
    for (const NamedItem& item : items) {
        if ((!item.code.isEmpty() && item.code.compare(wanted, Qt::CaseInsensitive) == 0)
            || item.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return &item;
    }
    return nullptr;
}

} // namespace

ReferenceLookup::ReferenceLookup(db::Connection& connection) : m_connection(connection)
{
    reload();
}

void ReferenceLookup::reload()
{
    m_regions = loadItems(m_connection, "SELECT id, code, name, 1 FROM regions ORDER BY sort_order");
    m_channels = loadItems(m_connection, "SELECT id, code, name, active FROM channels ORDER BY sort_order");
    m_institutionTypes
        = loadItems(m_connection, "SELECT id, code, name, active FROM institution_types ORDER BY sort_order");
    m_themes = loadItems(m_connection, "SELECT id, code, name, active FROM themes ORDER BY sort_order");
    m_languages = loadItems(m_connection, "SELECT 0, code, name, 1 FROM languages ORDER BY sort_order");
    m_advisers = loadItems(m_connection, "SELECT id, '', name, active FROM advisers ORDER BY name COLLATE NOCASE");

    m_states.clear();
    db::Statement states
        = m_connection.prepare("SELECT s.id, s.iso2, s.iso3, s.name, s.region_id, r.name, s.core_state "
                               "FROM states s JOIN regions r ON r.id = s.region_id ORDER BY s.name");
    while (states.step()) {
        m_states.append(StateInfo { states.int64(0), states.text(1), states.text(2), states.text(3), states.int64(4),
            states.text(5), states.int64(6) != 0 });
    }
    m_articles.clear();
    db::Statement articles = m_connection.prepare("SELECT number, title FROM uncat_articles");
    while (articles.step())
        m_articles.insert(articles.int32(0), articles.text(1));
}

const StateInfo* ReferenceLookup::state(qint64 id) const
{
    return byId(m_states, id);
}
const NamedItem* ReferenceLookup::channel(qint64 id) const
{
    return byId(m_channels, id);
}
const NamedItem* ReferenceLookup::institutionType(qint64 id) const
{
    return byId(m_institutionTypes, id);
}
const NamedItem* ReferenceLookup::theme(qint64 id) const
{
    return byId(m_themes, id);
}
const NamedItem* ReferenceLookup::adviser(qint64 id) const
{
    return byId(m_advisers, id);
}

const NamedItem* ReferenceLookup::language(const QString& code) const
{
    for (const NamedItem& item : m_languages) {
        if (item.code == code)
            return &item;
    }
    return nullptr;
}

const StateInfo* ReferenceLookup::findState(const QString& text) const
{
    const QString wanted = text.simplified();
    if (wanted.isEmpty())
        return nullptr;
    for (const StateInfo& state : m_states) {
        if (state.iso2.compare(wanted, Qt::CaseInsensitive) == 0 || state.iso3.compare(wanted, Qt::CaseInsensitive) == 0
            || state.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return &state;
    }
    return nullptr;
}

const NamedItem* ReferenceLookup::findChannel(const QString& text) const
{
    return byCodeOrName(m_channels, text);
}
const NamedItem* ReferenceLookup::findInstitutionType(const QString& text) const
{
    return byCodeOrName(m_institutionTypes, text);
}
const NamedItem* ReferenceLookup::findTheme(const QString& text) const
{
    return byCodeOrName(m_themes, text);
}
const NamedItem* ReferenceLookup::findLanguage(const QString& text) const
{
    return byCodeOrName(m_languages, text);
}
const NamedItem* ReferenceLookup::findAdviser(const QString& name) const
{
    return byCodeOrName(m_advisers, name);
}
const NamedItem* ReferenceLookup::findRegion(const QString& text) const
{
    return byCodeOrName(m_regions, text);
}

} // namespace advicehub::reference
