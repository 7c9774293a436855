// Registers the subcommands of the `maillage` program (serve, migrate, refdata import, …).
// Each subcommand runs from its CLI11 callback and throws on failure.
#pragma once

#include <string>

#include <CLI/CLI.hpp>

namespace maillage::app {

void add_commands(CLI::App& app);

void add_serve_command(CLI::App& app);
void add_refdata_command(CLI::App& app);
void add_migrate_command(CLI::App& app);
void add_user_command(CLI::App& app);
void add_audit_command(CLI::App& app);
void add_demo_command(CLI::App& app);
void add_import_command(CLI::App& app);
/// `maillage import ical …` (import_ical_command.cpp), under the `import` command.
void add_ical_import_command(CLI::App& import);
/// The whole content of a file (a command's input); throws naming the path when unreadable.
std::string read_text_file(const std::string& path);
void add_generate_command(CLI::App& app);
void add_purge_command(CLI::App& app);

}  // namespace maillage::app
