// A new vintage of the referential in which communes merged and a postcode moved: the current
// territories follow it in the import's transaction, the rules still hold, the history keeps the
// old codes, and the referential write succeeds.
#include "territory/referential_changes.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "app/database_setup.h"
#include "platform/util/time.h"
#include "referential/store.h"
#include "support/server_process.h"
#include "territory/cpts_store.h"
#include "territory/territory_store.h"

namespace maillage::territory {
namespace {

// Removes commune `code` from `d` and records it as merged into `into`.
void merge(referential::Dataset& d, const std::string& code, const std::string& into) {
  std::erase_if(d.communes, [&](const auto& c) { return c.code == code; });
  std::erase_if(d.postcodes, [&](const auto& p) { return p.commune_code == code; });
  std::erase_if(d.former_communes, [&](const auto& f) { return f.current_code == code || f.code == code; });
  for (auto& e : d.epci) std::erase(e.member_codes, code);
  d.former_communes.push_back({code, referential::FormerKind::deleguee, "ancienne commune", into});
}

class ReferentialChanges : public ::testing::Test {
 protected:
  void SetUp() override {
    db = app::open_and_migrate(testing::copy_fixture_database(dir).string());
    db::with_transaction(*db, [&](db::Connection& c) {
      a = create_cpts(c, "CPTS A");
      b = create_cpts(c, "CPTS B");
      add_elements(c, a.id, {{"01001", ""}, {"01002", ""}, {"31555", "31200"}}, {}, "test", "2025-01-01T00:00:00Z");
      add_elements(c, b.id, {{"01004", ""}}, {}, "test", "2025-01-01T00:00:00Z");
      a.seat_commune_code = "01001";
      update_profile(c, a);
    });
  }

  testing::TempDir dir;
  std::unique_ptr<db::Database> db;
  Cpts a, b;
};

TEST_F(ReferentialChanges, TerritoriesFollowMergersAndPostcodeChangesAndTheImportSucceeds) {
  referential::Dataset next;
  {
    db::Lease lease = db->read();
    next = referential::read_stored_dataset(*lease);
  }
  merge(next, "01001", "01007");  // 01007 is held by nobody: A takes it
  merge(next, "01002", "01004");  // 01004 belongs to B: A is told, B keeps it
  for (auto& c : next.communes) {
    if (c.code == "31555") std::erase(c.postcodes, "31200");
  }
  std::erase_if(next.postcodes, [](const auto& p) { return p.commune_code == "31555" && p.postcode == "31200"; });

  std::vector<ReferentialAdjustment> adjustments;
  db::with_transaction(*db, [&](db::Connection& c) {
    adjustments = follow_referential_changes(c, next, "referential import", "2026-01-01T00:00:00Z");
    referential::write_dataset(c, next, current_timestamp_utc());  // no foreign key stands in the way
  });

  db::Lease lease = db->read();
  std::vector<ElementKey> now;
  for (const auto& e : territory_at(*lease, a.id, "")) now.push_back(e.key);
  EXPECT_EQ(now, (std::vector<ElementKey>{{"01007", ""}}));
  ASSERT_EQ(territory_at(*lease, b.id, "").size(), 1u);
  EXPECT_EQ(territory_at(*lease, b.id, "")[0].key.code, "01004");
  // Before the change, the history still shows the old codes.
  EXPECT_EQ(territory_at(*lease, a.id, "2025-06-01T00:00:00Z").size(), 3u);
  EXPECT_EQ(find_cpts(*lease, a.id, {true, {}})->seat_commune_code, "01007");

  auto said = [&](const std::string& text) {
    return std::any_of(adjustments.begin(), adjustments.end(),
                       [&](const auto& x) { return x.cpts_id == a.id && x.message.find(text) != std::string::npos; });
  };
  EXPECT_TRUE(said("took 01007"));
  EXPECT_TRUE(said("could not take 01004 whole"));
  EXPECT_TRUE(said("CPTS B"));  // the refusal names the holder
  EXPECT_TRUE(said("31555 (postcode 31200) left the territory"));
}

TEST_F(ReferentialChanges, AnUnchangedReferentialChangesNothing) {
  referential::Dataset same;
  {
    db::Lease lease = db->read();
    same = referential::read_stored_dataset(*lease);
  }
  std::vector<ReferentialAdjustment> adjustments;
  db::with_transaction(*db, [&](db::Connection& c) {
    adjustments = follow_referential_changes(c, same, "referential import", "2026-01-01T00:00:00Z");
  });
  EXPECT_TRUE(adjustments.empty());
  db::Lease lease = db->read();
  EXPECT_EQ(territory_at(*lease, a.id, "").size(), 3u);
}

}  // namespace
}  // namespace maillage::territory
