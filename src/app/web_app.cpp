#include "app/web_app.h"

#include <algorithm>

#include "app/system_routes.h"
#include "platform/http/problem.h"
#include "referential/routes.h"

namespace maillage::app {

WebApp::WebApp(db::Database& db, const std::filesystem::path& web_root, UiConfig ui)
    : db_(db), ui_(std::move(ui)), referential_(db), static_files_(web_root) {
  referential_.reload();
  register_system_routes(router_, db_, referential_, ui_);
  referential::register_routes(router_, referential_);
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
      http::Response response = router_.dispatch(request);
      // API answers are private by default; a route that may be cached says so itself.
      bool has_cache_policy = std::any_of(response.headers.begin(), response.headers.end(),
                                          [](const auto& h) { return h.first == "Cache-Control"; });
      if (!has_cache_policy) response.header("Cache-Control", "no-store");
      return response;
    } catch (const http::HttpError& error) {
      http::Response response = http::problem_response(error);
      if (auto* allow = error.extensions().if_contains("allow")) response.header("Allow", std::string(allow->as_string()));
      response.header("Cache-Control", "no-store");
      return response;
    }
  }
  if (auto response = static_files_.serve(request)) return *response;
  throw http::not_found("no resource at " + path);
}

}  // namespace maillage::app
