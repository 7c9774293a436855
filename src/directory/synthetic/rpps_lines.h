// Lines of the RPPS/ADELI extraction `PS_LibreAcces_Personne_activite` as the generator writes
// them: the official header (52 columns in the official order, ../shared/brief/FORMATS.md),
// `|`-separated, each line ending with `|`, UTF-8.
#pragma once

#include <array>
#include <cstddef>
#include <span>
#include <string>
#include <string_view>

namespace maillage::directory::synthetic {

/// The columns, in the official order.
enum class RppsColumn : std::size_t {
  id_type, id, national_id, practice_civility_code, practice_civility, civility_code, civility, last_name,
  first_name, profession_code, profession, category_code, category, specialty_type_code, specialty_type,
  specialty_code, specialty, mode_code, mode, siret, siren, finess_site, finess_legal, structure_id,
  structure_name, structure_sign, recipient_complement, place_complement, street_number, street_repetition,
  street_type_code, street_type, street_name, distribution, cedex_office, postcode, commune_code, commune,
  country_code, country, phone, phone2, fax, email, departement_code, departement, former_structure_id,
  registration_authority, sector_code, sector, pharmacist_section_code, pharmacist_section,
  count
};

inline constexpr std::size_t kRppsColumns = static_cast<std::size_t>(RppsColumn::count);

/// The 52 column names, in the official order.
std::span<const std::string_view> rpps_column_names();

/// The header row (names as in the official file), without the line break.
std::string rpps_header();

/// One line being filled: every cell empty until set.
class RppsLine {
 public:
  void clear();
  void set(RppsColumn column, std::string_view value) { cells_[static_cast<std::size_t>(column)] = value; }
  const std::string& get(RppsColumn column) const { return cells_[static_cast<std::size_t>(column)]; }

  /// Appends the line (cells separated by `|`, a trailing `|`, a line break) to `out`. With
  /// `drop_last_cell`, the last cell is left out (a malformed line of 51 cells).
  void append_to(std::string& out, bool drop_last_cell = false) const;

 private:
  std::array<std::string, kRppsColumns> cells_;
};

}  // namespace maillage::directory::synthetic
