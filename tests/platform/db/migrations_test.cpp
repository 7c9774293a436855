#include "platform/db/migrations.h"

#include <gtest/gtest.h>

#include "platform/db/sqlite_database.h"
#include "support/server_process.h"

namespace maillage::db {
namespace {

TEST(Migrations, AppliesPendingOnesOnceInOrder) {
  testing::TempDir dir;
  auto db = open_sqlite((dir / "m.db").string());
  std::vector<Migration> v1 = {{1, "one", "CREATE TABLE a (x INTEGER)"}};
  EXPECT_EQ(apply_migrations(*db, v1), 1);
  EXPECT_EQ(apply_migrations(*db, v1), 0);
  std::vector<Migration> v2 = {{1, "one", "CREATE TABLE a (x INTEGER)"}, {2, "two", "ALTER TABLE a ADD COLUMN y TEXT"}};
  EXPECT_EQ(apply_migrations(*db, v2), 1);
  EXPECT_EQ(schema_version(*db), 2);
}

TEST(Migrations, AFailingMigrationIsRolledBackWhole) {
  testing::TempDir dir;
  auto db = open_sqlite((dir / "m.db").string());
  std::vector<Migration> bad = {{1, "bad", "CREATE TABLE b (x INTEGER); CREATE TABLE b (x INTEGER);"}};
  EXPECT_THROW(apply_migrations(*db, bad), DbError);
  EXPECT_EQ(schema_version(*db), 0);
  Lease lease = db->read();
  auto& st = lease->query("SELECT COUNT(*) FROM sqlite_master WHERE name = 'b'");
  ASSERT_TRUE(st.step());
  EXPECT_EQ(st.int64(0), 0);
}

TEST(Migrations, RefusesADatabaseFromANewerProgram) {
  testing::TempDir dir;
  auto db = open_sqlite((dir / "m.db").string());
  apply_migrations(*db, {{1, "one", "SELECT 1"}, {2, "two", "SELECT 1"}});
  EXPECT_THROW(apply_migrations(*db, {{1, "one", "SELECT 1"}}), DbError);
}

TEST(Migrations, EmbeddedMigrationsAreUniqueAndApplyToAnEmptyDatabase) {
  auto all = all_migrations();
  ASSERT_FALSE(all.empty());
  testing::TempDir dir;
  auto db = open_sqlite((dir / "m.db").string());
  EXPECT_EQ(apply_migrations(*db, all), static_cast<int>(all.size()));
  EXPECT_EQ(schema_version(*db), all.back().version);
}

TEST(Migrations, DuplicateVersionsAreRefused) {
  std::vector<Migration> list = {{3, "a", ""}, {3, "b", ""}};
  EXPECT_THROW(sort_migrations(list), DbError);
}

}  // namespace
}  // namespace maillage::db
