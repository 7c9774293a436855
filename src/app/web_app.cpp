#include "app/web_app.h"

#include <algorithm>

#include "app/system_routes.h"
#include "fhir/outcome.h"
#include "fhir/routes.h"
#include "directory/directory_import_routes.h"
#include "directory/directory_routes.h"
#include "membership/routes.h"
#include "access/routes.h"
#include "access/snp_routes.h"
#include "platform/auth/access_control.h"
#include "platform/auth/admin_routes.h"
#include "platform/auth/audit_context.h"
#include "platform/auth/audit_log.h"
#include "platform/auth/audit_routes.h"
#include "platform/auth/session_routes.h"
#include "platform/http/problem.h"
#include "platform/util/log.h"
#include "referential/routes.h"
#include "territory/coverage_routes.h"
#include "territory/export_routes.h"
#include "territory/import_routes.h"
#include "territory/routes.h"
#include "territory/settings_routes.h"
#include "territory/territory_routes.h"

namespace maillage::app {
namespace {

// API and FHIR answers are private by default; a route that may be cached says so itself.
http::Response with_cache_policy(http::Response response) {
  bool has_cache_policy = std::any_of(response.headers.begin(), response.headers.end(),
                                      [](const auto& h) { return h.first == "Cache-Control"; });
  if (!has_cache_policy) response.header("Cache-Control", "no-store");
  return response;
}

// The problem document of an API refusal, with the headers its extensions call for.
http::Response api_error_response(const http::HttpError& error) {
  http::Response response = http::problem_response(error);
  if (auto* allow = error.extensions().if_contains("allow")) response.header("Allow", std::string(allow->as_string()));
  if (auto* wait = error.extensions().if_contains("retry_after_seconds")) {
    response.header("Retry-After", std::to_string(wait->to_number<std::int64_t>()));
  }
  response.header("Cache-Control", "no-store");
  return response;
}

}  // namespace

WebApp::WebApp(db::Database& db, const std::filesystem::path& web_root, UiConfig ui, auth::AuthConfig auth)
    : db_(db),
      ui_(std::move(ui)),
      authenticator_(db, std::move(auth)),
      referential_(db),
      static_files_(web_root),
      import_jobs_(db) {
  referential_.reload();
  register_system_routes(router_, db_, referential_, ui_);
  referential::register_routes(router_, referential_);
  auth::register_session_routes(router_, db_, authenticator_);
  auth::register_admin_routes(router_, db_);
  auth::register_audit_routes(router_, db_);
  territory::register_routes(router_, db_, referential_);
  territory::register_territory_routes(router_, db_, referential_);
  territory::register_coverage_routes(router_, db_, referential_);
  territory::register_settings_routes(router_, db_);
  territory::register_export_routes(router_, db_, referential_);
  territory::register_import_routes(router_, db_, referential_);
  fhir::register_routes(router_, db_, referential_);
  directory::register_directory_routes(router_, db_, referential_);
  directory::register_directory_import_routes(router_, db_, import_jobs_);
  membership::register_routes(router_, db_, referential_);
  access::register_routes(router_, db_, referential_);
  access::register_snp_routes(router_, db_, referential_);
  for (const auto& route : router_.routes()) {
    bool known = route.permission == auth::Permission::public_access || !auth::roles_granted(route.permission).empty();
    if (!known) throw std::logic_error("route " + route.pattern + " declares a permission missing from the table");
  }
}

std::vector<std::pair<std::string, std::string>> WebApp::default_headers() {
  // No inline script or style anywhere in the front end, so the policy can forbid both. Map tiles
  // may come from a configured https tile server, hence `img-src https:`.
  return {
      {"Content-Security-Policy",
       "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https:; "
       "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
       "frame-ancestors 'none'"},
      {"X-Content-Type-Options", "nosniff"},
      {"Referrer-Policy", "no-referrer"},
      {"X-Frame-Options", "DENY"},
      {"Cross-Origin-Opener-Policy", "same-origin"},
      {"Permissions-Policy", "geolocation=(), camera=(), microphone=()"},
  };
}

http::AppHandler WebApp::handler() {
  return [this](http::Request& request) { return handle(request); };
}

http::Response WebApp::handle(http::Request& request) {
  const std::string& path = request.path();
  if (path == "/api" || path.starts_with("/api/")) {
    try {
      return with_cache_policy(handle_api(request));
    } catch (const http::HttpError& error) {
      return api_error_response(error);
    }
  }
  // The FHIR view goes through the same routing and access checks; its errors are OperationOutcomes.
  if (fhir::is_fhir_path(path)) return with_cache_policy(fhir::guard(request, [&] { return handle_api(request); }));
  if (auto response = static_files_.serve(request)) return *response;
  throw http::not_found("no resource at " + path);
}

const http::Route& WebApp::admit(http::Request& request) {
  authenticator_.authenticate(request);
  const http::Route& route = router_.resolve(request);
  try {
    auth::authorize(request, route);
    auth::check_csrf(request);
  } catch (const http::HttpError& error) {
    audit_refusal(request, route, error);
    throw;
  }
  return route;
}

http::Response WebApp::handle_api(http::Request& request) { return admit(request).handler(request); }

std::vector<http::UploadRoute> WebApp::upload_routes() {
  http::UploadRoute imports = directory::import_upload_route();
  imports.admit = [this](http::Request& request) -> std::optional<http::Response> {
    try {
      admit(request);
      return std::nullopt;
    } catch (const http::HttpError& error) {
      return api_error_response(error);
    }
  };
  return {imports};
}

void WebApp::audit_refusal(const http::Request& request, const http::Route& route, const http::HttpError& error) {
  if (!request.principal()) return;
  auth::AuditEntry entry = auth::audit_entry(request, "access.denied", "route",
                                             std::string(request.method_name()) + " " + route.pattern,
                                             std::string(request.param(http::Route::kTenantParam)), "denied");
  try {
    db::with_transaction(db_, [&](db::Connection& c) { auth::append_audit(c, entry); });
  } catch (const std::exception& e) {
    log::error({{"event", "audit_failed"}, {"what", e.what()}, {"status", error.status()}});
  }
}

}  // namespace maillage::app
