#include "access/mt_indicators.h"

#include <algorithm>
#include <chrono>
#include <set>

namespace maillage::access {

namespace {

std::chrono::sys_days to_days(const std::string& iso) {
  using namespace std::chrono;
  return sys_days{year_month_day{year{std::stoi(iso.substr(0, 4))}, month{static_cast<unsigned>(std::stoi(iso.substr(5, 2)))},
                                 day{static_cast<unsigned>(std::stoi(iso.substr(8, 2)))}}};
}

void count(IndicatorCounts& c, const IndicatorRow& r) {
  ++c.registered;
  if (r.proposed_on) ++c.oriented;
  if (r.accepted_on) ++c.found;
  if (r.declared_on) ++c.declared;
}

}  // namespace

int days_between(const std::string& from, const std::string& to) {
  return static_cast<int>((to_days(to) - to_days(from)).count());
}

int nearest_rank(std::vector<int> values, int percent) {
  std::sort(values.begin(), values.end());
  // The smallest rank n with n / size >= percent / 100, counted from 1.
  std::size_t rank = (values.size() * static_cast<std::size_t>(percent) + 99) / 100;
  return values[std::max<std::size_t>(rank, 1) - 1];
}

MtIndicators compute_indicators(const std::vector<IndicatorRow>& rows, const std::vector<CensusEntry>& census,
                                const std::string& today) {
  MtIndicators out;
  std::vector<int> delays;
  for (const auto& r : rows) {
    count(out.total, r);
    count(out.by_month[r.entered_on.substr(0, 7)], r);
    if (r.groups.empty()) count(out.by_group["none"], r);
    for (const auto& g : r.groups) count(out.by_group[g], r);
    if (r.declared_on) delays.push_back(days_between(r.entered_on, *r.declared_on));
  }
  out.delays = static_cast<int>(delays.size());
  if (!delays.empty()) {
    out.median_days = nearest_rank(delays, 50);
    out.p90_days = nearest_rank(delays, 90);
  }
  std::set<std::string> doctors;
  for (const auto& e : census) {
    if (!e.accepts || e.valid_until < today) continue;
    doctors.insert(e.professional_id);
    ++out.census_sites;
    out.census_places += e.places.value_or(0);
  }
  out.census_doctors = static_cast<int>(doctors.size());
  return out;
}

}  // namespace maillage::access
