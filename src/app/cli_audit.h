// Audit entries for changes made from the command line (the actor is the operating-system user).
#pragma once

#include <string>

#include "platform/auth/audit_chain.h"

namespace maillage::app {

/// `actor` names who acted; by default "command line (<operating-system user>)".
auth::AuditEntry cli_audit_entry(std::string action, std::string resource_type, std::string resource_id,
                                 std::string cpts_id = {}, std::string actor = {});

}  // namespace maillage::app
