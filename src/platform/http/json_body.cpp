#include "platform/http/json_body.h"

#include <boost/json/parse.hpp>

namespace maillage::http {
namespace {

std::string trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n')) s.remove_suffix(1);
  return std::string(s);
}

}  // namespace

JsonBody::JsonBody(const Request& request, std::initializer_list<std::string_view> allowed) {
  std::string_view type = request.header("Content-Type");
  if (!type.starts_with("application/json")) {
    throw HttpError(415, "Unsupported media type", "the request body must be JSON (Content-Type: application/json)");
  }
  boost::system::error_code ec;
  auto value = boost::json::parse(request.body().empty() ? std::string_view("{}") : std::string_view(request.body()), ec);
  if (ec || !value.is_object()) throw invalid_field("body", "json", "the body must be a JSON object");
  object_ = std::move(value.as_object());
  for (const auto& [key, v] : object_) {
    bool known = false;
    for (auto a : allowed) known = known || a == key;
    if (!known) error(std::string(key), "unknown_field", "this field is not accepted here");
  }
}

std::optional<std::string> JsonBody::optional_text(std::string_view field, std::size_t max_length) {
  auto* v = object_.if_contains(field);
  if (!v || v->is_null()) return std::nullopt;
  if (!v->is_string()) {
    error(std::string(field), "type", "must be a string");
    return std::nullopt;
  }
  std::string s = trim(std::string_view(v->as_string()));
  if (s.empty()) {
    error(std::string(field), "required", "must not be empty");
    return std::nullopt;
  }
  if (s.size() > max_length) {
    error(std::string(field), "max_length", "must be at most " + std::to_string(max_length) + " characters");
    return std::nullopt;
  }
  return s;
}

std::string JsonBody::text(std::string_view field, std::size_t max_length) {
  if (auto* v = object_.if_contains(field); !v || v->is_null()) {
    error(std::string(field), "required", "is required");
    return {};
  }
  return optional_text(field, max_length).value_or("");
}

std::string JsonBody::file_content(std::string_view field, std::size_t max_bytes) {
  const boost::json::value* v = raw(field);
  if (!v || v->is_null()) {
    error(std::string(field), "required", "is required");
  } else if (!v->is_string()) {
    error(std::string(field), "type", "must be a string");
  } else if (v->as_string().size() > max_bytes) {
    error(std::string(field), "max_length", "must be at most " + std::to_string(max_bytes) + " bytes");
  } else {
    return std::string(v->as_string());
  }
  return {};
}

std::optional<bool> JsonBody::optional_bool(std::string_view field) {
  auto* v = object_.if_contains(field);
  if (!v || v->is_null()) return std::nullopt;
  if (!v->is_bool()) {
    error(std::string(field), "type", "must be true or false");
    return std::nullopt;
  }
  return v->as_bool();
}

std::optional<std::int64_t> JsonBody::integer(std::string_view field, std::int64_t min, std::int64_t max, bool required) {
  auto* v = object_.if_contains(field);
  if (!v || v->is_null()) {
    if (required) error(std::string(field), "required", "is required");
    return std::nullopt;
  }
  if (!v->is_int64() && !v->is_uint64()) {
    error(std::string(field), "integer", "must be a whole number");
    return std::nullopt;
  }
  std::int64_t n = v->is_int64() ? v->as_int64() : static_cast<std::int64_t>(std::min<std::uint64_t>(v->as_uint64(), INT64_MAX));
  if (n < min || n > max) {
    error(std::string(field), "range", "must be between " + std::to_string(min) + " and " + std::to_string(max));
    return std::nullopt;
  }
  return n;
}

void JsonBody::error(std::string field, std::string rule, std::string message) {
  errors_.push_back({std::move(field), std::move(rule), std::move(message)});
}

void JsonBody::finish() {
  if (!errors_.empty()) throw invalid_fields(std::move(errors_));
}

}  // namespace maillage::http
