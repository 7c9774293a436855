#include "platform/auth/roles.h"

namespace maillage::auth {

std::string_view to_string(Role role) {
  switch (role) {
    case Role::admin: return "admin";
    case Role::coordinator: return "coordinator";
    case Role::member: return "member";
    case Role::partner: return "partner";
    case Role::funder: return "funder";
  }
  return "member";
}

std::optional<Role> role_from_string(std::string_view s) {
  for (Role r : all_roles()) {
    if (to_string(r) == s) return r;
  }
  return std::nullopt;
}

const std::vector<Role>& all_roles() {
  static const std::vector<Role> kRoles = {Role::admin, Role::coordinator, Role::member, Role::partner, Role::funder};
  return kRoles;
}

std::optional<std::string> check_assignment_scope(Role role, bool has_cpts) {
  if (role == Role::admin && has_cpts) return "the admin role is platform-wide: give no CPTS";
  if ((role == Role::coordinator || role == Role::member || role == Role::partner) && !has_cpts) {
    return "this role is held in one CPTS: give its id";
  }
  return std::nullopt;
}

}  // namespace maillage::auth
