#include "access/radius_grid.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace maillage::access {
namespace {

constexpr double kEarthRadiusKm = 6371.0;  // as territory::distance_km
constexpr double kDegrees = 180.0 / M_PI;
// Widening of every query, in degrees (~1 cm): points on a cell's edge are found whatever the
// rounding of the cell arithmetic.
constexpr double kMarginDeg = 1e-7;
// The smallest cell side: a radius of 0 still gets cells of a reasonable size (~1 km).
constexpr double kMinCellDeg = 0.01;

}  // namespace

RadiusGrid::RadiusGrid(const std::vector<GridPoint>& points, double radius_km)
    : radius_deg_(radius_km / kEarthRadiusKm * kDegrees) {
  // Cells of half the radius: a query visits ~5 × 5 cells at mid latitudes, and the visited area
  // is at most ~2× the circle's.
  double wanted = std::max(radius_deg_ / 2, kMinCellDeg);
  lon_cells_ = std::max(1, static_cast<int>(std::floor(360.0 / wanted)));
  cell_deg_ = 360.0 / lon_cells_;
  lat_cells_ = static_cast<int>(std::floor(180.0 / cell_deg_)) + 1;

  std::vector<std::pair<std::int64_t, int>> keyed;
  keyed.reserve(points.size());
  for (int i = 0; i < static_cast<int>(points.size()); ++i) {
    keyed.emplace_back(cell_of(lat_cell(points[i].latitude), lon_cell(points[i].longitude)), i);
  }
  std::sort(keyed.begin(), keyed.end());
  members_.reserve(keyed.size());
  for (std::size_t i = 0; i < keyed.size(); ++i) {
    if (i == 0 || keyed[i].first != keyed[i - 1].first) {
      cell_keys_.push_back(keyed[i].first);
      cell_first_.push_back(static_cast<int>(i));
    }
    members_.push_back(keyed[i].second);
  }
  cell_first_.push_back(static_cast<int>(keyed.size()));
}

std::int64_t RadiusGrid::cell_of(int lat_cell, int lon_cell) const {
  return static_cast<std::int64_t>(lat_cell) * lon_cells_ + lon_cell;
}

int RadiusGrid::lat_cell(double latitude) const {
  int cell = static_cast<int>(std::floor((latitude + 90.0) / cell_deg_));
  return std::clamp(cell, 0, lat_cells_ - 1);
}

int RadiusGrid::lon_cell(double longitude) const {
  int cell = static_cast<int>(std::floor((longitude + 180.0) / cell_deg_)) % lon_cells_;
  return cell < 0 ? cell + lon_cells_ : cell;
}

void RadiusGrid::candidates(double latitude, double longitude, std::vector<int>& out) const {
  out.clear();
  if (radius_deg_ >= 180.0) {  // the whole sphere
    out.resize(members_.size());
    std::iota(out.begin(), out.end(), 0);
    return;
  }
  double reach = radius_deg_ + kMarginDeg;
  double lat_lo = latitude - reach;
  double lat_hi = latitude + reach;
  // The widest longitude difference within the circle: sin Δλ = sin θ / cos φ, unless the circle
  // holds a pole (then every longitude).
  bool every_lon = lat_hi >= 90.0 || lat_lo <= -90.0;
  double lon_reach = 0;
  if (!every_lon) {
    double s = std::sin(radius_deg_ / kDegrees) / std::cos(latitude / kDegrees);
    every_lon = s >= 1.0;
    if (!every_lon) lon_reach = std::asin(s) * kDegrees + kMarginDeg;
    if (2 * lon_reach + cell_deg_ >= 360.0) every_lon = true;
  }
  // Longitude cells as at most two runs in [0, lon_cells_).
  std::pair<int, int> runs[2] = {{0, lon_cells_ - 1}, {0, -1}};
  if (!every_lon) {
    int lo = static_cast<int>(std::floor((longitude - lon_reach + 180.0) / cell_deg_));
    int hi = static_cast<int>(std::floor((longitude + lon_reach + 180.0) / cell_deg_));
    if (lo < 0) {
      runs[0] = {lo + lon_cells_, lon_cells_ - 1};
      runs[1] = {0, hi};
    } else if (hi >= lon_cells_) {
      runs[0] = {lo, lon_cells_ - 1};
      runs[1] = {0, hi - lon_cells_};
    } else {
      runs[0] = {lo, hi};
    }
  }
  int row_lo = lat_cell(std::max(lat_lo, -90.0));
  int row_hi = lat_cell(std::min(lat_hi, 90.0));
  for (int row = row_lo; row <= row_hi; ++row) {
    for (const auto& [first, last] : runs) {
      if (first > last) continue;
      std::int64_t end = cell_of(row, last);
      auto it = std::lower_bound(cell_keys_.begin(), cell_keys_.end(), cell_of(row, first));
      for (; it != cell_keys_.end() && *it <= end; ++it) {
        auto cell = it - cell_keys_.begin();
        out.insert(out.end(), members_.begin() + cell_first_[cell], members_.begin() + cell_first_[cell + 1]);
      }
    }
  }
}

}  // namespace maillage::access
