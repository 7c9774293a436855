// Reading a JSON request body field by field. Every problem (wrong content type, invalid JSON,
// unknown field, missing or invalid value) becomes a 4xx naming the field and the rule; all
// field errors of a body are reported together by `finish()`.
#pragma once

#include <boost/json/object.hpp>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "platform/http/problem.h"
#include "platform/http/request.h"

namespace maillage::http {

class JsonBody {
 public:
  /// Parses the body (415 unless `Content-Type: application/json`; 400 for invalid JSON or a
  /// non-object) and refuses any field not in `allowed`.
  JsonBody(const Request& request, std::initializer_list<std::string_view> allowed);

  bool has(std::string_view field) const { return object_.contains(field); }
  /// The raw value of a field (nullptr when absent), for structured fields read by the caller.
  const boost::json::value* raw(std::string_view field) const { return object_.if_contains(field); }

  /// A string of 1..max_length characters (after trimming spaces), required.
  std::string text(std::string_view field, std::size_t max_length);
  /// Same, but absent or null gives nothing.
  std::optional<std::string> optional_text(std::string_view field, std::size_t max_length);
  std::optional<bool> optional_bool(std::string_view field);
  /// The text of an uploaded file (a string of at most `max_bytes`), required and exactly as sent:
  /// not trimmed, so that line numbers are the file's even when it starts with blank lines.
  std::string file_content(std::string_view field, std::size_t max_bytes);
  /// An integer in [min, max]; absent gives nothing unless `required`.
  std::optional<std::int64_t> integer(std::string_view field, std::int64_t min, std::int64_t max, bool required);

  /// Records a rule broken by a value the caller checked itself.
  void error(std::string field, std::string rule, std::string message);

  /// Throws a 400 listing every recorded error, if any.
  void finish();

 private:
  boost::json::object object_;
  std::vector<FieldError> errors_;
};

}  // namespace maillage::http
