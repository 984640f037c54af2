#pragma once

#include "common/Result.h"
#include "library/LibraryTypes.h"

#include <QObject>

#include <memory>
#include <vector>

namespace advicehub::casefile {
class CaseRecord;
}
namespace advicehub::reference {
class ReferenceLookup;
}
namespace advicehub::queries {
class QueryService;
}
namespace advicehub::advisers {
class AdviserService;
}

namespace advicehub::library {

// Templates, the library of tools and references, precedents and the vault's spelling
// dictionary. Every change validates first, then writes in one transaction.
class LibraryService : public QObject {
    Q_OBJECT
public:
    LibraryService(casefile::CaseRecord& record, reference::ReferenceLookup& lookup, advisers::AdviserService& advisers,
        queries::QueryService& queries, QObject* parent = nullptr);
    ~LibraryService() override;

    // --- templates
    // Refused: no name, a name another template of the language has, a body the sanitiser
    // refuses, an unbalanced brace or an unknown placeholder (each named in the message).
    Result<DraftTemplate> addTemplate(const TemplateInput& input);
    Result<DraftTemplate> editTemplate(qint64 id, const TemplateInput& input, int expectedVersion);
    std::vector<DraftTemplate> templates(bool includeInactive = false) const; // by language, kind, name
    std::vector<DraftTemplate> templatesFor(DraftKind kind, DraftLanguage language) const; // active
    Result<DraftTemplate> templateById(qint64 id) const;
    Result<DraftTemplate> templateByName(const QString& name) const; // any language; ambiguous: error

    static const std::vector<Placeholder>& placeholders();
    // The placeholders of a text: names in order of appearance (duplicates dropped); an
    // unbalanced "{" or "}" is ErrorCode::InvalidInput naming the position.
    static Result<QStringList> placeholdersIn(const QString& html);
    // Fills `html` for the query (values escaped for HTML), dates in `language`, {adviser} the
    // session's adviser. Unknown and empty placeholders are reported (FilledTemplate).
    Result<FilledTemplate> fill(const QString& html, qint64 queryId, DraftLanguage language) const;
    // The same with a sample query (for the manager's preview; no query needed).
    FilledTemplate fillSample(const QString& html, DraftLanguage language) const;

    // --- library of tools and references
    Result<LibraryResource> addResource(const LibraryResource& resource);
    Result<LibraryResource> editResource(qint64 id, const LibraryResource& resource, int expectedVersion);
    // Filtered by words of the title, description and citation (accents and case ignored) and theme.
    std::vector<LibraryResource> resources(
        const QString& text = {}, std::optional<qint64> themeId = std::nullopt, bool includeInactive = false) const;
    Result<LibraryResource> resource(qint64 id) const;
    // The citation as HTML to insert into a draft (title, citation, link as text).
    Result<QString> citationHtml(qint64 resourceId) const;

    // --- precedents: earlier sent answers
    Result<std::vector<Precedent>> searchPrecedents(const PrecedentFilter& filter) const;
    // The sent text of a precedent (the sent version's html).
    Result<QString> precedentHtml(qint64 draftId) const;
    // Records on `targetDraftId`'s query timeline that text of `sourceDraftId` was reused (the
    // source's reference and confidentiality, never its text); also on the source query's timeline
    // when it is another query. Called when the adviser confirms the reuse (and the warning).
    Result<void> recordReuse(qint64 sourceDraftId, qint64 targetDraftId);

    // --- the vault's spelling dictionary (words an adviser added; kept in the vault only)
    QStringList dictionaryWords(DraftLanguage language) const;
    // Refused: empty, a space inside, longer than LibraryLimits::Word. Adding twice is fine.
    Result<void> addDictionaryWord(DraftLanguage language, const QString& word);
    Result<void> removeDictionaryWord(DraftLanguage language, const QString& word);

Q_SIGNALS:
    void templatesChanged();
    void resourcesChanged();
    void dictionaryChanged(advicehub::library::DraftLanguage language);

private:
    class Impl;
    std::unique_ptr<Impl> d;
};

} // namespace advicehub::library
