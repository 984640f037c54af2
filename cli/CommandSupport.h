#pragma once

#include "CliContext.h"
#include "queries/QuerySearch.h"
#include "queries/QueryService.h"
#include "queries/QueryTypes.h"
#include "queries/ValueParser.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace CLI {
class App;
class Option;
} // namespace CLI

namespace advicehub {
class Session;
}

namespace advicehub::cli {

// What the commands that work on a vault's content share (QueryCommands, CaseworkCommands, …):
// opening the session as an adviser, turning what was typed into ids and values with a clear
// message, the filter options. Every `int` returned is an exit code: Ok, or the code after the
// message was printed.

QString q(const std::string& text);
// “text”, for values quoted in messages.
QString quoted(const QString& text);

// ---- Tables (list commands)

// `text` on one line, cut to `width` characters with an ellipsis.
QString clip(const QString& text, int width);
struct Column {
    QString text;
    int width = 0; // padded to it (left-aligned); 0: as it is (the last column, or pre-aligned text)
};
// One line of an aligned table: the columns, two spaces apart.
QString tableLine(std::initializer_list<Column> columns);

// ---- Session and acting adviser

Result<std::unique_ptr<Session>> openSession(CliContext& ctx);
// The command that adds the first adviser, for messages.
QString adviserHint(CliContext& ctx);
// Who acts: --as NAME, otherwise the vault's last adviser. Changes are recorded with that adviser,
// so commands that change something need one (`required`), who becomes the default once the
// command has changed something (the core records it with the change; a refused command writes
// nothing); read-only commands only use it for the "mine" view. Sets `adviserId`.
int chooseAdviser(
    CliContext& ctx, Session& session, const std::string& as, bool required, std::optional<qint64>* adviserId);
// What most commands start with: opens the vault and chooses who acts (chooseAdviser, with
// `required` for the commands that change something). `me` (optional) receives that adviser.
int openSessionAs(CliContext& ctx, const std::string& as, bool required, std::unique_ptr<Session>* session,
    std::optional<qint64>* me = nullptr);
// --as NAME, for commands that change something (only those: a command that changes nothing has
// no one to record).
void addAsOption(CLI::App* command, std::string& as);
// --for NAME, for the read-only commands that offer the "mine" view (list, search, saved list):
// whose queries it shows. Nothing is recorded and the default adviser stays as it is.
void addMineOption(CLI::App* command, std::string& adviser);

// A core error about something named on the command line (a reference, an entry, a link, a
// saved search): "not found" there is a mistake in the input (8), not a missing file (7).
int failLookup(CliContext& ctx, const Error& error);

// ---- References

// The query a reference names; a merged duplicate's reference leads to the query it was merged
// into (`resolved->viaMerge`). An unknown or malformed reference is invalid input.
int resolveReference(
    CliContext& ctx, Session& session, const std::string& reference, queries::QueryService::Resolved* resolved);
// The same for a command that changes the query: a merged duplicate's reference is refused (it
// is not allowed), naming the query to use instead: `instead` is e.g. "edit %1", %1 being that
// query's reference.
int resolveQueryToChange(
    CliContext& ctx, Session& session, const std::string& reference, const QString& instead, queries::Query* query);

// ---- Values typed on the command line

// YYYY-MM-DD, nothing else (queries::parseDate).
std::optional<QDate> parseDate(const std::string& text);

// A number as the lists print it: "#12" or "12" (an attachment, a draft, a referral, a timeline
// entry…); empty unless it is a whole number above 0.
std::optional<qint64> parseListedNumber(const std::string& text);

// A code (QueryText::code) as typed: any case, "-" or " " for "_" (queries::normalizedCode).
QString normalizedCode(const std::string& text);

// An enumeration by its code only (queries::parseEnumCode): the command line takes codes, not the
// translated labels a CSV file may hold.
template <typename Enum> std::optional<Enum> parseEnum(const std::string& text, const std::vector<Enum>& values)
{
    return queries::parseEnumCode(q(text), values);
}

// The codes, comma-separated, to say what is accepted.
template <typename Enum> QString codes(const std::vector<Enum>& values)
{
    QStringList list;
    for (Enum value : values)
        list << queries::QueryText::code(value);
    return list.join(QStringLiteral(", "));
}

// The codes of a reference table as the vault is seeded with it (resources/reference/NAME.tsv:
// "themes", "channels", "regions", "languages", "institution_types"), comma-separated: what the
// help of an option that takes such a code lists, generated from the reference data itself.
std::string referenceCodes(const char* table);
// The same for an enumeration: "urgent, high, normal, low".
template <typename Enum> std::string codeList(const std::vector<Enum>& values)
{
    return codes(values).toStdString();
}

// The text of FILE, or of standard input for "-" (which holds the passphrase line first: read it
// only once the vault is open). Standard input is read with read(2) on descriptor 0, after the
// passphrase reader took exactly its line (CliContext makes stdin unbuffered).
Result<QString> readTextFile(const std::string& file);

// ---- Case content: on the command line, or from a file or standard input

// An option that carries case content, with its file form: --subject TEXT, or --subject-file FILE
// (- for standard input). Arguments are visible to other local users (ps, /proc/PID/cmdline) and
// kept in shell history; the file form keeps the content off the command line.
struct TextOption {
    std::optional<std::string> text;
    std::optional<std::string> file;
};

// Declares --NAME and --NAME-file on the command, each excluding the other; `help` says what the
// text is. Returns the --NAME option.
CLI::Option* addTextOption(CLI::App* command, const std::string& name, TextOption& option, const std::string& help);
// The option's text, read from its file or standard input if so given; nullopt when neither was
// given. `singleLine`: the line break(s) at the end of a file are not part of the value.
Result<std::optional<QString>> readTextOption(const TextOption& option, bool singleLine);
// Standard input holds the passphrase first, then at most one text: a command whose options
// ask to read it twice is a usage error. `files` are the command's file options with their names.
int checkOneStandardInput(
    CliContext& ctx, const std::vector<std::pair<std::string, const std::optional<std::string>*>>& files);

// ---- Filters shared by list, search, export and saved searches

struct FilterOptions {
    std::string view;
    std::vector<std::string> statuses;
    std::vector<std::string> priorities;
    std::vector<std::string> states;
    std::vector<std::string> regions;
    std::vector<std::string> themes;
    std::vector<std::string> advisers;
    std::vector<std::string> confidentialities;
    std::string receivedFrom;
    std::string receivedTo;
    std::string dueFrom;
    std::string dueTo;
    bool hasOpenReferral = false;
    std::string referredTo; // a partner: name, acronym or id
    std::string sort;
    bool descending = false;
    int limit = -1;
};

inline constexpr const char* FilterGroup = "Filters";

// The filter options (group FilterGroup) and, with a `limitHelp`, the order options (--sort,
// --desc, --limit N explained by limitHelp).
void addFilterOptions(CLI::App* command, FilterOptions& f, const char* limitHelp);
// Builds the filter and the sort; `me` is what the "mine" view shows.
int buildFilter(CliContext& ctx, Session& session, const FilterOptions& o, std::optional<qint64> me,
    queries::QueryFilter* filter, queries::QuerySort* sort);

// The saved search of that name (case and spacing ignored, as the vault does).
int findSavedSearch(
    CliContext& ctx, Session& session, const std::string& name, queries::QuerySearch::SavedSearch* search);

} // namespace advicehub::cli
