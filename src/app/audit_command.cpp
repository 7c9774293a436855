// `maillage audit verify`: re-computes the audit chain and reports the first tampered entry.
#include <fmt/format.h>

#include <memory>

#include "app/commands.h"
#include "app/database_setup.h"
#include "platform/auth/audit_log.h"

namespace maillage::app {

void add_audit_command(CLI::App& app) {
  auto* audit = app.add_subcommand("audit", "The audit log");
  audit->require_subcommand(1);
  auto db_url = std::make_shared<std::string>(kDefaultDatabase);
  auto* verify = audit->add_subcommand(
      "verify", "Check that no audit entry was altered, deleted or reordered (exit status 1 if one was)");
  verify->add_option("--db", *db_url, "Database: SQLite file path")->capture_default_str();
  verify->callback([db_url] {
    auto database = open_and_migrate(*db_url);
    auth::AuditVerification result;
    {
      db::Lease lease = database->read();
      result = auth::verify_audit_log(*lease);
    }
    database->close();
    if (!result.intact) {
      fmt::print("audit log TAMPERED: {}\n", result.problem);
      throw CLI::RuntimeError(1);
    }
    fmt::print("audit log intact: {} entries, head {}\n", result.entries, result.head_hash);
  });
}

}  // namespace maillage::app
