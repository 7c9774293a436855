#include "directory/synthetic/placement.h"

#include <algorithm>
#include <numeric>

namespace maillage::directory::synthetic {

std::vector<std::uint32_t> spread(std::span<const double> weights, std::uint64_t count, Random& rng) {
  std::vector<std::uint32_t> counts(weights.size(), 0);
  double total = std::accumulate(weights.begin(), weights.end(), 0.0);
  if (count == 0 || total <= 0) return counts;
  std::vector<std::size_t> order(weights.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  for (std::size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng.below(i)]);

  double step = total / static_cast<double>(count);
  double offset = rng.unit();
  double cumulative = 0;
  std::uint64_t placed = 0;
  std::size_t last = order.front();
  for (std::size_t i : order) {
    if (weights[i] <= 0) continue;
    last = i;
    cumulative += weights[i];
    while (placed < count && (offset + static_cast<double>(placed)) * step < cumulative) {
      ++counts[i];
      ++placed;
    }
  }
  counts[last] += static_cast<std::uint32_t>(count - placed);  // rounding at the very end only
  return counts;
}

WeightedPicker::WeightedPicker(std::span<const double> weights) {
  cumulative_.reserve(weights.size());
  double sum = 0;
  for (double w : weights) cumulative_.push_back(sum += std::max(w, 0.0));
}

std::size_t WeightedPicker::pick(Random& rng) const {
  double target = rng.unit() * cumulative_.back();
  auto it = std::upper_bound(cumulative_.begin(), cumulative_.end(), target);
  if (it == cumulative_.end()) --it;
  return static_cast<std::size_t>(it - cumulative_.begin());
}

}  // namespace maillage::directory::synthetic
