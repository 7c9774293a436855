// What the synthetic directory is made of: per profession, how many professionals per 100,000
// inhabitants, and per kind of structure (FINESS), how many per inhabitant and who works there.
// Codes are those of the official nomenclatures (TRE_G15 professions, TRE_R38 specialties,
// TRE_R02 sectors, TRE_R66 FINESS categories); the densities are orders of magnitude.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

namespace maillage::directory::synthetic {

/// A profession (TRE_G15) with, for doctors and dentists, a specialty (TRE_R38).
struct Profession {
  std::string_view code, label;
  std::string_view specialty_code, specialty;  // empty when none
  double female_share = 0.5;
  std::string_view registration;  // "Autorité d'enregistrement", e.g. "CNOM/CNOM/CNOM"
};

/// Where a professional of a density row practises.
enum class Practice {
  cabinet,        // an individual or group cabinet, or an MSP of the commune when it has one
  specialist,     // a group cabinet in a commune of at least kSpecialistMinPopulation
};

/// Professionals in private practice, placed in communes in proportion to their population.
struct DensityRow {
  Profession profession;
  double per_100k = 0;        // professionals per 100,000 inhabitants of the commune set
  Practice practice = Practice::cabinet;
  double second_site_share = 0;  // share practising at a second site
  bool adeli_share = false;      // half of them identified by ADELI rather than RPPS (psychologues)
};

/// Specialists practise only in communes of at least this population (when the set has none,
/// it has no specialist: a rural territory sends its patients to town).
inline constexpr std::int64_t kSpecialistMinPopulation = 5'000;

/// The density table (libéral practice).
std::span<const DensityRow> density_rows();

/// Someone a structure employs.
struct StaffRow {
  Profession profession;
  int count = 0;
  char mode = 'S';                        // 'L' libéral, 'S' salarié
  std::string_view pharmacist_section;    // for pharmacists: "A" titulaire, "D" adjoint, "H" hospital
};

/// A FINESS category (TRE_R66) with how many structures per inhabitant and their staff.
struct StructureKind {
  std::string_view category, label;         // categetab, libcategetab
  std::string_view aggregate, aggregate_label;  // categagretab (empty when not given)
  std::string_view sector_code, sector;     // the RPPS sector (TRE_R02) of the staff's sites
  std::string_view short_name;              // the start of the structure's name, e.g. "PHARMACIE"
  std::int64_t inhabitants_per_structure = 0;
  std::int64_t min_population = 0;          // communes below it have none
  std::span<const StaffRow> staff;
  bool hosts_cabinet_professionals = false;  // an MSP: some libéraux of its commune practise there
};

/// The structure table.
std::span<const StructureKind> structure_kinds();

/// Share of the libéraux of a commune with an MSP who practise in it.
inline constexpr double kMspShare = 0.2;

/// The labels of the RPPS modes of practice.
std::string_view mode_label(char mode);

}  // namespace maillage::directory::synthetic
