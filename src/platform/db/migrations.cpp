#include "platform/db/migrations.h"

#include "platform/util/time.h"

#include <algorithm>
#include <set>
#include <string>

namespace maillage::db {
namespace {

constexpr std::string_view kCreateTable =
    "CREATE TABLE IF NOT EXISTS schema_migrations ("
    " version INTEGER PRIMARY KEY,"
    " name TEXT NOT NULL,"
    " applied_at TEXT NOT NULL)";

std::set<int> applied_versions(Connection& connection) {
  std::set<int> versions;
  auto& st = connection.query("SELECT version FROM schema_migrations");
  while (st.step()) versions.insert(static_cast<int>(st.int64(0)));
  return versions;
}

}  // namespace

void sort_migrations(std::vector<Migration>& migrations) {
  std::sort(migrations.begin(), migrations.end(),
            [](const Migration& a, const Migration& b) { return a.version < b.version; });
  for (std::size_t i = 1; i < migrations.size(); ++i) {
    if (migrations[i].version == migrations[i - 1].version) {
      throw DbError("two migrations share version " + std::to_string(migrations[i].version));
    }
  }
}

int apply_migrations(Database& db, const std::vector<Migration>& migrations) {
  with_transaction(db, [](Connection& c) { c.execute_script(kCreateTable); });

  std::set<int> applied;
  {
    Lease lease = db.write();
    applied = applied_versions(*lease);
  }
  std::set<int> known;
  for (const auto& m : migrations) known.insert(m.version);
  for (int v : applied) {
    if (!known.contains(v)) {
      throw DbError("the database has migration " + std::to_string(v) +
                    " which this program does not know: it was written by a newer version of Maillage");
    }
  }

  int count = 0;
  for (const auto& m : migrations) {
    if (applied.contains(m.version)) continue;
    with_transaction(db, [&](Connection& c) {
      c.execute_script(m.sql);
      c.execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)", m.version,
                std::string(m.name), current_timestamp_utc());
    });
    ++count;
  }
  return count;
}

int schema_version(Database& db) {
  Lease lease = db.read();
  auto& st = lease->query("SELECT COALESCE(MAX(version), 0) FROM schema_migrations");
  return st.step() ? static_cast<int>(st.int64(0)) : 0;
}

}  // namespace maillage::db
