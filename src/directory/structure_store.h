// Storage of the FINESS structures, upserted by their FINESS géographique number so that a
// re-import updates and never duplicates.
#pragma once

#include <optional>
#include <string>

#include "directory/directory_store.h"
#include "directory/model.h"
#include "platform/db/database.h"

namespace maillage::directory {

/// Inserts the structure, or updates it when a field differs; marks it seen by `import_id`.
/// Its coordinates are left as they are (see set_structure_point).
Upsert upsert_structure(db::Connection& c, const Structure& s, const std::string& import_id, const std::string& at);

/// Sets the structure's coordinates (none: NULL); returns true when they changed.
bool set_structure_point(db::Connection& c, const std::string& finess, const std::optional<GeoPoint>& point,
                         const std::string& at);

}  // namespace maillage::directory
