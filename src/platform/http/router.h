// Maps (method, path) to a handler. Patterns are literal segments and `{name}` parameters:
// "/api/communes/{code}". A path that matches no pattern is 404; a path that matches with another
// method is 405 with an `Allow` header.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "platform/http/request.h"
#include "platform/http/response.h"

namespace maillage::http {

using Handler = std::function<Response(Request&)>;

struct Route {
  Method method;
  std::string pattern;
  Handler handler;
};

class Router {
 public:
  /// Registers a route; throws std::logic_error on a duplicate (method, pattern).
  void add(Method method, std::string pattern, Handler handler);

  /// Finds the route for the request, stores its path parameters in it and calls the handler.
  /// Throws HttpError 404 or 405 when nothing matches.
  Response dispatch(Request& request) const;

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
