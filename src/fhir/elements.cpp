#include "fhir/elements.h"

#include <fmt/format.h>

#include <boost/json.hpp>
#include <regex>

#include "fhir/codes.h"

namespace maillage::fhir {
namespace json = boost::json;

void put(json::object& o, std::string_view key, const std::string& value) {
  if (!value.empty()) o[key] = value;
}
void put(json::object& o, std::string_view key, json::array value) {
  if (!value.empty()) o[key] = std::move(value);
}
void put(json::object& o, std::string_view key, std::optional<json::object> value) {
  if (value) o[key] = std::move(*value);
}

json::object resource(std::string_view type, const std::string& id, const std::string& updated_at) {
  static const std::regex kInstant(R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$)");
  json::object r{{"resourceType", type}, {"id", id}};
  if (std::regex_match(updated_at, kInstant)) r["meta"] = {{"lastUpdated", updated_at}};
  return r;
}

json::object reference(std::string_view type, const std::string& id, const std::string& display) {
  json::object r{{"reference", fmt::format("{}/{}", type, id)}};
  put(r, "display", display);
  return r;
}

std::optional<json::object> codeable(std::string_view system, const std::string& code, const std::string& display) {
  if (code.empty()) return std::nullopt;
  json::object coding;
  if (!system.empty()) coding["system"] = system;
  coding["code"] = code;
  put(coding, "display", display);
  json::object c{{"coding", json::array{std::move(coding)}}};
  put(c, "text", display);
  return c;
}

json::array codeables(std::initializer_list<std::optional<json::object>> items) {
  json::array out;
  for (const auto& item : items) {
    if (item) out.push_back(*item);
  }
  return out;
}

json::object identifier(std::string_view type_code, std::string_view system, const std::string& value) {
  return {{"use", "official"},
          {"type", {{"coding", json::array{{{"system", kIdentifierTypeSystem}, {"code", type_code}}}}}},
          {"system", system},
          {"value", value}};
}

}  // namespace maillage::fhir
