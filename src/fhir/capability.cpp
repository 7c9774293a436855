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
    json::object resource{{"type", def.type}};
    json::array interactions{json::object{{"code", "read"}}};
    if (def.searchable) interactions.push_back(json::object{{"code", "search-type"}});
    resource["interaction"] = std::move(interactions);
    if (!def.includes.empty()) {
      json::array includes;
      for (auto include : def.includes) includes.emplace_back(include);
      resource["searchInclude"] = std::move(includes);
    }
    if (!params.empty()) resource["searchParam"] = std::move(params);
    resources.push_back(std::move(resource));
  }
  json::object rest{
      {"mode", "server"},
      {"documentation",
       "Public directory of health professionals and structures (RPPS/ADELI, FINESS) as the national files publish "
       "it, and the free unscheduled-care slots of the CPTS for the SAS (IG service-acces-aux-soins: Slot search by "
       "1 to 25 IDNPS and a start window of at most 31 days, Schedule read). Searches: _count (default 20, at most "
       "200), paging through the Bundle links; unknown parameters are refused unless the request says Prefer: "
       "handling=lenient."},
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
