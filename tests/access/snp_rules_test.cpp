// The rules of unscheduled care: urgency windows in the CPTS's time zone (across the DST weekends),
// what may be done to a request in each status, weekly patterns keeping their local hours across a
// DST change, the search grid never missing a slot within the radius, and the ranking of slots.
#include "access/snp_rules.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

#include "access/snp_search.h"
#include "territory/selection.h"

namespace maillage::access {
namespace {

TEST(SnpUrgency, SameDayEndsAtTheNextLocalMidnightWhateverTheSeason) {
  // 23:00 CET on Saturday 28 March 2026: the day ends one hour later, at 23:00Z.
  EXPECT_EQ(due_at("2026-03-28T22:00:00Z", Urgency::same_day, "Europe/Paris"), "2026-03-28T23:00:00Z");
  // 14:00 CEST on Sunday 29 March (summer time since 02:00): midnight CEST is 22:00Z.
  EXPECT_EQ(due_at("2026-03-29T12:00:00Z", Urgency::same_day, "Europe/Paris"), "2026-03-29T22:00:00Z");
  // 23:30Z on 29 March is already Monday 01:30 CEST: Monday's midnight.
  EXPECT_EQ(due_at("2026-03-29T23:30:00Z", Urgency::same_day, "Europe/Paris"), "2026-03-30T22:00:00Z");
  // Réunion (UTC+4, no DST): 10:00Z is 14:00 local; the day ends at 20:00Z.
  EXPECT_EQ(due_at("2026-11-23T10:00:00Z", Urgency::same_day, "Indian/Reunion"), "2026-11-23T20:00:00Z");
}

TEST(SnpUrgency, TwentyFourAndFortyEightHoursCountRealHours) {
  EXPECT_EQ(due_at("2026-10-24T09:15:00Z", Urgency::h24, "Europe/Paris"), "2026-10-25T09:15:00Z");
  EXPECT_EQ(due_at("2026-10-24T09:15:00.123Z", Urgency::h48, "Europe/Paris"), "2026-10-26T09:15:00Z");
}

SnpRequest oriented(Orientation o, std::string oriented_at, std::string slot_start = {}) {
  SnpRequest r;
  r.status = SnpStatus::orientee;
  r.due_at = "2026-11-24T09:00:00Z";
  r.orientation = o;
  r.oriented_at = std::move(oriented_at);
  r.slot_starts_at = std::move(slot_start);
  return r;
}

TEST(SnpWindow, ASlotCountsWhenItBeginsBeforeTheEndOfTheWindow) {
  EXPECT_TRUE(*oriented_within_window(oriented(Orientation::slot, "2026-11-23T10:00:00Z", "2026-11-24T08:45:00Z")));
  EXPECT_FALSE(*oriented_within_window(oriented(Orientation::slot, "2026-11-23T10:00:00Z", "2026-11-24T09:00:00Z")));
  EXPECT_TRUE(*oriented_within_window(oriented(Orientation::urgences, "2026-11-24T08:59:59Z")));
  EXPECT_FALSE(*oriented_within_window(oriented(Orientation::pharmacien, "2026-11-24T09:00:01Z")));
  SnpRequest waiting;
  waiting.due_at = "2026-11-24T09:00:00Z";
  EXPECT_FALSE(oriented_within_window(waiting).has_value());
  EXPECT_FALSE(is_overdue(waiting, "2026-11-24T09:00:00Z"));
  EXPECT_TRUE(is_overdue(waiting, "2026-11-24T09:00:01Z"));
}

TEST(SnpActions, ClosedRequestsTakeNothingAndAnOutcomeNeedsAnOrientation) {
  EXPECT_EQ(open_actions(SnpStatus::nouvelle), (std::vector<SnpAction>{SnpAction::orient, SnpAction::cancel}));
  EXPECT_EQ(open_actions(SnpStatus::orientee),
            (std::vector<SnpAction>{SnpAction::orient, SnpAction::outcome, SnpAction::cancel}));
  EXPECT_TRUE(open_actions(SnpStatus::cloturee).empty());
  EXPECT_TRUE(open_actions(SnpStatus::annulee).empty());
  EXPECT_EQ(check_action(SnpStatus::nouvelle, SnpAction::outcome)->rule, "not_oriented");
  EXPECT_EQ(check_action(SnpStatus::annulee, SnpAction::orient)->rule, "not_open");
}

SnpPattern mondays(std::string from, std::string until) {
  SnpPattern p;
  p.weekdays = {1};
  p.start_time = "09:00";
  p.slot_minutes = 20;
  p.slot_count = 2;
  p.valid_from = std::move(from);
  p.valid_until = std::move(until);
  return p;
}

TEST(SnpPatterns, SlotsKeepTheirLocalHoursAcrossTheSpringChange) {
  // Mondays 23 and 30 March 2026, 09:00 and 09:20 local: CET then CEST.
  auto slots = expand_pattern(mondays("2026-03-22", "2026-03-31"));
  ASSERT_EQ(slots.size(), 4u);
  EXPECT_EQ(slots[0], (std::pair<std::string, std::string>{"2026-03-23T08:00:00Z", "2026-03-23T08:20:00Z"}));
  EXPECT_EQ(slots[1].first, "2026-03-23T08:20:00Z");
  EXPECT_EQ(slots[2], (std::pair<std::string, std::string>{"2026-03-30T07:00:00Z", "2026-03-30T07:20:00Z"}));
  EXPECT_EQ(slots[3].first, "2026-03-30T07:20:00Z");
}

TEST(SnpPatterns, ExceptionsAndWeekdaysChooseTheDays) {
  auto p = mondays("2026-11-01", "2026-11-30");
  p.weekdays = {1, 3};  // Mondays and Wednesdays of November 2026: 2, 4, 9, 11, 16, 18, 23, 25, 30
  p.slot_count = 1;
  p.exceptions = {"2026-11-11", "2026-11-30"};
  auto slots = expand_pattern(p);
  std::vector<std::string> days;
  for (const auto& s : slots) days.push_back(s.first.substr(0, 10));
  EXPECT_EQ(days, (std::vector<std::string>{"2026-11-02", "2026-11-04", "2026-11-09", "2026-11-16", "2026-11-18",
                                            "2026-11-23", "2026-11-25"}));
}

TEST(SnpPatterns, MalformedPatternsAreRefusedNamingTheField) {
  auto p = mondays("2026-11-01", "2026-11-30");
  p.weekdays = {8};
  EXPECT_EQ(check_pattern(p)->rule, "weekday");
  p = mondays("2026-11-30", "2026-11-01");
  EXPECT_EQ(check_pattern(p)->rule, "date_order");
  p = mondays("2026-01-01", "2027-06-01");
  EXPECT_EQ(check_pattern(p)->rule, "range");
  p = mondays("2026-11-01", "2026-11-30");
  p.start_time = "23:30";
  EXPECT_EQ(check_pattern(p)->rule, "overruns_day");
  p.start_time = "9h";
  EXPECT_EQ(check_pattern(p)->message.substr(0, 10), "start_time");
  EXPECT_TRUE(expand_pattern(p).empty());
}

TEST(SnpResources, OpeningHoursNeedAWeekdayTwoTimesAndAnOrder) {
  EXPECT_FALSE(check_opening_hours({{1, "08:00", "20:00"}, {7, "20:00", "23:59"}}));
  EXPECT_EQ(check_opening_hours({{8, "08:00", "20:00"}})->message.substr(0, 26), "each period needs a weekda");
  EXPECT_EQ(check_opening_hours({{1, "8h", "20:00"}})->message, "each period needs opens and closes as HH:MM");
  EXPECT_EQ(check_opening_hours({{1, "20:00", "08:00"}})->message, "a period closes after it opens");
}

TEST(SnpSearchGrid, NoPointWithinTheRadiusIsOutsideTheSquaresRead) {
  std::mt19937 random(7);
  std::uniform_real_distribution<double> lat(41.0, 51.5), lon(-5.0, 9.5), radius(1.0, 60.0), unit(-1.0, 1.0);
  for (int round = 0; round < 300; ++round) {
    double la = lat(random), lo = lon(random), r = radius(random);
    auto cells = cells_around(la, lo, r);
    for (int i = 0; i < 50; ++i) {
      double pla = la + unit(random) * r / 111.0, plo = lo + unit(random) * r / 70.0;
      if (territory::distance_km(la, lo, pla, plo) > r) continue;
      EXPECT_TRUE(std::binary_search(cells.begin(), cells.end(), search_cell(pla, plo)))
          << la << "," << lo << " r=" << r << " point " << pla << "," << plo;
    }
  }
}

SnpSlot slot_at(std::int64_t id, std::string start, double lat, double lon, SlotMode mode = SlotMode::in_person) {
  SnpSlot s;
  s.id = id;
  s.starts_at = std::move(start);
  s.latitude = lat;
  s.longitude = lon;
  s.mode = mode;
  return s;
}

TEST(SnpSearchRanking, EarliestFirstThenNearestWithinTheRadius) {
  // Marseille 1er (43.30, 5.38); Aix (43.53, 5.45) is ~26 km away.
  std::vector<SnpSlot> candidates{slot_at(1, "2026-11-23T15:00:00Z", 43.53, 5.45),
                                  slot_at(2, "2026-11-23T14:00:00Z", 43.31, 5.39),
                                  slot_at(3, "2026-11-23T14:00:00Z", 43.30, 5.38),
                                  slot_at(4, "2026-11-23T13:00:00Z", 0, 0, SlotMode::remote),
                                  slot_at(5, "2026-11-23T16:00:00Z", 43.29, 5.37)};
  auto ranked = rank_slots(candidates, 43.30, 5.38, 20, 10);
  std::vector<std::int64_t> ids;
  for (const auto& r : ranked) ids.push_back(r.slot.id);
  EXPECT_EQ(ids, (std::vector<std::int64_t>{4, 3, 2, 5}));  // Aix is beyond 20 km
  EXPECT_FALSE(ranked[0].distance_km.has_value());
  EXPECT_EQ(rank_slots(candidates, 43.30, 5.38, 30, 2).size(), 2u);
}

}  // namespace
}  // namespace maillage::access
