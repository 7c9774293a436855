// Writing many rows in one transaction (a national import): a larger page cache while it lasts,
// so that the pages of the indexes being updated stay in memory instead of going back and forth
// to the write-ahead log, and, when the rows are mostly new, the tables' secondary indexes built
// once at the end (sorted, bottom-up) rather than updated row by row. SQLite-specific (PRAGMA,
// sqlite_master); the dropped indexes come back on rollback, DDL being transactional.
#pragma once

#include <string>
#include <vector>

#include "platform/db/database.h"

namespace maillage::db {

class BulkLoad {
 public:
  /// `c` must be in a transaction. Sets its page cache to `cache_mib` MiB until destruction;
  /// with `defer_indexes`, drops the secondary indexes of `tables` (not those of primary keys and
  /// UNIQUE constraints), keeping their definitions for finish().
  BulkLoad(Connection& c, const std::vector<std::string>& tables, bool defer_indexes, int cache_mib = 128);
  ~BulkLoad();
  BulkLoad(const BulkLoad&) = delete;
  BulkLoad& operator=(const BulkLoad&) = delete;

  /// Recreates the dropped indexes (call before the commit; queries that need them come after).
  void finish();

  /// The names of the indexes dropped (empty without `defer_indexes`).
  const std::vector<std::string>& deferred() const { return names_; }

 private:
  Connection& c_;
  std::int64_t previous_cache_size_ = 0;
  std::vector<std::string> names_, definitions_;
};

}  // namespace maillage::db
