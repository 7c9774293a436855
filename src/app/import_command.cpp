// `maillage import territories FILE.csv`: a région's territories at once, all or nothing. On
// failure every bad row is printed as `FILE:LINE: message` and the database is left untouched.
#include <fmt/format.h>

#include <fstream>
#include <memory>
#include <sstream>

#include "app/cli_audit.h"
#include "app/commands.h"
#include "app/database_setup.h"
#include "platform/auth/audit_log.h"
#include "platform/util/time.h"
#include "referential/referential.h"
#include "territory/bulk_import.h"

namespace maillage::app {
namespace {

struct ImportOptions {
  std::string db = kDefaultDatabase;
  std::string file;
  std::string actor;
};

// Thrown inside the transaction so that it rolls back.
struct Rejected {
  territory::ImportPlan plan;
};

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

void import_territories(const ImportOptions& o) {
  std::string text = read_file(o.file);
  auto database = open_and_migrate(o.db);
  referential::ReferentialService referential(*database);
  referential.reload();
  auto ref = referential.current();
  if (ref->empty()) throw std::runtime_error("the referential is empty: run `maillage refdata import` first");
  std::string by = o.actor.empty() ? "command line" : o.actor;
  try {
    auto plan = db::with_transaction(*database, [&](db::Connection& c) {
      auto audit = [&](db::Connection& conn, const std::string& action, const std::string& type,
                       const std::string& id, const std::string& cpts_id) {
        auth::append_audit(conn, cli_audit_entry(action, type, id, cpts_id, o.actor));
      };
      auto result = territory::import_territories(c, *ref, text, by, current_timestamp_utc(), audit);
      if (!result.errors.empty()) throw Rejected{std::move(result)};
      return result;
    });
    database->close();
    std::size_t added = 0;
    fmt::print("imported {} rows from {}\n{:<40} {:>8} {:>8} {:>8}\n", plan.rows, o.file, "CPTS", "created", "added",
               "held");
    for (const auto& t : plan.cpts) {
      fmt::print("{:<40} {:>8} {:>8} {:>8}\n", t.name, t.created ? "yes" : "no", t.to_add.size(), t.already_held);
      added += t.to_add.size();
    }
    fmt::print("{} elements added to {} CPTS\n", added, plan.cpts.size());
  } catch (const Rejected& rejected) {
    database->close();
    for (const auto& e : rejected.plan.errors) fmt::print(stderr, "{}:{}: {} ({})\n", o.file, e.line, e.message, e.rule);
    throw std::runtime_error(fmt::format("{} bad row(s) in {}: nothing was imported", rejected.plan.errors.size(), o.file));
  }
}

}  // namespace

void add_import_command(CLI::App& app) {
  auto opts = std::make_shared<ImportOptions>();
  auto* import = app.add_subcommand("import", "Bulk imports");
  import->require_subcommand(1);
  auto* territories = import->add_subcommand(
      "territories", "Import CPTS territories from a CSV file of rows cpts_name;insee_code;postcode;population "
                     "(postcode and population optional; header optional): all or nothing, every bad row reported "
                     "with its line; missing CPTS are created");
  territories->add_option("file", opts->file, "The CSV file")->required();
  territories->add_option("--db", opts->db, "Database: SQLite file path")->capture_default_str();
  territories->add_option("--actor", opts->actor, "Who imports, for the history and the audit log");
  territories->callback([opts] { import_territories(*opts); });
}

}  // namespace maillage::app
