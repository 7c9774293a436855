#include <memory>

#include "app/commands.h"
#include "app/database_setup.h"
#include "platform/db/migrations.h"

namespace maillage::app {

void add_migrate_command(CLI::App& app) {
  auto db_url = std::make_shared<std::string>(kDefaultDatabase);
  auto* cmd = app.add_subcommand("migrate", "Apply pending schema migrations and print the schema version");
  cmd->add_option("--db", *db_url, "Database: SQLite file path")->capture_default_str();
  cmd->callback([db_url] {
    auto database = open_and_migrate(*db_url);
    std::printf("schema version %d\n", db::schema_version(*database));
    database->close();
  });
}

}  // namespace maillage::app
