#include <fmt/format.h>

#include <memory>

#include "app/commands.h"
#include "app/database_setup.h"
#include "app/demo_data.h"
#include "app/demo_medecin_traitant.h"
#include "app/demo_soins_non_programmes.h"
#include "referential/referential.h"

namespace maillage::app {

void add_demo_command(CLI::App& app) {
  auto db_url = std::make_shared<std::string>(kDefaultDatabase);
  auto* cmd = app.add_subcommand(
      "demo", "Load the demo: accounts, and CPTS with real territories (Marseille 2&3, Puisaye-Forterre, "
              "Toulouse Nord-Est); idempotent; needs the referential imported");
  cmd->add_option("--db", *db_url, "Database: SQLite file path")->capture_default_str();
  cmd->callback([db_url] {
    auto database = open_and_migrate(*db_url);
    referential::ReferentialService referential(*database);
    referential.reload();
    auto changes = ensure_demo_showcase(*database, *referential.current());
    for (auto& line : ensure_demo_medecin_traitant(*database)) changes.push_back(std::move(line));
    for (auto& line : ensure_demo_soins_non_programmes(*database, *referential.current())) {
      changes.push_back(std::move(line));
    }
    database->close();
    if (changes.empty()) fmt::print("the demo is in place\n");
    for (const auto& line : changes) fmt::print("demo: {}\n", line);
  });
}

}  // namespace maillage::app
