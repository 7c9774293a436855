#include "fhir/outcome.h"

#include <boost/json.hpp>
#include <regex>

#include "fhir/codes.h"
#include "platform/util/log.h"

namespace maillage::fhir {
namespace {
namespace json = boost::json;

// The FHIR IssueType of an HTTP status (http://hl7.org/fhir/valueset-issue-type.html).
std::string_view issue_code(unsigned status) {
  switch (status) {
    case 401: return "login";
    case 403: return "forbidden";
    case 404: return "not-found";
    case 405:
    case 406: return "not-supported";
    case 409: return "conflict";
    case 413: return "too-costly";
    case 429: return "throttled";
    default: return status >= 500 ? "exception" : "invalid";
  }
}

}  // namespace

bool is_fhir_path(const std::string& path) { return path == "/fhir" || path.starts_with("/fhir/"); }

http::Response resource_response(const json::value& resource, unsigned status) {
  http::Response r = http::Response::json(resource, status);
  r.content_type = kContentType;
  return r;
}

http::Response outcome_response(const http::HttpError& error) {
  json::array issues;
  for (const auto& e : error.errors()) {
    issues.push_back({{"severity", "error"},
                      {"code", e.rule == "not_supported" ? "not-supported" : std::string(issue_code(error.status()))},
                      {"diagnostics", "parameter '" + e.field + "': " + e.message},
                      {"expression", json::array{json::string(e.field)}}});
  }
  if (issues.empty()) {
    issues.push_back({{"severity", "error"}, {"code", issue_code(error.status())}, {"diagnostics", error.what()}});
  }
  http::Response r = resource_response(json::object{{"resourceType", "OperationOutcome"}, {"issue", std::move(issues)}},
                                       error.status());
  if (auto* allow = error.extensions().if_contains("allow")) r.header("Allow", std::string(allow->as_string()));
  if (auto* wait = error.extensions().if_contains("retry_after_seconds")) {
    r.header("Retry-After", std::to_string(wait->to_number<std::int64_t>()));
  }
  return r;
}

http::Response guard(const http::Request& request, const std::function<http::Response()>& handle) {
  try {
    return handle();
  } catch (const http::HttpError& error) {
    return outcome_response(error);
  } catch (const std::exception& e) {
    log::error({{"event", "unhandled_error"}, {"path", request.path()}, {"what", e.what()}});
    http::Response r = outcome_response(
        http::HttpError(500, "Internal server error", "an unexpected error occurred; it has been logged"));
    r.header("Cache-Control", "no-store");
    return r;
  }
}

std::string base_url(const http::Request& request) {
  static const std::regex kHost(R"(^([A-Za-z0-9.\-]+|\[[0-9A-Fa-f:.]+\])(:[0-9]{1,5})?$)");
  std::string host(request.header("Host"));
  if (!std::regex_match(host, kHost)) {
    throw http::HttpError(400, "Invalid request", "a Host header is required to build the links of the answer");
  }
  std::string scheme = request.header("X-Forwarded-Proto") == "https" ? "https" : "http";
  return scheme + "://" + host + "/fhir";
}

}  // namespace maillage::fhir
