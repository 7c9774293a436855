// Errors as RFC 9457 `application/problem+json`. Handlers throw `HttpError`; the server turns it
// into a response. Validation failures carry `errors`: one {field, rule, message} per broken rule.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

#include <boost/json/object.hpp>

#include "platform/http/response.h"

namespace maillage::http {

/// One broken rule of one input field, e.g. {"limit", "range", "must be between 1 and 100"}.
struct FieldError {
  std::string field;
  std::string rule;
  std::string message;
};

class HttpError : public std::runtime_error {
 public:
  HttpError(unsigned status, std::string title, std::string detail, std::vector<FieldError> errors = {})
      : std::runtime_error(detail), status_(status), title_(std::move(title)), errors_(std::move(errors)) {}

  unsigned status() const { return status_; }
  const std::string& title() const { return title_; }
  const std::vector<FieldError>& errors() const { return errors_; }
  /// Extra members added to the problem document (e.g. the conflicting resource).
  boost::json::object& extensions() { return extensions_; }
  const boost::json::object& extensions() const { return extensions_; }

 private:
  unsigned status_;
  std::string title_;
  std::vector<FieldError> errors_;
  boost::json::object extensions_;
};

/// 400 for one invalid field: names the field and the rule it broke.
HttpError invalid_field(std::string field, std::string rule, std::string message);

/// 400 for several invalid fields at once.
HttpError invalid_fields(std::vector<FieldError> errors);

/// 404 for a resource that does not exist (or that the caller may not know exists).
HttpError not_found(std::string detail);

/// Renders a problem document for `status` (the `type` is a stable URN per status).
Response problem_response(unsigned status, const std::string& title, const std::string& detail,
                          const std::vector<FieldError>& errors = {},
                          const boost::json::object& extensions = {});

Response problem_response(const HttpError& error);

}  // namespace maillage::http
