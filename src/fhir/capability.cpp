#include "fhir/capability.h"

#include <boost/json.hpp>

#include "fhir/codes.h"
#include "fhir/search_params.h"

namespace maillage::fhir {
namespace json = boost::json;

namespace {
// When this statement last changed (CapabilityStatement.date).
constexpr std::string_view kDate = "2026-11-23";
}  // namespace

json::object capability_statement(const std::string& base) {
  json::array resources;
  for (const auto& def : resource_definitions()) {
    json::array params;
    for (const auto& p : def.params) {
      params.push_back({{"name", p.name}, {"type", to_string(p.type)}, {"documentation", p.documentation}});
    }
    resources.push_back({{"type", def.type},
                         {"interaction", json::array{{{"code", "read"}}, {{"code", "search-type"}}}},
                         {"searchParam", std::move(params)}});
  }
  json::object rest{
      {"mode", "server"},
      {"documentation",
       "Public directory of health professionals and structures (RPPS/ADELI, FINESS) as the national files publish "
       "it. Searches: _count (default 20, at most 200), paging through the Bundle links; unknown parameters are "
       "refused unless the request says Prefer: handling=lenient."},
      {"resource", std::move(resources)}};
  return {{"resourceType", "CapabilityStatement"},
          {"status", "active"},
          {"date", kDate},
          {"publisher", "Maillage"},
          {"kind", "instance"},
          {"software", {{"name", "Maillage"}}},
          {"implementation", {{"description", "Maillage: annuaire FHIR du territoire"}, {"url", base}}},
          {"fhirVersion", kFhirVersion},
          {"format", json::array{"json", "application/fhir+json"}},
          {"rest", json::array{std::move(rest)}}};
}

}  // namespace maillage::fhir
