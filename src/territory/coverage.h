// Plan 100 % CPTS coverage (pure): the share of the population living in communes or parts
// attached to a CPTS, for the nation (metropolitan France and the DROM; the COM apart), a région
// or a département; counted for CPTS with a signed contract and for all CPTS; and the zones
// blanches — the communes, arrondissements or postcode parts that no CPTS covers.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "referential/referential.h"
#include "territory/model.h"

namespace maillage::territory {

enum class CoverageLevel { nation, region, departement };

/// An uncovered commune, or an uncovered part of a commune whose other parts are covered.
struct ZoneBlanche {
  std::string code;      // commune or arrondissement
  std::string postcode;  // set for a postcode part
  std::string name;
  std::string departement_code;
  std::int64_t population = 0;
  bool population_estimated = false;
};

struct Coverage {
  std::int64_t population = 0;
  std::int64_t covered_signed = 0;  // by CPTS whose contract is signed
  std::int64_t covered_all = 0;     // by all CPTS, projects included
  bool estimated = false;           // some covered figure uses an estimated part
  std::map<std::string, int> cpts_by_status;  // CPTS with territory in the area
  std::vector<ZoneBlanche> zones_blanches;    // largest population first
  // Nation level only: the COM, reported apart.
  std::int64_t com_population = 0;
  std::int64_t com_covered_all = 0;
};

/// `holdings`: every current element; `statuses`: the status of each CPTS by id. For the nation,
/// `code` is ignored.
Coverage compute_coverage(const referential::Referential& ref, const std::vector<Holding>& holdings,
                          const std::map<std::string, std::string>& statuses, CoverageLevel level,
                          const std::string& code);

}  // namespace maillage::territory
