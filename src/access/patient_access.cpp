#include "access/patient_access.h"

#include <fmt/format.h>

#include <algorithm>

#include "platform/auth/access_control.h"
#include "platform/auth/audit_context.h"
#include "platform/auth/audit_log.h"
#include "platform/http/problem.h"
#include "territory/cpts_store.h"

namespace maillage::access {

territory::Cpts request_cpts(db::Connection& c, const http::Request& req, auth::Permission permission) {
  auto cpts = territory::find_cpts(c, std::string(req.param("cpts_id")), auth::caller(req).scope(permission));
  if (!cpts) throw http::not_found("no resource at " + req.path());
  return *cpts;
}

territory::Cpts read_request_cpts(db::Database& db, const http::Request& req, auth::Permission permission) {
  db::Lease lease = db.read();
  return request_cpts(*lease, req, permission);
}

namespace {
bool has_role(const auth::Principal& p, auth::Role role, const std::string& cpts_id) {
  return std::any_of(p.roles.begin(), p.roles.end(),
                     [&](const auth::RoleAssignment& r) { return r.role == role && r.cpts_id == cpts_id; });
}
}  // namespace

bool is_coordinator(const auth::Principal& p, const std::string& cpts_id) {
  return has_role(p, auth::Role::coordinator, cpts_id);
}

bool is_member(const auth::Principal& p, const std::string& cpts_id) {
  return has_role(p, auth::Role::member, cpts_id);
}

Viewer viewer_of(db::Connection& c, const http::Request& req, const std::string& cpts_id) {
  const auto& p = auth::caller(req);
  Viewer v{cpts_id, is_coordinator(p, cpts_id), p.kind == auth::Principal::Kind::user ? p.id : std::string(), {}};
  if (!v.user_id.empty()) v.professional_id = professional_of_user(c, v.user_id).value_or("");
  return v;
}

PatientInput patient_input(http::JsonBody& body) {
  PatientInput in;
  for (auto [field, value] : {std::pair{"last_name", &in.last_name}, {"first_name", &in.first_name},
                              {"birth_date", &in.birth_date}, {"sex", &in.sex}, {"commune_code", &in.commune_code},
                              {"postcode", &in.postcode}, {"phone", &in.phone}, {"contact", &in.contact},
                              {"consent_on", &in.consent_on}}) {
    *value = body.optional_text(field, 1000).value_or("");
  }
  for (auto [field, flag] : {std::pair{"ald", &in.flags.ald}, {"precarity", &in.flags.precarity},
                             {"pregnancy", &in.flags.pregnancy}, {"leaving_hospital", &in.flags.leaving_hospital},
                             {"disability", &in.flags.disability}}) {
    if (body.has(field)) *flag = body.optional_bool(field).value_or(false);
  }
  return in;
}

void audit_patient_read(db::Connection& c, const http::Request& req, std::string_view kind, const std::string& id,
                        const std::string& cpts_id) {
  std::string type(kind);
  auth::append_audit(c, auth::audit_entry(req, fmt::format("{}.read", type), type, id, cpts_id));
}

}  // namespace maillage::access
