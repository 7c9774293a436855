#include "referential/routes.h"

#include <boost/json.hpp>
#include <regex>

#include "platform/http/params.h"
#include "platform/http/problem.h"
#include "platform/util/text.h"
#include "referential/epci_search.h"

namespace maillage::referential {
namespace json = boost::json;
using http::Request;
using http::Response;

namespace {

const std::regex kInseeCode("^[0-9][0-9AB][0-9]{3}$");
const std::regex kPostcode("^[0-9]{5}$");
const std::regex kSiren("^[0-9]{9}$");

void require_format(const std::string& value, const std::regex& pattern, const char* field, const char* what) {
  if (!std::regex_match(value, pattern)) throw http::invalid_field(field, "format", std::string("must be ") + what);
}

json::value nullable(const std::optional<std::int64_t>& v) { return v ? json::value(*v) : json::value(nullptr); }

json::object code_and_name(const std::string& code, const std::string& name) { return {{"code", code}, {"name", name}}; }

json::object summary(const Referential& ref, const Commune& c, const FormerCommune* matched_former = nullptr) {
  const Departement* dep = ref.departement(c.departement_code);
  const Region* reg = ref.region(c.region_code);
  const Commune* parent = c.parent_code.empty() ? nullptr : ref.commune(c.parent_code);
  json::array postcodes;
  for (const auto& pc : c.postcodes) postcodes.emplace_back(pc);
  json::object o{
      {"code", c.code},
      {"name", c.name},
      {"kind", c.kind == CommuneKind::commune ? "commune" : "arrondissement"},
      {"population", nullable(c.population)},
      {"zone", to_string(c.zone)},
      {"departement", dep ? json::value(code_and_name(dep->code, dep->name)) : json::value(nullptr)},
      {"region", reg ? json::value(code_and_name(reg->code, reg->name)) : json::value(nullptr)},
      {"postcodes", std::move(postcodes)},
      {"parent", parent ? json::value(code_and_name(parent->code, parent->name)) : json::value(nullptr)},
      {"matched_former_name", nullptr},
  };
  if (matched_former) {
    o["matched_former_name"] = {
        {"code", matched_former->code}, {"name", matched_former->name}, {"kind", to_string(matched_former->kind)}};
  }
  return o;
}

json::object detail(const Referential& ref, const Commune& c) {
  json::object o = summary(ref, c);
  const Epci* epci = c.epci_siren.empty() ? nullptr : ref.epci(c.epci_siren);
  o["epci"] = epci ? json::value({{"siren", epci->siren}, {"name", epci->name}, {"type", epci->type}}) : json::value(nullptr);
  json::array postcodes;
  for (const auto* p : ref.postcodes_of(c)) {
    postcodes.push_back({{"postcode", p->postcode}, {"libelle_acheminement", p->libelle_acheminement}});
  }
  o["postcode_details"] = std::move(postcodes);
  if (c.coordinates) {
    o["coordinates"] = {{"lat", c.coordinates->latitude},
                        {"lon", c.coordinates->longitude},
                        {"estimated", c.coordinates->estimated},
                        {"method", c.coordinates->method}};
  } else {
    o["coordinates"] = nullptr;
  }
  json::array arrondissements;
  for (const auto* a : ref.arrondissements_of(c)) {
    arrondissements.push_back({{"code", a->code}, {"name", a->name}, {"population", nullable(a->population)}});
  }
  o["arrondissements"] = std::move(arrondissements);
  json::array former;
  for (const auto* f : ref.former_names_of(c)) {
    former.push_back({{"code", f->code}, {"name", f->name}, {"kind", to_string(f->kind)}});
  }
  o["former_names"] = std::move(former);
  return o;
}

// Referential data changes only on import: let clients and proxies cache answers briefly.
Response cacheable(json::value body) {
  Response r = Response::json(body);
  r.header("Cache-Control", "public, max-age=300");
  return r;
}

Response search_communes(const ReferentialService& service, const Request& req) {
  http::allow_only(req, {"q", "departement", "region", "epci", "postcode", "limit", "cursor"});
  auto ref = service.current();
  SearchQuery q;
  q.text = http::text_param(req, "q", 100);
  q.departement = http::text_param(req, "departement", 3);
  q.region = http::text_param(req, "region", 3);
  q.epci = http::text_param(req, "epci", 9);
  q.postcode = http::text_param(req, "postcode", 5);
  q.limit = static_cast<std::size_t>(http::integer_param(req, "limit", 20, 1, 100));
  q.offset = http::cursor_param(req);
  if (!q.departement.empty() && !ref->departement(q.departement)) {
    throw http::invalid_field("departement", "unknown_code", "no département has code '" + q.departement + "'");
  }
  if (!q.region.empty() && !ref->region(q.region)) {
    throw http::invalid_field("region", "unknown_code", "no région has code '" + q.region + "'");
  }
  if (!q.epci.empty()) {
    require_format(q.epci, kSiren, "epci", "a SIREN number of 9 digits");
    if (!ref->epci(q.epci)) throw http::invalid_field("epci", "unknown_code", "no EPCI has SIREN '" + q.epci + "'");
  }
  if (!q.postcode.empty()) require_format(q.postcode, kPostcode, "postcode", "a postcode of 5 digits");

  SearchPage page = ref->search(q);
  json::array items;
  for (const auto& hit : page.hits) items.push_back(summary(*ref, *hit.commune, hit.matched_former));
  return cacheable(json::object{
      {"items", std::move(items)},
      {"next_cursor", page.has_more ? json::value(http::make_cursor(q.offset + q.limit)) : json::value(nullptr)}});
}

Response get_commune(const ReferentialService& service, const Request& req) {
  http::allow_only(req, {});
  std::string code = req.param("code");
  for (auto& ch : code) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  require_format(code, kInseeCode, "code", "an INSEE code of 5 characters (e.g. 13203, 2A004)");
  auto ref = service.current();
  if (const Commune* c = ref->commune(code)) return cacheable(detail(*ref, *c));
  if (const FormerCommune* f = ref->former_commune(code)) {
    const Commune* current = ref->commune(f->current_code);
    http::HttpError error = http::not_found("'" + code + "' is the former commune " + f->name + ", now part of " +
                                            (current ? current->name : f->current_code) + " (" + f->current_code + ")");
    error.extensions()["current_code"] = f->current_code;
    throw error;
  }
  throw http::not_found("no commune has INSEE code '" + code + "'");
}

Response list_departements(const ReferentialService& service, const Request& req) {
  http::allow_only(req, {"region"});
  std::string region = http::text_param(req, "region", 3);
  auto ref = service.current();
  if (!region.empty() && !ref->region(region)) {
    throw http::invalid_field("region", "unknown_code", "no région has code '" + region + "'");
  }
  std::unordered_map<std::string, std::int64_t> population;
  std::unordered_map<std::string, std::int64_t> communes;
  for (const auto& c : ref->data().communes) {
    if (c.kind != CommuneKind::commune) continue;
    population[c.departement_code] += c.population.value_or(0);
    ++communes[c.departement_code];
  }
  json::array items;
  for (const auto& d : ref->data().departements) {
    if (!region.empty() && d.region_code != region) continue;
    const Region* r = ref->region(d.region_code);
    items.push_back({{"code", d.code},
                     {"name", d.name},
                     {"zone", to_string(d.zone)},
                     {"region", r ? json::value(code_and_name(r->code, r->name)) : json::value(nullptr)},
                     {"population", population[d.code]},
                     {"commune_count", communes[d.code]}});
  }
  return cacheable(json::object{{"items", std::move(items)}});
}

Response list_regions(const ReferentialService& service, const Request& req) {
  http::allow_only(req, {});
  auto ref = service.current();
  std::unordered_map<std::string, std::int64_t> population;
  std::unordered_map<std::string, std::int64_t> departements;
  for (const auto& c : ref->data().communes) {
    if (c.kind == CommuneKind::commune) population[c.region_code] += c.population.value_or(0);
  }
  for (const auto& d : ref->data().departements) ++departements[d.region_code];
  json::array items;
  for (const auto& r : ref->data().regions) {
    items.push_back({{"code", r.code},
                     {"name", r.name},
                     {"zone", to_string(r.zone)},
                     {"population", population[r.code]},
                     {"departement_count", departements[r.code]}});
  }
  return cacheable(json::object{{"items", std::move(items)}});
}

Response get_epci(const ReferentialService& service, const Request& req) {
  http::allow_only(req, {});
  const std::string& siren = req.param("siren");
  require_format(siren, kSiren, "siren", "a SIREN number of 9 digits");
  auto ref = service.current();
  const Epci* e = ref->epci(siren);
  if (!e) throw http::not_found("no EPCI has SIREN '" + siren + "'");
  json::array members;
  for (const auto& code : e->member_codes) {
    if (const Commune* c = ref->commune(code)) {
      members.push_back({{"code", c->code}, {"name", c->name}, {"population", nullable(c->population)}});
    }
  }
  return cacheable(json::object{{"siren", e->siren},
                                {"name", e->name},
                                {"type", e->type},
                                {"financing", e->financing},
                                {"population", nullable(e->population_municipale)},
                                {"population_totale", nullable(e->population_totale)},
                                {"members", std::move(members)}});
}

Response search_epci_route(const ReferentialService& service, const Request& req) {
  http::allow_only(req, {"q", "departement", "limit"});
  std::string q = http::text_param(req, "q", 100);
  std::string departement = http::text_param(req, "departement", 3);
  auto limit = static_cast<std::size_t>(http::integer_param(req, "limit", 20, 1, 100));
  auto ref = service.current();
  if (!departement.empty() && !ref->departement(departement)) {
    throw http::invalid_field("departement", "unknown_code", "no département has code '" + departement + "'");
  }
  json::array items;
  for (const Epci* e : search_epci(*ref, q, departement, limit)) {
    items.push_back({{"siren", e->siren},
                     {"name", e->name},
                     {"type", e->type},
                     {"population", nullable(e->population_municipale)},
                     {"commune_count", e->member_codes.size()}});
  }
  return cacheable(json::object{{"items", std::move(items)}});
}

Response get_postcode(const ReferentialService& service, const Request& req) {
  http::allow_only(req, {});
  const std::string& postcode = req.param("postcode");
  require_format(postcode, kPostcode, "postcode", "a postcode of 5 digits");
  auto ref = service.current();
  auto pairs = ref->postcode(postcode);
  if (pairs.empty()) throw http::not_found("no commune has postcode '" + postcode + "'");
  json::array communes;
  for (const auto* p : pairs) {
    const Commune* c = ref->commune(p->commune_code);
    json::object o = summary(*ref, *c);
    o["libelle_acheminement"] = p->libelle_acheminement;
    communes.push_back(std::move(o));
  }
  return cacheable(json::object{{"postcode", postcode}, {"communes", std::move(communes)}});
}

}  // namespace

void register_routes(http::Router& router, const ReferentialService& service) {
  using http::Method;
  auto bind = [&service](Response (*handler)(const ReferentialService&, const Request&)) {
    return [&service, handler](Request& req) { return handler(service, req); };
  };
  router.add(Method::get, "/api/communes", auth::Permission::public_access, bind(search_communes));
  router.add(Method::get, "/api/communes/{code}", auth::Permission::public_access, bind(get_commune));
  router.add(Method::get, "/api/departements", auth::Permission::public_access, bind(list_departements));
  router.add(Method::get, "/api/regions", auth::Permission::public_access, bind(list_regions));
  router.add(Method::get, "/api/epci", auth::Permission::public_access, bind(search_epci_route));
  router.add(Method::get, "/api/epci/{siren}", auth::Permission::public_access, bind(get_epci));
  router.add(Method::get, "/api/postcodes/{postcode}", auth::Permission::public_access, bind(get_postcode));
}

}  // namespace maillage::referential
