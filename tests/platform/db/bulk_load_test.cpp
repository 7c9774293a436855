// Bulk loads: secondary indexes dropped and rebuilt identically (primary-key and UNIQUE indexes
// kept, so upserts still find their rows), back as they were after a rollback, and the page
// cache restored after the load.
#include "platform/db/bulk_load.h"

#include <gtest/gtest.h>

#include "platform/db/sqlite_database.h"
#include "support/server_process.h"

namespace maillage::db {
namespace {

class BulkLoadTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db = open_sqlite((dir / "test.db").string());
    with_transaction(*db, [](Connection& c) {
      c.execute_script(
          "CREATE TABLE people (id TEXT PRIMARY KEY, name TEXT, town TEXT, UNIQUE (name, town));"
          "CREATE INDEX people_by_town ON people (town);"
          "CREATE INDEX people_by_lower_name ON people (lower(name)) WHERE name IS NOT NULL;"
          "CREATE TABLE other (x TEXT); CREATE INDEX other_by_x ON other (x);");
    });
  }

  std::vector<std::string> indexes() {
    Lease lease = db->read();
    auto& st = lease->query("SELECT name || ': ' || coalesce(sql, 'automatic') FROM sqlite_master WHERE type = 'index'"
                            " ORDER BY name");
    std::vector<std::string> out;
    while (st.step()) out.push_back(st.text(0));
    return out;
  }

  std::int64_t cache_size(Connection& c) {
    auto& st = c.query("PRAGMA cache_size");
    st.step();
    return st.int64(0);
  }

  testing::TempDir dir;
  std::unique_ptr<Database> db;
};

TEST_F(BulkLoadTest, RebuildsTheSecondaryIndexesAsTheyWere) {
  auto before = indexes();
  with_transaction(*db, [&](Connection& c) {
    BulkLoad bulk(c, {"people"}, true);
    EXPECT_EQ(bulk.deferred(), (std::vector<std::string>{"people_by_lower_name", "people_by_town"}));
    EXPECT_EQ(cache_size(c), -128 * 1024);
    for (int i = 0; i < 100; ++i) {
      c.execute("INSERT INTO people (id, name, town) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET town = excluded.town",
                std::to_string(i % 50), "N" + std::to_string(i % 50), "T" + std::to_string(i));
    }
    bulk.finish();
  });
  EXPECT_EQ(indexes(), before);
  Lease lease = db->write();
  EXPECT_EQ(cache_size(*lease), -2000);  // SQLite's default, as before the load
  auto& st = lease->query("SELECT COUNT(*) FROM people INDEXED BY people_by_town WHERE town >= 'T50'");
  ASSERT_TRUE(st.step());
  EXPECT_EQ(st.int64(0), 50);  // the index is there and holds the rows loaded
}

TEST_F(BulkLoadTest, ARollbackBringsTheIndexesBack) {
  auto before = indexes();
  EXPECT_THROW(with_transaction(*db,
                                [&](Connection& c) {
                                  BulkLoad bulk(c, {"people", "other"}, true);
                                  EXPECT_EQ(bulk.deferred().size(), 3u);
                                  throw std::runtime_error("the file is bad");
                                }),
               std::runtime_error);
  EXPECT_EQ(indexes(), before);
}

TEST_F(BulkLoadTest, WithoutDeferringKeepsTheIndexes) {
  auto before = indexes();
  with_transaction(*db, [&](Connection& c) {
    BulkLoad bulk(c, {"people"}, false);
    EXPECT_TRUE(bulk.deferred().empty());
    EXPECT_EQ(indexes().size(), before.size());
    bulk.finish();
  });
  EXPECT_EQ(indexes(), before);
}

}  // namespace
}  // namespace maillage::db
