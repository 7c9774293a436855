#include "app/cli_audit.h"

#include <cstdlib>

namespace maillage::app {

auth::AuditEntry cli_audit_entry(std::string action, std::string resource_type, std::string resource_id,
                                 std::string cpts_id, std::string actor) {
  auth::AuditEntry e;
  e.actor_type = "cli";
  const char* user = std::getenv("USER");
  e.actor_label = !actor.empty() ? actor : std::string("command line (") + (user && *user ? user : "unknown") + ")";
  e.client_address = "local";
  e.action = std::move(action);
  e.resource_type = std::move(resource_type);
  e.resource_id = std::move(resource_id);
  e.cpts_id = std::move(cpts_id);
  e.outcome = "success";
  return e;
}

}  // namespace maillage::app
