// Storage of CPTS. Every read is filtered by the caller's tenant scope here, in the store.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "platform/auth/principal.h"
#include "platform/db/database.h"
#include "territory/model.h"

namespace maillage::territory {

/// Inserts a CPTS; throws db::ConstraintError when the name is taken.
Cpts create_cpts(db::Connection& c, const std::string& name);

/// The CPTS with this id, if it exists and lies in `scope`.
std::optional<Cpts> find_cpts(db::Connection& c, const std::string& id, const auth::TenantScope& scope);

/// The CPTS in `scope`, by name.
std::vector<Cpts> list_cpts(db::Connection& c, const auth::TenantScope& scope);

/// Writes the profile fields of `cpts` (not its id, creation time or status).
void update_profile(db::Connection& c, const Cpts& cpts);

/// Records a lifecycle step and makes it the CPTS's status.
void record_status(db::Connection& c, const std::string& cpts_id, const StatusChange& change);

/// The lifecycle steps of a CPTS, oldest first.
std::vector<StatusChange> status_history(db::Connection& c, const std::string& cpts_id);

/// The CPTS with this exact name (any scope: for administration and the demo set-up).
std::optional<Cpts> find_cpts_by_name(db::Connection& c, const std::string& name);

}  // namespace maillage::territory
