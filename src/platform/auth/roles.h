// Roles and what each may do. THE permission table of Maillage lives in permissions.cpp.
//
//   admin        the whole platform
//   coordinator  runs one CPTS: members, territory, requests
//   member       a professional or structure of a CPTS: directory, requests addressed to them
//   partner      may submit requests, sees only their own
//   funder       ARS/CPAM: aggregates and indicators, never a patient's identity
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace maillage::auth {

enum class Role { admin, coordinator, member, partner, funder };

std::string_view to_string(Role role);
std::optional<Role> role_from_string(std::string_view s);
const std::vector<Role>& all_roles();

/// A role held by a user (or granted to an API token) in one CPTS — or platform-wide when
/// `cpts_id` is empty (admin always; funder optionally, e.g. a national CPAM view).
struct RoleAssignment {
  std::string id;
  Role role = Role::member;
  std::string cpts_id;
  std::string cpts_name;
};

/// Whether a role may be held with or without a CPTS: admin never has one; coordinator, member
/// and partner always do; funder may. Returns an error message, or nothing when valid.
std::optional<std::string> check_assignment_scope(Role role, bool has_cpts);

}  // namespace maillage::auth
