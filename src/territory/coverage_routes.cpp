#include "territory/coverage_routes.h"

#include <algorithm>
#include <boost/json.hpp>

#include "platform/http/params.h"
#include "platform/http/problem.h"
#include "territory/coverage.h"
#include "territory/cpts_store.h"
#include "territory/territory_store.h"

namespace maillage::territory {
namespace json = boost::json;
using http::Request;
using http::Response;

namespace {

json::object share(std::int64_t covered, std::int64_t population) {
  return {{"population", covered}, {"share", population > 0 ? static_cast<double>(covered) / population : 0.0}};
}

Response get_coverage(db::Database& db, const referential::ReferentialService& referential, Request& req) {
  http::allow_only(req, {"level", "code", "sort", "limit", "cursor"});
  std::string level_text = http::text_param(req, "level", 20);
  std::string code = http::text_param(req, "code", 3);
  std::string sort = http::text_param(req, "sort", 20);
  auto limit = static_cast<std::size_t>(http::integer_param(req, "limit", 50, 1, 500));
  std::size_t offset = http::cursor_param(req);
  auto ref = referential.current();

  CoverageLevel level = CoverageLevel::nation;
  std::string name = "France (métropole et DROM)";
  if (level_text == "region") {
    level = CoverageLevel::region;
    const auto* r = ref->region(code);
    if (!r) throw http::invalid_field("code", "unknown_code", "no région has code '" + code + "'");
    name = r->name;
  } else if (level_text == "departement") {
    level = CoverageLevel::departement;
    const auto* d = ref->departement(code);
    if (!d) throw http::invalid_field("code", "unknown_code", "no département has code '" + code + "'");
    name = d->name;
  } else if (!level_text.empty() && level_text != "nation") {
    throw http::invalid_field("level", "one_of", "must be nation, region or departement");
  }
  if (!sort.empty() && sort != "population" && sort != "name" && sort != "code") {
    throw http::invalid_field("sort", "one_of", "must be population, name or code");
  }

  std::vector<Holding> holdings;
  std::map<std::string, std::string> statuses;
  {
    db::Lease lease = db.read();
    holdings = current_holdings(*lease);
    for (const auto& c : list_cpts(*lease, {true, {}})) statuses[c.id] = c.status;
  }
  Coverage coverage = compute_coverage(*ref, holdings, statuses, level, code);
  auto& blanks = coverage.zones_blanches;
  if (sort == "name") {
    std::stable_sort(blanks.begin(), blanks.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
  } else if (sort == "code") {
    std::stable_sort(blanks.begin(), blanks.end(), [](const auto& a, const auto& b) {
      return std::tie(a.code, a.postcode) < std::tie(b.code, b.postcode);
    });
  }
  json::array items;
  for (std::size_t i = offset; i < blanks.size() && i < offset + limit; ++i) {
    const auto& z = blanks[i];
    items.push_back({{"code", z.code},
                     {"postcode", z.postcode.empty() ? json::value(nullptr) : json::value(z.postcode)},
                     {"name", z.name},
                     {"departement", z.departement_code},
                     {"population", z.population},
                     {"population_estimated", z.population_estimated}});
  }
  json::object by_status;
  for (const auto& [status, n] : coverage.cpts_by_status) by_status[status] = n;
  json::object body{
      {"level", level_text.empty() ? "nation" : level_text},
      {"code", level == CoverageLevel::nation ? json::value(nullptr) : json::value(code)},
      {"name", name},
      {"population", coverage.population},
      {"covered", {{"signed_contract", share(coverage.covered_signed, coverage.population)},
                   {"all_cpts", share(coverage.covered_all, coverage.population)}}},
      {"population_estimated", coverage.estimated},
      {"cpts_by_status", std::move(by_status)},
      {"zones_blanches",
       {{"total", blanks.size()},
        {"items", std::move(items)},
        {"next_cursor", offset + limit < blanks.size() ? json::value(http::make_cursor(offset + limit)) : json::value(nullptr)}}}};
  if (level == CoverageLevel::nation) {
    body["com"] = {{"population", coverage.com_population}, {"covered_population", coverage.com_covered_all}};
  }
  return Response::json(body);
}

}  // namespace

void register_coverage_routes(http::Router& router, db::Database& db, const referential::ReferentialService& referential) {
  router.add(http::Method::get, "/api/coverage", auth::Permission::coverage_view,
             [&db, &referential](Request& r) { return get_coverage(db, referential, r); });
}

}  // namespace maillage::territory
