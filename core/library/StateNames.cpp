#include "library/StateNames.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

namespace advicehub::library {

namespace {

constexpr const char* kCodes = "/usr/share/iso-codes/json/iso_3166-1.json";
constexpr const char* kCatalogue = "/usr/share/locale/%1/LC_MESSAGES/iso_3166-1.mo";

struct Names {
    QHash<QString, QStringList> keys; // iso2 -> the English names a catalogue translates (common first)
};

Names readCodes()
{
    Names names;
    QFile file(QString::fromLatin1(kCodes));
    if (!file.open(QIODevice::ReadOnly))
        return names;
    const QJsonArray all = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("3166-1")).toArray();
    for (const QJsonValue& value : all) {
        const QJsonObject entry = value.toObject();
        QStringList keys;
        for (const char* field : { "common_name", "name" }) {
            const QString key = entry.value(QLatin1String(field)).toString();
            if (!key.isEmpty())
                keys << key;
        }
        const QString iso2 = entry.value(QStringLiteral("alpha_2")).toString();
        if (!iso2.isEmpty() && !keys.isEmpty())
            names.keys.insert(iso2, keys);
    }
    return names;
}

// A GNU gettext catalogue (.mo): a header, then two tables of (length, offset) pairs for the
// original and the translated strings. Anything out of bounds ends the reading: no translation.
QHash<QString, QString> readCatalogue(const QString& language)
{
    QHash<QString, QString> out;
    QFile file(QString::fromLatin1(kCatalogue).arg(language));
    if (!file.open(QIODevice::ReadOnly) || file.size() > 16 * 1024 * 1024)
        return out;
    const QByteArray data = file.readAll();
    const auto u32 = [&data](qsizetype at, bool bigEndian, bool& okay) -> quint32 {
        if (at < 0 || at + 4 > data.size()) {
            okay = false;
            return 0;
        }
        const uchar* p = reinterpret_cast<const uchar*>(data.constData() + at);
        return bigEndian ? qFromBigEndian<quint32>(p) : qFromLittleEndian<quint32>(p);
    };
    bool okay = true;
    const quint32 magic = u32(0, false, okay);
    if (!okay || (magic != 0x950412deU && magic != 0xde120495U))
        return out;
    const bool big = magic == 0xde120495U;
    const quint32 count = u32(8, big, okay);
    const quint32 originals = u32(12, big, okay);
    const quint32 translations = u32(16, big, okay);
    const auto string = [&](quint32 table, quint32 i, bool& fine) -> QByteArray {
        const quint32 length = u32(qsizetype(table) + qsizetype(i) * 8, big, fine);
        const quint32 offset = u32(qsizetype(table) + qsizetype(i) * 8 + 4, big, fine);
        if (!fine || qsizetype(offset) + qsizetype(length) > data.size()) {
            fine = false;
            return {};
        }
        return data.mid(offset, length);
    };
    for (quint32 i = 0; okay && i < count; ++i) {
        const QByteArray original = string(originals, i, okay);
        const QByteArray translation = string(translations, i, okay);
        // Skip the header (empty msgid), plurals (NUL inside) and contexts (EOT inside).
        if (!okay || original.isEmpty() || translation.isEmpty() || original.contains('\0')
            || original.contains('\x04'))
            continue;
        out.insert(QString::fromUtf8(original), QString::fromUtf8(translation));
    }
    return out;
}

const Names& codes()
{
    static const Names names = readCodes();
    return names;
}

const QHash<QString, QString>& catalogue(drafts::DraftLanguage language)
{
    static const QHash<QString, QString> french = readCatalogue(QStringLiteral("fr"));
    static const QHash<QString, QString> spanish = readCatalogue(QStringLiteral("es"));
    static const QHash<QString, QString> none;
    switch (language) {
    case drafts::DraftLanguage::French:
        return french;
    case drafts::DraftLanguage::Spanish:
        return spanish;
    case drafts::DraftLanguage::English:
        break;
    }
    return none;
}

} // namespace

QString StateNames::name(const QString& iso2, drafts::DraftLanguage language)
{
    const QHash<QString, QString>& translated = catalogue(language);
    if (translated.isEmpty())
        return {};
    for (const QString& key : codes().keys.value(iso2.toUpper())) {
        const auto it = translated.constFind(key);
        if (it != translated.constEnd())
            return *it;
    }
    return {};
}

bool StateNames::available(drafts::DraftLanguage language)
{
    return !codes().keys.isEmpty() && !catalogue(language).isEmpty();
}

} // namespace advicehub::library
