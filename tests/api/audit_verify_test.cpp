// `maillage audit verify` detects any altered, deleted or reordered audit entry — even when the
// attacker has removed the database's append-only triggers first.
#include <gtest/gtest.h>

#include "app/database_setup.h"
#include "app/demo_data.h"
#include "platform/db/sqlite_database.h"
#include "support/command.h"
#include "support/server_process.h"

namespace maillage {
namespace {

class AuditVerify : public ::testing::Test {
 protected:
  void SetUp() override {
    path = (dir / "audit.db").string();
    auto db = app::open_and_migrate(path);
    app::ensure_demo_data(*db);  // writes a dozen audit entries
    db->close();
  }
  testing::CommandResult verify() { return testing::run_maillage({"audit", "verify", "--db", path}); }
  // What someone with write access to the file could do.
  void tamper(const std::string& sql) {
    auto db = db::open_sqlite(path);
    db::with_transaction(*db, [&](db::Connection& c) {
      c.execute_script("DROP TRIGGER IF EXISTS audit_log_no_update; DROP TRIGGER IF EXISTS audit_log_no_delete;");
      c.execute_script(sql);
    });
    db->close();
  }
  testing::TempDir dir;
  std::string path;
};

TEST_F(AuditVerify, AnIntactLogVerifies) {
  auto r = verify();
  EXPECT_EQ(r.status, 0) << r.output;
  EXPECT_NE(r.output.find("audit log intact"), std::string::npos) << r.output;
}

TEST_F(AuditVerify, TheDatabaseRefusesToChangeOrDeleteEntries) {
  auto db = db::open_sqlite(path);
  EXPECT_THROW(db::with_transaction(*db, [](db::Connection& c) { c.execute("UPDATE audit_log SET outcome = 'denied'"); }),
               db::DbError);
  EXPECT_THROW(db::with_transaction(*db, [](db::Connection& c) { c.execute("DELETE FROM audit_log WHERE id = 3"); }),
               db::DbError);
}

TEST_F(AuditVerify, DetectsAnAlteredEntry) {
  tamper("UPDATE audit_log SET actor_label = 'someone else' WHERE id = 4");
  auto r = verify();
  EXPECT_EQ(r.status, 1) << r.output;
  EXPECT_NE(r.output.find("entry 4 was altered"), std::string::npos) << r.output;
}

TEST_F(AuditVerify, DetectsADeletedEntry) {
  tamper("DELETE FROM audit_log WHERE id = 5");
  auto r = verify();
  EXPECT_EQ(r.status, 1) << r.output;
  EXPECT_NE(r.output.find("entry 5 is missing"), std::string::npos) << r.output;
}

TEST_F(AuditVerify, DetectsReorderedEntries) {
  // Swap the contents of entries 6 and 7, hashes included, keeping the ids in sequence.
  tamper(
      "CREATE TEMP TABLE six AS SELECT * FROM audit_log WHERE id = 6;"
      "CREATE TEMP TABLE seven AS SELECT * FROM audit_log WHERE id = 7;"
      "DELETE FROM audit_log WHERE id IN (6, 7);"
      "INSERT INTO audit_log SELECT 6, at, actor_type, actor_id, actor_label, client_address, action, resource_type,"
      " resource_id, cpts_id, outcome, prev_hash, hash FROM seven;"
      "INSERT INTO audit_log SELECT 7, at, actor_type, actor_id, actor_label, client_address, action, resource_type,"
      " resource_id, cpts_id, outcome, prev_hash, hash FROM six;");
  auto r = verify();
  EXPECT_EQ(r.status, 1) << r.output;
  EXPECT_NE(r.output.find("entry 6"), std::string::npos) << r.output;
}

TEST_F(AuditVerify, DetectsEntriesRemovedAtTheEnd) {
  tamper("DELETE FROM audit_log WHERE id = (SELECT MAX(id) FROM audit_log)");
  auto r = verify();
  EXPECT_EQ(r.status, 1) << r.output;
  EXPECT_NE(r.output.find("head records entry"), std::string::npos) << r.output;
}

TEST_F(AuditVerify, DetectsARecomputedEntryThroughItsSuccessor) {
  // A careful forger rewrites entry 3 and its hash; entry 4 still points at the old hash.
  tamper("UPDATE audit_log SET outcome = 'failure', hash = 'f00d' || substr(hash, 5) WHERE id = 3");
  auto r = verify();
  EXPECT_EQ(r.status, 1) << r.output;
  EXPECT_NE(r.output.find("entry 3"), std::string::npos) << r.output;
}

}  // namespace
}  // namespace maillage
