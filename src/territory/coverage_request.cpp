#include "territory/coverage_request.h"

#include <algorithm>
#include <tuple>

#include "platform/http/params.h"
#include "platform/http/problem.h"
#include "territory/cpts_store.h"
#include "territory/territory_store.h"

namespace maillage::territory {

CoverageArea read_coverage_area(const http::Request& req, const referential::Referential& ref) {
  std::string level = http::text_param(req, "level", 20);
  std::string code = http::text_param(req, "code", 3);
  if (level.empty() || level == "nation") return {CoverageLevel::nation, "nation", "", "France (métropole et DROM)"};
  if (level == "region") {
    const auto* r = ref.region(code);
    if (!r) throw http::invalid_field("code", "unknown_code", "no région has code '" + code + "'");
    return {CoverageLevel::region, level, code, r->name};
  }
  if (level == "departement") {
    const auto* d = ref.departement(code);
    if (!d) throw http::invalid_field("code", "unknown_code", "no département has code '" + code + "'");
    return {CoverageLevel::departement, level, code, d->name};
  }
  throw http::invalid_field("level", "one_of", "must be nation, region or departement");
}

void sort_zones_blanches(const http::Request& req, std::vector<ZoneBlanche>& zones) {
  std::string sort = http::text_param(req, "sort", 20);
  if (sort.empty() || sort == "population") return;  // compute_coverage's order
  if (sort == "name") {
    std::stable_sort(zones.begin(), zones.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
  } else if (sort == "code") {
    std::stable_sort(zones.begin(), zones.end(), [](const auto& a, const auto& b) {
      return std::tie(a.code, a.postcode) < std::tie(b.code, b.postcode);
    });
  } else {
    throw http::invalid_field("sort", "one_of", "must be population, name or code");
  }
}

HoldingsSnapshot load_holdings(db::Database& db) {
  HoldingsSnapshot snapshot;
  db::Lease lease = db.read();
  snapshot.holdings = current_holdings(*lease);
  for (const auto& c : list_cpts(*lease, {true, {}})) snapshot.statuses[c.id] = c.status;
  return snapshot;
}

Coverage current_coverage(db::Database& db, const referential::Referential& ref, const CoverageArea& area) {
  HoldingsSnapshot snapshot = load_holdings(db);
  return compute_coverage(ref, snapshot.holdings, snapshot.statuses, area.level, area.code);
}

}  // namespace maillage::territory
