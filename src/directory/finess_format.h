// The FINESS extraction (data.gouv "FINESS Extraction du Fichier des établissements", see
// ../shared/brief/FORMATS.md) in its two layouts, told apart by the first line:
//  - etalab (`etalab_cs1100507…`): `;`-separated, no header but an optional `finess;etalab;…`
//    record, `structureet;…` records by field position, then `geolocalisation;nofinesset;coordx;
//    coordy;source;date` records in Lambert 93 (metropolitan France) or a local UTM (overseas);
//  - the enriched CSV: a header line, columns read by name (any order), coordinates in the row.
// The commune is given as a 3-digit code within the département (FINESS writes the overseas
// départements 9A…9F and the collectivities 9G…); the INSEE code is rebuilt from both.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "directory/model.h"

namespace maillage::directory {

/// What one line of a FINESS file holds.
struct FinessRecord {
  enum class Kind { structure, geolocation };
  Kind kind = Kind::structure;
  Structure structure;  // a geolocation fills only `finess`
  /// The coordinates the line gives, converted to WGS 84: empty when it gives none, or gives
  /// them in another projection than Lambert 93 (overseas), which are not converted.
  std::optional<GeoPoint> point;
  bool gives_location = false;  // a geolocation record, or an enriched row with coordx/coordy columns
};

/// Where the fields of a FINESS file are.
class FinessLayout {
 public:
  enum class Format { etalab, enriched };

  /// Tells the layout from the file's first line (already UTF-8); nothing, and `why`, when it is
  /// neither layout or lacks a column the importer needs.
  static std::optional<FinessLayout> detect(std::string_view first_line, std::string& why);

  Format format() const { return format_; }
  /// True when the first line is a record to import (an etalab file without its `finess;` line).
  bool first_line_is_data() const { return first_line_is_data_; }

  /// Parses one line (UTF-8); nothing, and `why`, when it is rejected.
  std::optional<FinessRecord> parse(std::string_view line, std::string& why) const;

 private:
  std::optional<FinessRecord> parse_etalab(const std::vector<std::string>& cells, std::string& why) const;
  std::optional<FinessRecord> parse_enriched(const std::vector<std::string>& cells, std::string& why) const;

  Format format_ = Format::etalab;
  bool first_line_is_data_ = false;
  std::map<std::string, std::size_t> column_;  // enriched: header name → index
};

/// Splits a `;`-separated line; a cell may be quoted ("…", a quote inside doubled). Cells are
/// trimmed of spaces; a trailing `\r` is dropped.
std::vector<std::string> split_semicolons(std::string_view line);

/// The INSEE code of a commune from FINESS's département ("13", "1", "2A", "9A"…) and 3-digit
/// commune code ("055", "55"): "13055", "2A004", "97101" (9A-9F: "97" + commune), "98613"
/// (9G and after: "98" + commune). Saint-Barthélemy and Saint-Martin, still under Guadeloupe in
/// FINESS (9A, 123 and 127), get their codes since 2007: 97701 and 97801. Empty when either part
/// is not a code.
std::string finess_commune_code(std::string_view departement, std::string_view commune);

/// The INSEE département of an INSEE commune code: "13", "2A", "971", "986".
std::string departement_of_commune(std::string_view commune_code);

/// A FINESS coordinate pair (Lambert 93 metres, `.` or `,` decimals) in WGS 84; nothing when
/// `source` names another projection or the point is outside Lambert 93's range. Throws
/// std::invalid_argument when a value is not a number.
std::optional<GeoPoint> finess_point(std::string_view x, std::string_view y, std::string_view source);

}  // namespace maillage::directory
