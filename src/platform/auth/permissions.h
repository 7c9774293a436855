// What a request may do. Every route declares one Permission when it is registered; the access
// check (access_control.h) grants it from the caller's roles through the table in
// permissions.cpp — the only place where roles meet permissions.
#pragma once

#include <string_view>
#include <vector>

#include "platform/auth/roles.h"

namespace maillage::auth {

enum class Permission : int {
  public_access,     // anyone, signed in or not: referential, health, API description
  signed_in,         // any signed-in caller, with or without a role: own session, own password
  cpts_view,         // see a CPTS (the list is limited to one's own CPTS)
  cpts_people_view,  // see who holds roles in a CPTS
  territory_edit,    // change the communes and parts of a CPTS's territory
  cpts_edit,         // edit a CPTS's profile (name, legal form, contact…): preparing its steps
  cpts_validate,     // validate a CPTS's lifecycle steps, or dissolve it (ARS, administrators)
  territory_import,  // bulk import of territories across CPTS (platform roles)
  coverage_view,     // Plan 100 % coverage figures and zones blanches (aggregates, no tenant data)
  directory_view,    // search the directory of professionals and structures (public data, capacity)
  directory_import,  // upload RPPS/FINESS extractions into the directory, follow their imports
  membership_view,      // see a CPTS's memberships (adhésions) and colleges
  membership_manage,    // record requests, statuses and colleges of a CPTS's memberships
  membership_fees,      // see and record membership fees: the association's finances (its coordinator only)
  membership_rate_view, // the membership rate of a CPTS's territory per profession (aggregates)
  mt_request_view,      // see médecin-traitant requests (patient data): the store keeps each caller's own
  mt_request_create,    // register a patient looking for a médecin traitant
  mt_request_act,       // move a request: the coordination, or the doctor it is proposed to
  mt_census_view,       // the census of doctors' capacity: the coordination all of it, a doctor their own sites
  mt_census_edit,       // record a declaration: the coordination, or the doctor for their own sites
  mt_coordinate,        // the coordination's tools: suggestions, batch allocation, delays and retention
  mt_indicators,        // the médecin-traitant indicators (counts, delays: no identity)
  snp_resource_view,    // the inventory of unscheduled-care resources (practices, structures, hours)
  snp_resource_edit,    // keep the inventory: the coordination
  snp_planning_view,    // the planning of unscheduled-care slots (no patient data)
  snp_slot_publish,     // publish slots: the coordination for anyone, a member for their own professional
  snp_request_view,     // see unscheduled-care requests (patient data): the store keeps each caller's own
  snp_request_create,   // enter a request (coordination, regulator, pharmacy, member)
  snp_request_act,      // orient a request, record its outcome, cancel it: its author or the coordination
  snp_indicators,       // the unscheduled-care indicators and the weekly SAS summary (no identity)
  audit_view,        // read the audit log (one's CPTS; everything for admins)
  platform_admin,    // users, role assignments, API tokens, creating CPTS
};

std::string_view to_string(Permission permission);

/// The roles granted `permission` (empty for public_access, which needs none).
const std::vector<Role>& roles_granted(Permission permission);

/// True when `role` grants `permission`.
bool grants(Role role, Permission permission);

/// Every permission, for tests that enumerate them.
const std::vector<Permission>& all_permissions();

}  // namespace maillage::auth
