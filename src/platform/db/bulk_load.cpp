#include "platform/db/bulk_load.h"

#include <fmt/format.h>

namespace maillage::db {

BulkLoad::BulkLoad(Connection& c, const std::vector<std::string>& tables, bool defer_indexes, int cache_mib) : c_(c) {
  auto& size = c_.query("PRAGMA cache_size");
  previous_cache_size_ = size.step() ? size.int64(0) : -2000;
  size.step();  // done
  c_.execute_script(fmt::format("PRAGMA cache_size = -{};", cache_mib * 1024));
  if (!defer_indexes) return;
  for (const auto& table : tables) {
    // `sql` is NULL for the automatic indexes of PRIMARY KEY and UNIQUE constraints.
    auto& st = c_.query("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL"
                        " ORDER BY name",
                        table);
    while (st.step()) {
      names_.push_back(st.text(0));
      definitions_.push_back(st.text(1));
    }
  }
  for (const auto& name : names_) c_.execute_script(fmt::format("DROP INDEX \"{}\";", name));
}

BulkLoad::~BulkLoad() {
  try {
    c_.execute_script(fmt::format("PRAGMA cache_size = {};", previous_cache_size_));
  } catch (...) {  // a destructor does not throw; the next connection gets the default again
  }
}

void BulkLoad::finish() {
  for (const auto& sql : definitions_) c_.execute_script(sql + ";");
  definitions_.clear();
}

}  // namespace maillage::db
