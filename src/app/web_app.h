// Assembles the HTTP application: API routes of every capability, the front end's static files,
// security headers, and the handler the server calls for each request.
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "directory/import_jobs.h"
#include "platform/auth/authenticator.h"
#include "platform/db/database.h"
#include "platform/http/problem.h"
#include "platform/http/router.h"
#include "platform/http/server.h"
#include "platform/http/static_files.h"
#include "referential/referential.h"

namespace maillage::app {

/// Settings the front end reads from `/api/ui-config`.
struct UiConfig {
  std::string tile_url;          // empty: the map shows no tile layer
  std::string tile_attribution;  // shown with the tiles when there are some
};

class WebApp {
 public:
  /// Registers every route; throws std::logic_error if one declares a permission that the
  /// permission table does not know.
  WebApp(db::Database& db, const std::filesystem::path& web_root, UiConfig ui, auth::AuthConfig auth = {});

  /// The handler to give the server.
  http::AppHandler handler();

  /// Headers every response carries (security policy).
  static std::vector<std::pair<std::string, std::string>> default_headers();

  /// The routes whose body is a file upload, streamed to disk (see http::UploadRoute), each
  /// admitting its body only for a caller the route's access checks let through.
  std::vector<http::UploadRoute> upload_routes();

  const http::Router& router() const { return router_; }
  referential::ReferentialService& referential() { return referential_; }

 private:
  http::Response handle(http::Request& request);
  http::Response handle_api(http::Request& request);
  /// Authenticates the request and checks its route's permission and CSRF token; throws the
  /// refusal (audited for signed-in callers).
  const http::Route& admit(http::Request& request);
  /// Records a refusal met by a signed-in caller (anonymous 401s are not worth a write each).
  void audit_refusal(const http::Request& request, const http::Route& route, const http::HttpError& error);

  db::Database& db_;
  UiConfig ui_;
  auth::Authenticator authenticator_;
  referential::ReferentialService referential_;
  http::StaticFiles static_files_;
  directory::ImportJobs import_jobs_;  // before router_: the routes refer to it
  http::Router router_;
};

}  // namespace maillage::app
