// Where the synthetic professionals and structures go: counts spread over places in proportion
// to a weight (their population), and places drawn at random by weight.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "directory/synthetic/random.h"

namespace maillage::directory::synthetic {

/// Spreads `count` items over places in proportion to `weights` by systematic sampling along
/// the places taken in a random order: the counts add up to `count` exactly, each place gets the
/// floor or the ceiling of its share, and a place whose share is below one item gets one with a
/// probability equal to that share (so small communes often have none). Places of weight 0 get
/// none; when every weight is 0, nothing is placed.
std::vector<std::uint32_t> spread(std::span<const double> weights, std::uint64_t count, Random& rng);

/// Draws indices with a probability proportional to their weight.
class WeightedPicker {
 public:
  explicit WeightedPicker(std::span<const double> weights);

  /// True when every weight is 0 (nothing can be drawn).
  bool empty() const { return cumulative_.empty() || cumulative_.back() <= 0; }

  /// An index of the weights given (never one of weight 0); the picker must not be empty.
  std::size_t pick(Random& rng) const;

 private:
  std::vector<double> cumulative_;
};

}  // namespace maillage::directory::synthetic
