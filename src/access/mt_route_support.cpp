#include "access/mt_route_support.h"

#include <algorithm>

#include "platform/auth/access_control.h"
#include "platform/auth/audit_context.h"
#include "platform/auth/audit_log.h"
#include "territory/cpts_store.h"

namespace maillage::access {

territory::Cpts request_cpts(db::Connection& c, const http::Request& req, auth::Permission permission) {
  auto cpts = territory::find_cpts(c, std::string(req.param("cpts_id")), auth::caller(req).scope(permission));
  if (!cpts) throw http::not_found("no resource at " + req.path());
  return *cpts;
}

bool is_coordinator(const auth::Principal& p, const std::string& cpts_id) {
  return std::any_of(p.roles.begin(), p.roles.end(), [&](const auth::RoleAssignment& r) {
    return r.role == auth::Role::coordinator && r.cpts_id == cpts_id;
  });
}

Viewer viewer_of(db::Connection& c, const http::Request& req, const std::string& cpts_id) {
  const auto& p = auth::caller(req);
  Viewer v{cpts_id, is_coordinator(p, cpts_id), p.kind == auth::Principal::Kind::user ? p.id : std::string(), {}};
  if (!v.user_id.empty()) v.professional_id = professional_of_user(c, v.user_id).value_or("");
  return v;
}

MtRequest visible_request(db::Connection& c, const Viewer& viewer, const http::Request& req) {
  auto r = find_request(c, viewer, req.param("request_id"));
  if (!r) throw http::not_found("no resource at " + req.path());
  return *r;
}

boost::json::array actions_for(const Viewer& viewer, const MtRequest& r) {
  boost::json::array out;
  std::optional<MtActor> actor;
  if (viewer.coordination) actor = MtActor::coordination;
  else if (!viewer.professional_id.empty() && viewer.professional_id == r.proposed_professional_id) actor = MtActor::doctor;
  if (actor) {
    for (MtStatus to : allowed_transitions(r.status, *actor)) out.emplace_back(to_string(to));
  }
  return out;
}

void audit_read(db::Connection& c, const http::Request& req, const MtRequest& r) {
  auth::append_audit(c, auth::audit_entry(req, "mt_request.read", "mt_request", r.id, r.cpts_id));
}

http::HttpError rule_broken(const std::string& field, const MtBroken& broken) {
  return http::HttpError(409, "Médecin-traitant rule broken", broken.message, {{field, broken.rule, broken.message}});
}

}  // namespace maillage::access
