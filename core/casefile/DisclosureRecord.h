#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace advicehub {
class Clock;
}
namespace advicehub::db {
class Connection;
}

namespace advicehub::casefile {

class CaseTimeline;

// How case content left the vault.
enum class DisclosureKind { Export, Print, Pdf, Share };

// One record of what left the vault: what, to whom, under which profile, with which fields.
// Never the content itself.
struct Disclosure {
    qint64 id = 0; // set when stored
    DisclosureKind kind = DisclosureKind::Export;
    QString document; // what was disclosed, e.g. "csv", "json", "case summary"
    QString recipient; // who or where: a partner, a program, a file's name; never content
    QString profile; // the disclosure profile applied (empty for exports)
    std::optional<int> copyNumber; // numbered copies (printing)
    QStringList fields; // codes of the fields disclosed
    QString fileName; // the file written, if any (name only)
    QString summary; // the text of the timeline entry each query gets
    // More keys for the timeline entry's data, for its renderer (TimelineText::summaryOf); the
    // entry's data also holds the fields above (kind, document, recipient, profile, copy,
    // file name, fields).
    QJsonObject entryData;
    // Set when read back:
    QDateTime occurredAtUtc;
    std::optional<qint64> adviserId;
    struct Item {
        std::optional<qint64> queryId; // empty once the query was deleted
        QString reference; // kept even then
    };
    std::vector<Item> queries;
};

// The record of everything that left the vault (exports now; printing and sharing next) and its
// only writer. Append-only (triggers refuse updates and deletions). Each disclosed query also
// gets one timeline entry (kind Exported for every kind — exports, prints, PDFs — so that the
// stored codes stay as they were; the disclosure's summary says which) through
// CaseTimeline — without a version bump or change notification: a disclosure does not change
// a query.
class DisclosureRecord {
    Q_DECLARE_TR_FUNCTIONS(DisclosureRecord)
public:
    DisclosureRecord(
        db::Connection& connection, const Clock& clock, const std::optional<qint64>& actor, CaseTimeline& timeline);

    static QString code(DisclosureKind kind);
    static std::optional<DisclosureKind> kind(QStringView code);

    // Records a disclosure of `queryIds` (ids that are not, or no longer, in the vault are
    // skipped) in one transaction. `beforeCommit` (optional) runs inside it, after the record is
    // written — e.g. renaming the exported file into place — so that the record is committed only
    // if it succeeds; its error is returned otherwise. Call it outside any transaction of one's
    // own: inside a SAVEPOINT, SQLite keeps every statement's journal in memory until the end
    // (about 9 KB per disclosed query). Returns the disclosure's id.
    Result<qint64> record(
        const QList<qint64>& queryIds, const Disclosure& disclosure, const std::function<Status()>& beforeCommit = {});
    // Several disclosures (e.g. the numbered copies of a print) in ONE transaction, each with its
    // queries and timeline entries; `beforeCommit` as above, once after all of them. Returns
    // their ids in order. Nothing is recorded if any of them is refused.
    struct Item {
        QList<qint64> queryIds;
        Disclosure disclosure;
    };
    Result<QList<qint64>> recordAll(const std::vector<Item>& items, const std::function<Status()>& beforeCommit = {});

    // The disclosures recorded from `fromUtc` (inclusive) to `toUtc` (exclusive), oldest first;
    // an invalid bound is open.
    Result<std::vector<Disclosure>> list(const QDateTime& fromUtc = {}, const QDateTime& toUtc = {}) const;

private:
    static Status check(const Disclosure& disclosure);
    qint64 write(const QList<qint64>& queryIds, const Disclosure& disclosure); // inside a transaction

    db::Connection& m_connection;
    const Clock& m_clock;
    const std::optional<qint64>& m_actor;
    CaseTimeline& m_timeline;
};

} // namespace advicehub::casefile
