#include "territory/settings_routes.h"

#include <boost/json.hpp>

#include "platform/auth/access_control.h"
#include "platform/auth/audit_context.h"
#include "platform/auth/audit_log.h"
#include "platform/http/json_body.h"
#include "platform/http/params.h"
#include "platform/util/time.h"
#include "territory/taille_settings.h"

namespace maillage::territory {
namespace json = boost::json;
using http::Request;
using http::Response;

namespace {

constexpr std::int64_t kMaxThreshold = 100'000'000;

json::value text_or_null(const std::string& s) { return s.empty() ? json::value(nullptr) : json::value(s); }

json::object setting_json(const TailleSetting& s) {
  return {{"taille2", s.thresholds.taille2},
          {"taille3", s.thresholds.taille3},
          {"taille4", s.thresholds.taille4},
          {"updated_at", text_or_null(s.updated_at)},
          {"updated_by", text_or_null(s.updated_by)}};
}

Response get_taille(db::Database& db, Request& req) {
  http::allow_only(req, {});
  db::Lease lease = db.read();
  return Response::json(setting_json(load_taille_setting(*lease)));
}

Response put_taille(db::Database& db, Request& req) {
  http::JsonBody body(req, {"taille2", "taille3", "taille4"});
  auto t2 = body.integer("taille2", 1, kMaxThreshold, true);
  auto t3 = body.integer("taille3", 1, kMaxThreshold, true);
  auto t4 = body.integer("taille4", 1, kMaxThreshold, true);
  body.finish();
  TailleSetting setting{{*t2, *t3, *t4}, current_timestamp_utc(), auth::caller(req).label};
  if (auto why = invalid_thresholds(setting.thresholds)) {
    std::string field = setting.thresholds.taille3 <= setting.thresholds.taille2 ? "taille3" : "taille4";
    throw http::invalid_field(field, "increasing", *why);
  }
  db::with_transaction(db, [&](db::Connection& c) {
    save_taille_setting(c, setting);
    auth::append_audit(c, auth::audit_entry(req, "settings.taille", "setting", "taille"));
  });
  return Response::json(setting_json(setting));
}

}  // namespace

void register_settings_routes(http::Router& router, db::Database& db) {
  router.add(http::Method::get, "/api/settings/taille", auth::Permission::signed_in,
             [&db](Request& r) { return get_taille(db, r); });
  router.add(http::Method::put, "/api/settings/taille", auth::Permission::platform_admin,
             [&db](Request& r) { return put_taille(db, r); });
}

}  // namespace maillage::territory
