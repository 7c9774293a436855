#include "platform/http/problem.h"

#include <boost/json/array.hpp>

namespace maillage::http {

HttpError invalid_field(std::string field, std::string rule, std::string message) {
  std::string detail = "parameter '" + field + "': " + message;
  return HttpError(400, "Invalid request", detail, {{std::move(field), std::move(rule), std::move(message)}});
}

HttpError invalid_fields(std::vector<FieldError> errors) {
  std::string detail;
  for (const auto& e : errors) detail += (detail.empty() ? "" : "; ") + e.field + ": " + e.message;
  return HttpError(400, "Invalid request", detail, std::move(errors));
}

HttpError not_found(std::string detail) { return HttpError(404, "Not found", std::move(detail)); }

Response problem_response(unsigned status, const std::string& title, const std::string& detail,
                          const std::vector<FieldError>& errors, const boost::json::object& extensions) {
  boost::json::object doc = extensions;
  doc["type"] = "urn:maillage:problem:" + std::to_string(status);
  doc["title"] = title;
  doc["status"] = status;
  doc["detail"] = detail;
  if (!errors.empty()) {
    boost::json::array list;
    for (const auto& e : errors) list.push_back({{"field", e.field}, {"rule", e.rule}, {"message", e.message}});
    doc["errors"] = std::move(list);
  }
  Response r = Response::json(doc, status);
  r.content_type = "application/problem+json";
  return r;
}

Response problem_response(const HttpError& error) {
  return problem_response(error.status(), error.title(), error.what(), error.errors(), error.extensions());
}

}  // namespace maillage::http
