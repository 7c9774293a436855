#include "platform/auth/permissions.h"

#include <algorithm>
#include <map>

namespace maillage::auth {
namespace {

using enum Role;

// The permission table. Add a permission here and in the enum; a route registered with a
// permission missing from this table is refused at start-up (see WebApp).
const std::map<Permission, std::vector<Role>> kTable = {
    {Permission::public_access, {}},
    {Permission::signed_in, {admin, coordinator, member, partner, funder}},
    {Permission::cpts_view, {admin, coordinator, member, partner, funder}},
    {Permission::cpts_people_view, {admin, coordinator}},
    {Permission::territory_edit, {admin, coordinator}},
    {Permission::cpts_edit, {admin, coordinator}},
    {Permission::cpts_validate, {admin, funder}},
    {Permission::territory_import, {admin, funder}},
    {Permission::coverage_view, {admin, coordinator, member, partner, funder}},
    {Permission::directory_view, {admin, coordinator, member, partner, funder}},
    {Permission::directory_import, {admin}},
    {Permission::membership_view, {admin, coordinator}},
    {Permission::membership_manage, {admin, coordinator}},
    {Permission::membership_fees, {coordinator}},  // not admin: the finances belong to the association
    {Permission::membership_rate_view, {admin, coordinator, funder}},
    // Patient data: not administrators, not funders (who get counts only).
    {Permission::mt_request_view, {coordinator, member, partner}},
    {Permission::mt_request_create, {coordinator, member, partner}},
    {Permission::mt_request_act, {coordinator, member}},
    {Permission::mt_census_view, {coordinator, member}},
    {Permission::mt_census_edit, {coordinator, member}},
    {Permission::mt_coordinate, {coordinator}},
    {Permission::mt_indicators, {admin, coordinator, funder}},
    {Permission::snp_resource_view, {admin, coordinator, member, partner, funder}},
    {Permission::snp_resource_edit, {admin, coordinator}},
    {Permission::snp_planning_view, {admin, coordinator, member, partner}},
    {Permission::snp_slot_publish, {coordinator, member}},
    {Permission::snp_request_view, {coordinator, member, partner}},
    {Permission::snp_request_create, {coordinator, member, partner}},
    {Permission::snp_request_act, {coordinator, member, partner}},
    {Permission::snp_indicators, {admin, coordinator, funder}},
    {Permission::audit_view, {admin, coordinator}},
    {Permission::platform_admin, {admin}},
};

}  // namespace

std::string_view to_string(Permission permission) {
  switch (permission) {
    case Permission::public_access: return "public_access";
    case Permission::signed_in: return "signed_in";
    case Permission::cpts_view: return "cpts_view";
    case Permission::cpts_people_view: return "cpts_people_view";
    case Permission::territory_edit: return "territory_edit";
    case Permission::cpts_edit: return "cpts_edit";
    case Permission::cpts_validate: return "cpts_validate";
    case Permission::territory_import: return "territory_import";
    case Permission::coverage_view: return "coverage_view";
    case Permission::directory_view: return "directory_view";
    case Permission::directory_import: return "directory_import";
    case Permission::membership_view: return "membership_view";
    case Permission::membership_manage: return "membership_manage";
    case Permission::membership_fees: return "membership_fees";
    case Permission::membership_rate_view: return "membership_rate_view";
    case Permission::mt_request_view: return "mt_request_view";
    case Permission::mt_request_create: return "mt_request_create";
    case Permission::mt_request_act: return "mt_request_act";
    case Permission::mt_census_view: return "mt_census_view";
    case Permission::mt_census_edit: return "mt_census_edit";
    case Permission::mt_coordinate: return "mt_coordinate";
    case Permission::mt_indicators: return "mt_indicators";
    case Permission::snp_resource_view: return "snp_resource_view";
    case Permission::snp_resource_edit: return "snp_resource_edit";
    case Permission::snp_planning_view: return "snp_planning_view";
    case Permission::snp_slot_publish: return "snp_slot_publish";
    case Permission::snp_request_view: return "snp_request_view";
    case Permission::snp_request_create: return "snp_request_create";
    case Permission::snp_request_act: return "snp_request_act";
    case Permission::snp_indicators: return "snp_indicators";
    case Permission::audit_view: return "audit_view";
    case Permission::platform_admin: return "platform_admin";
  }
  return "unknown";
}

const std::vector<Role>& roles_granted(Permission permission) {
  static const std::vector<Role> kNone;
  auto it = kTable.find(permission);
  return it == kTable.end() ? kNone : it->second;
}

bool grants(Role role, Permission permission) {
  const auto& roles = roles_granted(permission);
  return std::find(roles.begin(), roles.end(), role) != roles.end();
}

const std::vector<Permission>& all_permissions() {
  static const std::vector<Permission> kAll = [] {
    std::vector<Permission> v;
    for (const auto& [p, roles] : kTable) v.push_back(p);
    return v;
  }();
  return kAll;
}

}  // namespace maillage::auth
