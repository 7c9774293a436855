// The médecin-traitant indicators: percentiles by the nearest-rank method (checked against their
// definition on random samples), days between dates across months and leap years, counts by group
// and month, and the valid census only.
#include "access/mt_indicators.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

namespace maillage::access {
namespace {

TEST(MtIndicators, PercentilesAreTheSmallestValueWithThatShareAtOrBelowIt) {
  std::mt19937 random(7);
  for (int round = 0; round < 200; ++round) {
    std::vector<int> values(1 + random() % 40);
    for (auto& v : values) v = static_cast<int>(random() % 100);
    for (int percent : {50, 90}) {
      int p = nearest_rank(values, percent);
      // Definition: the smallest v with count(x <= v) * 100 >= percent * n.
      std::vector<int> sorted = values;
      std::sort(sorted.begin(), sorted.end());
      int expected = *std::find_if(sorted.begin(), sorted.end(), [&](int v) {
        auto at_or_below = std::count_if(values.begin(), values.end(), [v](int x) { return x <= v; });
        return at_or_below * 100 >= static_cast<long>(percent) * static_cast<long>(values.size());
      });
      EXPECT_EQ(p, expected) << percent;
    }
  }
  EXPECT_EQ(nearest_rank({1, 2, 3, 4}, 50), 2);
  EXPECT_EQ(nearest_rank({5}, 90), 5);
}

TEST(MtIndicators, DaysBetweenDatesCrossMonthsAndLeapDays) {
  EXPECT_EQ(days_between("2026-01-05", "2026-01-25"), 20);
  EXPECT_EQ(days_between("2024-02-28", "2024-03-01"), 2);
  EXPECT_EQ(days_between("2025-12-31", "2026-01-01"), 1);
}

TEST(MtIndicators, CountsByGroupAndMonthAndTheValidCensus) {
  std::vector<IndicatorRow> rows = {
      {"2026-01-05", {"ald", "age_70"}, "2026-01-06", "2026-01-10", "2026-01-25"},
      {"2026-01-20", {}, "2026-01-21", "2026-01-22", std::nullopt},
      {"2026-02-01", {"child"}, std::nullopt, std::nullopt, std::nullopt},
      {"2026-02-03", {}, "2026-02-04", "2026-02-05", "2026-02-13"},
  };
  CensusEntry valid{.professional_id = "1", .site_key = "S1", .accepts = true, .places = 3, .valid_until = "2026-12-31"};
  CensusEntry second = valid;
  second.site_key = "S2";
  second.places = std::nullopt;
  CensusEntry expired = valid;
  expired.professional_id = "2";
  expired.valid_until = "2026-01-01";
  CensusEntry refusing = valid;
  refusing.professional_id = "3";
  refusing.accepts = false;
  auto m = compute_indicators(rows, {valid, second, expired, refusing}, "2026-03-01");
  EXPECT_EQ(m.total.registered, 4);
  EXPECT_EQ(m.total.oriented, 3);
  EXPECT_EQ(m.total.found, 3);
  EXPECT_EQ(m.total.declared, 2);
  EXPECT_EQ(m.by_group.at("ald").found, 1);
  EXPECT_EQ(m.by_group.at("age_70").registered, 1);
  EXPECT_EQ(m.by_group.at("none").registered, 2);
  EXPECT_EQ(m.by_group.at("none").found, 2);
  EXPECT_EQ(m.by_group.at("none").declared, 1);
  EXPECT_EQ(m.by_month.at("2026-01").oriented, 2);
  EXPECT_EQ(m.by_month.at("2026-02").registered, 2);
  EXPECT_EQ(m.delays, 2);
  EXPECT_EQ(m.median_days, 10);  // delays 20 and 10
  EXPECT_EQ(m.p90_days, 20);
  EXPECT_EQ(m.census_doctors, 1);
  EXPECT_EQ(m.census_sites, 2);
  EXPECT_EQ(m.census_places, 3);
}

}  // namespace
}  // namespace maillage::access
