#pragma once

#include "library/LibraryTypes.h"

#include <optional>
#include <string>

namespace CLI {
class App;
}

namespace advicehub {
class Session;
}

namespace advicehub::cli {

class CliContext;

// template list|show|add|edit: the letters with {placeholders} a draft can start from.
void addTemplateCommands(CLI::App& app, CliContext& context, int& exitCode);

// The template a command line names: its id, or its name (case ignored) — in `language` when one
// is given. Unknown or ambiguous (the same name in several languages): invalid input, saying why.
int findTemplate(CliContext& ctx, Session& session, const std::string& text,
    std::optional<drafts::DraftLanguage> language, library::DraftTemplate* found);

// A draft or template language typed on the command line (en, fr, es): Ok, or invalid input
// naming `option` and the codes.
int parseLanguage(CliContext& ctx, const std::string& text, const char* option, drafts::DraftLanguage* language);
// The same for a kind (acknowledgement, holding_reply, ...).
int parseKind(CliContext& ctx, const std::string& text, const char* option, drafts::DraftKind* kind);

// How a body file is read: by its name (.html, .htm: HTML; anything else, standard input
// included: plain text), or as said.
enum class BodyFormat { Auto, Html, Text };
int parseBodyFormat(CliContext& ctx, const std::string& text, BodyFormat* format);
// The body of FILE (- for standard input) as the allowed HTML: HTML is sanitised (what was
// removed is said on standard error), plain text becomes paragraphs. Ok, or the exit code.
int readBody(CliContext& ctx, const std::string& file, BodyFormat format, QString* html);

} // namespace advicehub::cli
