// The taille thresholds as an administrator setting: stored in the database, the code defaults
// (TailleThresholds) applying until an administrator changes them.
#pragma once

#include <optional>
#include <string>

#include "platform/db/database.h"
#include "territory/model.h"

namespace maillage::territory {

/// The thresholds in force, with who set them and when (both empty for the code defaults).
struct TailleSetting {
  TailleThresholds thresholds;
  std::string updated_at;
  std::string updated_by;
};

/// The thresholds in force.
TailleSetting load_taille_setting(db::Connection& c);

/// Why `t` cannot be the thresholds (they must be positive and strictly increasing), if it cannot.
std::optional<std::string> invalid_thresholds(const TailleThresholds& t);

/// Replaces the thresholds; the caller checked them with `invalid_thresholds`.
void save_taille_setting(db::Connection& c, const TailleSetting& setting);

}  // namespace maillage::territory
