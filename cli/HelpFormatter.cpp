#include "HelpFormatter.h"

#include <algorithm>
#include <cctype>
#include <sstream>

namespace advicehub::cli {

namespace help_formatter {
namespace {

const CLI::App* findCommand(const CLI::App* app, const std::string& name)
{
    for (const CLI::App* command : app->get_subcommands({})) {
        if (command->get_name() == name)
            return command;
    }
    return nullptr;
}

// One line wrapped: continuation lines keep the line's indentation (of a numbered item: up to its text).
void wrapLine(std::ostringstream& out, const std::string& line, std::size_t width)
{
    std::size_t indent = line.find_first_not_of(' ');
    if (indent == std::string::npos) {
        out << line;
        return;
    }
    const std::size_t lead = indent;
    if (std::isdigit(static_cast<unsigned char>(line[indent]))) {
        const std::size_t dot = line.find(". ", indent);
        if (dot != std::string::npos && dot - indent <= 2)
            indent = dot + 2;
    }
    std::size_t column = lead;
    out << std::string(lead, ' ');
    std::istringstream words(line.substr(lead));
    std::string word;
    bool first = true;
    while (words >> word) {
        if (!first && column + 1 + word.size() > width) {
            out << '\n' << std::string(indent, ' ') << word;
            column = indent + word.size();
        } else {
            if (!first) {
                out << ' ';
                ++column;
            }
            out << word;
            column += word.size();
        }
        first = false;
    }
}

} // namespace
} // namespace help_formatter

HelpFormatter::HelpFormatter()
{
    label("SUBCOMMAND", "COMMAND");
}

std::string HelpFormatter::wrap(const std::string& text, std::size_t width)
{
    std::ostringstream out;
    std::istringstream lines(text);
    std::string line;
    bool first = true;
    while (std::getline(lines, line)) {
        if (!first)
            out << '\n';
        help_formatter::wrapLine(out, line, width);
        first = false;
    }
    if (!text.empty() && text.back() == '\n')
        out << '\n';
    return out.str();
}

std::string HelpFormatter::make_subcommands(const CLI::App* app, CLI::AppFormatMode mode) const
{
    if (app->get_parent() != nullptr || m_topics.empty() || mode == CLI::AppFormatMode::All)
        return CLI::Formatter::make_subcommands(app, mode);
    std::ostringstream out;
    std::vector<const CLI::App*> listed;
    for (const Topic& topic : m_topics) {
        out << '\n' << topic.title << ":\n";
        for (const Command& entry : topic.commands) {
            const CLI::App* command = help_formatter::findCommand(app, entry.name);
            if (!command)
                continue;
            listed.push_back(command);
            CLI::detail::format_help(out, entry.name, entry.summary, column_width_);
        }
    }
    bool others = false;
    for (const CLI::App* command : app->get_subcommands({})) {
        if (command->get_name().empty() || std::find(listed.begin(), listed.end(), command) != listed.end())
            continue;
        if (!others)
            out << "\nOther commands:\n";
        others = true;
        out << make_subcommand(command);
    }
    return out.str();
}

std::string HelpFormatter::make_subcommand(const CLI::App* command) const
{
    // In a list of commands, the first sentence of the description (the command's own help has the rest).
    std::string summary = command->get_description();
    if (const std::size_t end = summary.find(". "); end != std::string::npos)
        summary.erase(end + 1);
    if (const std::size_t end = summary.find('\n'); end != std::string::npos)
        summary.erase(end);
    std::ostringstream out;
    CLI::detail::format_help(out, command->get_display_name(true), wrap(summary, Width - column_width_), column_width_);
    return out.str();
}

std::string HelpFormatter::make_description(const CLI::App* app) const
{
    return wrap(CLI::Formatter::make_description(app), Width);
}

std::string HelpFormatter::make_option_opts(const CLI::Option* option) const
{
    // CLI11's own, without the options this one excludes: the description says it where it matters.
    std::ostringstream out;
    if (!option->get_option_text().empty())
        return " " + option->get_option_text();
    if (option->get_type_size() != 0) {
        if (!option->get_type_name().empty())
            out << " " << get_label(option->get_type_name());
        if (!option->get_default_str().empty())
            out << "=" << option->get_default_str();
        if (option->get_expected_max() == CLI::detail::expected_max_vector_size)
            out << " ...";
        else if (option->get_expected_min() > 1)
            out << " x " << option->get_expected();
        if (option->get_required())
            out << " " << get_label("REQUIRED");
    }
    if (!option->get_envname().empty())
        out << " (" << get_label("Env") << ":" << option->get_envname() << ")";
    if (!option->get_needs().empty()) {
        out << " " << get_label("Needs") << ":";
        for (const CLI::Option* needed : option->get_needs())
            out << " " << needed->get_name();
    }
    return out.str();
}

std::string HelpFormatter::make_option_desc(const CLI::Option* option) const
{
    return wrap(option->get_description(), Width - column_width_);
}

} // namespace advicehub::cli
