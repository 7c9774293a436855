// `maillage import rpps FILE`: the RPPS/ADELI extraction into the directory. Streamed line by
// line (the national file has ~2 million lines; memory stays bounded), upserted by national id,
// one transaction per file (a file that fails leaves the database as it was), with a report.
// Each line is read as UTF-8, or as Latin-1 when it is not valid UTF-8 (older extractions).
#pragma once

#include <filesystem>

#include "directory/directory_import.h"
#include "platform/db/database.h"

namespace maillage::directory {

ImportReport import_rpps(db::Database& db, const std::filesystem::path& file, const ImportOptions& options);

}  // namespace maillage::directory
