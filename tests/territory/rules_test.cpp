// The territory rules on the real referential: each rule bites, names what it refuses and who
// holds it; populations and tailles add up.
#include "territory/rules.h"

#include <gtest/gtest.h>

#include "platform/db/sqlite_database.h"
#include "referential/store.h"
#include "support/referential_fixture.h"
#include "support/server_process.h"

namespace maillage::territory {
namespace {

class TerritoryRules : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    snapshot = testing::fixture_referential();
  }
  static const referential::Referential& ref() { return *snapshot; }

  // CPTS "A" holds Marseille 2e (13202) and Aix-en-Provence (13001); "B" holds Toulouse 31400.
  HoldingsIndex holdings() const {
    return HoldingsIndex({{{"13202", ""}, "a", "CPTS A", std::nullopt},
                          {{"13001", ""}, "a", "CPTS A", std::nullopt},
                          {{"31555", "31400"}, "b", "CPTS B", std::nullopt}});
  }
  AdditionPlan add(const std::string& cpts, std::vector<ElementKey> wanted) const {
    return plan_additions(ref(), holdings(), cpts, wanted);
  }
  static void expect_single(const AdditionPlan& plan, const std::string& rule, const std::string& holder = "") {
    ASSERT_EQ(plan.violations.size(), 1u);
    EXPECT_EQ(plan.violations[0].rule, rule) << plan.violations[0].message;
    EXPECT_EQ(plan.violations[0].holder_cpts_name, holder);
    if (!holder.empty()) {
      EXPECT_NE(plan.violations[0].message.find(holder), std::string::npos);
    }
    EXPECT_TRUE(plan.to_add.empty());
  }
  static std::shared_ptr<const referential::Referential> snapshot;
};
std::shared_ptr<const referential::Referential> TerritoryRules::snapshot;

TEST_F(TerritoryRules, FreeCommunesAndPartsCanBeAddedAcrossDepartementBorders) {
  auto plan = add("c", {{"13203", ""}, {"84007", ""}, {"31555", "31000"}});  // Marseille 3e, Avignon, Toulouse 31000
  EXPECT_TRUE(plan.violations.empty());
  EXPECT_EQ(plan.to_add.size(), 3u);
}

TEST_F(TerritoryRules, ACommuneBelongsToAtMostOneCpts) {
  expect_single(add("c", {{"13001", ""}}), "commune_taken", "CPTS A");
}

TEST_F(TerritoryRules, APartBelongsToAtMostOneCpts) {
  expect_single(add("c", {{"13202", ""}}), "part_taken", "CPTS A");
  expect_single(add("c", {{"31555", "31400"}}), "part_taken", "CPTS B");
}

TEST_F(TerritoryRules, ACommuneIsWholeOrSplitNeverBoth) {
  expect_single(add("c", {{"13055", ""}}), "whole_and_parts", "CPTS A");   // Marseille while 2e is held
  expect_single(add("c", {{"31555", ""}}), "whole_and_parts", "CPTS B");   // Toulouse while 31400 is held
  auto same_request = add("c", {{"69123", ""}, {"69381", ""}});            // Lyon and Lyon 1er together
  ASSERT_EQ(same_request.violations.size(), 1u);
  EXPECT_EQ(same_request.violations[0].rule, "whole_and_parts");
  EXPECT_TRUE(same_request.to_add.empty());
}

TEST_F(TerritoryRules, OnlyRealPostcodesOfACommuneCanBeParts) {
  expect_single(add("c", {{"31555", "75001"}}), "postcode_not_of_commune");
}

TEST_F(TerritoryRules, SinglePostcodeCommunesAndArrondissementsAreNotSplitByPostcode) {
  expect_single(add("c", {{"01001", "01400"}}), "not_divisible");  // L'Abergement-Clémenciat: one postcode
  expect_single(add("c", {{"13055", "13003"}}), "not_divisible");  // Marseille splits by arrondissement
  expect_single(add("c", {{"13203", "13003"}}), "not_divisible");
}

TEST_F(TerritoryRules, UnknownCodesAreRefusedAndFormerCodesExplained) {
  expect_single(add("c", {{"99999", ""}}), "unknown_commune");
  auto former = add("c", {{"01340", ""}});  // Saint-Bois, now part of Arboys en Bugey
  ASSERT_EQ(former.violations.size(), 1u);
  EXPECT_NE(former.violations[0].message.find("01015"), std::string::npos);
}

TEST_F(TerritoryRules, WhatTheCptsAlreadyHoldsIsNotAConflict) {
  auto plan = add("a", {{"13001", ""}, {"13203", ""}});
  EXPECT_TRUE(plan.violations.empty());
  EXPECT_EQ(plan.already_held, (std::vector<ElementKey>{{"13001", ""}}));
  EXPECT_EQ(plan.to_add, (std::vector<ElementKey>{{"13203", ""}}));
}

TEST_F(TerritoryRules, ArrondissementsCarryTheirOfficialPopulation) {
  auto p = element_population(ref(), {"13203", ""}, std::nullopt);
  EXPECT_EQ(p.value, *ref().commune("13203")->population);
  EXPECT_FALSE(p.estimated);
}

TEST_F(TerritoryRules, PostcodePartsSplitTheCommuneExactlyUnlessEntered) {
  const auto* toulouse = ref().commune("31555");
  ASSERT_GE(toulouse->postcodes.size(), 2u);
  std::int64_t sum = 0;
  for (const auto& pc : toulouse->postcodes) {
    auto p = element_population(ref(), {"31555", pc}, std::nullopt);
    EXPECT_TRUE(p.estimated);
    sum += p.value;
  }
  EXPECT_EQ(sum, *toulouse->population);
  auto entered = element_population(ref(), {"31555", "31400"}, 61234);
  EXPECT_EQ(entered.value, 61234);
  EXPECT_FALSE(entered.estimated);
}

TEST(Taille, BoundariesFollowTheBrief) {
  EXPECT_EQ(taille(0), 1);
  EXPECT_EQ(taille(39'999), 1);
  EXPECT_EQ(taille(40'000), 2);
  EXPECT_EQ(taille(79'999), 2);
  EXPECT_EQ(taille(80'000), 3);
  EXPECT_EQ(taille(175'000), 3);
  EXPECT_EQ(taille(175'001), 4);
  EXPECT_EQ(taille(50'000, {30'000, 50'000, 100'000}), 3);  // configurable
}

}  // namespace
}  // namespace maillage::territory
