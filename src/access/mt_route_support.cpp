#include "access/mt_route_support.h"

#include <algorithm>

#include "platform/auth/access_control.h"
#include "platform/auth/audit_context.h"
#include "platform/auth/audit_log.h"
#include "territory/cpts_store.h"

namespace maillage::access {

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
  audit_patient_read(c, req, "mt_request", r.id, r.cpts_id);
}

http::HttpError rule_broken(const std::string& field, const MtBroken& broken) {
  return http::HttpError(409, "Médecin-traitant rule broken", broken.message, {{field, broken.rule, broken.message}});
}

}  // namespace maillage::access
