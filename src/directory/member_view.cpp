#include "directory/member_view.h"

#include <boost/json.hpp>

namespace maillage::directory {
namespace {

MemberView view_in(db::Connection& c, const auth::TenantScope& scope, const std::vector<ProfessionalHit>& shown) {
  MemberView view;
  if (scope.empty() || shown.empty()) return view;
  boost::json::array ids;
  for (const auto& hit : shown) ids.emplace_back(hit.professional.national_id);
  auto& st = c.query(
      "SELECT member_id, cpts_id, status FROM memberships WHERE member_kind = 'professional'"
      " AND member_id IN (SELECT value FROM json_each(?)) ORDER BY member_id, cpts_id",
      boost::json::serialize(ids));
  while (st.step()) {
    std::string cpts = st.text(1);
    if (!scope.includes(cpts)) continue;
    std::string member = st.text(0), status = st.text(2);
    if (status == "active") view.member_only_visible.insert(member);
    view.memberships[member].emplace_back(std::move(cpts), std::move(status));
  }
  return view;
}

}  // namespace

MemberView member_view(db::Connection& c, const auth::Principal& caller, const std::vector<ProfessionalHit>& shown) {
  // The roles held in a CPTS, not platform-wide grants: a national funder does not see the lines
  // members give each other. Administrators run the platform and see everything.
  auth::TenantScope scope;
  scope.all = caller.is_admin();
  for (const auto& r : caller.roles) {
    if (!r.cpts_id.empty()) scope.cpts_ids.push_back(r.cpts_id);
  }
  return view_in(c, scope, shown);
}

MemberView member_view_of_cpts(db::Connection& c, const std::string& cpts_id, const std::vector<ProfessionalHit>& shown) {
  return view_in(c, auth::TenantScope{.all = false, .cpts_ids = {cpts_id}}, shown);
}

}  // namespace maillage::directory
