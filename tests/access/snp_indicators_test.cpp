// The unscheduled-care indicators on hand-built requests and slots, every figure worked out by
// hand: a slot starting after the end of the window is not "within", a cancelled request is not
// among the oriented, weeks follow the CPTS's local time (Sunday 23:30 and Monday 00:30 in Paris
// are the same UTC Sunday but two weeks), ISO weeks at year ends, and the SAS's RPPS numbers.
#include "access/snp_indicators.h"

#include <gtest/gtest.h>

namespace maillage::access {
namespace {

constexpr const char* kParis = "Europe/Paris";  // UTC+1 in November

SnpRequest request(const std::string& created_at, SnpSource source, Urgency urgency, const std::string& due_at) {
  SnpRequest r;
  r.id = created_at;
  r.created_at = created_at;
  r.source = source;
  r.urgency = urgency;
  r.due_at = due_at;
  return r;
}

/// `r` oriented at `at` to a slot of `professional` starting at `starts_at`.
SnpRequest to_slot(SnpRequest r, const std::string& at, const std::string& professional, const std::string& starts_at) {
  r.status = SnpStatus::orientee;
  r.orientation = Orientation::slot;
  r.oriented_at = at;
  r.slot_id = 1;
  r.slot_professional_id = professional;
  r.slot_starts_at = starts_at;
  return r;
}

SnpRequest elsewhere(SnpRequest r, Orientation o, const std::string& at) {
  r.status = SnpStatus::orientee;
  r.orientation = o;
  r.oriented_at = at;
  return r;
}

SnpRequest closed(SnpRequest r, Outcome outcome) {
  r.status = SnpStatus::cloturee;
  r.outcome = outcome;
  return r;
}

SnpSlot slot(const std::string& professional, const std::string& starts_at, SlotStatus status) {
  SnpSlot s;
  s.professional_id = professional;
  s.starts_at = starts_at;
  s.status = status;
  return s;
}

int count_of(const std::vector<std::pair<std::string, int>>& counts, const std::string& key) {
  for (const auto& [k, n] : counts) {
    if (k == key) return n;
  }
  ADD_FAILURE() << "no " << key;
  return -1;
}

const std::string kDr1 = "810000000001", kDr2 = "810000000002";

/// Two weeks (W48 and W49 of 2026) with seven requests and five slots.
SnpIndicatorInput two_weeks() {
  SnpIndicatorInput in{"2026-11-23", "2026-12-06", kParis, {}, {}, {}};
  // Regulation, 24 h, entered Monday 10:00 Paris: the slot starts after the window closes.
  auto late_slot = request("2026-11-23T09:00:00Z", SnpSource::regulation, Urgency::h24, "2026-11-24T09:00:00Z");
  in.requests.push_back(to_slot(late_slot, "2026-11-23T09:30:00Z", kDr1, "2026-11-24T10:00:00Z"));
  // Regulation, 24 h: a slot within the window, the patient seen.
  auto seen = request("2026-11-23T11:00:00Z", SnpSource::regulation, Urgency::h24, "2026-11-24T11:00:00Z");
  in.requests.push_back(closed(to_slot(seen, "2026-11-23T11:10:00Z", kDr1, "2026-11-24T08:00:00Z"), Outcome::seen));
  // Pharmacy, same day: sent to the emergency department in time.
  auto er = request("2026-11-24T15:00:00Z", SnpSource::pharmacy, Urgency::same_day, "2026-11-24T23:00:00Z");
  in.requests.push_back(closed(elsewhere(er, Orientation::urgences, "2026-11-24T15:05:00Z"), Outcome::redirected));
  // Coordination, 48 h: oriented after its window closed.
  auto slow = request("2026-11-25T08:00:00Z", SnpSource::coordination, Urgency::h48, "2026-11-27T08:00:00Z");
  in.requests.push_back(elsewhere(slow, Orientation::teleconsultation, "2026-11-27T09:00:00Z"));
  // Regulation, same day, oriented to a slot then cancelled: not among the oriented.
  auto cancelled = to_slot(request("2026-11-26T08:00:00Z", SnpSource::regulation, Urgency::same_day,
                                   "2026-11-26T23:00:00Z"),
                           "2026-11-26T08:10:00Z", kDr2, "2026-11-26T10:00:00Z");
  cancelled.status = SnpStatus::annulee;
  in.requests.push_back(cancelled);
  // Sunday 23:30 Paris (week 48) and Monday 00:30 Paris (week 49): the same UTC Sunday.
  in.requests.push_back(request("2026-11-29T22:30:00Z", SnpSource::member, Urgency::h48, "2026-12-01T22:30:00Z"));
  auto monday = request("2026-11-29T23:30:00Z", SnpSource::regulation, Urgency::h48, "2026-12-01T23:30:00Z");
  in.requests.push_back(to_slot(monday, "2026-11-30T07:00:00Z", kDr2, "2026-11-30T09:00:00Z"));

  in.slots = {slot(kDr1, "2026-11-24T08:00:00Z", SlotStatus::booked), slot(kDr1, "2026-11-24T10:00:00Z", SlotStatus::booked),
              slot(kDr1, "2026-11-29T22:30:00Z", SlotStatus::free),  // Sunday 23:30 Paris: week 48
              slot(kDr2, "2026-11-29T23:30:00Z", SlotStatus::free),  // Monday 00:30 Paris: week 49
              slot(kDr2, "2026-11-30T09:00:00Z", SlotStatus::booked), slot(kDr2, "2026-12-01T09:00:00Z", SlotStatus::cancelled)};
  in.labels = {{kDr1, {"Dr Marc PETIT", "Médecin"}}, {kDr2, {"Dr Anne ROUX", "Médecin"}}};
  return in;
}

TEST(SnpIndicators, CountsRequestsBySourceUrgencyOrientationAndOutcome) {
  auto m = compute_snp_indicators(two_weeks());
  EXPECT_EQ(m.requests, 7);
  EXPECT_EQ(count_of(m.by_status, "nouvelle"), 1);
  EXPECT_EQ(count_of(m.by_status, "orientee"), 3);
  EXPECT_EQ(count_of(m.by_status, "cloturee"), 2);
  EXPECT_EQ(count_of(m.by_status, "annulee"), 1);
  EXPECT_EQ(count_of(m.by_source, "regulation"), 4);
  EXPECT_EQ(count_of(m.by_source, "pharmacy"), 1);
  EXPECT_EQ(count_of(m.by_source, "coordination"), 1);
  EXPECT_EQ(count_of(m.by_source, "member"), 1);
  EXPECT_EQ(count_of(m.by_source, "partner"), 0);
  EXPECT_EQ(count_of(m.by_urgency, "same_day"), 2);
  EXPECT_EQ(count_of(m.by_urgency, "h24"), 2);
  EXPECT_EQ(count_of(m.by_urgency, "h48"), 3);
  ASSERT_EQ(m.by_source_urgency.size(), 15u);  // every pair, zeros included
  std::map<std::pair<std::string, std::string>, int> pairs(m.by_source_urgency.begin(), m.by_source_urgency.end());
  EXPECT_EQ((pairs[{"regulation", "h24"}]), 2);
  EXPECT_EQ((pairs[{"regulation", "same_day"}]), 1);
  EXPECT_EQ((pairs[{"regulation", "h48"}]), 1);
  EXPECT_EQ((pairs[{"pharmacy", "same_day"}]), 1);
  EXPECT_EQ((pairs[{"partner", "h48"}]), 0);
  // Orientations and outcomes of the five oriented requests (the cancelled one is not there).
  EXPECT_EQ(count_of(m.by_orientation, "slot"), 3);
  EXPECT_EQ(count_of(m.by_orientation, "urgences"), 1);
  EXPECT_EQ(count_of(m.by_orientation, "teleconsultation"), 1);
  EXPECT_EQ(count_of(m.by_outcome, "seen"), 1);
  EXPECT_EQ(count_of(m.by_outcome, "redirected"), 1);
  EXPECT_EQ(count_of(m.by_outcome, "not_seen"), 0);
}

TEST(SnpIndicators, WithinTheWindowNeedsTheSlotToStartBeforeItEnds) {
  auto m = compute_snp_indicators(two_weeks());
  // Oriented: late slot (no), seen (yes), urgences (yes), late teleconsultation (no), Monday (yes).
  EXPECT_EQ(m.within.oriented, 5);
  EXPECT_EQ(m.within.within, 3);
  EXPECT_DOUBLE_EQ(*m.within.share(), 0.6);
  std::map<std::string, WindowCount> by(m.within_by_urgency.begin(), m.within_by_urgency.end());
  EXPECT_EQ(by["h24"].oriented, 2);
  EXPECT_EQ(by["h24"].within, 1);
  EXPECT_EQ(by["same_day"].oriented, 1);  // the cancelled same-day request is left out
  EXPECT_EQ(by["same_day"].within, 1);
  EXPECT_EQ(by["h48"].oriented, 2);
  EXPECT_EQ(by["h48"].within, 1);
}

TEST(SnpIndicators, SlotsAndWeeksFollowLocalTime) {
  auto m = compute_snp_indicators(two_weeks());
  EXPECT_EQ(m.published, 5);
  EXPECT_EQ(m.booked, 3);
  EXPECT_EQ(m.cancelled, 1);
  EXPECT_DOUBLE_EQ(*m.use_rate, 0.6);
  ASSERT_EQ(m.weeks.size(), 2u);
  const auto& w48 = m.weeks[0];
  const auto& w49 = m.weeks[1];
  EXPECT_EQ(w48.week, "2026-W48");
  EXPECT_EQ(w48.published, 3);  // two on Tuesday, one on Sunday 23:30
  EXPECT_EQ(w48.booked, 2);
  EXPECT_EQ(w48.requests, 6);  // Monday to Sunday 23:30
  EXPECT_EQ(w48.oriented, 4);
  EXPECT_EQ(w48.within, 2);
  EXPECT_EQ(w49.week, "2026-W49");
  EXPECT_EQ(w49.published, 2);  // Monday 00:30 and Monday 10:00; the cancelled one is not published
  EXPECT_EQ(w49.booked, 1);
  EXPECT_EQ(w49.requests, 1);  // Monday 00:30
  EXPECT_EQ(w49.oriented, 1);
  EXPECT_EQ(w49.within, 1);
}

TEST(SnpIndicators, ProfessionalsWithTheirSlotsRegulationRequestsAndPatientsSeen) {
  auto m = compute_snp_indicators(two_weeks());
  ASSERT_EQ(m.professionals.size(), 2u);
  const auto& roux = m.professionals[0];  // by name: "Dr Anne ROUX" before "Dr Marc PETIT"
  const auto& petit = m.professionals[1];
  EXPECT_EQ(roux.id, kDr2);
  EXPECT_EQ(roux.name, "Dr Anne ROUX");
  EXPECT_EQ(roux.published, 2);
  EXPECT_EQ(roux.booked, 1);
  EXPECT_EQ(roux.regulation, 1);  // the Monday request; the cancelled one no longer holds its slot
  EXPECT_EQ(roux.seen, 0);
  EXPECT_EQ(petit.id, kDr1);
  EXPECT_EQ(petit.profession, "Médecin");
  EXPECT_EQ(petit.published, 3);
  EXPECT_EQ(petit.booked, 2);
  EXPECT_EQ(petit.regulation, 2);
  EXPECT_EQ(petit.seen, 1);
}

TEST(SnpIndicators, AnEmptyPeriodHasNoSharesAndEveryWeekListed) {
  auto m = compute_snp_indicators({"2026-12-28", "2027-01-10", kParis, {}, {}, {}});
  EXPECT_EQ(m.requests, 0);
  EXPECT_FALSE(m.within.share());
  EXPECT_FALSE(m.use_rate);
  ASSERT_EQ(m.weeks.size(), 2u);
  EXPECT_EQ(m.weeks[0].week, "2026-W53");
  EXPECT_EQ(m.weeks[1].week, "2027-W01");
  EXPECT_EQ(count_of(m.by_source, "coordination"), 0);
  EXPECT_TRUE(m.professionals.empty());
}

TEST(SnpIndicators, IsoWeeksAtYearEnds) {
  EXPECT_EQ(iso_week_of("2026-11-23"), "2026-W48");  // a Monday
  EXPECT_EQ(iso_week_of("2026-11-29"), "2026-W48");  // a Sunday
  EXPECT_EQ(iso_week_of("2026-11-30"), "2026-W49");
  EXPECT_EQ(iso_week_of("2027-01-01"), "2026-W53");  // 2026 began on a Thursday
  EXPECT_EQ(iso_week_of("2021-01-03"), "2020-W53");
  EXPECT_EQ(iso_week_of("2024-12-30"), "2025-W01");
  EXPECT_EQ(iso_week_of("2026-01-01"), "2026-W01");
  EXPECT_EQ(monday_of_iso_week("2026-W48"), "2026-11-23");
  EXPECT_EQ(monday_of_iso_week("2026-W53"), "2026-12-28");
  EXPECT_EQ(monday_of_iso_week("2025-W01"), "2024-12-30");
  EXPECT_FALSE(monday_of_iso_week("2025-W53"));  // 2025 has 52 weeks
  for (const char* bad : {"2026-W00", "2026-W54", "2026W48", "2026-w48", "2026-W4", "abcd-W12", ""}) {
    EXPECT_FALSE(monday_of_iso_week(bad)) << bad;
  }
}

TEST(SnpIndicators, RppsIsTheNationalIdWithoutItsTypeDigit) {
  EXPECT_EQ(rpps_of("810001045367"), "10001045367");
  EXPECT_EQ(rpps_of("0131234567"), "0131234567");  // ADELI: as it is
}

}  // namespace
}  // namespace maillage::access
