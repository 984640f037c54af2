#pragma once

#include "queries/DueDatePolicy.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace advicehub::queries {

// The lifecycle states of a query (PRODUCT.md 3.2). Codes are stored in the vault and in CSV
// files: they never change; labels are translated.
enum class QueryStatus {
    New,
    Triaged,
    InProgress,
    AwaitingRequester,
    ResponseSent,
    Closed,
    Referred,
    Declined,
    Reopened
};
enum class Priority { Urgent, High, Normal, Low };
enum class Confidentiality { Standard, Confidential, StrictlyConfidential };
enum class Route { InHouse, Refer, Both, OutOfScope };

// Every field of a query a user can enter, for validation messages, CSV columns and the
// timeline's "field changed" entries.
enum class QueryField {
    ReceivedOn,
    Channel,
    State,
    InstitutionType,
    Institution,
    ContactName,
    ContactFunction,
    ContactEmail,
    ContactPhone,
    Subject,
    RequestText,
    Language,
    Confidentiality,
    Themes,
    Articles,
    Priority,
    DueOn,
    Adviser,
    Route,
    Notes,
    Summary, // the request in brief, adviser-written (schema 10); last, so that the others keep their values
};

class QueryText {
    Q_DECLARE_TR_FUNCTIONS(QueryText)
public:
    static QString code(QueryStatus status);
    static QString code(Priority priority);
    static QString code(Confidentiality confidentiality);
    static QString code(Route route);
    static QString code(QueryField field); // also the CSV column name

    static QString label(QueryStatus status);
    // The action that moves a query to `status`, as a verb for menus and buttons ("Decline",
    // "Close", "Reopen"); label() names the state ("Declined").
    static QString actionLabel(QueryStatus status);
    static QString label(Priority priority);
    static QString label(Confidentiality confidentiality);
    static QString label(Route route);
    static QString label(QueryField field);

    static std::optional<QueryStatus> status(QStringView code);
    static std::optional<Priority> priority(QStringView code);
    static std::optional<Confidentiality> confidentiality(QStringView code);
    static std::optional<Route> route(QStringView code);
    static std::optional<QueryField> field(QStringView code);

    // A value as the timeline and the change records store it, for reading: the label of a
    // status, priority, confidentiality or route code ("status" or the field's code names which);
    // any other value (a date, a name, a text) as it is.
    static QString valueLabel(QStringView field, const QString& value);
};

const std::vector<QueryStatus>& allStatuses();
const std::vector<Priority>& allPriorities();
const std::vector<Confidentiality>& allConfidentialities();
const std::vector<Route>& allRoutes();

struct Contact {
    QString name;
    QString function;
    QString email;
    QString phone;
    bool operator==(const Contact&) const = default;
};

// What a user enters when registering or editing a query.
struct QueryInput {
    QDate receivedOn;
    qint64 channelId = 0;
    qint64 stateId = 0;
    std::optional<qint64> institutionTypeId;
    QString institution;
    Contact contact;
    QString subject;
    QString requestText;
    QString summary; // the request in brief (optional, adviser-written; printed as "Request in brief")
    QString language = QStringLiteral("en");
    Confidentiality confidentiality = Confidentiality::Confidential;
    QList<qint64> themeIds;
    QList<int> articles;
    Priority priority = Priority::Normal;
    DueDateChoice dueOn; // what the user chose; Query::dueOn is the effective date
    std::optional<qint64> assignedAdviserId;
    std::optional<Route> route;
    QString notes;

    bool operator==(const QueryInput&) const = default;
    // The input as JSON (ids and codes), e.g. to keep an unsaved form in the vault at lock time.
    // A payload of an earlier version reads as it was meant: a date is a date set, no date the
    // default.
    QJsonObject toJson() const;
    static QueryInput fromJson(const QJsonObject& json);
};

// A stored query: the entered fields plus what the core keeps.
struct Query {
    qint64 id = 0;
    QString reference; // AH-2026-0042
    QueryInput fields;
    QueryStatus status = QueryStatus::New;
    QDate dueOn; // the effective due date
    bool dueOverridden = false; // set by hand rather than from the priority
    std::optional<QDate> waitingSince; // while awaiting the requester
    std::optional<qint64> mergedIntoId; // a duplicate merged into another query
    QDateTime createdAtUtc;
    QDateTime updatedAtUtc;
    int version = 0; // increases with every change; guards against lost updates

    // Names resolved for display.
    QString stateName;
    QString regionName;
    QString channelName;
    QString institutionTypeName;
    QString adviserName;
    QStringList themeNames;
};

// A problem with one field of an input.
struct FieldError {
    QueryField field;
    QString message;
};

enum class LinkKind { Related, FollowUp };

struct QueryLink {
    qint64 otherId = 0;
    QString otherReference;
    QString otherSubject;
    LinkKind kind = LinkKind::Related;
    bool outgoing = true; // for FollowUp: true = this query follows up the other
};

} // namespace advicehub::queries
