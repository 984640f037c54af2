#pragma once

#include "common/Result.h"
#include "queries/QueryTypes.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace advicehub::casefile {
class CaseRecord;
}

namespace advicehub::queries {

class QueryRepository;

// The kinds of link between two queries: codes (stored in the vault, given to the CLI) and the
// wording of a link as seen from one of its two queries.
class LinkKinds {
    Q_DECLARE_TR_FUNCTIONS(LinkKinds)
public:
    static QString code(LinkKind kind); // "related", "follow_up"
    static std::optional<LinkKind> parse(QStringView code);
    static const std::vector<LinkKind>& all();
    // Seen from one query: "related", "follow_up_of" (this query follows up the other) or
    // "followed_up_by" (as in the JSON export).
    static QString relationCode(LinkKind kind, bool outgoing);
    // The same for people: "related to", "follow-up of", "followed up by".
    static QString relationLabel(LinkKind kind, bool outgoing);
};

// Links between queries and merges of duplicates. Each change is one transaction and is
// written to both queries' timelines through the case record.
class QueryLinks {
public:
    QueryLinks(casefile::CaseRecord& record, QueryRepository& repository);

    Result<void> link(qint64 fromId, qint64 toId, LinkKind kind);
    Result<void> unlink(qint64 firstId, qint64 secondId);
    // Merges a duplicate into the surviving query: the duplicate's timeline, links, themes and
    // articles move; its reference stays resolvable and points to the survivor.
    Result<void> merge(qint64 duplicateId, qint64 survivorId);
    Result<std::vector<QueryLink>> links(qint64 id) const;

private:
    void moveLinks(qint64 duplicateId, qint64 survivorId);

    casefile::CaseRecord& m_record;
    QueryRepository& m_repository;
};

} // namespace advicehub::queries
