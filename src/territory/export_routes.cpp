#include "territory/export_routes.h"

#include <fmt/format.h>

#include <boost/json.hpp>

#include "platform/auth/access_control.h"
#include "platform/csv/csv_writer.h"
#include "platform/http/params.h"
#include "platform/http/problem.h"
#include "platform/util/text.h"
#include "territory/coverage_map.h"
#include "territory/coverage_request.h"
#include "territory/cpts_store.h"
#include "territory/geojson.h"
#include "territory/rules.h"
#include "territory/territory_store.h"

namespace maillage::territory {
namespace json = boost::json;
using auth::Permission;
using http::Request;
using http::Response;

namespace {

enum class Format { csv, geojson };

json::value postcode_or_null(const ElementKey& key) {
  return key.postcode.empty() ? json::value(nullptr) : json::value(key.postcode);
}

Response download(std::string body, Format format, const std::string& basename) {
  bool csv = format == Format::csv;
  return Response::attachment(std::move(body), csv ? "text/csv; charset=utf-8" : "application/geo+json",
                              fmt::format("{}.{}", basename, csv ? "csv" : "geojson"));
}

Response territory_export(db::Database& db, const referential::ReferentialService& referential, Request& req,
                          Format format) {
  http::allow_only(req, {"at"});
  std::string at = http::timestamp_param(req, "at");
  auto ref = referential.current();
  db::Lease lease = db.read();
  auto cpts = find_cpts(*lease, req.param("cpts_id"), auth::caller(req).scope(Permission::cpts_view));
  if (!cpts) throw http::not_found("no resource at " + req.path());
  auto records = territory_at(*lease, cpts->id, at);

  csv::CsvWriter csv;
  csv.row({"insee_code", "postcode", "name", "kind", "departement", "population", "population_estimated", "added_at"});
  json::array features;
  for (const auto& r : records) {
    const referential::Commune* c = ref->commune(r.key.code);
    std::string name = c ? c->name : r.key.code;
    std::string departement = c ? c->departement_code : "";
    std::string_view kind = to_string(element_kind(*ref, r.key).value_or(ElementKind::commune));
    Population p = element_population(*ref, r.key, r.entered_population);
    if (format == Format::csv) {
      csv.row({r.key.code, r.key.postcode, name, kind, departement, p.value, p.estimated ? "true" : "false", r.added_at});
    } else {
      features.push_back(point_feature(c, {{"code", r.key.code},
                                           {"postcode", postcode_or_null(r.key)},
                                           {"name", name},
                                           {"kind", kind},
                                           {"departement", departement},
                                           {"population", p.value},
                                           {"population_estimated", p.estimated},
                                           {"cpts", cpts->name}}));
    }
  }
  std::string body = format == Format::csv ? csv.str() : json::serialize(feature_collection(std::move(features)));
  return download(std::move(body), format, "territoire-" + text::slug(cpts->name));
}

Response zones_blanches_export(db::Database& db, const referential::ReferentialService& referential, Request& req,
                               Format format) {
  http::allow_only(req, {"level", "code", "sort"});
  auto ref = referential.current();
  CoverageArea area = read_coverage_area(req, *ref);
  Coverage coverage = current_coverage(db, *ref, area);
  sort_zones_blanches(req, coverage.zones_blanches);

  csv::CsvWriter csv;
  csv.row({"insee_code", "postcode", "name", "departement", "population", "population_estimated"});
  json::array features;
  for (const auto& z : coverage.zones_blanches) {
    if (format == Format::csv) {
      csv.row({z.code, z.postcode, z.name, z.departement_code, z.population, z.population_estimated ? "true" : "false"});
    } else {
      features.push_back(point_feature(ref->commune(z.code), {{"code", z.code},
                                                               {"postcode", z.postcode.empty() ? json::value(nullptr)
                                                                                               : json::value(z.postcode)},
                                                               {"name", z.name},
                                                               {"departement", z.departement_code},
                                                               {"population", z.population},
                                                               {"population_estimated", z.population_estimated}}));
    }
  }
  std::string body = format == Format::csv ? csv.str() : json::serialize(feature_collection(std::move(features)));
  return download(std::move(body), format, "zones-blanches-" + (area.code.empty() ? area.level_name : area.code));
}

Response map(db::Database& db, const referential::ReferentialService& referential, Request& req) {
  http::allow_only(req, {"level", "code"});
  auto ref = referential.current();
  CoverageArea area = read_coverage_area(req, *ref);
  if (area.level == CoverageLevel::nation) {
    throw http::invalid_field("level", "one_of", "must be region or departement (the nation is too large to map)");
  }
  HoldingsSnapshot snapshot = load_holdings(db);
  json::array features;
  for (const auto& e : coverage_map(*ref, snapshot.holdings, area.level, area.code)) {
    json::value cpts;  // null: a zone blanche
    if (e.holder) {
      cpts = json::object{{"id", e.holder->cpts_id},
                          {"name", e.holder->cpts_name},
                          {"status", snapshot.statuses[e.holder->cpts_id]}};
    }
    features.push_back(point_feature(e.commune, {{"code", e.key.code},
                                                 {"postcode", postcode_or_null(e.key)},
                                                 {"name", e.commune->name},
                                                 {"kind", to_string(e.kind)},
                                                 {"population", e.population.value},
                                                 {"population_estimated", e.population.estimated},
                                                 {"cpts", std::move(cpts)}}));
  }
  json::object body = feature_collection(std::move(features));
  body["area"] = {{"level", area.level_name}, {"code", area.code}, {"name", area.name}};
  return Response::json(body);
}

}  // namespace

void register_export_routes(http::Router& router, db::Database& db, const referential::ReferentialService& referential) {
  using http::Method;
  auto add = [&](const char* path, Permission permission, Response (*handler)(db::Database&,
                                                                               const referential::ReferentialService&,
                                                                               Request&, Format),
                 Format format) {
    router.add(Method::get, path, permission,
               [&db, &referential, handler, format](Request& r) { return handler(db, referential, r, format); });
  };
  add("/api/cpts/{cpts_id}/territory.csv", Permission::cpts_view, territory_export, Format::csv);
  add("/api/cpts/{cpts_id}/territory.geojson", Permission::cpts_view, territory_export, Format::geojson);
  add("/api/coverage/zones-blanches.csv", Permission::coverage_view, zones_blanches_export, Format::csv);
  add("/api/coverage/zones-blanches.geojson", Permission::coverage_view, zones_blanches_export, Format::geojson);
  router.add(Method::get, "/api/coverage/map", Permission::coverage_view,
             [&db, &referential](Request& r) { return map(db, referential, r); });
}

}  // namespace maillage::territory
