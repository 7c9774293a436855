// Brings a table in line with a complete new set of rows, as reference-data imports need:
// inserts new keys, updates changed rows, leaves identical rows alone, deletes vanished keys,
// and counts each. Portable SQL (INSERT … ON CONFLICT … DO UPDATE). Runs inside the caller's
// transaction. Upserts and deletions are separate steps so that, across tables linked by foreign
// keys, parents can be upserted first and deleted last.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "platform/db/database.h"

namespace maillage::db {

struct SyncCounts {
  std::int64_t inserted = 0;
  std::int64_t updated = 0;
  std::int64_t unchanged = 0;
  std::int64_t deleted = 0;
};

class TableSync {
 public:
  /// `columns` lists the key columns first (`key_columns` of them), then the others.
  TableSync(std::string table, std::vector<std::string> columns, std::size_t key_columns);

  /// Inserts or updates `rows` (each holds one value per column, in order); reads the current
  /// content first to tell inserts, updates and unchanged rows apart.
  void upsert(Connection& connection, const std::vector<std::vector<Value>>& rows);

  /// Deletes the rows whose key was not in the last `upsert`.
  void delete_missing(Connection& connection);

  const SyncCounts& counts() const { return counts_; }

 private:
  using Key = std::vector<Value>;
  Key key_of(const std::vector<Value>& row) const {
    return Key(row.begin(), row.begin() + static_cast<std::ptrdiff_t>(key_columns_));
  }

  std::string table_;
  std::vector<std::string> columns_;
  std::size_t key_columns_;
  std::map<Key, std::vector<Value>> existing_;  // rows present before the upsert and not in it
  SyncCounts counts_;
};

}  // namespace maillage::db
