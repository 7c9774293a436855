// `maillage refdata import`: reads the packages, places the communes, writes it all in one
// transaction. Idempotent; re-importing a newer vintage updates rows in place.
#pragma once

#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "platform/db/database.h"
#include "referential/store.h"

namespace maillage::referential {

struct ImportResult {
  bool skipped = false;  // `if_changed` and the stored versions equal the packages'
  std::vector<SourcePackage> sources;
  WriteReport tables;
  std::map<std::string, int> coordinate_methods;
  double seconds = 0;
};

/// Called inside the import's transaction with the dataset about to be written, before it is:
/// what depends on the referential (territories) follows its changes there.
using BeforeWrite = std::function<void(db::Connection&, const Dataset&)>;

/// Imports the referential from the npm packages under `node_modules`. With `if_changed`, does
/// nothing when the stored source versions already equal the packages' versions.
ImportResult import_referential(db::Database& db, const std::filesystem::path& node_modules, bool if_changed,
                                const BeforeWrite& before_write = nullptr);

}  // namespace maillage::referential
