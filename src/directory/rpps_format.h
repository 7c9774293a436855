// The RPPS/ADELI public extraction (`PS_LibreAcces_Personne_activite_*.txt`, see
// ../shared/brief/FORMATS.md): `|`-separated with a trailing `|`, a header row, columns read by
// header name (their order changes between releases), one line per activity.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "directory/model.h"

namespace maillage::directory {

/// Where each column of the extraction sits in a given file.
class RppsLayout {
 public:
  /// Reads the header row; nothing (and `missing` filled) when a required column is absent.
  static std::optional<RppsLayout> from_header(std::string_view header, std::vector<std::string>& missing);

  /// Parses one data line into an activity, or says why it is rejected.
  std::optional<Activity> parse(std::string_view line, std::string& why) const;

 private:
  std::map<std::string, std::size_t, std::less<>> column_;  // header name → index (found without a copy)
  std::size_t width_ = 0;                      // cells in the header (trailing empty one excluded)
};

/// Splits on `|`, dropping the empty field after a trailing `|`.
std::vector<std::string_view> split_pipes(std::string_view line);

}  // namespace maillage::directory
