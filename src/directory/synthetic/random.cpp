#include "directory/synthetic/random.h"

namespace maillage::directory::synthetic {
namespace {

std::uint64_t finalise(std::uint64_t z) {
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

}  // namespace

std::uint64_t Random::next() {
  state_ += 0x9E3779B97F4A7C15ULL;
  return finalise(state_);
}

std::uint64_t Random::below(std::uint64_t n) {
  return static_cast<std::uint64_t>((static_cast<unsigned __int128>(next()) * n) >> 64);
}

double Random::unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

std::uint64_t mix(std::initializer_list<std::uint64_t> values) {
  std::uint64_t h = 0x2545F4914F6CDD1DULL;
  for (auto v : values) h = finalise(h ^ (v + 0x9E3779B97F4A7C15ULL + (h << 6) + (h >> 2)));
  return h;
}

}  // namespace maillage::directory::synthetic
