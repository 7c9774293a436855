// What a caller may see of the memberships of the professionals an answer shows: their
// memberships in the caller's CPTS, and whether the member-only fields (a site's direct phone
// line) are visible — only to the roles held in a CPTS the professional is an active member of
// (and to administrators).
#pragma once

#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "directory/directory_search.h"
#include "platform/auth/principal.h"
#include "platform/db/database.h"

namespace maillage::directory {

struct MemberView {
  std::map<std::string, std::vector<std::pair<std::string, std::string>>> memberships;  // national id → (cpts, status)
  std::set<std::string> member_only_visible;  // national ids whose member-only fields the caller sees
};

MemberView member_view(db::Connection& c, const auth::Principal& caller, const std::vector<ProfessionalHit>& shown);

/// The view of one CPTS's roles (the territory exports): memberships in that CPTS only.
MemberView member_view_of_cpts(db::Connection& c, const std::string& cpts_id, const std::vector<ProfessionalHit>& shown);

}  // namespace maillage::directory
