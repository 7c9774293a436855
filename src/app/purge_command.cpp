#include <fmt/format.h>

#include <memory>

#include "access/patient_purge.h"
#include "app/cli_audit.h"
#include "app/commands.h"
#include "app/database_setup.h"
#include "platform/auth/audit_log.h"
#include "platform/util/time.h"

namespace maillage::app {

void add_purge_command(CLI::App& app) {
  auto db_url = std::make_shared<std::string>(kDefaultDatabase);
  auto dry_run = std::make_shared<bool>(false);
  auto* cmd = app.add_subcommand(
      "purge", "Remove the patient identities of access-to-care requests (médecin traitant, soins non programmés) ended for longer than their CPTS's "
               "retention (statistics kept); run it daily");
  cmd->add_option("--db", *db_url, "Database: SQLite file path")->capture_default_str();
  cmd->add_flag("--dry-run", *dry_run, "Count what would be purged, change nothing");
  cmd->callback([db_url, dry_run] {
    auto database = open_and_migrate(*db_url);
    auto report = db::with_transaction(*database, [&](db::Connection& c) {
      return access::purge_identities(c, today_utc(), current_timestamp_utc(), *dry_run,
                                      [&c](std::string_view kind, const std::string& cpts_id, const std::string& id) {
                                        std::string type(kind);
                                        auth::append_audit(
                                            c, cli_audit_entry(fmt::format("{}.purge", type), type, id, cpts_id));
                                      });
    });
    database->close();
    for (const auto& [cpts_id, n] : report.by_cpts) {
      fmt::print("{} {} request(s) of CPTS {}\n", *dry_run ? "would purge" : "purged", n, cpts_id);
    }
    fmt::print("{}: {} request(s) past retention{}\n", *dry_run ? "dry run" : "purge", report.total,
               report.total == 0 ? ", nothing to do" : "");
  });
}

}  // namespace maillage::app
