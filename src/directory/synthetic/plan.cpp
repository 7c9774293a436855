#include "directory/synthetic/plan.h"

#include <cmath>
#include <stdexcept>

#include "directory/synthetic/nomenclature.h"

namespace maillage::directory::synthetic {
namespace {

std::uint64_t rounded(double x) { return x <= 0 ? 0 : static_cast<std::uint64_t>(std::llround(x)); }

}  // namespace

std::uint64_t Plan::lines() const {
  std::uint64_t n = extra_nurses;
  for (std::size_t r = 0; r < professionals.size(); ++r) n += professionals[r] + second_sites[r];
  auto kinds = structure_kinds();
  for (std::size_t k = 0; k < structures.size(); ++k) {
    std::uint64_t staff = 0;
    for (const auto& s : kinds[k].staff) staff += static_cast<std::uint64_t>(s.count);
    n += structures[k] * staff;
  }
  return n;
}

Plan plan_at(const SetProfile& set, double scale) {
  Plan plan;
  plan.scale = scale;
  auto population = static_cast<double>(set.population);
  for (const auto& row : density_rows()) {
    bool possible = row.practice != Practice::specialist || set.has_specialist_town;
    std::uint64_t n = possible ? rounded(row.per_100k * scale * population / 100'000) : 0;
    plan.professionals.push_back(n);
    plan.second_sites.push_back(rounded(row.second_site_share * static_cast<double>(n)));
  }
  auto kinds = structure_kinds();
  for (std::size_t k = 0; k < kinds.size(); ++k) {
    bool possible = k < set.has_structure_town.size() && set.has_structure_town[k];
    plan.structures.push_back(
        possible ? rounded(scale * population / static_cast<double>(kinds[k].inhabitants_per_structure)) : 0);
  }
  return plan;
}

Plan plan_for_lines(const SetProfile& set, std::uint64_t lines) {
  if (set.population <= 0) throw std::invalid_argument("the commune set has no inhabitants");
  double low = 0, high = 1;
  while (plan_at(set, high).lines() <= lines) high *= 2;
  for (int i = 0; i < 64; ++i) {  // the largest scale whose plan fits, to about 1e-19 relative
    double mid = (low + high) / 2;
    if (plan_at(set, mid).lines() <= lines) low = mid;
    else high = mid;
  }
  Plan plan = plan_at(set, low);
  plan.extra_nurses = lines - plan.lines();
  return plan;
}

}  // namespace maillage::directory::synthetic
