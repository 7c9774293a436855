// The communes a synthetic directory is generated for, read from the imported referential: a
// city with arrondissements by arrondissement, a postcode part with its share of the population,
// all of France without the overseas collectivities.
#include <gtest/gtest.h>

#include <set>

#include "directory/synthetic/commune_set.h"
#include "support/referential_fixture.h"
#include "territory/rules.h"

namespace maillage::directory::synthetic {
namespace {

TEST(SyntheticPlaces, ACityIsTakenByArrondissementAndAPostcodePartWithItsShare) {
  auto ref = testing::fixture_referential();
  auto places = places_of_elements(*ref, {{"13055", ""}, {"31555", "31200"}, {"89419", ""}, {"99999", ""}});
  std::set<std::string> codes;
  std::int64_t marseille = 0;
  for (const auto& p : places) {
    codes.insert(p.code + ":" + p.postcode);
    if (p.code.starts_with("132")) marseille += p.population;
  }
  EXPECT_EQ(places.size(), 16u + 1 + 1);  // 16 arrondissements, a part of Toulouse, Toucy; 99999 unknown
  EXPECT_TRUE(codes.contains("13203:13003"));
  EXPECT_TRUE(codes.contains("31555:31200"));
  EXPECT_EQ(marseille, ref->commune("13055")->population.value_or(0));
  for (const auto& p : places) {
    if (p.code == "31555") {
      EXPECT_EQ(p.population, territory::element_population(*ref, {"31555", "31200"}, std::nullopt).value);
      EXPECT_EQ(p.acheminement, "TOULOUSE");
    }
    if (p.code == "89419") {
      EXPECT_EQ(p.departement, "89");
      EXPECT_EQ(p.departement_name, "Yonne");
      EXPECT_EQ(p.region, "27");
      EXPECT_TRUE(p.point);
      EXPECT_EQ(p.postcode, "89130");
    }
  }
}

TEST(SyntheticPlaces, FranceIsEveryInhabitedCommuneOutsideTheOverseasCollectivities) {
  auto ref = testing::fixture_referential();
  auto places = national_places(*ref);
  std::int64_t population = 0;
  std::set<std::string> codes;
  for (const auto& p : places) {
    population += p.population;
    codes.insert(p.code);
    EXPECT_GT(p.population, 0) << p.code;
    EXPECT_FALSE(p.postcode.empty()) << p.code;
  }
  EXPECT_GT(population, 65'000'000);
  EXPECT_LT(population, 70'000'000);
  EXPECT_FALSE(codes.contains("75056"));  // Paris, by arrondissement:
  EXPECT_TRUE(codes.contains("75101"));
  EXPECT_TRUE(codes.contains("97411"));   // Saint-Denis (La Réunion)
  EXPECT_FALSE(codes.contains("97502"));  // Saint-Pierre (Saint-Pierre-et-Miquelon, a COM)
}

}  // namespace
}  // namespace maillage::directory::synthetic
