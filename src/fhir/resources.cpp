#include "fhir/resources.h"

#include <fmt/format.h>

#include <boost/json.hpp>

#include "fhir/codes.h"
#include "fhir/elements.h"
#include "fhir/ids.h"

namespace maillage::fhir {
namespace {
namespace json = boost::json;

/// TRE_R23: modes d'exercice (L libéral, S salarié, B bénévole).
constexpr std::string_view kModeSystem =
    "https://mos.esante.gouv.fr/NOS/TRE_R23-ModeExercice/FHIR/TRE-R23-ModeExercice";

std::optional<json::object> address(const PostalAddress& a, const CityIndex& cities) {
  json::object out;
  if (!a.line.empty()) out["line"] = json::array{json::string(a.line)};
  const std::string* city = cities.city(a.commune_code);
  put(out, "city", city ? *city : a.commune);
  put(out, "postalCode", a.postcode);
  if (out.empty()) return std::nullopt;
  out["use"] = "work";
  return out;
}

json::array telecom(std::initializer_list<std::pair<std::string_view, const std::string*>> points) {
  json::array out;
  for (const auto& [system, value] : points) {
    if (!value->empty()) out.push_back({{"system", system}, {"value", *value}, {"use", "work"}});
  }
  return out;
}

void put_position(json::object& o, const std::optional<double>& latitude, const std::optional<double>& longitude) {
  if (latitude && longitude) o["position"] = {{"longitude", *longitude}, {"latitude", *latitude}};
}

json::object site_location(const SiteRow& row, const CityIndex& cities) {
  const auto& s = row.site;
  json::object r = resource("Location", site_resource_id(row.professional.national_id, s.site_key), row.updated_at);
  put(r, "name", s.structure_name);
  r["mode"] = "instance";
  put(r, "address", address({s.address, s.postcode, s.commune_code, s.commune}, cities));
  put_position(r, row.latitude, row.longitude);
  if (!row.organization.empty()) r["managingOrganization"] = reference("Organization", row.organization);
  return r;
}

json::object structure_location(const StructureRow& row, const CityIndex& cities) {
  json::object r = resource("Location", row.finess, row.updated_at);
  put(r, "name", row.name);
  r["mode"] = "instance";
  put(r, "address", address(row.address, cities));
  put_position(r, row.latitude, row.longitude);
  r["managingOrganization"] = reference("Organization", row.finess, row.name);
  return r;
}

}  // namespace

std::string display_name(const directory::Professional& p) {
  return p.first_name.empty() ? p.last_name : fmt::format("{} {}", p.first_name, p.last_name);
}

std::optional<json::object> specialty(const directory::PracticeSite& site) {
  bool ordinal = site.specialty_type.empty() || site.specialty_type == "S";
  return codeable(ordinal ? kSpecialtySystem : "", site.specialty_code, site.specialty);
}

json::object practitioner(const PractitionerRow& row, const CityIndex& cities) {
  const auto& p = row.professional;
  json::object r = resource("Practitioner", p.national_id, row.updated_at);
  r["identifier"] = json::array{identifier("IDNPS", kIdnpsSystem, p.national_id)};
  json::object name{{"use", "official"}, {"family", p.last_name}};
  if (!p.first_name.empty()) name["given"] = json::array{json::string(p.first_name)};
  if (!p.civility.empty()) name["prefix"] = json::array{json::string(p.civility)};
  r["name"] = json::array{std::move(name)};
  json::array addresses;
  for (const auto& a : row.addresses) {
    if (auto o = address(a, cities)) addresses.push_back(std::move(*o));
  }
  put(r, "address", std::move(addresses));
  if (auto code = codeable(kProfessionSystem, p.profession_code, p.profession)) {
    r["qualification"] = json::array{json::object{{"code", std::move(*code)}}};
  }
  return r;
}

json::object practitioner_role(const SiteRow& row) {
  const auto& p = row.professional;
  const auto& s = row.site;
  std::string id = site_resource_id(p.national_id, s.site_key);
  json::object r = resource("PractitionerRole", id, row.updated_at);
  r["practitioner"] = reference("Practitioner", p.national_id, display_name(p));
  if (!row.organization.empty()) r["organization"] = reference("Organization", row.organization, s.structure_name);
  r["location"] = json::array{reference("Location", id)};
  put(r, "code",
      codeables(
          {codeable(kProfessionSystem, p.profession_code, p.profession), codeable(kModeSystem, s.mode_code, s.mode)}));
  put(r, "specialty", codeables({specialty(s)}));
  put(r, "telecom", telecom({{"phone", &s.phone}, {"phone", &s.phone2}, {"email", &s.email}}));
  return r;
}

json::object location(const LocationRow& row, const CityIndex& cities) {
  if (const auto* structure = std::get_if<StructureRow>(&row)) return structure_location(*structure, cities);
  return site_location(std::get<SiteRow>(row), cities);
}

json::object organization(const StructureRow& row, const CityIndex& cities) {
  json::object r = resource("Organization", row.finess, row.updated_at);
  r["identifier"] =
      json::array{identifier("FINEG", kFinessSystem, row.finess), identifier("IDNST", kIdnstSystem, "1" + row.finess)};
  put(r, "type", codeables({codeable(kCategorySystem, row.category_code, row.category)}));
  put(r, "name", row.name);
  if (!row.long_name.empty() && row.long_name != row.name) r["alias"] = json::array{json::string(row.long_name)};
  put(r, "telecom", telecom({{"phone", &row.phone}}));
  if (auto a = address(row.address, cities)) r["address"] = json::array{std::move(*a)};
  return r;
}

json::object healthcare_service(const StructureRow& row) {
  json::object r = resource("HealthcareService", row.finess, row.updated_at);
  r["providedBy"] = reference("Organization", row.finess, row.name);
  put(r, "type", codeables({codeable(kCategorySystem, row.category_code, row.category)}));
  r["location"] = json::array{reference("Location", row.finess)};
  put(r, "name", row.name);
  put(r, "telecom", telecom({{"phone", &row.phone}}));
  return r;
}

}  // namespace maillage::fhir
