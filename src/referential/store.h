// Storage of the referential: writes an imported dataset, reads it back for the in-memory index.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "platform/db/database.h"
#include "platform/db/table_sync.h"
#include "referential/model.h"

namespace maillage::referential {

/// What a write changed, per table.
using WriteReport = std::map<std::string, db::SyncCounts>;

/// Makes the stored referential equal to `dataset` (insert, update, delete) and records the
/// source package versions. Runs inside the caller's transaction.
WriteReport write_dataset(db::Connection& connection, const Dataset& dataset, const std::string& imported_at);

/// Reads the whole stored referential (EPCI member lists are filled from the communes).
Dataset read_stored_dataset(db::Connection& connection);

/// The package versions recorded by the last import (empty before any import).
std::vector<SourcePackage> stored_sources(db::Connection& connection);

/// When the last import ran (empty before any import).
std::string last_import_time(db::Connection& connection);

}  // namespace maillage::referential
