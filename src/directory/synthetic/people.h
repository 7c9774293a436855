// The people and practice sites of the synthetic directory, and how one activity line of the
// RPPS extraction is filled from them.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>

#include "directory/synthetic/commune_set.h"
#include "directory/synthetic/nomenclature.h"
#include "directory/synthetic/random.h"
#include "directory/synthetic/rpps_lines.h"

namespace maillage::directory::synthetic {

/// A street address within a commune.
struct Address {
  int number = 1;
  bool bis = false;
  std::size_t type = 0;    // index in street_types()
  std::size_t street = 0;  // index in street_names()
};

/// A random address.
Address random_address(Random& rng);

/// A professional, identified by RPPS (type "8") or ADELI (type "0").
struct Person {
  std::string id_type, identifier;
  bool female = false;
  std::string_view first_name, last_name;
};

/// Hands out identifiers: RPPS numbers increasing with random gaps, ADELI numbers per
/// département and profession.
class PersonFactory {
 public:
  explicit PersonFactory(std::uint64_t first_rank) : next_rank_(first_rank) {}

  /// A new person of `profession` in `place`; identified by ADELI with probability
  /// `adeli_chance` while the département's ADELI ranks last.
  Person make(const Profession& profession, const Place& place, double adeli_chance, Random& rng);

  /// A new RPPS number only (for malformed lines).
  std::string next_rpps(Random& rng);

 private:
  std::uint64_t next_rank_;
  std::map<std::string, std::uint64_t> adeli_ranks_;  // by département + profession
};

/// Where an activity takes place.
struct Site {
  char mode = 'L';
  std::string_view sector_code, sector;
  std::string structure_id;  // "Identifiant technique de la structure"
  std::string name;          // "Raison sociale site"
  std::string siret, finess, finess_legal;
  Address address;
  std::string phone;
  const Place* place = nullptr;
};

/// Fills `line` with one activity of `person` at `site`. `pharmacist_section` is the section of
/// the pharmacists' table ("A", "D", "H"), empty for other professions.
void fill_activity(RppsLine& line, const Person& person, const Profession& profession, const Site& site,
                   std::string_view pharmacist_section, bool with_email);

/// ASCII capitals without accents, as FINESS writes names: "Bouches-du-Rhône" → "BOUCHES DU RHONE".
std::string finess_capitals(std::string_view utf8);

}  // namespace maillage::directory::synthetic
