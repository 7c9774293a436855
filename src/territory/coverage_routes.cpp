#include "territory/coverage_routes.h"

#include <boost/json.hpp>

#include "platform/http/params.h"
#include "platform/http/problem.h"
#include "territory/coverage_request.h"

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
  auto limit = static_cast<std::size_t>(http::integer_param(req, "limit", 50, 1, 500));
  std::size_t offset = http::cursor_param(req);
  auto ref = referential.current();
  CoverageArea area = read_coverage_area(req, *ref);
  Coverage coverage = current_coverage(db, *ref, area);
  auto& blanks = coverage.zones_blanches;
  sort_zones_blanches(req, blanks);
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
      {"level", area.level_name},
      {"code", area.code.empty() ? json::value(nullptr) : json::value(area.code)},
      {"name", area.name},
      {"population", coverage.population},
      {"covered", {{"signed_contract", share(coverage.covered_signed, coverage.population)},
                   {"all_cpts", share(coverage.covered_all, coverage.population)}}},
      {"population_estimated", coverage.estimated},
      {"cpts_by_status", std::move(by_status)},
      {"zones_blanches",
       {{"total", blanks.size()},
        {"items", std::move(items)},
        {"next_cursor", offset + limit < blanks.size() ? json::value(http::make_cursor(offset + limit)) : json::value(nullptr)}}}};
  if (area.level == CoverageLevel::nation) {
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
