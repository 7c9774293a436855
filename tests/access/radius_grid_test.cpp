// The grid that finds the doctors within a radius: every point within the radius is a candidate,
// anywhere on Earth (antimeridian, poles), whatever the radius.
#include "access/radius_grid.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

#include "territory/selection.h"

namespace maillage::access {
namespace {

void expect_complete(const std::vector<GridPoint>& points, double radius_km, const GridPoint& at) {
  RadiusGrid grid(points, radius_km);
  std::vector<int> found;
  grid.candidates(at.latitude, at.longitude, found);
  std::vector<int> sorted = found;
  std::sort(sorted.begin(), sorted.end());
  EXPECT_EQ(std::adjacent_find(sorted.begin(), sorted.end()), sorted.end()) << "a point found twice";
  for (int i = 0; i < static_cast<int>(points.size()); ++i) {
    double km = territory::distance_km(at.latitude, at.longitude, points[i].latitude, points[i].longitude);
    if (km <= radius_km) {
      EXPECT_TRUE(std::binary_search(sorted.begin(), sorted.end(), i))
          << "point " << i << " at " << km << " km of (" << at.latitude << ", " << at.longitude << ") missed, radius "
          << radius_km;
    }
  }
}

TEST(RadiusGrid, FindsEveryPointWithinTheRadiusAnywhere) {
  std::mt19937 rng(42);
  std::uniform_real_distribution<double> lat(-90, 90), lon(-180, 180), near(-0.6, 0.6);
  for (double radius : {0.0, 1.0, 30.0, 100.0, 2500.0, 15000.0, 21000.0}) {
    for (GridPoint centre : {GridPoint{45, 5}, GridPoint{-13.3, 179.9}, GridPoint{10, -179.95}, GridPoint{89.8, 20},
                             GridPoint{-89.9, -100}, GridPoint{0, 0}}) {
      std::vector<GridPoint> points;
      for (int i = 0; i < 400; ++i) {
        // Half near the centre (wrapped across the antimeridian), half anywhere.
        if (i % 2) {
          points.push_back({lat(rng), lon(rng)});
        } else {
          double la = std::clamp(centre.latitude + near(rng) * radius / 111.0, -90.0, 90.0);
          double lo = centre.longitude + near(rng) * radius / 50.0;
          lo = lo > 180 ? lo - 360 : lo < -180 ? lo + 360 : lo;
          points.push_back({la, lo});
        }
      }
      points.push_back(centre);  // at distance 0
      expect_complete(points, radius, centre);
    }
  }
}

TEST(RadiusGrid, KeepsFarPointsOut) {
  std::vector<GridPoint> points = {{45, 5}, {45.1, 5}, {46, 5}, {45, 7}};
  RadiusGrid grid(points, 30);
  std::vector<int> found;
  grid.candidates(45, 5, found);
  std::sort(found.begin(), found.end());
  EXPECT_EQ(found, (std::vector<int>{0, 1}));  // 111 km and 157 km away: not even candidates
}

}  // namespace
}  // namespace maillage::access
