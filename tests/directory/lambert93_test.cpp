// Lambert 93 ↔ WGS 84: IGN's published test values of the algorithms, the projection's origin,
// a known Paris point, the round trip, and overseas coordinates refused rather than misplaced.
#include "directory/lambert93.h"

#include <gtest/gtest.h>

namespace maillage::directory {
namespace {

// The projection of IGN's test sets for ALG0003 and ALG0004 (NTG 71). IGN's two sets round their
// inputs and outputs to the millimetre (the inverse's X, Y are the forward's output rounded), so
// the forward projection is checked to 3 mm.
const LambertConic kIgnTest = {
    .e = 0.0824832568, .n = 0.7604059656, .c = 11603796.9767, .xs = 600000, .ys = 5657616.674, .lambda0 = 0.04079234433};

TEST(Lambert93, MatchesIgnsTestValuesForTheInverseProjection) {
  double lambda = 0, phi = 0;
  lambert_to_geographic(kIgnTest, 1029705.083, 272723.849, lambda, phi);
  EXPECT_NEAR(lambda, 0.145512099, 1e-9);
  EXPECT_NEAR(phi, 0.872664626, 1e-9);
}

TEST(Lambert93, MatchesIgnsTestValuesForTheForwardProjection) {
  double x = 0, y = 0;
  geographic_to_lambert(kIgnTest, 0.145512099, 0.872664626, x, y);
  EXPECT_NEAR(x, 1029705.0818, 3e-3);
  EXPECT_NEAR(y, 272723.8510, 3e-3);
}

TEST(Lambert93, TheOriginIsAt46Degrees30North3East) {
  auto p = lambert93_to_wgs84(700000, 6600000);
  ASSERT_TRUE(p);
  EXPECT_NEAR(p->latitude, 46.5, 1e-9);
  EXPECT_NEAR(p->longitude, 3.0, 1e-9);
}

// Paris's usual point (Hôtel de Ville, 48.856614 N 2.3522219 E) is at (652469, 6862035) in
// Lambert 93, to about two metres (the brief's "Notre-Dame" point).
TEST(Lambert93, PlacesParis) {
  auto city = lambert93_to_wgs84(652469, 6862035);
  ASSERT_TRUE(city);
  EXPECT_NEAR(city->latitude, 48.856614, 3e-5);
  EXPECT_NEAR(city->longitude, 2.3522219, 3e-5);
}

TEST(Lambert93, RoundTripsToAMillimetreAcrossFranceAndCorsica) {
  for (GeoPoint point : {GeoPoint{43.2965, 5.3698}, GeoPoint{51.0344, 2.3768}, GeoPoint{48.3904, -4.4861},
                         GeoPoint{41.9192, 8.7386}, GeoPoint{42.6977, 2.8956}}) {
    double x = 0, y = 0;
    wgs84_to_lambert93(point, x, y);
    auto back = lambert93_to_wgs84(x, y);
    ASSERT_TRUE(back) << x << " " << y;
    EXPECT_NEAR(back->latitude, point.latitude, 1e-8);
    EXPECT_NEAR(back->longitude, point.longitude, 1e-8);
  }
}

TEST(Lambert93, RefusesCoordinatesOfOtherProjections) {
  EXPECT_FALSE(lambert93_to_wgs84(657242.9, 1795384.4));  // Guadeloupe, UTM 20N
  EXPECT_FALSE(lambert93_to_wgs84(338000, 7686000));      // La Réunion, UTM 40S
  EXPECT_FALSE(lambert93_to_wgs84(515000, 8586000));      // Mayotte, UTM 38S
  EXPECT_FALSE(lambert93_to_wgs84(0, 0));
}

}  // namespace
}  // namespace maillage::directory
