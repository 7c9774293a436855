// Who is asking: a signed-in user (cookie session) or an API token, with the roles it holds.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "platform/auth/permissions.h"
#include "platform/auth/roles.h"

namespace maillage::auth {

/// The CPTS whose data a caller may reach for one permission. Stores filter every query of
/// tenant data with it.
struct TenantScope {
  bool all = false;                   // admins (and platform-wide funders where granted)
  std::vector<std::string> cpts_ids;  // otherwise, these CPTS only

  bool includes(std::string_view cpts_id) const;
  bool empty() const { return !all && cpts_ids.empty(); }
};

/// The outcome of asking for a permission on one CPTS.
enum class Access {
  granted,
  forbidden,  // the caller has a role in this CPTS, but not one granting the permission (403)
  hidden,     // the caller has no role in this CPTS: it must not learn that it exists (404)
};

struct Principal {
  enum class Kind { user, token };

  Kind kind = Kind::user;
  std::string id;     // user id, or API token id
  std::string label;  // display name, or token name
  std::string email;  // users only
  std::vector<RoleAssignment> roles;
  bool must_change_password = false;
  // Cookie sessions only: state-changing requests must echo the CSRF token.
  std::string session_id;
  std::string csrf_token;

  bool via_session() const { return !session_id.empty(); }
  bool is_admin() const;

  /// True when some role, in any CPTS, grants `permission`.
  bool has(Permission permission) const;

  /// Whether `permission` is granted on CPTS `cpts_id`.
  Access access(Permission permission, std::string_view cpts_id) const;

  /// The CPTS on which `permission` is granted.
  TenantScope scope(Permission permission) const;
};

}  // namespace maillage::auth
