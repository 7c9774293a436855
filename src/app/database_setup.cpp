#include "app/database_setup.h"

#include <filesystem>

#include "directory/search_index.h"
#include "platform/db/migrations.h"
#include "platform/util/log.h"

namespace maillage::app {

std::unique_ptr<db::Database> open_and_migrate(const std::string& url) {
  if (url.find("://") == std::string::npos) {
    auto parent = std::filesystem::path(url).parent_path();
    if (!parent.empty()) std::filesystem::create_directories(parent);
  }
  auto database = db::open_database(url);
  int applied = db::apply_migrations(*database, db::all_migrations());
  if (applied > 0) {
    log::info({{"event", "migrations_applied"}, {"count", applied}, {"schema_version", db::schema_version(*database)}});
    // Derived search tables a migration recreated empty are rebuilt here, once.
    bool rebuilt = false;
    db::with_transaction(*database, [&](db::Connection& c) { rebuilt = directory::ensure_search_index(c); });
    if (rebuilt) log::info({{"event", "directory_search_index_rebuilt"}});
  }
  return database;
}

}  // namespace maillage::app
