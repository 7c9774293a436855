#include "platform/auth/principal.h"

#include <algorithm>

namespace maillage::auth {

bool TenantScope::includes(std::string_view cpts_id) const {
  return all || std::find(cpts_ids.begin(), cpts_ids.end(), cpts_id) != cpts_ids.end();
}

bool Principal::is_admin() const {
  return std::any_of(roles.begin(), roles.end(), [](const auto& r) { return r.role == Role::admin; });
}

bool Principal::has(Permission permission) const {
  return std::any_of(roles.begin(), roles.end(), [&](const auto& r) { return grants(r.role, permission); });
}

Access Principal::access(Permission permission, std::string_view cpts_id) const {
  // A platform-wide role (admin, national funder) sees every CPTS: refusals are 403, not 404.
  bool member_of_cpts = false;
  for (const auto& r : roles) {
    bool platform_wide = r.cpts_id.empty();
    if (platform_wide && grants(r.role, permission)) return Access::granted;
    if (platform_wide) member_of_cpts = true;
    if (!platform_wide && r.cpts_id == cpts_id) {
      member_of_cpts = true;
      if (grants(r.role, permission)) return Access::granted;
    }
  }
  return member_of_cpts ? Access::forbidden : Access::hidden;
}

TenantScope Principal::scope(Permission permission) const {
  TenantScope scope;
  for (const auto& r : roles) {
    if (!grants(r.role, permission)) continue;
    if (r.cpts_id.empty()) {
      scope.all = true;
      scope.cpts_ids.clear();
      return scope;
    }
    if (!scope.includes(r.cpts_id)) scope.cpts_ids.push_back(r.cpts_id);
  }
  return scope;
}

}  // namespace maillage::auth
