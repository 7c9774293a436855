#include "platform/db/sqlite_database.h"

#include <gtest/gtest.h>

#include <thread>

#include "support/server_process.h"

namespace maillage::db {
namespace {

class SqliteDatabaseTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db = open_sqlite((dir / "test.db").string());
    with_transaction(*db, [](Connection& c) {
      c.execute_script("CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, weight REAL)");
    });
  }
  testing::TempDir dir;
  std::unique_ptr<Database> db;
};

TEST_F(SqliteDatabaseTest, UsesWalJournalAndForeignKeys) {
  Lease lease = db->write();
  auto& mode = lease->query("PRAGMA journal_mode");
  ASSERT_TRUE(mode.step());
  EXPECT_EQ(mode.text(0), "wal");
  auto& fk = lease->query("PRAGMA foreign_keys");
  ASSERT_TRUE(fk.step());
  EXPECT_EQ(fk.int64(0), 1);
}

TEST_F(SqliteDatabaseTest, BindsAndReadsEveryType) {
  with_transaction(*db, [](Connection& c) {
    c.execute("INSERT INTO items (id, name, weight) VALUES (?, ?, ?)", 1, "Ajaccio 2A004", 1.5);
    c.execute("INSERT INTO items (id, name, weight) VALUES (?, ?, ?)", 2, std::string("null weight"), nullptr);
  });
  Lease lease = db->read();
  auto& st = lease->query("SELECT id, name, weight FROM items ORDER BY id");
  ASSERT_TRUE(st.step());
  EXPECT_EQ(st.int64(0), 1);
  EXPECT_EQ(st.text(1), "Ajaccio 2A004");
  EXPECT_DOUBLE_EQ(st.real(2), 1.5);
  EXPECT_EQ(st.value(2), Value{1.5});
  ASSERT_TRUE(st.step());
  EXPECT_TRUE(st.is_null(2));
  EXPECT_EQ(st.optional_real(2), std::nullopt);
  EXPECT_FALSE(st.step());
}

TEST_F(SqliteDatabaseTest, FailedTransactionLeavesNothingBehind) {
  EXPECT_THROW(with_transaction(*db,
                                [](Connection& c) {
                                  c.execute("INSERT INTO items (id, name) VALUES (1, 'a')");
                                  c.execute("INSERT INTO items (id, name) VALUES (2, 'a')");  // UNIQUE violation
                                }),
               ConstraintError);
  Lease lease = db->read();
  auto& st = lease->query("SELECT COUNT(*) FROM items");
  ASSERT_TRUE(st.step());
  EXPECT_EQ(st.int64(0), 0);
}

TEST_F(SqliteDatabaseTest, ReadersSeeCommittedWritesFromSeveralThreads) {
  with_transaction(*db, [](Connection& c) { c.execute("INSERT INTO items (id, name) VALUES (1, 'a')"); });
  std::vector<std::thread> threads;
  std::atomic<int> seen{0};
  for (int i = 0; i < 8; ++i) {
    threads.emplace_back([&] {
      Lease lease = db->read();
      auto& st = lease->query("SELECT COUNT(*) FROM items");
      if (st.step() && st.int64(0) == 1) ++seen;
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(seen, 8);
}

TEST_F(SqliteDatabaseTest, APooledReaderLeftMidResultStillSeesLaterWrites) {
  with_transaction(*db, [](Connection& c) {
    c.execute("INSERT INTO items (id, name) VALUES (1, 'a')");
    c.execute("INSERT INTO items (id, name) VALUES (2, 'b')");
  });
  {
    Lease lease = db->read();
    auto& st = lease->query("SELECT name FROM items ORDER BY id");
    ASSERT_TRUE(st.step());  // one row read, the statement left mid-result
  }
  with_transaction(*db, [](Connection& c) { c.execute("INSERT INTO items (id, name) VALUES (3, 'c')"); });
  for (int i = 0; i < 8; ++i) {  // whichever pooled reader comes back
    Lease lease = db->read();
    auto& st = lease->query("SELECT COUNT(*) FROM items");
    ASSERT_TRUE(st.step());
    EXPECT_EQ(st.int64(0), 3);
  }
}

TEST_F(SqliteDatabaseTest, ReadConnectionsRefuseWrites) {
  Lease lease = db->read();
  EXPECT_THROW(lease->execute("INSERT INTO items (id, name) VALUES (9, 'x')"), DbError);
}

TEST_F(SqliteDatabaseTest, BadSqlNamesTheStatement) {
  Lease lease = db->write();
  try {
    lease->prepare("SELEC nonsense");
    FAIL() << "expected an error";
  } catch (const DbError& e) {
    EXPECT_NE(std::string(e.what()).find("SELEC nonsense"), std::string::npos);
  }
}

TEST(OpenDatabase, RefusesPostgresqlUntilSupported) {
  EXPECT_THROW(open_database("postgresql://localhost/maillage"), DbError);
}

}  // namespace
}  // namespace maillage::db
