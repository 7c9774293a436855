// The synthetic directory: a deterministic (seeded) RPPS-format file and FINESS file for a set
// of communes, for the demo and the import benchmark. Professionals are drawn from densities per
// 100,000 inhabitants (nomenclature.h) and placed in communes in proportion to their population;
// structures (pharmacies, MSP, centres de santé, EHPAD, SSIAD, CMP, PMI, laboratories, hospitals
// in towns) employ their own staff, whose RPPS sites carry the structure's FINESS number. A share
// of professionals practise at two sites; a few malformed lines sit at known positions.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "directory/synthetic/commune_set.h"
#include "directory/synthetic/plan.h"

namespace maillage::directory::synthetic {

/// Changes whenever the generator writes different files for the same options (the demo's and
/// the benchmark's cached files are regenerated when it changes).
inline constexpr int kGeneratorVersion = 1;

/// How many malformed lines the RPPS file holds.
inline constexpr int kMalformedLines = 4;

struct GeneratorOptions {
  std::uint64_t seed = 1;
  /// The exact number of data lines of the RPPS file (header apart, malformed lines included):
  /// the densities are scaled to fit. Nothing: the densities as they are.
  std::optional<std::uint64_t> lines;
  std::string date = "2025-01-06";  // of the extraction (FINESS first line, dates of update)
};

/// A malformed line of the RPPS file, which the importer must reject.
struct MalformedLine {
  std::size_t line = 0;  // in the file, the header being line 1
  std::string defect;
};

struct GenerationReport {
  Plan plan;
  std::uint64_t rpps_lines = 0;  // data lines, malformed included
  std::uint64_t professionals = 0, second_sites = 0;
  std::uint64_t structures = 0, geolocated = 0;
  std::map<std::string, std::uint64_t> professionals_by_profession;  // by profession code
  std::vector<MalformedLine> malformed;
};

/// Writes the RPPS extraction (UTF-8) to `rpps` and the FINESS extraction (etalab layout,
/// Latin-1) to `finess` for `places`. The same places and options give the same bytes. Throws
/// std::invalid_argument when the places have no inhabitants or `lines` is below kMalformedLines + 1.
GenerationReport generate_directory(const std::vector<Place>& places, const GeneratorOptions& options,
                                    std::ostream& rpps, std::ostream& finess);

}  // namespace maillage::directory::synthetic
