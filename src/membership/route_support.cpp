#include "membership/route_support.h"

#include <fmt/format.h>

#include "membership/rules.h"
#include "platform/auth/access_control.h"
#include "platform/auth/principal.h"
#include "platform/http/problem.h"
#include "platform/util/time.h"
#include "territory/cpts_clock.h"
#include "territory/cpts_store.h"

namespace maillage::membership {

territory::Cpts request_cpts(db::Connection& c, const http::Request& req, auth::Permission permission) {
  auto cpts = territory::find_cpts(c, std::string(req.param("cpts_id")), auth::caller(req).scope(permission));
  if (!cpts) throw http::not_found("no resource at " + req.path());
  return *cpts;
}

bool sees_fees(const http::Request& req) {
  return auth::caller(req).access(auth::Permission::membership_fees, req.param("cpts_id")) == auth::Access::granted;
}

std::string request_cpts_today(db::Database& db, const referential::Referential& ref, const http::Request& req,
                               auth::Permission permission) {
  db::Lease lease = db.read();
  return territory::cpts_today(ref, request_cpts(*lease, req, permission));
}

std::int64_t year_of(const std::string& date) { return std::stoll(date.substr(0, 4)); }

std::string date_field(http::JsonBody& body, std::string_view field, bool required, const std::string& today) {
  auto value = required ? std::optional(body.text(field, 10)) : body.optional_text(field, 10);
  if (!value || value->empty()) return {};
  if (!is_date(*value)) {
    body.error(std::string(field), "format", "must be a date (2026-11-23)");
    return {};
  }
  if (auto broken = check_date(*value, "", today)) body.error(std::string(field), broken->rule, broken->message);
  return *value;
}

}  // namespace maillage::membership
