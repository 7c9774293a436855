#include "app/system_routes.h"

#include <boost/json.hpp>

#include "app/web_app.h"
#include "platform/db/migrations.h"
#include "platform/util/log.h"

namespace maillage::embedded {
std::string_view openapi_document();  // docs/openapi.json, embedded at build time
}

namespace maillage::app {
namespace json = boost::json;

void register_system_routes(http::Router& router, db::Database& db, const referential::ReferentialService& referential,
                            const UiConfig& ui) {
  router.add(http::Method::get, "/api/health", auth::Permission::public_access, [&db, &referential](http::Request&) {
    json::object database{{"dialect", db.dialect()}, {"engine", db.engine_version()}};
    bool healthy = true;
    try {
      database["schema_version"] = db::schema_version(db);
      database["status"] = "ok";
    } catch (const std::exception& e) {
      log::error({{"event", "health_check_failed"}, {"what", e.what()}});
      database["status"] = "unavailable";
      healthy = false;
    }
    auto ref = referential.current();
    json::object refdata{{"status", ref->empty() ? "empty" : "ok"},
                         {"imported_at", ref->imported_at().empty() ? json::value(nullptr) : json::value(ref->imported_at())},
                         {"communes", ref->data().communes.size()}};
    json::array sources;
    for (const auto& s : ref->data().sources) sources.push_back({{"package", s.package}, {"version", s.version}});
    refdata["sources"] = std::move(sources);
    json::object body{{"status", healthy ? "ok" : "degraded"}, {"database", std::move(database)},
                      {"referential", std::move(refdata)}};
    http::Response r = http::Response::json(body, healthy ? 200 : 503);
    r.header("Cache-Control", "no-store");
    return r;
  });

  router.add(http::Method::get, "/api/openapi.json", auth::Permission::public_access, [](http::Request&) {
    http::Response r;
    r.body = std::string(embedded::openapi_document());
    return r;
  });

  router.add(http::Method::get, "/api/ui-config", auth::Permission::public_access, [&ui](http::Request&) {
    return http::Response::json(json::object{{"tile_url", ui.tile_url}, {"tile_attribution", ui.tile_attribution}});
  });
}

}  // namespace maillage::app
