// `maillage import finess FILE`: the FINESS extraction into the directory's structures, in either
// layout (finess_format.h). Streamed line by line, upserted by FINESS géographique number, one
// transaction per file (a file that fails leaves the database as it was), with a report.
// Coordinates are joined by number whatever the order of the records: a structure gets those of
// its geolocation record (or row), converted from Lambert 93; none when the file gives none or
// gives them in another projection (overseas). Structures absent from a file are kept.
#pragma once

#include <filesystem>

#include "directory/directory_import.h"
#include "platform/db/database.h"

namespace maillage::directory {

/// Imports `file`. In the report, created/updated/unchanged/skipped count structures; `lines`
/// counts every record read (geolocations too). Throws ImportFailed when the file cannot be read
/// or is not a FINESS extraction.
ImportReport import_finess(db::Database& db, const std::filesystem::path& file, const ImportOptions& options);

}  // namespace maillage::directory
