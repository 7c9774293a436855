// The slot search's early stop (search_free_slots with `enough`, as the slot-search route runs it):
// the first slots it proposes are exactly those of a search reading every free slot of the window
// — ties on the start time, slots outside the radius, other professions, booked and remote slots
// included —, it reads no further than the start time of the last slot it needs, and SQLite walks
// the index made for it in start order.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <random>

#include "access/snp_rules.h"
#include "access/snp_search_plan.h"
#include "access/snp_search.h"
#include "access/snp_store.h"
#include "app/database_setup.h"
#include "support/server_process.h"
#include "territory/cpts_store.h"

namespace maillage::access {
namespace {

constexpr double kLatitude = 43.2965, kLongitude = 5.3698;  // Marseille 2e
constexpr double kRadius = 20;

class SnpSlotSearch : public ::testing::Test {
 protected:
  void SetUp() override {
    db = app::open_and_migrate((dir / "snp.db").string());
    db::with_transaction(*db, [&](db::Connection& c) {
      cpts = territory::create_cpts(c, "CPTS A").id;
      other_cpts = territory::create_cpts(c, "CPTS B").id;
      return 0;
    });
  }

  /// A free slot starting `minute` minutes after 08:00 on 2030-01-07, at a point `km_north` of
  /// Marseille 2e.
  SnpSlot slot(int minute, double km_north, SlotMode mode = SlotMode::in_person, std::string profession = "10") {
    SnpSlot s;
    s.cpts_id = cpts;
    s.professional_id = fmt::format("8{:011}", next_professional++);
    s.profession_code = std::move(profession);
    s.site_key = "S";
    s.commune_code = "13202";
    s.latitude = kLatitude + km_north / 111.19;
    s.longitude = kLongitude;
    s.starts_at = fmt::format("2030-01-07T{:02}:{:02}:00Z", 8 + minute / 60, minute % 60);
    s.ends_at = s.starts_at;
    s.mode = mode;
    s.created_at = "2030-01-01T00:00:00Z";
    return s;
  }

  std::int64_t insert(const SnpSlot& s) {
    return db::with_transaction(*db, [&](db::Connection& c) { return *insert_slot(c, s); });
  }

  /// The query of the route for a patient in Marseille 2e; with `enough`, it stops early.
  SlotQuery query(bool remote, std::size_t enough) const {
    SlotQuery q{cpts, "2030-01-07T00:00:00Z", "2030-01-09T00:00:00Z", "10",
                cells_around(kLatitude, kLongitude, kRadius), remote};
    if (enough > 0) {
      q.enough = enough;
      q.counts = [](const SnpSlot& s) { return reach(s, kLatitude, kLongitude, kRadius).within; };
    }
    return q;
  }

  std::vector<SnpSlot> read(const SlotQuery& q) {
    db::Lease lease = db->read();
    return search_free_slots(*lease, q);
  }

  static std::vector<std::int64_t> ids(const std::vector<RankedSlot>& ranked) {
    std::vector<std::int64_t> out;
    for (const auto& r : ranked) out.push_back(r.slot.id);
    return out;
  }

  testing::TempDir dir;
  std::unique_ptr<db::Database> db;
  std::string cpts, other_cpts;
  int next_professional = 0;
};

TEST_F(SnpSlotSearch, StoppingEarlyProposesTheSameSlotsAsReadingTheWholeWindow) {
  // 600 slots on 40 start times (many ties), 0–40 km away (a third outside the radius, some in
  // squares the search does not read), a tenth remote, a tenth of another profession, a tenth
  // in another CPTS, a tenth booked.
  std::mt19937 rng(11);
  std::uniform_int_distribution<int> time(0, 39), percent(0, 99);
  std::uniform_real_distribution<double> km(-40, 40);
  for (int i = 0; i < 600; ++i) {
    int kind = percent(rng);
    SnpSlot s = slot(time(rng) * 15, km(rng), kind < 10 ? SlotMode::remote : SlotMode::in_person,
                     kind >= 10 && kind < 20 ? "60" : "10");
    if (kind >= 20 && kind < 30) s.cpts_id = other_cpts;
    std::int64_t id = insert(s);
    if (kind >= 30 && kind < 40) {
      db::with_transaction(*db, [&](db::Connection& c) {
        return book_slot(c, s.cpts_id, id, fmt::format("request-{}", id), "2030-01-01T00:00:00Z");
      });
    }
  }
  std::size_t compared = 0;
  for (bool remote : {true, false}) {
    auto everything = read(query(remote, 0));
    for (std::size_t limit : {1u, 3u, 10u, 50u, 1000u}) {
      auto early = read(query(remote, limit));
      EXPECT_EQ(ids(rank_slots(early, kLatitude, kLongitude, kRadius, limit)),
                ids(rank_slots(everything, kLatitude, kLongitude, kRadius, limit)))
          << "remote " << remote << ", limit " << limit;
      if (limit <= 10) {
        EXPECT_LT(early.size(), everything.size()) << "limit " << limit << " read everything";
      }
      ++compared;
    }
  }
  EXPECT_EQ(compared, 10u);
}

TEST_F(SnpSlotSearch, ReadingStopsAfterTheSlotsStartingWithTheLastOneNeeded) {
  // 22 km north: in a square the search reads, outside the radius.
  insert(slot(0, 22));                    // 08:00, outside the radius: does not count
  std::int64_t a = insert(slot(0, 1));    // 08:00
  std::int64_t b = insert(slot(15, 2));   // 08:15: the second one needed…
  std::int64_t c = insert(slot(15, 22));  // …and the slots starting with it, counted or not
  std::int64_t d = insert(slot(15, 3));
  insert(slot(30, 1));                    // 08:30: not read
  insert(slot(45, 1, SlotMode::remote));

  auto read_slots = read(query(true, 2));
  std::vector<std::int64_t> read_ids;
  for (const auto& s : read_slots) read_ids.push_back(s.id);
  EXPECT_EQ(read_ids.size(), 5u);
  for (std::int64_t id : {a, b, c, d}) EXPECT_NE(std::find(read_ids.begin(), read_ids.end(), id), read_ids.end());
  EXPECT_EQ(ids(rank_slots(read_slots, kLatitude, kLongitude, kRadius, 2)), (std::vector<std::int64_t>{a, b}));
  // Without enough slots within reach, the whole window is read.
  EXPECT_EQ(read(query(true, 10)).size(), 7u);
}

TEST_F(SnpSlotSearch, SqliteWalksTheFreeSlotsOfTheCptsByStartTime) {
  db::Lease lease = db->read();
  std::string plan = testing::snp_search_plan(*lease);
  EXPECT_TRUE(testing::snp_search_plan_walks_index(plan)) << plan;
}

}  // namespace
}  // namespace maillage::access
