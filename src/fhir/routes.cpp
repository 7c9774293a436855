#include "fhir/routes.h"

#include <fmt/format.h>

#include <boost/json.hpp>
#include <chrono>
#include <memory>

#include "fhir/bundle.h"
#include "fhir/capability.h"
#include "fhir/city_index.h"
#include "fhir/ids.h"
#include "fhir/outcome.h"
#include "fhir/resources.h"
#include "fhir/slot_bundle.h"
#include "fhir/store.h"

namespace maillage::fhir {
namespace json = boost::json;
using http::Request;
using http::Response;

namespace {

template <class Row, class Render>
std::int64_t render(Page<Row> page, json::array& out, Render to_json) {
  for (const auto& row : page.rows) out.push_back(to_json(row));
  return page.total;
}

Response search(db::Database& db, CityIndexCache& city_cache, const Request& req, std::string_view type) {
  SearchRequest s = parse_search(req, type);
  std::string base = base_url(req);
  auto cities = city_cache.get();
  db::Lease lease = db.read();
  if (type == "Slot") {
    auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    return resource_response(slot_searchset(*lease, *cities, base, s, now.time_since_epoch().count()));
  }
  json::array resources;
  std::int64_t total = 0;
  if (type == "Practitioner") {
    total = render(search_practitioners(*lease, s, *cities), resources,
                   [&](const PractitionerRow& r) { return practitioner(r, *cities); });
  } else if (type == "PractitionerRole") {
    total = render(search_roles(*lease, s), resources, [](const SiteRow& r) { return practitioner_role(r); });
  } else if (type == "Organization") {
    total = render(search_structures(*lease, s, *cities), resources,
                   [&](const StructureRow& r) { return organization(r, *cities); });
  } else if (type == "HealthcareService") {
    total = render(search_structures(*lease, s, *cities), resources,
                   [](const StructureRow& r) { return healthcare_service(r); });
  } else {
    total = render(search_locations(*lease, s, *cities), resources,
                   [&](const LocationRow& r) { return location(r, *cities); });
  }
  return resource_response(searchset(base, s, total, std::move(resources)));
}

std::optional<json::object> find(db::Connection& c, const CityIndex& cities, std::string_view type,
                                 const std::string& id) {
  if (type == "Slot" || type == "Schedule") return read_slot_resource(c, type, id);
  if (type == "Practitioner") {
    if (auto r = read_practitioner(c, id)) return practitioner(*r, cities);
  } else if (type == "PractitionerRole") {
    if (auto r = read_site(c, id)) return practitioner_role(*r);
  } else if (type == "Location" && parse_site_resource_id(id)) {
    if (auto r = read_site(c, id)) return location(LocationRow(*r), cities);
  } else if (auto r = read_structure(c, id)) {
    if (type == "Organization") return organization(*r, cities);
    if (type == "HealthcareService") return healthcare_service(*r);
    return location(LocationRow(*r), cities);
  }
  return std::nullopt;
}

Response read(db::Database& db, CityIndexCache& city_cache, const Request& req, std::string_view type) {
  check_read_params(req);
  const std::string& id = req.param("id");
  std::optional<json::object> resource;
  if (is_valid_id(id)) {
    auto cities = city_cache.get();
    db::Lease lease = db.read();
    resource = find(*lease, *cities, type, id);
  }
  if (!resource) throw http::not_found(fmt::format("{}/{} is not known", type, id));
  return resource_response(*resource);
}

}  // namespace

void register_routes(http::Router& router, db::Database& db, const referential::ReferentialService& referential) {
  auto cities = std::make_shared<CityIndexCache>(referential);
  router.add(http::Method::get, "/fhir/metadata", auth::Permission::public_access, [](Request& r) {
    check_read_params(r);
    return resource_response(capability_statement(base_url(r)));
  });
  for (const auto& def : resource_definitions()) {
    std::string_view type = def.type;
    if (def.searchable) {
      router.add(http::Method::get, fmt::format("/fhir/{}", type), auth::Permission::public_access,
                 [&db, cities, type](Request& r) { return search(db, *cities, r, type); });
    }
    router.add(http::Method::get, fmt::format("/fhir/{}/{{id}}", type), auth::Permission::public_access,
               [&db, cities, type](Request& r) { return read(db, *cities, r, type); });
  }
}

}  // namespace maillage::fhir
