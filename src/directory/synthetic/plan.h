// How many of each the synthetic directory holds: professionals per density row, second sites,
// structures per kind, for a commune set and a scale (1 = the densities of nomenclature.h; the
// scale grows to reach a number of lines asked for).
#pragma once

#include <cstdint>
#include <vector>

namespace maillage::directory::synthetic {

/// What the commune set allows: its population, and whether it has a commune big enough for
/// specialists and for each kind of structure.
struct SetProfile {
  std::int64_t population = 0;
  bool has_specialist_town = false;
  std::vector<bool> has_structure_town;  // per structure kind
};

struct Plan {
  double scale = 1;
  std::vector<std::uint64_t> professionals;  // per density row
  std::vector<std::uint64_t> second_sites;   // per density row
  std::vector<std::uint64_t> structures;     // per structure kind
  std::uint64_t extra_nurses = 0;            // added to reach an exact number of lines

  /// Activity lines (one per professional, one more per second site, one per structure staff).
  std::uint64_t lines() const;
};

/// The plan at `scale`: round(density × scale × population / 100,000) professionals per row,
/// round(share × that) second sites, round(scale × population / inhabitants per structure)
/// structures; zero where the set has no commune big enough.
Plan plan_at(const SetProfile& set, double scale);

/// The plan with exactly `lines` activity lines: the largest scale whose plan does not exceed it,
/// topped up with single-site nurses. Throws std::invalid_argument when the set is empty.
Plan plan_for_lines(const SetProfile& set, std::uint64_t lines);

}  // namespace maillage::directory::synthetic
