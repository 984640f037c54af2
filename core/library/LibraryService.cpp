#include "library/LibraryService.h"

#include "library/StateNames.h"

#include "advisers/AdviserService.h"
#include "casefile/CaseRecord.h"
#include "casefile/CaseTimeline.h"
#include "common/Clock.h"
#include "common/IsoTime.h"
#include "db/Connection.h"
#include "db/Guard.h"
#include "db/Transaction.h"
#include "drafts/HtmlSanitizer.h"
#include "queries/QuerySearch.h"
#include "queries/QueryService.h"
#include "reference/ReferenceLabels.h"
#include "reference/ReferenceLookup.h"

#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QSet>
#include <QUrl>

#include <algorithm>

namespace advicehub::library {

namespace {

using drafts::DraftText;

// The open statuses of a referral (ReferralTypes.h): {partner} is the partner of the query's
// open referral, a sent or accepted one before a merely proposed one.
constexpr const char* kPartnerSql
    = "SELECT p.name FROM referrals r JOIN partners p ON p.id = r.partner_id WHERE r.query_id = ?1 AND r.status IN "
      "('proposed', 'consent_obtained', 'sent', 'accepted') ORDER BY r.status IN ('sent', 'accepted') DESC, r.id DESC "
      "LIMIT 1";

constexpr int kMaxPrecedents = 500;
constexpr int kSnippetChars = 240;

// Accents and case ignored: "Etat" finds "État".
QString folded(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar ch : decomposed) {
        if (!ch.isMark())
            out += ch;
    }
    return out.toCaseFolded();
}

QStringList words(const QString& text)
{
    QStringList out;
    QString word;
    for (const QChar ch : folded(text)) {
        if (ch.isLetterOrNumber()) {
            word += ch;
        } else if (!word.isEmpty()) {
            out << word;
            word.clear();
        }
    }
    if (!word.isEmpty())
        out << word;
    return out;
}

// A null QString binds SQL NULL; the text columns are NOT NULL.
QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

// Lists read the same whatever the system's locale: accents and case ignored, then as typed.
bool lessFolded(const QString& a, const QString& b)
{
    const int byFolded = QString::compare(folded(a), folded(b));
    return byFolded != 0 ? byFolded < 0 : a < b;
}

QString quoted(const QString& text)
{
    return QStringLiteral("\u201c%1\u201d").arg(text);
}

// The plain text around the first searched word (accents and case ignored), or its beginning.
QString snippetOf(const QString& text, const QStringList& searched)
{
    // Folded character by character, remembering where each folded character came from (ASCII
    // folds to its lowercase without the Unicode normalisation, which cost ~1 ms per precedent).
    QString foldedText;
    std::vector<int> from;
    if (!searched.isEmpty()) {
        foldedText.reserve(text.size());
        from.reserve(static_cast<std::size_t>(text.size()));
        for (int i = 0; i < text.size(); ++i) {
            const char16_t u = text.at(i).unicode();
            if (u < 0x80) {
                foldedText += QChar(u >= u'A' && u <= u'Z' ? u + (u'a' - u'A') : u);
                from.push_back(i);
                continue;
            }
            for (const QChar ch : folded(QString(text.at(i)))) {
                foldedText += ch;
                from.push_back(i);
            }
        }
    }
    int hit = -1;
    for (const QString& word : searched) {
        const int at = foldedText.indexOf(word);
        if (at >= 0 && (hit < 0 || at < hit))
            hit = at;
    }
    const int centre = hit < 0 ? 0 : from[static_cast<std::size_t>(hit)];
    int begin = std::max(0, centre - kSnippetChars / 3);
    if (begin > 0) {
        const int space = text.indexOf(QLatin1Char(' '), begin);
        begin = space >= 0 && space < centre ? space + 1 : begin;
    }
    int end = std::min(static_cast<int>(text.size()), begin + kSnippetChars);
    if (end < text.size()) {
        const int space = text.lastIndexOf(QLatin1Char(' '), end);
        end = space > centre ? space : end;
    }
    QString snippet = text.mid(begin, end - begin).simplified();
    if (begin > 0)
        snippet.prepend(QChar(0x2026));
    if (end < text.size())
        snippet.append(QChar(0x2026));
    return snippet;
}

// --- placeholders

struct Found {
    int start = 0; // index of "{" in the html
    int end = 0; // index after "}"
    QString name; // as typed between the braces
};

struct Scan {
    std::vector<Found> found;
    std::optional<Error> error; // the first unbalanced brace
    QChar strayBrace;
};

// Walks the html once, finding {name} pairs. Positions in messages count the characters a reader
// sees (tags skipped, an entity one character), from 1.
Scan scan(const QString& html)
{
    Scan result;
    int textPosition = 0;
    QString recent; // the last characters read, for the message
    bool inTag = false;
    int open = -1;
    int openPosition = 0;
    QString openContext;
    const auto context = [&recent] { return recent.right(24).simplified(); };
    const auto stray = [&](QChar brace, int position, const QString& before) {
        if (result.error)
            return;
        result.strayBrace = brace;
        const QString after = before.isEmpty() ? QString() : LibraryService::tr(" (after %1)").arg(quoted(before));
        result.error = brace == QLatin1Char('{')
            ? makeError(ErrorCode::InvalidInput,
                LibraryService::tr("The text has a \u201c{\u201d without its closing \u201c}\u201d at character "
                                   "%1%2. Placeholders are written {name}.")
                    .arg(position)
                    .arg(after))
            : makeError(ErrorCode::InvalidInput,
                LibraryService::tr("The text has a \u201c}\u201d without its opening \u201c{\u201d at character "
                                   "%1%2. Placeholders are written {name}.")
                    .arg(position)
                    .arg(after));
    };
    for (int i = 0; i < html.size(); ++i) {
        const QChar ch = html.at(i);
        // A style sheet, a script or a comment is no text: its braces are no placeholders (Qt's
        // toHtml() writes "p, li { white-space: pre-wrap; }"; the sanitiser drops all three).
        if (!inTag && ch == QLatin1Char('<')) {
            const QStringView rest = QStringView(html).mid(i);
            const auto skipTo = [&](QLatin1StringView end) {
                const int at = html.indexOf(end, i, Qt::CaseInsensitive);
                i = at < 0 ? int(html.size()) - 1 : at + int(end.size()) - 1;
            };
            if (rest.startsWith(u"<!--")) {
                skipTo(QLatin1StringView("-->"));
                continue;
            }
            if (rest.startsWith(u"<style", Qt::CaseInsensitive)) {
                skipTo(QLatin1StringView("</style>"));
                continue;
            }
            if (rest.startsWith(u"<script", Qt::CaseInsensitive)) {
                skipTo(QLatin1StringView("</script>"));
                continue;
            }
        }
        // Braces count inside tags too (an attribute may hold a placeholder: href="mailto:{…}").
        if (ch == QLatin1Char('{')) {
            if (open >= 0)
                stray(QLatin1Char('{'), openPosition, openContext);
            open = i;
            openPosition = textPosition + 1;
            openContext = context();
        } else if (ch == QLatin1Char('}')) {
            if (open < 0) {
                stray(QLatin1Char('}'), textPosition + 1, context());
            } else {
                result.found.push_back({ open, i + 1, html.mid(open + 1, i - open - 1) });
                open = -1;
            }
        }
        if (inTag) {
            if (ch == QLatin1Char('>'))
                inTag = false;
            continue;
        }
        if (ch == QLatin1Char('<')) {
            inTag = true;
            continue;
        }
        if (ch == QLatin1Char('&')) {
            const int semicolon = html.indexOf(QLatin1Char(';'), i);
            if (semicolon > i && semicolon - i <= 10) {
                const QStringView entity = QStringView(html).mid(i + 1, semicolon - i - 1);
                recent += entity == u"lt" ? QLatin1Char('<')
                    : entity == u"gt"     ? QLatin1Char('>')
                    : entity == u"amp"    ? QLatin1Char('&')
                    : entity == u"quot"   ? QLatin1Char('"')
                                          : QLatin1Char(' ');
                i = semicolon;
                ++textPosition;
                continue;
            }
        }
        recent += ch;
        if (recent.size() > 64)
            recent.remove(0, 32);
        ++textPosition;
    }
    if (open >= 0)
        stray(QLatin1Char('{'), openPosition, openContext);
    return result;
}

bool isKnown(const QString& name)
{
    const auto& all = LibraryService::placeholders();
    return std::any_of(all.begin(), all.end(), [&name](const Placeholder& p) { return p.name == name; });
}

QString knownList()
{
    QStringList names;
    for (const Placeholder& p : LibraryService::placeholders())
        names << QLatin1Char('{') + p.name + QLatin1Char('}');
    return names.join(QStringLiteral(", "));
}

// A date as a letter in the language writes it: "6 December 2026", "1er décembre 2026",
// "6 de diciembre de 2026".
QString letterDate(QDate date, DraftLanguage language)
{
    if (!date.isValid())
        return {};
    const QLocale locale = DraftText::locale(language);
    switch (language) {
    case DraftLanguage::English:
        return locale.toString(date, QStringLiteral("d MMMM yyyy"));
    case DraftLanguage::French:
        return date.day() == 1 ? locale.toString(date, QStringLiteral("'1er' MMMM yyyy"))
                               : locale.toString(date, QStringLiteral("d MMMM yyyy"));
    case DraftLanguage::Spanish:
        return locale.toString(date, QStringLiteral("d 'de' MMMM 'de' yyyy"));
    }
    return locale.toString(date, QLocale::LongFormat);
}

// The channel in the letter's language. The reference data names channels in English; the
// seeded codes have their French and Spanish names here (a letter is written in its own language,
// whatever the language of the user interface, so these are not tr() strings).
QString letterChannel(const reference::NamedItem* channel, DraftLanguage language)
{
    if (!channel)
        return {};
    if (language == DraftLanguage::English)
        return channel->englishName.isEmpty() ? channel->name : channel->englishName;
    static const QHash<QString, std::pair<const char*, const char*>> names {
        { QStringLiteral("email"), { "courrier électronique", "correo electrónico" } },
        { QStringLiteral("letter"), { "lettre / note verbale", "carta / nota verbal" } },
        { QStringLiteral("meeting_geneva"), { "réunion à Genève", "reunión en Ginebra" } },
        { QStringLiteral("country_visit"), { "visite dans le pays", "visita al país" } },
        { QStringLiteral("regional_seminar"), { "séminaire régional", "seminario regional" } },
        { QStringLiteral("call"), { "appel téléphonique ou vidéo", "llamada telefónica o videollamada" } },
        { QStringLiteral("other"), { "autre", "otro" } },
    };
    const auto it = names.constFind(channel->code);
    if (it == names.constEnd())
        return channel->name;
    return QString::fromUtf8(language == DraftLanguage::French ? it->first : it->second);
}

// Replaces the placeholders found in `html` with `values` (escaped); reports unknown and empty ones.
FilledTemplate substitute(const QString& html, const Scan& found, const QHash<QString, QString>& values)
{
    FilledTemplate filled;
    QString out;
    out.reserve(html.size() + 256);
    int from = 0;
    for (const Found& f : found.found) {
        out += QStringView(html).mid(from, f.start - from);
        from = f.end;
        if (!isKnown(f.name)) {
            out += QStringView(html).mid(f.start, f.end - f.start);
            if (!filled.unknown.contains(f.name))
                filled.unknown << f.name;
            continue;
        }
        const QString value = values.value(f.name).trimmed();
        if (value.isEmpty()) {
            out += QStringLiteral("[%1?]").arg(f.name).toHtmlEscaped();
            if (!filled.empty.contains(f.name))
                filled.empty << f.name;
        } else {
            out += value.toHtmlEscaped();
        }
    }
    out += QStringView(html).mid(from);
    filled.html = out;
    return filled;
}

QString resourceKindCode(ResourceKind kind)
{
    return kind == ResourceKind::CtiTool ? QStringLiteral("cti_tool") : QStringLiteral("reference");
}

} // namespace

// --- the service

class LibraryService::Impl {
public:
    Impl(LibraryService& service, casefile::CaseRecord& caseRecord, reference::ReferenceLookup& referenceLookup,
        advisers::AdviserService& adviserService, queries::QueryService& queryService)
        : q(service), record(caseRecord), lookup(referenceLookup), advisers(adviserService), queries(queryService)
    { }

    db::Connection& c() { return record.connection(); }
    QString now() const { return isoUtc(record.clock().nowUtc()); }

    std::vector<DraftTemplate> readTemplates(const char* where, const std::function<void(db::Statement&)>& bind);
    std::optional<DraftTemplate> readTemplate(qint64 id);
    Result<std::pair<QString, QString>> checkTemplate(const TemplateInput& input, std::optional<qint64> id);

    std::vector<LibraryResource> readResources(std::optional<qint64> id);
    Result<LibraryResource> checkResource(const LibraryResource& input, std::optional<qint64> id);
    void writeThemes(qint64 resourceId, const QList<qint64>& themeIds);

    QString adviserName();

    void notifyTemplates();
    void notifyResources();

    LibraryService& q;
    casefile::CaseRecord& record;
    reference::ReferenceLookup& lookup;
    advisers::AdviserService& advisers;
    queries::QueryService& queries;
};

std::vector<DraftTemplate> LibraryService::Impl::readTemplates(
    const char* where, const std::function<void(db::Statement&)>& bind)
{
    std::vector<DraftTemplate> out;
    db::Statement s = c().prepare(
        std::string("SELECT id, name, kind, language, html, active, seeded, updated_at, version FROM draft_templates ")
        + where);
    bind(s);
    while (s.step()) {
        DraftTemplate t;
        t.id = s.int64(0);
        t.name = s.text(1);
        t.kind = DraftText::kind(s.text(2)).value_or(DraftKind::Other);
        t.language = DraftText::language(s.text(3)).value_or(DraftLanguage::English);
        t.html = s.text(4);
        t.active = s.int64(5) != 0;
        t.seeded = s.int64(6) != 0;
        t.updatedAtUtc = parseIsoUtc(s.text(7));
        t.version = s.int32(8);
        out.push_back(std::move(t));
    }
    // By language (English, French, Spanish), kind (the order of the kinds), then name.
    const auto& kinds = DraftText::allKinds();
    const auto kindIndex = [&kinds](DraftKind k) { return std::find(kinds.begin(), kinds.end(), k) - kinds.begin(); };
    std::stable_sort(out.begin(), out.end(), [&](const DraftTemplate& a, const DraftTemplate& b) {
        if (a.language != b.language)
            return static_cast<int>(a.language) < static_cast<int>(b.language);
        if (a.kind != b.kind)
            return kindIndex(a.kind) < kindIndex(b.kind);
        return lessFolded(a.name, b.name);
    });
    return out;
}

std::optional<DraftTemplate> LibraryService::Impl::readTemplate(qint64 id)
{
    std::vector<DraftTemplate> found = readTemplates("WHERE id = ?1", [id](db::Statement& s) { s.bind(1, id); });
    if (found.empty())
        return std::nullopt;
    return std::move(found.front());
}

// The clean name and the sanitised body, or why the template is refused. Inside the caller's
// transaction (the uniqueness check reads the table).
Result<std::pair<QString, QString>> LibraryService::Impl::checkTemplate(
    const TemplateInput& input, std::optional<qint64> id)
{
    const QString name = input.name.simplified();
    if (name.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Give the template a name."));
    if (name.size() > LibraryLimits::Name)
        return makeError(ErrorCode::InvalidInput,
            tr("The template's name is longer than %n characters.", nullptr, LibraryLimits::Name));
    Result<drafts::SanitisedHtml> clean = drafts::HtmlSanitizer::sanitise(input.html);
    if (!clean)
        return clean.error();
    if (clean->text.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("The template has no text."));
    Result<QStringList> names = placeholdersIn(clean->html);
    if (!names)
        return names.error();
    QStringList unknown;
    for (const QString& n : names.value()) {
        if (!isKnown(n))
            unknown << QLatin1Char('{') + n + QLatin1Char('}');
    }
    if (!unknown.isEmpty())
        return makeError(ErrorCode::InvalidInput,
            tr("The template uses %n unknown placeholder(s): %1. The placeholders are: %2.", nullptr,
                static_cast<int>(unknown.size()))
                .arg(unknown.join(QStringLiteral(", ")), knownList()));
    // NOCASE folds ASCII letters only: compare here.
    db::Statement others = c().prepare("SELECT id, name FROM draft_templates WHERE language = ?1");
    others.bind(1, DraftText::code(input.language));
    const QString key = name.toCaseFolded();
    while (others.step()) {
        if ((!id || others.int64(0) != *id) && others.text(1).toCaseFolded() == key)
            return makeError(ErrorCode::InvalidInput,
                tr("There is already a template named %1 in %2.")
                    .arg(quoted(others.text(1)), DraftText::label(input.language)));
    }
    return std::make_pair(name, clean->html);
}

std::vector<LibraryResource> LibraryService::Impl::readResources(std::optional<qint64> id)
{
    std::vector<LibraryResource> out;
    QHash<qint64, std::size_t> index;
    db::Statement s = c().prepare("SELECT id, kind, title, description, language, link, citation, active, seeded, "
                                  "updated_at, version FROM library_resources WHERE ?1 IS NULL OR id = ?1");
    s.bind(1, id);
    while (s.step()) {
        LibraryResource r;
        r.id = s.int64(0);
        r.kind = s.text(1) == QLatin1String("cti_tool") ? ResourceKind::CtiTool : ResourceKind::Reference;
        r.title = s.text(2);
        r.description = s.text(3);
        r.language = s.text(4);
        r.link = s.text(5);
        r.citation = s.text(6);
        r.active = s.int64(7) != 0;
        r.seeded = s.int64(8) != 0;
        r.updatedAtUtc = parseIsoUtc(s.text(9));
        r.version = s.int32(10);
        index.insert(r.id, out.size());
        out.push_back(std::move(r));
    }
    s.reset();
    db::Statement t = c().prepare("SELECT resource_id, theme_id FROM library_resource_themes WHERE ?1 IS NULL OR "
                                  "resource_id = ?1 ORDER BY resource_id, theme_id");
    t.bind(1, id);
    while (t.step()) {
        const auto it = index.constFind(t.int64(0));
        if (it != index.constEnd())
            out[*it].themeIds << t.int64(1);
    }
    return out;
}

Result<LibraryResource> LibraryService::Impl::checkResource(const LibraryResource& input, std::optional<qint64> id)
{
    LibraryResource r = input;
    r.title = input.title.simplified();
    r.description = input.description.trimmed();
    r.citation = input.citation.trimmed();
    r.link = input.link.trimmed();
    r.language = input.language.trimmed().toLower();
    if (r.title.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Give the resource a title."));
    if (r.title.size() > LibraryLimits::Title)
        return makeError(
            ErrorCode::InvalidInput, tr("The title is longer than %n characters.", nullptr, LibraryLimits::Title));
    if (r.description.size() > LibraryLimits::Description)
        return makeError(ErrorCode::InvalidInput,
            tr("The description is longer than %n characters.", nullptr, LibraryLimits::Description));
    if (r.citation.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Give the citation that a draft will quote for this resource."));
    if (r.citation.size() > LibraryLimits::Citation)
        return makeError(ErrorCode::InvalidInput,
            tr("The citation is longer than %n characters.", nullptr, LibraryLimits::Citation));
    if (!r.link.isEmpty()) {
        if (r.link.size() > LibraryLimits::Link)
            return makeError(
                ErrorCode::InvalidInput, tr("The link is longer than %n characters.", nullptr, LibraryLimits::Link));
        const QUrl url(r.link, QUrl::StrictMode);
        if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty()
            || !url.userInfo().isEmpty())
            return makeError(ErrorCode::InvalidInput,
                tr("The link must be a web address starting with https:// (for example "
                   "https://www.example.org/guide)."));
    }
    if (!r.language.isEmpty() && !DraftText::language(r.language))
        return makeError(ErrorCode::InvalidInput,
            tr("%1 is not a language of the library; use en, fr, es, or nothing for several languages.")
                .arg(quoted(input.language)));
    QList<qint64> themes;
    for (qint64 theme : input.themeIds) {
        if (!lookup.theme(theme))
            return makeError(ErrorCode::InvalidInput, tr("One of the themes chosen does not exist."));
        if (!themes.contains(theme))
            themes << theme;
    }
    std::sort(themes.begin(), themes.end());
    r.themeIds = themes;
    db::Statement others = c().prepare("SELECT id, title FROM library_resources");
    const QString key = r.title.toCaseFolded();
    while (others.step()) {
        if ((!id || others.int64(0) != *id) && others.text(1).toCaseFolded() == key)
            return makeError(ErrorCode::InvalidInput,
                tr("The library already has a resource titled %1.").arg(quoted(others.text(1))));
    }
    return r;
}

void LibraryService::Impl::writeThemes(qint64 resourceId, const QList<qint64>& themeIds)
{
    db::Statement del = c().prepare("DELETE FROM library_resource_themes WHERE resource_id = ?1");
    del.bind(1, resourceId);
    del.execute();
    db::Statement add = c().prepare("INSERT INTO library_resource_themes(resource_id, theme_id) VALUES (?1, ?2)");
    for (qint64 theme : themeIds) {
        add.bindAll(resourceId, theme);
        add.execute();
    }
}

QString LibraryService::Impl::adviserName()
{
    const std::optional<qint64> actor = record.actor();
    if (!actor)
        return {};
    Result<advisers::Adviser> adviser = advisers.find(*actor);
    return adviser ? adviser->name : QString();
}

void LibraryService::Impl::notifyTemplates()
{
    QPointer<LibraryService> self(&q);
    c().afterCommit([self] {
        if (self)
            Q_EMIT self->templatesChanged();
    });
}

void LibraryService::Impl::notifyResources()
{
    QPointer<LibraryService> self(&q);
    c().afterCommit([self] {
        if (self)
            Q_EMIT self->resourcesChanged();
    });
}

namespace {

// The two entries of a precedent's reuse (recordReuse) in the reader's language, from their
// data (the same source strings as the writer); nothing for other draft entries and for
// entries written before the titles and the date were kept in the data.
std::optional<QString> renderReuse(const casefile::TimelineEntry& entry)
{
    const QJsonObject& data = entry.data;
    if (entry.kind != casefile::EntryKind::Draft
        || data.value(QStringLiteral("event")).toString() != QLatin1String("reused"))
        return std::nullopt;
    const QString side = data.value(QStringLiteral("side")).toString();
    const QString fromTitle = data.value(QStringLiteral("fromTitle")).toString();
    const QString toReference = data.value(QStringLiteral("to")).toString();
    if (fromTitle.isEmpty() || toReference.isEmpty())
        return std::nullopt;
    if (side == QLatin1String("source"))
        return LibraryService::tr("Text of the answer %1 reused in a draft for %2").arg(quoted(fromTitle), toReference);
    const QString toTitle = data.value(QStringLiteral("toTitle")).toString();
    const QString fromReference = data.value(QStringLiteral("from")).toString();
    const QString sentOn = data.value(QStringLiteral("sentOn")).toString(); // as the writer printed it
    if (side != QLatin1String("target") || toTitle.isEmpty() || fromReference.isEmpty())
        return std::nullopt;
    const QString confidentiality = data.value(QStringLiteral("confidentiality")).toString();
    const auto level = queries::QueryText::confidentiality(confidentiality);
    const QString levelLabel = level ? queries::QueryText::label(*level) : confidentiality;
    return LibraryService::tr("Draft %1: text reused from the answer %2 sent on %3 for %4 (%5)")
        .arg(quoted(toTitle), quoted(fromTitle), sentOn, fromReference, levelLabel);
}

} // namespace

LibraryService::LibraryService(casefile::CaseRecord& record, reference::ReferenceLookup& lookup,
    advisers::AdviserService& advisers, queries::QueryService& queries, QObject* parent)
    : QObject(parent), d(std::make_unique<Impl>(*this, record, lookup, advisers, queries))
{
    casefile::TimelineText::setSummaryRenderer(casefile::EntryKind::Draft, &renderReuse);
}

LibraryService::~LibraryService() = default;

// --- templates

Result<DraftTemplate> LibraryService::addTemplate(const TemplateInput& input)
{
    qint64 id = 0;
    const Status done = db::guard([&]() -> Status {
        db::Transaction transaction(d->c());
        Result<std::pair<QString, QString>> checked = d->checkTemplate(input, std::nullopt);
        if (!checked)
            return checked.error();
        const QString now = d->now();
        db::Statement insert
            = d->c().prepare("INSERT INTO draft_templates(name, kind, language, html, active, seeded, created_at, "
                             "updated_at, updated_by) VALUES (?1, ?2, ?3, ?4, ?5, 0, ?6, ?6, ?7)");
        insert.bindAll(checked->first, DraftText::code(input.kind), DraftText::code(input.language), checked->second,
            input.active, now, d->record.actor());
        insert.execute();
        id = d->c().lastInsertRowId();
        d->notifyTemplates();
        transaction.commit();
        return {};
    });
    if (!done)
        return done.error();
    return templateById(id);
}

Result<DraftTemplate> LibraryService::editTemplate(qint64 id, const TemplateInput& input, int expectedVersion)
{
    const Status done = db::guard([&]() -> Status {
        db::Transaction transaction(d->c());
        const std::optional<DraftTemplate> old = d->readTemplate(id);
        if (!old)
            return makeError(ErrorCode::NotFound, tr("No such template."));
        if (old->version != expectedVersion)
            return makeError(ErrorCode::Conflict,
                tr("This template was changed by someone else since you opened it. Reload it and try again."));
        Result<std::pair<QString, QString>> checked = d->checkTemplate(input, id);
        if (!checked)
            return checked.error();
        if (checked->first == old->name && checked->second == old->html && input.kind == old->kind
            && input.language == old->language && input.active == old->active)
            return {}; // nothing changed: nothing written
        db::Statement update = d->c().prepare(
            "UPDATE draft_templates SET name = ?2, kind = ?3, language = ?4, html = ?5, active = ?6, updated_at = ?7, "
            "updated_by = ?8, version = version + 1 WHERE id = ?1");
        update.bindAll(id, checked->first, DraftText::code(input.kind), DraftText::code(input.language),
            checked->second, input.active, d->now(), d->record.actor());
        update.execute();
        d->notifyTemplates();
        transaction.commit();
        return {};
    });
    if (!done)
        return done.error();
    return templateById(id);
}

std::vector<DraftTemplate> LibraryService::templates(bool includeInactive) const
{
    try {
        return d->readTemplates(
            "WHERE active = 1 OR ?1", [includeInactive](db::Statement& s) { s.bind(1, includeInactive); });
    } catch (const db::DbError&) {
        return {};
    }
}

std::vector<DraftTemplate> LibraryService::templatesFor(DraftKind kind, DraftLanguage language) const
{
    try {
        return d->readTemplates("WHERE active = 1 AND kind = ?1 AND language = ?2",
            [&](db::Statement& s) { s.bindAll(DraftText::code(kind), DraftText::code(language)); });
    } catch (const db::DbError&) {
        return {};
    }
}

Result<DraftTemplate> LibraryService::templateById(qint64 id) const
{
    return db::guard([&]() -> Result<DraftTemplate> {
        std::optional<DraftTemplate> found = d->readTemplate(id);
        if (!found)
            return makeError(ErrorCode::NotFound, tr("No such template."));
        return std::move(*found);
    });
}

Result<DraftTemplate> LibraryService::templateByName(const QString& name) const
{
    return db::guard([&]() -> Result<DraftTemplate> {
        const QString key = name.simplified().toCaseFolded();
        std::vector<DraftTemplate> matches;
        for (DraftTemplate& t : d->readTemplates("", [](db::Statement&) {})) {
            if (t.name.toCaseFolded() == key)
                matches.push_back(std::move(t));
        }
        if (matches.empty())
            return makeError(ErrorCode::NotFound, tr("There is no template named %1.").arg(quoted(name.simplified())));
        if (matches.size() > 1) {
            QStringList languages;
            for (const DraftTemplate& t : matches)
                languages << DraftText::label(t.language);
            return makeError(ErrorCode::InvalidInput,
                tr("Several templates are named %1 (%2); choose one by its number.")
                    .arg(quoted(matches.front().name), languages.join(QStringLiteral(", "))));
        }
        return std::move(matches.front());
    });
}

const std::vector<Placeholder>& LibraryService::placeholders()
{
    static const std::vector<Placeholder> all {
        { QStringLiteral("reference"), tr("The query's reference (AH-2026-0042)") },
        { QStringLiteral("state"), tr("The requesting State") },
        { QStringLiteral("institution"), tr("The requesting institution") },
        { QStringLiteral("contact_name"), tr("The contact person's name") },
        { QStringLiteral("contact_function"), tr("The contact person's function") },
        { QStringLiteral("received_date"), tr("The date the query was received, in the letter's language") },
        { QStringLiteral("subject"), tr("The query's subject") },
        { QStringLiteral("adviser"), tr("The adviser writing (the session's adviser)") },
        { QStringLiteral("today"), tr("Today's date, in the letter's language") },
        { QStringLiteral("due_date"), tr("The query's due date, in the letter's language") },
        { QStringLiteral("channel"), tr("The channel the query came through, in the letter's language") },
        { QStringLiteral("partner"), tr("The partner of the query's open referral") },
    };
    return all;
}

Result<QStringList> LibraryService::placeholdersIn(const QString& html)
{
    const Scan found = scan(html);
    if (found.error)
        return *found.error;
    QStringList names;
    for (const Found& f : found.found) {
        if (!names.contains(f.name))
            names << f.name;
    }
    return names;
}

Result<FilledTemplate> LibraryService::fill(const QString& html, qint64 queryId, DraftLanguage language) const
{
    const Scan found = scan(html);
    if (found.error)
        return *found.error;
    return db::guard([&]() -> Result<FilledTemplate> {
        Result<queries::Query> query = d->queries.get(queryId);
        if (!query)
            return query.error();
        const queries::Query& q = query.value();
        const queries::QueryInput& f = q.fields;
        QHash<QString, QString> values;
        values.insert(QStringLiteral("reference"), q.reference);
        const reference::StateInfo* state = d->lookup.state(f.stateId);
        // In the letter's language where Debian's iso-codes has the name, else the vault's.
        const QString translatedState = state ? StateNames::name(state->iso2, language) : QString();
        values.insert(QStringLiteral("state"),
            !translatedState.isEmpty() ? translatedState
                : state                ? state->englishName
                                       : q.stateName);
        values.insert(QStringLiteral("institution"), f.institution);
        values.insert(QStringLiteral("contact_name"), f.contact.name);
        values.insert(QStringLiteral("contact_function"), f.contact.function);
        values.insert(QStringLiteral("received_date"), letterDate(f.receivedOn, language));
        values.insert(QStringLiteral("subject"), f.subject);
        values.insert(QStringLiteral("adviser"), d->adviserName());
        values.insert(QStringLiteral("today"), letterDate(d->queries.today(), language));
        values.insert(QStringLiteral("due_date"), letterDate(q.dueOn, language));
        values.insert(QStringLiteral("channel"), letterChannel(d->lookup.channel(f.channelId), language));
        db::Statement partner = d->c().prepare(kPartnerSql);
        partner.bind(1, queryId);
        if (partner.step())
            values.insert(QStringLiteral("partner"), partner.text(0));
        return substitute(html, found, values);
    });
}

FilledTemplate LibraryService::fillSample(const QString& html, DraftLanguage language) const
{
    // A fictional query, in the letter's language, so that a preview reads as the letter will.
    const QDate today = d->queries.today();
    const bool fr = language == DraftLanguage::French;
    const bool es = language == DraftLanguage::Spanish;
    QHash<QString, QString> values;
    values.insert(QStringLiteral("reference"), QStringLiteral("AH-%1-0042").arg(today.year()));
    values.insert(QStringLiteral("state"), QStringLiteral("Ghana"));
    values.insert(QStringLiteral("institution"),
        fr       ? QStringLiteral("Ministère de la Justice")
            : es ? QStringLiteral("Ministerio de Justicia")
                 : QStringLiteral("Ministry of Justice"));
    values.insert(QStringLiteral("contact_name"), QStringLiteral("Ama Osei-Blackwood"));
    values.insert(QStringLiteral("contact_function"),
        fr       ? QStringLiteral("Directrice des affaires juridiques")
            : es ? QStringLiteral("Directora de Asuntos Jurídicos")
                 : QStringLiteral("Director of Legal Affairs"));
    values.insert(QStringLiteral("subject"),
        fr       ? QStringLiteral("Étapes de l'adhésion à la Convention contre la torture")
            : es ? QStringLiteral("Pasos para la adhesión a la Convención contra la Tortura")
                 : QStringLiteral("Steps towards accession to the Convention against Torture"));
    values.insert(QStringLiteral("received_date"), letterDate(today.addDays(-7), language));
    values.insert(QStringLiteral("today"), letterDate(today, language));
    values.insert(QStringLiteral("due_date"), letterDate(today.addDays(21), language));
    QString adviser;
    try {
        adviser = d->adviserName();
    } catch (const db::DbError&) { }
    values.insert(QStringLiteral("adviser"), adviser.isEmpty() ? QStringLiteral("Amara Quillfeather") : adviser);
    const reference::NamedItem email { 0, QStringLiteral("email"), QStringLiteral("Email"), true,
        QStringLiteral("Email") };
    values.insert(QStringLiteral("channel"), letterChannel(&email, language));
    values.insert(QStringLiteral("partner"),
        fr       ? QStringLiteral("l'Association pour la prévention de la torture (APT)")
            : es ? QStringLiteral("la Asociación para la Prevención de la Tortura (APT)")
                 : QStringLiteral("the Association for the Prevention of Torture (APT)"));
    const Scan found = scan(html);
    FilledTemplate filled = substitute(html, found, values);
    // An unbalanced brace is left as typed and reported with the unknown names.
    if (found.error)
        filled.unknown << QString(found.strayBrace);
    return filled;
}

// --- library of tools and references

Result<LibraryResource> LibraryService::addResource(const LibraryResource& resource)
{
    qint64 id = 0;
    const Status done = db::guard([&]() -> Status {
        db::Transaction transaction(d->c());
        Result<LibraryResource> checked = d->checkResource(resource, std::nullopt);
        if (!checked)
            return checked.error();
        const LibraryResource& r = checked.value();
        const QString now = d->now();
        db::Statement insert = d->c().prepare(
            "INSERT INTO library_resources(kind, title, description, language, link, citation, active, seeded, "
            "created_at, updated_at, updated_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 0, ?8, ?8, ?9)");
        insert.bindAll(resourceKindCode(r.kind), r.title, text(r.description), text(r.language), text(r.link),
            r.citation, r.active, now, d->record.actor());
        insert.execute();
        id = d->c().lastInsertRowId();
        d->writeThemes(id, r.themeIds);
        d->notifyResources();
        transaction.commit();
        return {};
    });
    if (!done)
        return done.error();
    return this->resource(id);
}

Result<LibraryResource> LibraryService::editResource(qint64 id, const LibraryResource& resource, int expectedVersion)
{
    const Status done = db::guard([&]() -> Status {
        db::Transaction transaction(d->c());
        std::vector<LibraryResource> found = d->readResources(id);
        if (found.empty())
            return makeError(ErrorCode::NotFound, tr("No such resource in the library."));
        const LibraryResource& old = found.front();
        if (old.version != expectedVersion)
            return makeError(ErrorCode::Conflict,
                tr("This resource was changed by someone else since you opened it. Reload it and try again."));
        Result<LibraryResource> checked = d->checkResource(resource, id);
        if (!checked)
            return checked.error();
        const LibraryResource& r = checked.value();
        if (r.kind == old.kind && r.title == old.title && r.description == old.description && r.language == old.language
            && r.link == old.link && r.citation == old.citation && r.active == old.active && r.themeIds == old.themeIds)
            return {}; // nothing changed: nothing written
        db::Statement update = d->c().prepare(
            "UPDATE library_resources SET kind = ?2, title = ?3, description = ?4, language = ?5, link = ?6, "
            "citation = ?7, active = ?8, updated_at = ?9, updated_by = ?10, version = version + 1 WHERE id = ?1");
        update.bindAll(id, resourceKindCode(r.kind), r.title, text(r.description), text(r.language), text(r.link),
            r.citation, r.active, d->now(), d->record.actor());
        update.execute();
        if (r.themeIds != old.themeIds)
            d->writeThemes(id, r.themeIds);
        d->notifyResources();
        transaction.commit();
        return {};
    });
    if (!done)
        return done.error();
    return this->resource(id);
}

std::vector<LibraryResource> LibraryService::resources(
    const QString& text, std::optional<qint64> themeId, bool includeInactive) const
{
    std::vector<LibraryResource> all;
    try {
        all = d->readResources(std::nullopt);
    } catch (const db::DbError&) {
        return {};
    }
    const QStringList wanted = words(text);
    std::vector<LibraryResource> out;
    for (LibraryResource& r : all) {
        if (!r.active && !includeInactive)
            continue;
        if (themeId && !r.themeIds.contains(*themeId))
            continue;
        if (!wanted.isEmpty()) {
            const QString haystack
                = folded(r.title + QLatin1Char('\n') + r.description + QLatin1Char('\n') + r.citation);
            if (!std::all_of(
                    wanted.begin(), wanted.end(), [&haystack](const QString& w) { return haystack.contains(w); }))
                continue;
        }
        out.push_back(std::move(r));
    }
    std::stable_sort(out.begin(), out.end(),
        [](const LibraryResource& a, const LibraryResource& b) { return lessFolded(a.title, b.title); });
    return out;
}

Result<LibraryResource> LibraryService::resource(qint64 id) const
{
    return db::guard([&]() -> Result<LibraryResource> {
        std::vector<LibraryResource> found = d->readResources(id);
        if (found.empty())
            return makeError(ErrorCode::NotFound, tr("No such resource in the library."));
        return std::move(found.front());
    });
}

Result<QString> LibraryService::citationHtml(qint64 resourceId) const
{
    Result<LibraryResource> r = resource(resourceId);
    if (!r)
        return r.error();
    // The citation usually names the resource; when it does not, the title leads.
    QString html = QStringLiteral("<p>");
    if (!folded(r->citation).contains(folded(r->title)))
        html += QStringLiteral("<i>%1</i>: ").arg(r->title.toHtmlEscaped());
    html += r->citation.toHtmlEscaped();
    if (!r->link.isEmpty()) {
        // The address is shown as text (a letter is printed); the link is never fetched.
        const QString link = r->link.toHtmlEscaped();
        html += QStringLiteral(" <a href=\"%1\">%1</a>").arg(link);
    }
    html += QStringLiteral("</p>");
    return html;
}

// --- precedents

Result<std::vector<Precedent>> LibraryService::searchPrecedents(const PrecedentFilter& filter) const
{
    QString expression;
    if (!filter.text.trimmed().isEmpty()) {
        Result<QString> checked = queries::QuerySearch::checkedFtsExpression(filter.text);
        if (!checked)
            return checked.error();
        expression = checked.value();
        if (expression.isEmpty())
            return std::vector<Precedent> {}; // nothing searchable (only punctuation): nothing found
    }
    const int limit = std::clamp(filter.limit, 1, kMaxPrecedents);
    return db::guard([&]() -> Result<std::vector<Precedent>> {
        // The page first, on small rows (the bodies and the snippets only for the page's rows:
        // sorting 100,000 matches with their text took seconds).
        // Without a filter on the query, the sent drafts are sorted and cut before the joins.
        const bool byQuery = filter.regionId || filter.themeId;
        std::string sql = "SELECT d.id, d.query_id, q.reference, d.title, d.kind, d.language, d.sent_on, rg.name, "
                          "q.confidentiality, rg.code FROM ";
        sql += byQuery ? "drafts d" : "(SELECT * FROM drafts d WHERE d.state = 'sent'";
        int parameter = 0;
        if (!byQuery && !expression.isEmpty())
            sql += " AND d.id IN (SELECT docid FROM precedent_fts WHERE precedent_fts MATCH ?"
                + std::to_string(++parameter) + ")";
        if (!byQuery)
            sql += " ORDER BY d.sent_on DESC, d.id DESC LIMIT ?" + std::to_string(++parameter) + ") d";
        sql += " JOIN queries q ON q.id = d.query_id JOIN states s ON s.id = q.state_id JOIN regions rg ON rg.id = "
               "s.region_id WHERE d.state = 'sent'";
        if (byQuery && !expression.isEmpty())
            sql += " AND d.id IN (SELECT docid FROM precedent_fts WHERE precedent_fts MATCH ?"
                + std::to_string(++parameter) + ")";
        if (filter.regionId)
            sql += " AND s.region_id = ?" + std::to_string(++parameter);
        if (filter.themeId)
            sql += " AND EXISTS (SELECT 1 FROM query_themes qt WHERE qt.query_id = q.id AND qt.theme_id = ?"
                + std::to_string(++parameter) + ")";
        sql += " ORDER BY d.sent_on DESC, d.id DESC";
        if (byQuery)
            sql += " LIMIT ?" + std::to_string(++parameter);
        db::Statement s = d->c().prepare(sql);
        int bound = 0;
        if (!expression.isEmpty())
            s.bind(++bound, expression);
        if (!byQuery)
            s.bind(++bound, limit);
        if (filter.regionId)
            s.bind(++bound, *filter.regionId);
        if (filter.themeId)
            s.bind(++bound, *filter.themeId);
        if (byQuery)
            s.bind(++bound, limit);
        std::vector<Precedent> out;
        while (s.step()) {
            Precedent p;
            p.draftId = s.int64(0);
            p.queryId = s.int64(1);
            p.queryReference = s.text(2);
            p.draftTitle = s.text(3);
            p.kind = DraftText::kind(s.text(4)).value_or(DraftKind::Other);
            p.language = DraftText::language(s.text(5)).value_or(DraftLanguage::English);
            p.sentOn = parseIsoDate(s.text(6));
            p.regionName = reference::ReferenceLabels::display(reference::ReferenceKind::Region, s.text(9), s.text(7));
            p.confidentiality = s.text(8);
            out.push_back(std::move(p));
        }
        s.reset();
        const QStringList searched = words(filter.text);
        db::Statement body = d->c().prepare("SELECT body FROM precedent_fts WHERE docid = ?1");
        for (Precedent& p : out) {
            body.bind(1, p.draftId);
            if (body.step())
                p.snippet = snippetOf(body.text(0), searched);
            body.reset();
        }
        s.reset();
        db::Statement themes = d->c().prepare("SELECT theme_id FROM query_themes WHERE query_id = ?1");
        for (Precedent& p : out) {
            themes.bind(1, p.queryId);
            while (themes.step()) {
                if (const reference::NamedItem* theme = d->lookup.theme(themes.int64(0)))
                    p.themeNames << theme->name;
            }
            themes.reset();
        }
        return out;
    });
}

Result<QString> LibraryService::precedentHtml(qint64 draftId) const
{
    return db::guard([&]() -> Result<QString> {
        db::Statement s = d->c().prepare(
            "SELECT d.state, v.html FROM drafts d LEFT JOIN draft_versions v ON v.draft_id = d.id AND v.number = "
            "d.sent_version WHERE d.id = ?1");
        s.bind(1, draftId);
        if (!s.step())
            return makeError(ErrorCode::NotFound, tr("No such draft."));
        if (s.text(0) != QLatin1String("sent") || s.isNull(1))
            return makeError(ErrorCode::NotAllowed, tr("Only an answer that was sent can be reused as a precedent."));
        return s.text(1);
    });
}

Result<void> LibraryService::recordReuse(qint64 sourceDraftId, qint64 targetDraftId)
{
    if (sourceDraftId == targetDraftId)
        return makeError(ErrorCode::InvalidInput, tr("A draft cannot reuse its own text as a precedent."));
    return db::guard([&]() -> Status {
        db::Transaction transaction(d->c());
        db::Statement read
            = d->c().prepare("SELECT d.state, d.title, d.query_id, q.reference, q.confidentiality, "
                             "d.sent_on FROM drafts d JOIN queries q ON q.id = d.query_id WHERE d.id = ?1");
        read.bind(1, sourceDraftId);
        if (!read.step())
            return makeError(ErrorCode::NotFound, tr("The precedent reused no longer exists."));
        if (read.text(0) != QLatin1String("sent"))
            return makeError(ErrorCode::NotAllowed, tr("Only an answer that was sent can be reused as a precedent."));
        const QString sourceTitle = read.text(1);
        const qint64 sourceQuery = read.int64(2);
        const QString sourceReference = read.text(3);
        const QString confidentiality = read.text(4);
        const QDate sentOn = parseIsoDate(read.text(5));
        read.reset();
        read.bind(1, targetDraftId);
        if (!read.step())
            return makeError(ErrorCode::NotFound, tr("No such draft."));
        if (read.text(0) == QLatin1String("sent"))
            return makeError(ErrorCode::NotAllowed, tr("This draft was sent: it is locked and cannot take new text."));
        const QString targetTitle = read.text(1);
        const qint64 targetQuery = read.int64(2);
        const QString targetReference = read.text(3);
        read.reset();

        const auto level = queries::QueryText::confidentiality(confidentiality);
        const QString levelLabel = level ? queries::QueryText::label(*level) : confidentiality;
        // What was reused and from where; never the text itself.
        // The titles and the date let the entries be rendered in the reader's language; "side"
        // says which of the two entries this is.
        QJsonObject data { { QStringLiteral("event"), QStringLiteral("reused") },
            { QStringLiteral("from"), sourceReference },
            { QStringLiteral("fromDraft"), static_cast<double>(sourceDraftId) },
            { QStringLiteral("to"), targetReference }, { QStringLiteral("draft"), static_cast<double>(targetDraftId) },
            { QStringLiteral("confidentiality"), confidentiality }, { QStringLiteral("fromTitle"), sourceTitle },
            { QStringLiteral("toTitle"), targetTitle }, { QStringLiteral("sentOn"), isoDate(sentOn) },
            { QStringLiteral("side"), QStringLiteral("target") } };
        casefile::TimelineRecord target;
        target.kind = casefile::EntryKind::Draft;
        target.summary
            = tr("Draft %1: text reused from the answer %2 sent on %3 for %4 (%5)")
                  .arg(quoted(targetTitle), quoted(sourceTitle), isoDate(sentOn), sourceReference, levelLabel);
        target.source = casefile::TimelineSource { QStringLiteral("draft"), targetDraftId };
        target.data = data;
        d->record.timeline().append(targetQuery, target);
        if (sourceQuery != targetQuery) {
            casefile::TimelineRecord source;
            source.kind = casefile::EntryKind::Draft;
            source.summary
                = tr("Text of the answer %1 reused in a draft for %2").arg(quoted(sourceTitle), targetReference);
            source.source = casefile::TimelineSource { QStringLiteral("draft"), sourceDraftId };
            source.data = data;
            source.data.insert(QStringLiteral("side"), QStringLiteral("source"));
            d->record.timeline().appendWithoutChange(sourceQuery, source);
        }
        transaction.commit();
        return {};
    });
}

// --- the vault's spelling dictionary

QStringList LibraryService::dictionaryWords(DraftLanguage language) const
{
    QStringList out;
    try {
        db::Statement s = d->c().prepare("SELECT word FROM spelling_words WHERE language = ?1");
        s.bind(1, DraftText::code(language));
        while (s.step())
            out << s.text(0);
    } catch (const db::DbError&) {
        return {};
    }
    std::sort(out.begin(), out.end(), lessFolded);
    return out;
}

namespace {

Result<QString> checkedWord(const QString& raw)
{
    // One form of each word: "é" typed as e + combining accent is the same word.
    const QString word = raw.trimmed().normalized(QString::NormalizationForm_C);
    if (word.isEmpty())
        return makeError(ErrorCode::InvalidInput, LibraryService::tr("Type the word to add to the dictionary."));
    if (std::any_of(
            word.begin(), word.end(), [](QChar ch) { return ch.isSpace() || ch.category() == QChar::Other_Control; }))
        return makeError(ErrorCode::InvalidInput,
            LibraryService::tr("The dictionary takes single words: %1 has a space in it.").arg(quoted(word)));
    if (word.size() > LibraryLimits::Word)
        return makeError(ErrorCode::InvalidInput,
            LibraryService::tr(
                "A word of the dictionary is at most %n characters long.", nullptr, LibraryLimits::Word));
    return word;
}

} // namespace

Result<void> LibraryService::addDictionaryWord(DraftLanguage language, const QString& raw)
{
    Result<QString> word = checkedWord(raw);
    if (!word)
        return word.error();
    return db::guard([&]() -> Status {
        db::Transaction transaction(d->c());
        db::Statement insert = d->c().prepare(
            "INSERT OR IGNORE INTO spelling_words(language, word, added_at, added_by) VALUES (?1, ?2, ?3, ?4)");
        insert.bindAll(DraftText::code(language), word.value(), d->now(), d->record.actor());
        insert.execute();
        if (d->c().changes() > 0) {
            QPointer<LibraryService> self(this);
            d->c().afterCommit([self, language] {
                if (self)
                    Q_EMIT self->dictionaryChanged(language);
            });
        }
        transaction.commit();
        return {};
    });
}

Result<void> LibraryService::removeDictionaryWord(DraftLanguage language, const QString& raw)
{
    const QString word = raw.trimmed().normalized(QString::NormalizationForm_C);
    return db::guard([&]() -> Status {
        db::Transaction transaction(d->c());
        db::Statement del = d->c().prepare("DELETE FROM spelling_words WHERE language = ?1 AND word = ?2");
        del.bindAll(DraftText::code(language), word);
        del.execute();
        if (d->c().changes() == 0)
            return makeError(ErrorCode::NotFound,
                tr("%1 is not in the vault's %2 dictionary.").arg(quoted(word), DraftText::label(language)));
        QPointer<LibraryService> self(this);
        d->c().afterCommit([self, language] {
            if (self)
                Q_EMIT self->dictionaryChanged(language);
        });
        transaction.commit();
        return {};
    });
}

} // namespace advicehub::library
