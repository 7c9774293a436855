// SQLite implementation of the database interface: WAL journal, foreign keys enforced, busy
// timeout, one writer connection guarded by a mutex and a pool of read-only connections.
#pragma once

#include <string>

#include "platform/db/database.h"

namespace maillage::db {

struct SqliteOptions {
  /// Number of read-only connections in the pool.
  int readers = 4;
  /// How long a connection waits for a lock held by another process before failing.
  int busy_timeout_ms = 5000;
};

/// Opens (creating if needed) the SQLite database file at `path`.
std::unique_ptr<Database> open_sqlite(const std::string& path, SqliteOptions options = {});

}  // namespace maillage::db
