// The ACI indicators of the médecin-traitant mission (pure: no I/O), computed from what a request
// keeps after the purge — never from an identity:
// - registered: requests entered; oriented: proposed to a doctor at least once; found: accepted
//   by a doctor (the patient found a médecin traitant); declared: the declaration is done;
// - the same by priority group (a request counts in each of its groups; "none" when in no group)
//   and by month of entry;
// - the delay from entry to declaration in whole days: median and 90th percentile, by the
//   nearest-rank method (the smallest value with at least that share of delays at or below it);
// - the census: doctors and sites with a valid declaration accepting patients, places declared.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "access/mt_model.h"

namespace maillage::access {

/// What the indicators read of one request.
struct IndicatorRow {
  std::string entered_on;                // date of registration
  std::vector<std::string> groups;       // priority groups (see priority_groups)
  std::optional<std::string> proposed_on, accepted_on, declared_on;  // first proposal, acceptance, declaration
};

struct IndicatorCounts {
  int registered = 0, oriented = 0, found = 0, declared = 0;
};

struct MtIndicators {
  IndicatorCounts total;
  std::map<std::string, IndicatorCounts> by_group;  // "ald", "age_70", …, "none"
  std::map<std::string, IndicatorCounts> by_month;  // "2026-11"
  int delays = 0;                                  // requests with a declaration
  std::optional<int> median_days, p90_days;
  int census_doctors = 0, census_sites = 0, census_places = 0;
};

/// The indicators of `rows` and `census` on `today`.
MtIndicators compute_indicators(const std::vector<IndicatorRow>& rows, const std::vector<CensusEntry>& census,
                                const std::string& today);

/// The nearest-rank `percent` percentile of `values` (not empty).
int nearest_rank(std::vector<int> values, int percent);

/// Whole days from `from` to `to` (ISO dates).
int days_between(const std::string& from, const std::string& to);

}  // namespace maillage::access
