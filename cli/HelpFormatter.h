#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace advicehub::cli {

// The help of advicehub-cli: the top-level commands grouped by topic, one short line each (as
// `git help` does), descriptions wrapped to the terminal's usual 80 columns, and no
// "Excludes: …" lists after the options (their descriptions say what cannot be combined).
// Set on the top-level command before the subcommands are added: CLI11 hands a command's
// formatter down to the subcommands added to it.
class HelpFormatter : public CLI::Formatter {
public:
    struct Command {
        std::string name;
        std::string summary; // one short line
    };
    struct Topic {
        std::string title;
        std::vector<Command> commands;
    };

    HelpFormatter();

    // The topics of the top-level help, in order. A top-level command not in any of them is
    // listed under "Other commands" (the tests make sure none is).
    void setTopics(std::vector<Topic> topics) { m_topics = std::move(topics); }
    const std::vector<Topic>& topics() const { return m_topics; }

    std::string make_subcommands(const CLI::App* app, CLI::AppFormatMode mode) const override;
    std::string make_subcommand(const CLI::App* command) const override;
    std::string make_description(const CLI::App* app) const override;
    std::string make_option_opts(const CLI::Option* option) const override;
    std::string make_option_desc(const CLI::Option* option) const override;

    // `text` wrapped to `width` columns: each line on its own, continuation lines indented as
    // the line they continue.
    static std::string wrap(const std::string& text, std::size_t width);

    static constexpr std::size_t Width = 80;

private:
    std::vector<Topic> m_topics;
};

} // namespace advicehub::cli
