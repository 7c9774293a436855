// Storage of the audit log: append (inside the transaction of the write it records), verify, query.
#pragma once

#include <string>
#include <vector>

#include "platform/auth/audit_chain.h"
#include "platform/auth/principal.h"
#include "platform/db/database.h"

namespace maillage::auth {

/// Appends `entry` (its id, time and hashes are filled in) within the caller's transaction, so the
/// entry exists exactly when the write it records is committed.
AuditEntry append_audit(db::Connection& connection, AuditEntry entry);

struct AuditVerification {
  bool intact = true;
  std::int64_t entries = 0;
  std::string head_hash;
  std::string problem;
};

/// Re-computes the whole chain; reports the first altered, missing or reordered entry.
AuditVerification verify_audit_log(db::Connection& connection);

struct AuditFilter {
  /// The CPTS the caller may see: their entries, and the platform-level entries (no CPTS) of the
  /// people holding a role in them; entries of other CPTS never come back. `all`: everything.
  TenantScope scope;
  std::string cpts_id, actor_id, action, resource_type, outcome, from, to;
  std::int64_t before_id = 0;  // paging: entries with a smaller id (0: from the newest)
  std::size_t limit = 50;
};

/// Newest first.
std::vector<AuditEntry> query_audit(db::Connection& connection, const AuditFilter& filter);

}  // namespace maillage::auth
