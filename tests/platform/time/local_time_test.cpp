// Local wall-clock time ↔ UTC in a CPTS's zone: the two Paris DST weekends of 2026 (a skipped hour
// in March, a repeated one in October), a zone without DST (La Réunion), round trips, the zones of
// the overseas départements. Expected values are worked out by hand from the zones' rules: Paris is
// UTC+1 (CET) until 29 March 2026 02:00 local, which jumps to 03:00 UTC+2 (CEST), and back to UTC+1
// on 25 October 2026 at 03:00 local, which goes back to 02:00.
#include "platform/time/local_time.h"

#include <gtest/gtest.h>

#include <fmt/format.h>

#include <chrono>
#include <regex>
#include <stdexcept>
#include <thread>
#include <vector>

#include "platform/time/civil_time.h"

namespace maillage {
namespace {

TEST(LocalTime, ParisIsOneHourAheadInWinterAndTwoInSummer) {
  EXPECT_EQ(local_to_utc("2026-01-15T09:00", "Europe/Paris"), "2026-01-15T08:00:00Z");
  EXPECT_EQ(local_to_utc("2026-07-15T09:00:30", "Europe/Paris"), "2026-07-15T07:00:30Z");
  EXPECT_EQ(utc_to_local("2026-01-15T08:00:00Z", "Europe/Paris"), "2026-01-15T09:00:00");
  EXPECT_EQ(utc_to_local("2026-07-15T07:00:00Z", "Europe/Paris"), "2026-07-15T09:00:00");
  // Across midnight and the year's end.
  EXPECT_EQ(local_to_utc("2026-01-01T00:30", "Europe/Paris"), "2025-12-31T23:30:00Z");
}

TEST(LocalTime, ASkippedSpringTimeMovesForwardByTheGap) {
  // 29 March 2026: 01:59:59 CET is the last second before the jump; 02:00–02:59 do not exist.
  EXPECT_EQ(local_to_utc("2026-03-29T01:59:59", "Europe/Paris"), "2026-03-29T00:59:59Z");
  EXPECT_EQ(local_to_utc("2026-03-29T02:00", "Europe/Paris"), "2026-03-29T01:00:00Z");  // = 03:00 CEST
  EXPECT_EQ(local_to_utc("2026-03-29T02:30", "Europe/Paris"), "2026-03-29T01:30:00Z");  // = 03:30 CEST
  EXPECT_EQ(local_to_utc("2026-03-29T03:00", "Europe/Paris"), "2026-03-29T01:00:00Z");
  EXPECT_EQ(local_to_utc("2026-03-29T03:30", "Europe/Paris"), "2026-03-29T01:30:00Z");
  EXPECT_EQ(utc_to_local("2026-03-29T00:59:59Z", "Europe/Paris"), "2026-03-29T01:59:59");
  EXPECT_EQ(utc_to_local("2026-03-29T01:00:00Z", "Europe/Paris"), "2026-03-29T03:00:00");
}

TEST(LocalTime, ARepeatedAutumnTimeIsItsFirstOccurrence) {
  // 25 October 2026: 02:00–02:59 happen twice, first in CEST (UTC+2), then in CET (UTC+1).
  EXPECT_EQ(local_to_utc("2026-10-25T01:59", "Europe/Paris"), "2026-10-24T23:59:00Z");
  EXPECT_EQ(local_to_utc("2026-10-25T02:00", "Europe/Paris"), "2026-10-25T00:00:00Z");
  EXPECT_EQ(local_to_utc("2026-10-25T02:30", "Europe/Paris"), "2026-10-25T00:30:00Z");
  EXPECT_EQ(local_to_utc("2026-10-25T03:00", "Europe/Paris"), "2026-10-25T02:00:00Z");
  EXPECT_EQ(utc_to_local("2026-10-25T00:30:00Z", "Europe/Paris"), "2026-10-25T02:30:00");
  EXPECT_EQ(utc_to_local("2026-10-25T01:30:00Z", "Europe/Paris"), "2026-10-25T02:30:00");
  EXPECT_EQ(utc_to_local("2026-10-25T02:00:00Z", "Europe/Paris"), "2026-10-25T03:00:00");
}

TEST(LocalTime, LaReunionIsFourHoursAheadAllYear) {
  EXPECT_EQ(local_to_utc("2026-01-15T09:00", "Indian/Reunion"), "2026-01-15T05:00:00Z");
  EXPECT_EQ(local_to_utc("2026-07-15T09:00", "Indian/Reunion"), "2026-07-15T05:00:00Z");
  // Paris's DST night means nothing there.
  EXPECT_EQ(local_to_utc("2026-03-29T02:30", "Indian/Reunion"), "2026-03-28T22:30:00Z");
  EXPECT_EQ(utc_to_local("2026-10-25T01:30:00Z", "Indian/Reunion"), "2026-10-25T05:30:00");
}

TEST(LocalTime, OverseasZonesHaveTheirOwnOffsets) {
  EXPECT_EQ(local_to_utc("2026-07-15T09:00", "America/Guadeloupe"), "2026-07-15T13:00:00Z");  // UTC−4
  EXPECT_EQ(local_to_utc("2026-07-15T09:00", "America/Cayenne"), "2026-07-15T12:00:00Z");     // UTC−3
  EXPECT_EQ(local_to_utc("2026-07-15T09:00", "Pacific/Noumea"), "2026-07-14T22:00:00Z");      // UTC+11
  EXPECT_EQ(local_to_utc("2026-07-15T09:00", "Pacific/Tahiti"), "2026-07-15T19:00:00Z");      // UTC−10
  // Saint-Pierre-et-Miquelon keeps North American DST: UTC−3 in winter, UTC−2 in summer.
  EXPECT_EQ(local_to_utc("2026-01-15T09:00", "America/Miquelon"), "2026-01-15T12:00:00Z");
  EXPECT_EQ(local_to_utc("2026-07-15T09:00", "America/Miquelon"), "2026-07-15T11:00:00Z");
}

TEST(LocalTime, RoundTripsGiveBackTheTimeExceptAcrossTheChanges) {
  // Every UTC quarter-hour of 2026 back and forth: the same instant, except the second pass of
  // the repeated hour (01:00Z–01:59Z on 25 October), which reads back as the first pass.
  const std::int64_t begin = *parse_civil("2026-01-01T00:00Z", true), end = *parse_civil("2027-01-01T00:00Z", true);
  const std::int64_t second_pass = *parse_civil("2026-10-25T01:00Z", true);
  int changed = 0;
  for (std::int64_t t = begin; t < end; t += 15 * 60) {
    std::string utc = format_civil(t, true);
    std::string back = local_to_utc(utc_to_local(utc, "Europe/Paris"), "Europe/Paris");
    if (t >= second_pass && t < second_pass + 3600) {
      EXPECT_EQ(back, format_civil(t - 3600, true)) << utc;
      ++changed;
    } else {
      ASSERT_EQ(back, utc);
    }
  }
  EXPECT_EQ(changed, 4);
  // Local quarter-hours of the two weekends: the same wall time, except the skipped hour.
  for (std::string day : {"2026-03-29", "2026-10-25"}) {
    for (int minutes = 0; minutes < 24 * 60; minutes += 15) {
      std::string local = fmt::format("{}T{:02}:{:02}:00", day, minutes / 60, minutes % 60);
      bool skipped = day == "2026-03-29" && minutes / 60 == 2;
      std::string back = utc_to_local(local_to_utc(local, "Europe/Paris"), "Europe/Paris");
      EXPECT_EQ(back, skipped ? fmt::format("{}T03:{:02}:00", day, minutes % 60) : local) << local;
    }
  }
}

TEST(LocalTime, ConversionsFromSeveralThreadsAgree) {
  // The server converts on several threads: libical's zone caches are filled under one lock.
  std::vector<std::thread> threads;
  std::vector<int> wrong(8, 0);
  for (int i = 0; i < 8; ++i) {
    threads.emplace_back([i, &wrong] {
      const char* zone = i % 2 ? "America/Martinique" : "Pacific/Wallis";
      for (int day = 1; day <= 28; ++day) {
        std::string local = fmt::format("20{}-02-{:02}T12:00", 30 + i, day);
        std::string utc = local_to_utc(local, zone);
        // Martinique is UTC−4, Wallis UTC+12, neither with DST.
        std::string expected = i % 2 ? fmt::format("20{}-02-{:02}T16:00:00Z", 30 + i, day)
                                     : fmt::format("20{}-02-{:02}T00:00:00Z", 30 + i, day);
        if (utc != expected || utc_to_local(utc, zone) != local + ":00") ++wrong[static_cast<std::size_t>(i)];
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_EQ(wrong, std::vector<int>(8, 0));
}

TEST(LocalTime, RefusesAnUnknownZoneOrAMalformedTime) {
  EXPECT_THROW(local_to_utc("2026-01-15T09:00", "Mars/Olympus"), std::invalid_argument);
  EXPECT_THROW(local_to_utc("2026-13-15T09:00", "Europe/Paris"), std::invalid_argument);
  EXPECT_THROW(local_to_utc("2026-02-29T09:00", "Europe/Paris"), std::invalid_argument);  // not a leap year
  EXPECT_THROW(local_to_utc("2026-01-15 09:00", "Europe/Paris"), std::invalid_argument);
  EXPECT_THROW(local_to_utc("2026-01-15T24:00", "Europe/Paris"), std::invalid_argument);
  EXPECT_THROW(utc_to_local("2026-01-15T09:00:00", "Europe/Paris"), std::invalid_argument);  // no Z
  EXPECT_THROW(add_minutes_utc("2026-01-15T09:00:00+01:00", 5), std::invalid_argument);
}

TEST(LocalTime, KnowsTheSystemZonesOnly) {
  EXPECT_TRUE(is_known_time_zone("Europe/Paris"));
  EXPECT_TRUE(is_known_time_zone("Indian/Reunion"));
  EXPECT_FALSE(is_known_time_zone("Mars/Olympus"));
  EXPECT_FALSE(is_known_time_zone(""));
  EXPECT_FALSE(is_known_time_zone("../../../etc/passwd"));
}

TEST(LocalTime, EachDepartementHasItsZone) {
  EXPECT_EQ(time_zone_of_departement("13"), "Europe/Paris");
  EXPECT_EQ(time_zone_of_departement("2A"), "Europe/Paris");
  EXPECT_EQ(time_zone_of_departement("971"), "America/Guadeloupe");
  EXPECT_EQ(time_zone_of_departement("972"), "America/Martinique");
  EXPECT_EQ(time_zone_of_departement("973"), "America/Cayenne");
  EXPECT_EQ(time_zone_of_departement("974"), "Indian/Reunion");
  EXPECT_EQ(time_zone_of_departement("976"), "Indian/Mayotte");
  EXPECT_EQ(time_zone_of_departement("988"), "Pacific/Noumea");
  for (std::string code : {"01", "13", "2B", "971", "972", "973", "974", "975", "976", "977", "978", "986", "987", "988"})
    EXPECT_TRUE(is_known_time_zone(time_zone_of_departement(code))) << code;
}

TEST(LocalTime, AddsMinutesAcrossDaysMonthsAndLeapYears) {
  EXPECT_EQ(add_minutes_utc("2026-03-28T23:50:00Z", 15), "2026-03-29T00:05:00Z");
  EXPECT_EQ(add_minutes_utc("2028-02-28T23:30:00Z", 60), "2028-02-29T00:30:00Z");
  EXPECT_EQ(add_minutes_utc("2027-01-01T00:10:00Z", -20), "2026-12-31T23:50:00Z");
  EXPECT_EQ(add_minutes_utc("2026-05-01T08:00:00Z", 48 * 60), "2026-05-03T08:00:00Z");
}

TEST(LocalTime, NowIsAUtcTimeToTheSecond) {
  std::string before = format_civil(std::chrono::duration_cast<std::chrono::seconds>(
                                        std::chrono::system_clock::now().time_since_epoch()).count(), true);
  std::string now = now_utc_seconds();
  std::string after = format_civil(std::chrono::duration_cast<std::chrono::seconds>(
                                       std::chrono::system_clock::now().time_since_epoch()).count(), true);
  EXPECT_TRUE(std::regex_match(now, std::regex(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)"))) << now;
  EXPECT_LE(before, now);
  EXPECT_LE(now, after);
}

}  // namespace
}  // namespace maillage
