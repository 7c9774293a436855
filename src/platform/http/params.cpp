#include "platform/http/params.h"

#include <charconv>
#include <regex>

#include "platform/http/problem.h"
#include "platform/util/text.h"

namespace maillage::http {

void allow_only(const Request& request, std::initializer_list<std::string_view> allowed) {
  for (const auto& [name, value] : request.query_params()) {
    bool known = false;
    for (auto a : allowed) known = known || a == name;
    if (!known) throw invalid_field(name, "unknown_parameter", "this parameter is not accepted here");
  }
}

std::string text_param(const Request& request, std::string_view name, std::size_t max_length) {
  auto value = request.query(name);
  if (!value) return {};
  if (value->size() > max_length) {
    throw invalid_field(std::string(name), "max_length", "must be at most " + std::to_string(max_length) + " characters");
  }
  return *value;
}

long integer_param(const Request& request, std::string_view name, long fallback, long min, long max) {
  auto value = request.query(name);
  if (!value) return fallback;
  long parsed = 0;
  auto [end, ec] = std::from_chars(value->data(), value->data() + value->size(), parsed);
  if (ec != std::errc() || end != value->data() + value->size()) {
    throw invalid_field(std::string(name), "integer", "must be a whole number");
  }
  if (parsed < min || parsed > max) {
    throw invalid_field(std::string(name), "range",
                        "must be between " + std::to_string(min) + " and " + std::to_string(max));
  }
  return parsed;
}

std::string timestamp_param(const Request& request, std::string_view name) {
  static const std::regex kTimestamp("^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,3})?)?Z?)?$");
  std::string value = text_param(request, name, 30);
  if (!value.empty() && !std::regex_match(value, kTimestamp)) {
    throw invalid_field(std::string(name), "format", "must be a date (2026-11-23) or a UTC time (2026-11-23T10:00:00Z)");
  }
  return value;
}

std::size_t cursor_param(const Request& request) {
  auto value = request.query("cursor");
  if (!value || value->empty()) return 0;
  if (value->size() > 12 || value->front() != 'o' || !text::is_digits(value->substr(1))) {
    throw invalid_field("cursor", "format", "is not a cursor returned by this API");
  }
  return std::stoul(value->substr(1));
}

std::string make_cursor(std::size_t offset) { return "o" + std::to_string(offset); }

}  // namespace maillage::http
