// `maillage import …`: bulk imports from files.
//   territories FILE.csv — a région's territories at once, all or nothing; on failure every bad
//                          row is printed as `FILE:LINE: message` and the database is untouched.
//   rpps FILE            — the RPPS/ADELI extraction into the directory (directory/rpps_import.h).
//   finess FILE          — the FINESS extraction into the directory (directory/finess_import.h).
//   ical FILE            — a professional's iCalendar slots (import_ical_command.cpp).
#include <fmt/format.h>
#include <unistd.h>

#include <chrono>

#include <fstream>
#include <memory>
#include <sstream>

#include "app/cli_audit.h"
#include "app/commands.h"
#include "app/database_setup.h"
#include "platform/auth/audit_log.h"
#include "platform/csv/csv_reader.h"
#include "platform/util/time.h"
#include "referential/referential.h"
#include "directory/finess_import.h"
#include "directory/import_scope.h"
#include "directory/rpps_import.h"
#include "territory/bulk_import.h"
#include "territory/cpts_store.h"
#include "territory/territory_store.h"

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

void import_territories(const ImportOptions& o) {
  csv::DecodedText decoded = csv::to_utf8(read_text_file(o.file));
  if (decoded.from_windows1252) fmt::print(stderr, "{}: not UTF-8; lines read as Windows-1252\n", o.file);
  const std::string& text = decoded.text;
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

// `import rpps` and `import finess`: a national extraction into the directory.
struct DirectoryImportOptions {
  std::string db = kDefaultDatabase;
  std::string file;
  std::vector<std::string> departements;
  std::string cpts;
  std::string actor;
};

using DirectoryImporter = directory::ImportReport (*)(db::Database&, const std::filesystem::path&,
                                                      const directory::ImportOptions&);

// "120 000 lines · 85 000 lines/s · 12 s left", rewritten in place on a terminal.
void show_progress(const directory::ImportProgress& p, std::chrono::steady_clock::time_point started) {
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  double rate = seconds > 0 ? static_cast<double>(p.lines) / seconds : 0;
  double left = p.bytes_read > 0 ? seconds * static_cast<double>(p.bytes_total - p.bytes_read) / static_cast<double>(p.bytes_read) : 0;
  fmt::print(stderr, "\r{} lines · {:.0f} lines/s · {:.0f} s left   ", p.lines, rate, left);
}

// The scope asked on the command line: some départements, or a CPTS's territory (by name).
directory::PlaceFilter scope_of(const DirectoryImportOptions& o, db::Database& database) {
  if (!o.departements.empty()) return directory::departements_scope({o.departements.begin(), o.departements.end()});
  if (o.cpts.empty()) return {};
  referential::ReferentialService referential(database);
  referential.reload();
  db::Lease lease = database.read();
  auto cpts = territory::find_cpts_by_name(*lease, o.cpts);
  if (!cpts) throw std::runtime_error("no CPTS is named " + o.cpts);
  std::vector<territory::ElementKey> elements;
  for (const auto& e : territory::territory_at(*lease, cpts->id, "")) elements.push_back(e.key);
  return directory::territory_scope(*referential.current(), elements);
}

void import_directory(const DirectoryImportOptions& o, DirectoryImporter importer, const char* removed_what) {
  auto database = open_and_migrate(o.db);
  directory::ImportOptions options;
  options.imported_by = o.actor.empty() ? "command line" : o.actor;
  options.in_scope = scope_of(o, *database);
  auto started = std::chrono::steady_clock::now();
  if (isatty(STDERR_FILENO)) options.progress = [started](const auto& p) { show_progress(p, started); };
  directory::ImportReport report;
  try {
    report = importer(*database, o.file, options);
  } catch (const directory::ImportFailed& failed) {
    database->close();
    throw std::runtime_error(std::string(failed.what()) + ": nothing was imported");
  }
  database->close();
  if (options.progress) fmt::print(stderr, "\n");
  for (const auto& r : report.rejections) fmt::print(stderr, "{}:{}: rejected: {}\n", o.file, r.line, r.reason);
  if (report.rejected > report.rejections.size()) {
    fmt::print(stderr, "… and {} more rejected lines\n", report.rejected - report.rejections.size());
  }
  fmt::print("imported {} in {:.1f} s ({}): {} lines, {} created, {} updated, {} unchanged, {} rejected, {} out of scope",
             o.file, report.seconds, report.encoding, report.lines, report.created, report.updated, report.unchanged,
             report.rejected, report.skipped);
  if (removed_what) fmt::print(", {} {} removed", report.removed, removed_what);
  fmt::print("\n");
}

// Adds `import rpps` or `import finess` with their shared options.
void add_directory_import(CLI::App& import, const std::string& name, const std::string& description,
                          DirectoryImporter importer, const char* removed_what) {
  auto o = std::make_shared<DirectoryImportOptions>();
  auto* cmd = import.add_subcommand(name, description);
  cmd->add_option("file", o->file, "The extraction file")->required();
  cmd->add_option("--db", o->db, "Database: SQLite file path")->capture_default_str();
  auto* departement = cmd->add_option("--departement", o->departements,
                                      "Keep only this département (INSEE code: 13, 2A, 971; repeatable)");
  cmd->add_option("--cpts", o->cpts, "Keep only what is in this CPTS's territory (its name)")->excludes(departement);
  cmd->add_option("--actor", o->actor, "Who imports, for the import record");
  cmd->callback([o, importer, removed_what] { import_directory(*o, importer, removed_what); });
}

}  // namespace

std::string read_text_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

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

  add_directory_import(*import, "rpps",
                       "Import the RPPS/ADELI public extraction (PS_LibreAcces_Personne_activite_*.txt) into the "
                       "directory: streamed, upserted by national id, one transaction, with a report",
                       &directory::import_rpps, "sites");
  add_directory_import(*import, "finess",
                       "Import the FINESS extraction (etalab_cs1100507 file, or the enriched CSV with a header) into "
                       "the directory's structures: streamed, upserted by FINESS number, one transaction, with a report",
                       &directory::import_finess, nullptr);
  add_ical_import_command(*import);
}

}  // namespace maillage::app
