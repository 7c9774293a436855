// Storage of the colleges each CPTS defines for its association.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "membership/model.h"
#include "platform/db/database.h"

namespace maillage::membership {

/// The colleges of `cpts_id` by position then name, each with its number of memberships.
std::vector<College> list_colleges(db::Connection& c, const std::string& cpts_id);

/// A college of `cpts_id` (nothing for another CPTS's college).
std::optional<College> find_college(db::Connection& c, const std::string& cpts_id, const std::string& id);

/// Inserts a college (db::ConstraintError when the CPTS already has one with this name).
College create_college(db::Connection& c, const std::string& cpts_id, const std::string& name, std::int64_t position,
                       const std::string& at);

/// Saves the name and position (db::ConstraintError on a duplicate name).
void update_college(db::Connection& c, const College& college, const std::string& at);

/// Deletes a college no membership uses (the caller checks `members`).
void delete_college(db::Connection& c, const College& college);

}  // namespace maillage::membership
