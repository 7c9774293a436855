#include "referential/coordinates.h"

#include <gtest/gtest.h>

namespace maillage::referential {
namespace {

Commune commune(std::string code, std::string name, std::string postcode, std::string epci = "", std::string dep = "13") {
  Commune c;
  c.code = std::move(code);
  c.name = std::move(name);
  c.postcodes = {std::move(postcode)};
  c.epci_siren = std::move(epci);
  c.departement_code = std::move(dep);
  return c;
}

TEST(Coordinates, PrefersThePlaceNamedLikeTheCommuneThenTheHighestRank) {
  Dataset d;
  d.communes = {commune("13055", "Marseille", "13001")};
  std::vector<GeonamesPoint> points = {{"La Joliette", 43.30, 5.36, "PPLX", "13055", "FR", 8638},
                                       {"Marseille", 43.29695, 5.38107, "PPLA", "13055", "FR", 870731}};
  auto counts = assign_coordinates(d, points);
  ASSERT_TRUE(d.communes[0].coordinates);
  EXPECT_DOUBLE_EQ(d.communes[0].coordinates->latitude, 43.29695);
  EXPECT_FALSE(d.communes[0].coordinates->estimated);
  EXPECT_EQ(d.communes[0].coordinates->method, "geonames");
  EXPECT_EQ(counts["geonames"], 1);
}

TEST(Coordinates, ArrondissementsTakeTheirNumberedPlaceOrTheirCommunesPoint) {
  Dataset d;
  d.communes = {commune("13055", "Marseille", "13001"), commune("75056", "Paris", "75001"),
                commune("13203", "Marseille 3e Arrondissement", "13003"), commune("75103", "Paris 3e Arrondissement", "75003")};
  for (int i : {2, 3}) d.communes[i].kind = CommuneKind::arrondissement;
  d.communes[2].parent_code = "13055";
  d.communes[3].parent_code = "75056";
  std::vector<GeonamesPoint> points = {{"Marseille", 43.29, 5.38, "PPLA", "13055", "FR", 1},
                                       {"Marseille 03", 43.30257, 5.37583, "PPLA5", "13055", "FR", 45414},
                                       {"Paris", 48.85, 2.35, "PPLC", "75056", "FR", 1}};
  assign_coordinates(d, points);
  EXPECT_DOUBLE_EQ(d.communes[2].coordinates->latitude, 43.30257);
  EXPECT_FALSE(d.communes[2].coordinates->estimated);
  EXPECT_TRUE(d.communes[3].coordinates->estimated);
  EXPECT_EQ(d.communes[3].coordinates->method, "parent_commune");
  EXPECT_DOUBLE_EQ(d.communes[3].coordinates->latitude, 48.85);
}

TEST(Coordinates, EstimatesFromPostcodeThenEpciThenDepartementNeighbours) {
  Dataset d;
  d.communes = {commune("01001", "A", "01400", "E1", "01"), commune("01002", "B", "01400", "E1", "01"),
                commune("01003", "C", "01500", "E1", "01"), commune("01004", "D", "01600", "", "01"),
                commune("01005", "E", "01400", "E1", "01")};
  std::vector<GeonamesPoint> points = {{"A", 46.0, 5.0, "PPL", "01001", "FR", 1}, {"E", 46.2, 5.2, "PPL", "01005", "FR", 1}};
  auto counts = assign_coordinates(d, points);
  EXPECT_EQ(d.communes[1].coordinates->method, "postcode_centroid");
  EXPECT_NEAR(d.communes[1].coordinates->latitude, 46.1, 1e-9);
  EXPECT_EQ(d.communes[2].coordinates->method, "epci_centroid");
  EXPECT_EQ(d.communes[3].coordinates->method, "departement_centroid");
  EXPECT_TRUE(d.communes[3].coordinates->estimated);
  EXPECT_EQ(counts["geonames"], 2);
}

TEST(Coordinates, MergedCommunesUseAPlaceFiledUnderAFormerCode) {
  Dataset d;
  d.communes = {commune("01015", "Arboys en Bugey", "01300")};
  d.former_communes = {{"01340", FormerKind::deleguee, "Saint-Bois", "01015"}};
  std::vector<GeonamesPoint> points = {{"Saint-Bois", 45.7, 5.6, "PPL", "01340", "FR", 100}};
  assign_coordinates(d, points);
  EXPECT_EQ(d.communes[0].coordinates->method, "former_commune");
  EXPECT_TRUE(d.communes[0].coordinates->estimated);
}

TEST(Coordinates, OverseasPlacesWithoutInseeCodeMatchByNameInTheirTerritory) {
  Dataset d;
  d.communes = {commune("97611", "Mamoudzou", "97600", "", "976")};
  std::vector<GeonamesPoint> points = {{"Mamoudzou", -12.78, 45.22, "PPLA", "", "YT", 57000},
                                       {"Mamoudzou", 10.0, 10.0, "PPL", "", "GF", 1}};
  assign_coordinates(d, points);
  EXPECT_EQ(d.communes[0].coordinates->method, "geonames_name");
  EXPECT_DOUBLE_EQ(d.communes[0].coordinates->latitude, -12.78);
}

}  // namespace
}  // namespace maillage::referential
