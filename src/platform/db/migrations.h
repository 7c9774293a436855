// Numbered schema migrations, applied at start-up in order, each in its own transaction.
//
// Each capability keeps its SQL in `src/<capability>/migrations/NNNN_description.sql`; the build
// embeds them all (cmake/EmbedMigrations.cmake) and `all_migrations()` returns them sorted.
#pragma once

#include <string_view>
#include <vector>

#include "platform/db/database.h"

namespace maillage::db {

struct Migration {
  int version;
  std::string_view name;  // source file, relative to the repository
  std::string_view sql;
};

/// Every migration compiled into this binary, sorted by version.
std::vector<Migration> all_migrations();

/// Sorts by version; throws if two migrations share a version.
void sort_migrations(std::vector<Migration>& migrations);

/// Applies the migrations not yet recorded in `schema_migrations`; returns how many ran.
/// Refuses a database that has migrations this binary does not know (it is newer than the binary).
int apply_migrations(Database& db, const std::vector<Migration>& migrations);

/// The highest applied migration version (0 for an empty database).
int schema_version(Database& db);

}  // namespace maillage::db
