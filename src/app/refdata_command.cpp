#include <fmt/format.h>

#include <memory>
#include <set>

#include "app/commands.h"
#include "app/database_setup.h"
#include "app/cli_audit.h"
#include "platform/auth/audit_log.h"
#include "platform/util/time.h"
#include "referential/importer.h"
#include "territory/referential_changes.h"

namespace maillage::app {

void add_refdata_command(CLI::App& app) {
  auto* refdata = app.add_subcommand("refdata", "Reference data: the French territorial referential");
  refdata->require_subcommand(1);

  struct Options {
    std::string db = kDefaultDatabase;
    std::string packages = "node_modules";
    bool if_changed = false;
  };
  auto opts = std::make_shared<Options>();
  auto* import = refdata->add_subcommand(
      "import", "Import communes, arrondissements, postcodes, EPCI, départements, régions, populations and "
                "coordinates from the official npm packages (idempotent, one transaction)");
  import->add_option("--db", opts->db, "Database: SQLite file path")->capture_default_str();
  import->add_option("--packages", opts->packages, "The node_modules folder holding the data packages")
      ->capture_default_str();
  import->add_flag("--if-changed", opts->if_changed, "Do nothing when the stored package versions are current");
  import->callback([opts] {
    auto database = open_and_migrate(opts->db);
    // Territories follow the commune changes of a new vintage, in the same transaction.
    std::vector<territory::ReferentialAdjustment> adjustments;
    auto follow = [&adjustments](db::Connection& c, const referential::Dataset& next) {
      adjustments = territory::follow_referential_changes(c, next, "referential import", current_timestamp_utc());
      std::set<std::string> touched;
      for (const auto& a : adjustments) touched.insert(a.cpts_id);
      for (const auto& id : touched) {
        auth::append_audit(c, cli_audit_entry("territory.referential_update", "territory", id, id));
      }
    };
    auto result = referential::import_referential(*database, opts->packages, opts->if_changed, follow);
    database->close();
    if (result.skipped) {
      fmt::print("referential is current:");
      for (const auto& s : result.sources) fmt::print(" {}@{}", s.package, s.version);
      fmt::print("\n");
      return;
    }
    fmt::print("imported the referential in {:.2f} s from", result.seconds);
    for (const auto& s : result.sources) fmt::print(" {}@{}", s.package, s.version);
    fmt::print("\n{:<16} {:>9} {:>9} {:>9} {:>9}\n", "table", "inserted", "updated", "unchanged", "deleted");
    for (const auto& [table, c] : result.tables) {
      fmt::print("{:<16} {:>9} {:>9} {:>9} {:>9}\n", table, c.inserted, c.updated, c.unchanged, c.deleted);
    }
    for (const auto& a : adjustments) fmt::print("territory of {}: {}\n", a.cpts_name, a.message);
    fmt::print("coordinates:");
    for (const auto& [method, n] : result.coordinate_methods) fmt::print(" {}={}", method, n);
    fmt::print("\n");
  });
}

}  // namespace maillage::app
