// Builds audit entries from the request being served (actor, client address).
#pragma once

#include <string>

#include "platform/auth/audit_chain.h"
#include "platform/http/request.h"

namespace maillage::auth {

/// An entry for `action` on a resource, by the request's principal (or anonymous).
AuditEntry audit_entry(const http::Request& request, std::string action, std::string resource_type,
                       std::string resource_id = {}, std::string cpts_id = {}, std::string outcome = "success");

}  // namespace maillage::auth
