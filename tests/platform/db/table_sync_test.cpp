#include "platform/db/table_sync.h"

#include <gtest/gtest.h>

#include "platform/db/sqlite_database.h"
#include "support/server_process.h"

namespace maillage::db {
namespace {

TEST(TableSync, InsertsUpdatesKeepsAndDeletes) {
  testing::TempDir dir;
  auto db = open_sqlite((dir / "s.db").string());
  with_transaction(*db, [](Connection& c) { c.execute_script("CREATE TABLE t (k TEXT PRIMARY KEY, v INTEGER)"); });

  auto sync = [&](std::vector<std::vector<Value>> rows) {
    TableSync s("t", {"k", "v"}, 1);
    with_transaction(*db, [&](Connection& c) {
      s.upsert(c, rows);
      s.delete_missing(c);
    });
    return s.counts();
  };
  auto first = sync({{std::string("a"), std::int64_t{1}}, {std::string("b"), std::int64_t{2}}});
  EXPECT_EQ(first.inserted, 2);
  auto second = sync({{std::string("a"), std::int64_t{1}}, {std::string("b"), std::int64_t{3}},
                      {std::string("c"), Value{}}});
  EXPECT_EQ(second.unchanged, 1);
  EXPECT_EQ(second.updated, 1);
  EXPECT_EQ(second.inserted, 1);
  auto third = sync({{std::string("c"), Value{}}});
  EXPECT_EQ(third.unchanged, 1);
  EXPECT_EQ(third.deleted, 2);

  Lease lease = db->read();
  auto& st = lease->query("SELECT k FROM t");
  ASSERT_TRUE(st.step());
  EXPECT_EQ(st.text(0), "c");
  EXPECT_FALSE(st.step());
}

}  // namespace
}  // namespace maillage::db
