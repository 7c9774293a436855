// Writing RPPS/ADELI extraction files in the official layout for tests: the 52 columns of
// PS_LibreAcces_Personne_activite (FORMATS.md), any column order, the trailing `|`, UTF-8 or Latin-1.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace maillage::testing {

/// The 52 columns, in the official order.
extern const std::vector<std::string> kRppsHeader;

/// One activity line: column name → value (absent columns are empty).
using RppsRow = std::map<std::string, std::string>;

/// A GP ("Médecin", savoir-faire SM54, libéral) named `name` practising at `site` in `commune`
/// (postcode 13002 for a Bouches-du-Rhône code, else 84000), with `phone`.
RppsRow rpps_practitioner(const std::string& rpps, const std::string& name, const std::string& site,
                          const std::string& commune, const std::string& phone);

/// Writes the extraction with `columns` in that order, each line ending with `|`.
std::filesystem::path write_rpps_file(const std::filesystem::path& path, const std::vector<std::string>& columns,
                                      const std::vector<RppsRow>& rows, bool latin1 = false);

}  // namespace maillage::testing
