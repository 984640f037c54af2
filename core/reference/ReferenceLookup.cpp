#include "reference/ReferenceLookup.h"

#include "db/Connection.h"
#include "reference/ReferenceLabels.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>

namespace advicehub::reference {

namespace {

QList<NamedItem> loadItems(db::Connection& c, std::string_view sql, std::optional<ReferenceKind> kind)
{
    QList<NamedItem> items;
    db::Statement s = c.prepare(sql);
    while (s.step()) {
        const QString code = s.text(1);
        const QString name = s.text(2);
        items.append(NamedItem {
            s.int64(0), code, kind ? ReferenceLabels::display(*kind, code, name) : name, s.int64(3) != 0, name });
    }
    return items;
}

bool sameName(const QString& a, const QString& b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
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
        if ((!item.code.isEmpty() && sameName(item.code, wanted)) || sameName(item.name, wanted)
            || sameName(item.englishName, wanted))
            return &item;
    }
    return nullptr;
}

} // namespace

ReferenceLookup::ReferenceLookup(db::Connection& connection) : m_connection(connection)
{
    reload();
}

void ReferenceLookup::setDisplayLanguage(const QString& language)
{
    ReferenceLabels::setDisplayLanguage(language);
}

QString ReferenceLookup::displayLanguage()
{
    return ReferenceLabels::displayLanguage();
}

void ReferenceLookup::reload()
{
    m_regions
        = loadItems(m_connection, "SELECT id, code, name, 1 FROM regions ORDER BY sort_order", ReferenceKind::Region);
    m_channels = loadItems(
        m_connection, "SELECT id, code, name, active FROM channels ORDER BY sort_order", ReferenceKind::Channel);
    m_institutionTypes = loadItems(m_connection,
        "SELECT id, code, name, active FROM institution_types ORDER BY sort_order", ReferenceKind::InstitutionType);
    m_themes = loadItems(
        m_connection, "SELECT id, code, name, active FROM themes ORDER BY sort_order", ReferenceKind::Theme);
    m_languages = loadItems(
        m_connection, "SELECT 0, code, name, 1 FROM languages ORDER BY sort_order", ReferenceKind::Language);
    m_advisers = loadItems(
        m_connection, "SELECT id, '', name, active FROM advisers ORDER BY name COLLATE NOCASE", std::nullopt);

    m_states.clear();
    db::Statement states
        = m_connection.prepare("SELECT s.id, s.iso2, s.iso3, s.name, s.region_id, r.code, r.name, s.core_state "
                               "FROM states s JOIN regions r ON r.id = s.region_id ORDER BY s.name");
    while (states.step()) {
        const QString iso2 = states.text(1);
        const QString name = states.text(3);
        m_states.append(StateInfo { states.int64(0), iso2, states.text(2),
            ReferenceLabels::display(ReferenceKind::State, iso2, name), states.int64(4),
            ReferenceLabels::display(ReferenceKind::Region, states.text(5), states.text(6)), states.int64(7) != 0,
            name });
    }
    if (ReferenceLabels::displayLanguage() != QLatin1String("en")) {
        // In the order of the displayed names ("Égypte" among the E's).
        QCollator collator { QLocale(ReferenceLabels::displayLanguage()) };
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        std::stable_sort(m_states.begin(), m_states.end(),
            [&collator](const StateInfo& a, const StateInfo& b) { return collator.compare(a.name, b.name) < 0; });
    }
    m_articles.clear();
    db::Statement articles = m_connection.prepare("SELECT number, title FROM uncat_articles");
    while (articles.step()) {
        const int number = articles.int32(0);
        m_articles.insert(
            number, ReferenceLabels::display(ReferenceKind::Article, QString::number(number), articles.text(1)));
    }
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
        if (sameName(state.iso2, wanted) || sameName(state.iso3, wanted) || sameName(state.name, wanted)
            || sameName(state.englishName, wanted))
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
