// Maps (method, path) to a route. Patterns are literal segments and `{name}` parameters:
// "/api/communes/{code}". A path that matches no pattern is 404; a path that matches with another
// method is 405 with an `Allow` header. Every route declares the permission it needs; a route
// whose pattern holds `{cpts_id}` is a tenant route: the permission is checked on that CPTS.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "platform/auth/permissions.h"
#include "platform/http/request.h"
#include "platform/http/response.h"

namespace maillage::http {

using Handler = std::function<Response(Request&)>;

struct Route {
  Method method;
  std::string pattern;
  auth::Permission permission;
  Handler handler;

  /// The name of the CPTS path parameter of tenant routes.
  static constexpr std::string_view kTenantParam = "cpts_id";
  bool is_tenant_route() const { return pattern.find("{cpts_id}") != std::string::npos; }
};

class Router {
 public:
  /// Registers a route; throws std::logic_error on a duplicate (method, pattern).
  void add(Method method, std::string pattern, auth::Permission permission, Handler handler);

  /// Finds the route for the request and stores its path parameters in it. Throws HttpError 404
  /// or 405 when nothing matches.
  const Route& resolve(Request& request) const;

  /// True when some route's pattern matches `path` (whatever the method).
  bool matches_path(const std::string& path) const;

  const std::vector<Route>& routes() const { return routes_; }

 private:
  struct Compiled {
    std::vector<std::string> segments;  // "{name}" marks a parameter
  };
  static bool match(const Compiled& compiled, const std::vector<std::string_view>& path, Request::Pairs* params);

  std::vector<Route> routes_;
  std::vector<Compiled> compiled_;
};

}  // namespace maillage::http
