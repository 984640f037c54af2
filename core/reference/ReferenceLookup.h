#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace advicehub::db {
class Connection;
}

namespace advicehub::reference {

// `name` is in the display language (ReferenceLabels::setDisplayLanguage), `englishName` the
// vault's own name, for what is written in English whatever the interface (an English letter).
struct StateInfo {
    qint64 id = 0;
    QString iso2;
    QString iso3;
    QString name;
    qint64 regionId = 0;
    QString regionName;
    bool coreState = false;
    QString englishName;
};

struct NamedItem {
    qint64 id = 0;
    QString code;
    QString name;
    bool active = true;
    QString englishName;
};

// The vault's reference data, read once per session for validation, display and import
// (the tables are small: about 260 rows in all). reload() after the reference data changed.
// Names are in the process's display language (set once at start-up, before any vault is opened:
// the desktop its interface language, the CLI none, so English); States are listed in the
// alphabetical order of their displayed names.
class ReferenceLookup {
public:
    explicit ReferenceLookup(db::Connection& connection);
    void reload(); // throws DbError

    // The same as ReferenceLabels::setDisplayLanguage: "fr", "es", or English.
    static void setDisplayLanguage(const QString& language);
    static QString displayLanguage();

    const QList<StateInfo>& states() const { return m_states; }
    const QList<NamedItem>& regions() const { return m_regions; }
    const QList<NamedItem>& channels() const { return m_channels; }
    const QList<NamedItem>& institutionTypes() const { return m_institutionTypes; }
    const QList<NamedItem>& themes() const { return m_themes; }
    const QList<NamedItem>& languages() const { return m_languages; } // id is 0; code is the key
    const QList<NamedItem>& advisers() const { return m_advisers; } // code is empty
    // The UNCAT articles' titles in the display language, by number.
    const QHash<int, QString>& articles() const { return m_articles; }

    const StateInfo* state(qint64 id) const;
    const NamedItem* channel(qint64 id) const;
    const NamedItem* institutionType(qint64 id) const;
    const NamedItem* theme(qint64 id) const;
    const NamedItem* adviser(qint64 id) const;
    const NamedItem* language(const QString& code) const;

    // Case-insensitive lookups by code or name, for imports, the CLI and pickers: a State by ISO
    // code (alpha-2 or alpha-3) or name, the others by code or name; a name in English (the
    // vault's) or in the display language.
    const StateInfo* findState(const QString& text) const;
    const NamedItem* findChannel(const QString& text) const;
    const NamedItem* findInstitutionType(const QString& text) const;
    const NamedItem* findTheme(const QString& text) const;
    const NamedItem* findLanguage(const QString& text) const;
    const NamedItem* findAdviser(const QString& name) const;
    const NamedItem* findRegion(const QString& text) const;

private:
    db::Connection& m_connection;
    QList<StateInfo> m_states;
    QList<NamedItem> m_regions;
    QList<NamedItem> m_channels;
    QList<NamedItem> m_institutionTypes;
    QList<NamedItem> m_themes;
    QList<NamedItem> m_languages;
    QList<NamedItem> m_advisers;
    QHash<int, QString> m_articles;
};

} // namespace advicehub::reference
