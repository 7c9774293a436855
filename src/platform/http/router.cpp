#include "platform/http/router.h"

#include <stdexcept>

#include "platform/http/problem.h"

namespace maillage::http {
namespace {

std::vector<std::string_view> split_path(std::string_view path) {
  std::vector<std::string_view> parts;
  std::size_t pos = 0;
  while (pos < path.size()) {
    if (path[pos] == '/') {
      ++pos;
      continue;
    }
    std::size_t end = path.find('/', pos);
    if (end == std::string_view::npos) end = path.size();
    parts.push_back(path.substr(pos, end - pos));
    pos = end;
  }
  return parts;
}

bool is_param(std::string_view segment) {
  return segment.size() > 2 && segment.front() == '{' && segment.back() == '}';
}

}  // namespace

void Router::add(Method method, std::string pattern, auth::Permission permission, Handler handler) {
  for (const auto& r : routes_) {
    if (r.method == method && r.pattern == pattern) throw std::logic_error("duplicate route " + pattern);
  }
  Compiled compiled;
  for (auto s : split_path(pattern)) compiled.segments.emplace_back(s);
  routes_.push_back({method, std::move(pattern), permission, std::move(handler)});
  compiled_.push_back(std::move(compiled));
}

bool Router::match(const Compiled& compiled, const std::vector<std::string_view>& path, Request::Pairs* params) {
  if (compiled.segments.size() != path.size()) return false;
  for (std::size_t i = 0; i < path.size(); ++i) {
    const std::string& segment = compiled.segments[i];
    if (is_param(segment)) {
      if (path[i].empty()) return false;
      if (params) params->emplace_back(segment.substr(1, segment.size() - 2), std::string(path[i]));
    } else if (segment != path[i]) {
      return false;
    }
  }
  return true;
}

const Route& Router::resolve(Request& request) const {
  auto path = split_path(request.path());
  std::string allowed;
  for (std::size_t i = 0; i < routes_.size(); ++i) {
    Request::Pairs params;
    if (!match(compiled_[i], path, &params)) continue;
    if (routes_[i].method == request.method() ||
        (request.method() == Method::head && routes_[i].method == Method::get)) {
      request.set_params(std::move(params));
      return routes_[i];
    }
    if (!allowed.empty()) allowed += ", ";
    allowed += boost::beast::http::to_string(routes_[i].method);
  }
  if (!allowed.empty()) {
    HttpError error(405, "Method not allowed",
                    "method " + std::string(request.method_name()) + " is not allowed on " + request.path());
    error.extensions()["allow"] = allowed;
    throw error;
  }
  throw not_found("no resource at " + request.path());
}

bool Router::matches_path(const std::string& path) const {
  auto parts = split_path(path);
  for (const auto& c : compiled_) {
    if (match(c, parts, nullptr)) return true;
  }
  return false;
}

}  // namespace maillage::http
