// A small seeded random generator (SplitMix64) for the synthetic directory. The generator must
// give the same files for the same seed on every machine and standard library, which the
// distributions of <random> do not promise: everything here is defined bit for bit.
#pragma once

#include <cstdint>
#include <initializer_list>

namespace maillage::directory::synthetic {

class Random {
 public:
  explicit Random(std::uint64_t seed) : state_(seed) {}

  /// The next 64 random bits.
  std::uint64_t next();

  /// Uniform in [0, n); 0 when n is 0.
  std::uint64_t below(std::uint64_t n);

  /// Uniform in [0, 1).
  double unit();

  /// True with probability p.
  bool chance(double p) { return unit() < p; }

 private:
  std::uint64_t state_;
};

/// A hash of a few numbers (SplitMix64 finaliser chained): derives independent, reproducible
/// streams, e.g. Random(mix({seed, place, cabinet})) for the address of one cabinet.
std::uint64_t mix(std::initializer_list<std::uint64_t> values);

}  // namespace maillage::directory::synthetic
