#include "platform/auth/audit_context.h"

#include "platform/auth/principal.h"

namespace maillage::auth {

AuditEntry audit_entry(const http::Request& request, std::string action, std::string resource_type,
                       std::string resource_id, std::string cpts_id, std::string outcome) {
  AuditEntry e;
  if (const Principal* who = request.principal()) {
    e.actor_type = who->kind == Principal::Kind::user ? "user" : "token";
    e.actor_id = who->id;
    e.actor_label = who->label;
  } else {
    e.actor_type = "anonymous";
    e.actor_label = "anonymous";
  }
  e.client_address = request.client_address();
  e.action = std::move(action);
  e.resource_type = std::move(resource_type);
  e.resource_id = std::move(resource_id);
  e.cpts_id = std::move(cpts_id);
  e.outcome = std::move(outcome);
  return e;
}

}  // namespace maillage::auth
