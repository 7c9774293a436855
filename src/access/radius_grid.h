// Points bucketed in latitude/longitude cells, so that the points within a great-circle radius of
// a place are found without testing every point (the batch allocation's candidate doctors).
#pragma once

#include <cstdint>
#include <vector>

namespace maillage::access {

/// A point in degrees (WGS 84).
struct GridPoint {
  double latitude = 0;
  double longitude = 0;
};

/// An immutable grid over a set of points, built for one radius. Cells are square in degrees and
/// a whole number of them spans 360° of longitude, so queries wrap around the antimeridian; a
/// query whose circle holds a pole scans every longitude.
class RadiusGrid {
 public:
  /// Buckets `points` (their indexes are what queries return) for queries of `radius_km` (≥ 0).
  RadiusGrid(const std::vector<GridPoint>& points, double radius_km);

  /// Replaces `out` with the indexes of the points that may lie within the radius of (latitude,
  /// longitude): every point within it, each once, plus some just outside (the caller checks the
  /// exact distance). The order is the grid's (deterministic).
  void candidates(double latitude, double longitude, std::vector<int>& out) const;

 private:
  std::int64_t cell_of(int lat_cell, int lon_cell) const;
  int lat_cell(double latitude) const;
  int lon_cell(double longitude) const;

  double radius_deg_;  // the radius as an angle, in degrees
  double cell_deg_;    // the side of a cell, in degrees
  int lon_cells_;      // cells around a parallel
  int lat_cells_;      // cells from pole to pole
  std::vector<std::int64_t> cell_keys_;  // sorted, one per non-empty cell
  std::vector<int> cell_first_;          // points of cell_keys_[i]: members_[cell_first_[i] .. cell_first_[i+1])
  std::vector<int> members_;             // point indexes, by cell then index
};

}  // namespace maillage::access
