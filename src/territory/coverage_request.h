// What the coverage routes share (the figures, the zones blanches exports and the coverage map):
// the area read from the `level` and `code` query parameters, the zones blanches order read from
// `sort`, and the coverage computed from the current holdings.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "platform/db/database.h"
#include "platform/http/request.h"
#include "referential/referential.h"
#include "territory/coverage.h"

namespace maillage::territory {

struct CoverageArea {
  CoverageLevel level = CoverageLevel::nation;
  std::string level_name = "nation";  // as in the query: nation, region, departement
  std::string code;                   // empty for the nation
  std::string name;                   // e.g. "Bouches-du-Rhône"
};

/// Reads `level` (nation by default) and `code`; 400 naming the parameter when either is invalid.
CoverageArea read_coverage_area(const http::Request& req, const referential::Referential& ref);

/// Reads `sort` (population, name or code; population by default) and orders the zones blanches
/// by it; 400 for another value.
void sort_zones_blanches(const http::Request& req, std::vector<ZoneBlanche>& zones);

/// The current holdings of every CPTS.
struct HoldingsSnapshot {
  std::vector<Holding> holdings;
  std::map<std::string, std::string> statuses;  // status of each CPTS by id
};
HoldingsSnapshot load_holdings(db::Database& db);

/// The coverage of `area` now.
Coverage current_coverage(db::Database& db, const referential::Referential& ref, const CoverageArea& area);

}  // namespace maillage::territory
