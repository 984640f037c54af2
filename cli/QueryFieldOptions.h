#pragma once

#include "CommandSupport.h"

namespace advicehub::cli {

// The options that set a query's fields, shared by `add` (which registers a query) and `edit`
// (which changes the fields given and leaves the others as they are). An option not given is
// nullopt (or an empty list); an empty value clears a field that may be empty (institution
// type, institution, contact, request, notes, articles, adviser, route) and, for a field with a
// default (received, language, confidentiality, priority, due), counts as not given.
struct QueryFieldOptions {
    std::optional<std::string> received;
    std::optional<std::string> channel;
    std::optional<std::string> state;
    std::optional<std::string> institutionType;
    // Case content: each also from a file or standard input (--institution-file ...).
    TextOption institution;
    TextOption contactName;
    TextOption contactFunction;
    TextOption contactEmail;
    TextOption contactPhone;
    TextOption subject;
    TextOption request;
    TextOption summary; // the request in brief
    std::optional<std::string> language;
    std::optional<std::string> confidentiality;
    std::vector<std::string> themes;
    std::vector<std::string> articles;
    std::optional<std::string> priority;
    std::optional<std::string> due;
    std::optional<std::string> assign;
    std::optional<std::string> route;
    TextOption notes;
    bool clearDue = false; // edit only

    // The file options, named, for checkOneStandardInput().
    std::vector<std::pair<std::string, const std::optional<std::string>*>> files() const;
};

enum class FieldOptionsFor { Add, Edit };

// Declares the options: for Add, the fields a query needs are required options and the help
// says what the others default to; Edit adds --clear-due.
void addQueryFieldOptions(CLI::App* command, QueryFieldOptions& o, FieldOptionsFor purpose);

// For `add`: a usage error unless the subject was given (--subject or --subject-file); then
// checkOneStandardInput. Call it before opening the vault.
int checkQueryFieldOptions(CliContext& ctx, const QueryFieldOptions& o, FieldOptionsFor purpose);

// Applies the options given onto `input` (reading texts from their files or standard input
// first, so call it once the vault is open). Every problem is listed, the core's own
// validation of the resulting input included, followed by `failure` (e.g. "the query was not
// added"). Returns an exit code.
int applyQueryFieldOptions(
    CliContext& ctx, Session& session, const QueryFieldOptions& o, queries::QueryInput* input, const QString& failure);

} // namespace advicehub::cli
