// Reading unscheduled-care slots from iCalendar files: recurring events with their exceptions and
// time zones (the Paris DST change of 29 March 2026), and malformed files refused with their line.
// Expected times are worked out by hand: Paris is UTC+1 until Sunday 29 March 2026, UTC+2 after,
// so Monday 09:00 is 08:00Z on 16 and 23 March and 07:00Z from 30 March on.
#include "access/snp_ical.h"

#include <gtest/gtest.h>

#include <fmt/format.h>

#include <string>
#include <vector>

namespace maillage::access {
namespace {

// The lines joined with `eol` (and one after the last).
std::string text_of(const std::vector<std::string>& lines, const std::string& eol = "\r\n") {
  std::string text;
  for (const std::string& line : lines) text += line + eol;
  return text;
}

// A calendar holding `body` (VEVENTs, VTIMEZONEs).
std::string calendar(const std::vector<std::string>& body) {
  std::vector<std::string> lines = {"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Maillage//Tests//FR"};
  lines.insert(lines.end(), body.begin(), body.end());
  lines.push_back("END:VCALENDAR");
  return text_of(lines);
}

IcalWindow year_2026(int slot_minutes = 0) {
  IcalWindow window;
  window.from_utc = "2026-01-01T00:00:00Z";
  window.until_utc = "2027-01-01T00:00:00Z";
  window.slot_minutes = slot_minutes;
  return window;
}

std::vector<std::string> starts(const std::vector<IcalSlot>& slots) {
  std::vector<std::string> result;
  for (const IcalSlot& slot : slots) result.push_back(slot.starts_at);
  return result;
}

std::vector<std::string> ends(const std::vector<IcalSlot>& slots) {
  std::vector<std::string> result;
  for (const IcalSlot& slot : slots) result.push_back(slot.ends_at);
  return result;
}

std::vector<std::string> keys(const std::vector<IcalSlot>& slots) {
  std::vector<std::string> result;
  for (const IcalSlot& slot : slots) result.push_back(slot.key);
  return result;
}

// The line of the error reading `text` refuses it with (-1 when it is accepted).
int refused_line(const std::string& text, std::string* message = nullptr) {
  try {
    read_ical_slots(text, year_2026());
  } catch (const IcalError& error) {
    if (message) *message = error.what();
    return error.line();
  }
  return -1;
}

// Europe/Paris as Outlook and Google write it.
const std::vector<std::string> kParisVtimezone = {
    "BEGIN:VTIMEZONE",
    "TZID:Europe/Paris",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "TZNAME:CEST",
    "DTSTART:19700329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "TZNAME:CET",
    "DTSTART:19701025T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
};

// Mondays 09:00–12:00 in Paris, four weeks from 16 March 2026 (across the DST change).
const std::vector<std::string> kMondays = {
    "BEGIN:VEVENT",
    "UID:lundi@cabinet.test",
    "DTSTAMP:20260301T100000Z",
    "DTSTART;TZID=Europe/Paris:20260316T090000",
    "DTEND;TZID=Europe/Paris:20260316T120000",
    "RRULE:FREQ=WEEKLY;COUNT=4",
    "SUMMARY:Créneaux SNP\\, cabinet",
    "END:VEVENT",
};

std::vector<std::string> concat(std::vector<std::string> a, const std::vector<std::string>& b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

// kMondays with `extra` lines before its END:VEVENT.
std::vector<std::string> mondays_with(const std::vector<std::string>& extra) {
  std::vector<std::string> event(kMondays.begin(), kMondays.end() - 1);
  event.insert(event.end(), extra.begin(), extra.end());
  event.push_back("END:VEVENT");
  return event;
}

const std::vector<std::string> kMondayStarts = {"2026-03-16T08:00:00Z", "2026-03-23T08:00:00Z", "2026-03-30T07:00:00Z",
                                                "2026-04-06T07:00:00Z"};

TEST(SnpIcal, AWeeklyRuleKeepsTheParisWallTimeAcrossTheDstChange) {
  auto slots = read_ical_slots(calendar(concat(kParisVtimezone, kMondays)), year_2026());
  EXPECT_EQ(starts(slots), kMondayStarts);
  EXPECT_EQ(ends(slots), (std::vector<std::string>{"2026-03-16T11:00:00Z", "2026-03-23T11:00:00Z",
                                                   "2026-03-30T10:00:00Z", "2026-04-06T10:00:00Z"}));
  EXPECT_EQ(keys(slots), (std::vector<std::string>{
                             "lundi@cabinet.test/2026-03-16T08:00:00Z", "lundi@cabinet.test/2026-03-23T08:00:00Z",
                             "lundi@cabinet.test/2026-03-30T07:00:00Z", "lundi@cabinet.test/2026-04-06T07:00:00Z"}));
  EXPECT_EQ(slots[0].summary, "Créneaux SNP, cabinet");
}

TEST(SnpIcal, WithoutVtimezoneTheSystemZoneOfThatNameIsUsed) {
  EXPECT_EQ(starts(read_ical_slots(calendar(kMondays), year_2026())), kMondayStarts);
}

TEST(SnpIcal, TheFilesVtimezoneTakesPrecedenceOverTheSystemZone) {
  // A (fictitious) "Europe/Paris" of the file at UTC+3 all year: its rules win.
  std::vector<std::string> fixed = {"BEGIN:VTIMEZONE", "TZID:Europe/Paris", "BEGIN:STANDARD",
                                    "TZOFFSETFROM:+0300", "TZOFFSETTO:+0300", "DTSTART:19700101T000000",
                                    "END:STANDARD", "END:VTIMEZONE"};
  EXPECT_EQ(starts(read_ical_slots(calendar(concat(fixed, kMondays)), year_2026())),
            (std::vector<std::string>{"2026-03-16T06:00:00Z", "2026-03-23T06:00:00Z", "2026-03-30T06:00:00Z",
                                      "2026-04-06T06:00:00Z"}));
  // A zone only the file knows, under an Outlook-style name.
  std::vector<std::string> outlook = kParisVtimezone;
  outlook[1] = "TZID:Romance Standard Time";
  std::vector<std::string> event = kMondays;
  event[3] = "DTSTART;TZID=\"Romance Standard Time\":20260316T090000";
  event[4] = "DTEND;TZID=\"Romance Standard Time\":20260316T120000";
  EXPECT_EQ(starts(read_ical_slots(calendar(concat(outlook, event)), year_2026())), kMondayStarts);
}

TEST(SnpIcal, AnUntilRuleIncludesItsLastInstantInUtc) {
  // Mondays and Thursdays 09:00 Paris until Thursday 2 April 07:00Z, which is that day's 09:00
  // CEST: the last occurrence.
  std::vector<std::string> event = {"BEGIN:VEVENT",
                                    "UID:lundi-jeudi@test",
                                    "DTSTART;TZID=Europe/Paris:20260316T090000",
                                    "DURATION:PT1H",
                                    "RRULE:FREQ=WEEKLY;BYDAY=MO,TH;UNTIL=20260402T070000Z",
                                    "END:VEVENT"};
  auto slots = read_ical_slots(calendar(event), year_2026());
  EXPECT_EQ(starts(slots), (std::vector<std::string>{"2026-03-16T08:00:00Z", "2026-03-19T08:00:00Z",
                                                     "2026-03-23T08:00:00Z", "2026-03-26T08:00:00Z",
                                                     "2026-03-30T07:00:00Z", "2026-04-02T07:00:00Z"}));
  EXPECT_EQ(slots.back().ends_at, "2026-04-02T08:00:00Z");
  // One second earlier, 2 April is left out.
  event[4] = "RRULE:FREQ=WEEKLY;BYDAY=MO,TH;UNTIL=20260402T065959Z";
  EXPECT_EQ(read_ical_slots(calendar(event), year_2026()).size(), 5u);
}

TEST(SnpIcal, ExdateRemovesOccurrences) {
  auto one = read_ical_slots(calendar(mondays_with({"EXDATE;TZID=Europe/Paris:20260323T090000"})), year_2026());
  EXPECT_EQ(starts(one), (std::vector<std::string>{"2026-03-16T08:00:00Z", "2026-03-30T07:00:00Z",
                                                   "2026-04-06T07:00:00Z"}));
  // A list of values, in UTC.
  auto two = read_ical_slots(calendar(mondays_with({"EXDATE:20260323T080000Z,20260330T070000Z"})), year_2026());
  EXPECT_EQ(starts(two), (std::vector<std::string>{"2026-03-16T08:00:00Z", "2026-04-06T07:00:00Z"}));
  // A date: that day's occurrences, whatever their time.
  auto day = read_ical_slots(calendar(mondays_with({"EXDATE;VALUE=DATE:20260330"})), year_2026());
  EXPECT_EQ(starts(day), (std::vector<std::string>{"2026-03-16T08:00:00Z", "2026-03-23T08:00:00Z",
                                                   "2026-04-06T07:00:00Z"}));
}

TEST(SnpIcal, RdateAddsOccurrences) {
  // Thursday 9 April 14:00 CEST (12:00Z), as long as the series (3 h); a period of 30 minutes.
  auto slots = read_ical_slots(calendar(mondays_with({"RDATE;TZID=Europe/Paris:20260409T140000",
                                                      "RDATE;VALUE=PERIOD:20260410T120000Z/PT30M"})),
                               year_2026());
  ASSERT_EQ(slots.size(), 6u);
  EXPECT_EQ(slots[4].starts_at, "2026-04-09T12:00:00Z");
  EXPECT_EQ(slots[4].ends_at, "2026-04-09T15:00:00Z");
  EXPECT_EQ(slots[5].starts_at, "2026-04-10T12:00:00Z");
  EXPECT_EQ(slots[5].ends_at, "2026-04-10T12:30:00Z");
}

TEST(SnpIcal, RecurrenceIdMovesOrCancelsOneOccurrence) {
  std::vector<std::string> moved = {"BEGIN:VEVENT",
                                    "UID:lundi@cabinet.test",
                                    "RECURRENCE-ID;TZID=Europe/Paris:20260323T090000",
                                    "DTSTART;TZID=Europe/Paris:20260324T140000",
                                    "DTEND;TZID=Europe/Paris:20260324T150000",
                                    "SUMMARY:Déplacé au mardi",
                                    "END:VEVENT"};
  std::vector<std::string> cancelled = {"BEGIN:VEVENT",
                                        "UID:lundi@cabinet.test",
                                        "RECURRENCE-ID;TZID=Europe/Paris:20260330T090000",
                                        "DTSTART;TZID=Europe/Paris:20260330T090000",
                                        "STATUS:CANCELLED",
                                        "END:VEVENT"};
  // The overrides come first, as some feeds write them.
  auto slots = read_ical_slots(calendar(concat(concat(moved, cancelled), kMondays)), year_2026());
  EXPECT_EQ(starts(slots), (std::vector<std::string>{"2026-03-16T08:00:00Z", "2026-03-24T13:00:00Z",
                                                     "2026-04-06T07:00:00Z"}));
  EXPECT_EQ(slots[1].ends_at, "2026-03-24T14:00:00Z");
  EXPECT_EQ(slots[1].summary, "Déplacé au mardi");
  // The moved occurrence keeps the key of the one it replaces.
  EXPECT_EQ(slots[1].key, "lundi@cabinet.test/2026-03-23T08:00:00Z");
}

TEST(SnpIcal, UtcTimesStayAtTheSameUtcTime) {
  std::vector<std::string> event = {"BEGIN:VEVENT", "UID:utc@test", "DTSTART:20260323T080000Z",
                                    "DTEND:20260323T083000Z", "RRULE:FREQ=WEEKLY;COUNT=2", "END:VEVENT"};
  auto slots = read_ical_slots(calendar(event), year_2026());
  EXPECT_EQ(starts(slots), (std::vector<std::string>{"2026-03-23T08:00:00Z", "2026-03-30T08:00:00Z"}));
  EXPECT_EQ(ends(slots), (std::vector<std::string>{"2026-03-23T08:30:00Z", "2026-03-30T08:30:00Z"}));
}

TEST(SnpIcal, FloatingTimesAreReadInTheDefaultZone) {
  std::vector<std::string> event = {"BEGIN:VEVENT", "UID:flottant@test", "DTSTART:20260330T090000",
                                    "DTEND:20260330T093000", "END:VEVENT"};
  EXPECT_EQ(starts(read_ical_slots(calendar(event), year_2026())), (std::vector<std::string>{"2026-03-30T07:00:00Z"}));
  IcalWindow reunion = year_2026();
  reunion.default_time_zone = "Indian/Reunion";
  EXPECT_EQ(starts(read_ical_slots(calendar(event), reunion)), (std::vector<std::string>{"2026-03-30T05:00:00Z"}));
}

TEST(SnpIcal, ALongEventIsCutIntoSlotsAndAShortTailDropped) {
  std::vector<std::string> event = {"BEGIN:VEVENT", "UID:matinee@test",
                                    "DTSTART;TZID=Europe/Paris:20260316T090000",
                                    "DTEND;TZID=Europe/Paris:20260316T094000", "END:VEVENT"};
  auto slots = read_ical_slots(calendar(event), year_2026(15));
  EXPECT_EQ(starts(slots), (std::vector<std::string>{"2026-03-16T08:00:00Z", "2026-03-16T08:15:00Z"}));
  EXPECT_EQ(ends(slots), (std::vector<std::string>{"2026-03-16T08:15:00Z", "2026-03-16T08:30:00Z"}));
  EXPECT_EQ(keys(slots), (std::vector<std::string>{"matinee@test/2026-03-16T08:00:00Z/0",
                                                   "matinee@test/2026-03-16T08:00:00Z/1"}));
  // Three hours a Monday, four Mondays: 12 quarter-hours each.
  auto mondays = read_ical_slots(calendar(kMondays), year_2026(15));
  ASSERT_EQ(mondays.size(), 48u);
  EXPECT_EQ(mondays[12].starts_at, "2026-03-23T08:00:00Z");
  EXPECT_EQ(mondays[47].ends_at, "2026-04-06T10:00:00Z");
}

TEST(SnpIcal, OnlyOccurrencesStartingInTheWindowAreRead) {
  std::vector<std::string> daily = {"BEGIN:VEVENT", "UID:quotidien@test",
                                    "DTSTART;TZID=Europe/Paris:20250101T180000", "DURATION:PT2H",
                                    "RRULE:FREQ=DAILY", "END:VEVENT"};
  IcalWindow week;
  week.from_utc = "2026-03-26T00:00:00Z";
  week.until_utc = "2026-03-31T00:00:00Z";
  auto slots = read_ical_slots(calendar(daily), week);
  EXPECT_EQ(starts(slots), (std::vector<std::string>{"2026-03-26T17:00:00Z", "2026-03-27T17:00:00Z",
                                                     "2026-03-28T17:00:00Z", "2026-03-29T16:00:00Z",
                                                     "2026-03-30T16:00:00Z"}));
  // Another window gives the same keys for the same occurrences (a re-import matches them).
  week.from_utc = "2026-03-29T00:00:00Z";
  week.until_utc = "2026-04-02T00:00:00Z";
  auto later = read_ical_slots(calendar(daily), week);
  EXPECT_EQ(later[0].key, slots[3].key);
  EXPECT_EQ(later[1].key, slots[4].key);
}

TEST(SnpIcal, AnOccurrenceInTheSkippedHourMovesForwardByTheGap) {
  // Every night at 02:30 in Paris: on 29 March 02:30 does not exist; it is read as 03:30 CEST.
  std::vector<std::string> nightly = {"BEGIN:VEVENT", "UID:nuit@test", "DTSTART;TZID=Europe/Paris:20260328T023000",
                                      "DURATION:PT30M", "RRULE:FREQ=DAILY;COUNT=3", "END:VEVENT"};
  EXPECT_EQ(starts(read_ical_slots(calendar(nightly), year_2026())),
            (std::vector<std::string>{"2026-03-28T01:30:00Z", "2026-03-29T01:30:00Z", "2026-03-30T00:30:00Z"}));
}

TEST(SnpIcal, AllDayAndCancelledEventsGiveNoSlot) {
  std::vector<std::string> events = {"BEGIN:VEVENT", "UID:conges@test", "DTSTART;VALUE=DATE:20260316",
                                     "DTEND;VALUE=DATE:20260321", "SUMMARY:Congés", "END:VEVENT",
                                     "BEGIN:VEVENT", "UID:annule@test", "DTSTART:20260316T080000Z",
                                     "STATUS:CANCELLED", "END:VEVENT"};
  EXPECT_TRUE(read_ical_slots(calendar(events), year_2026()).empty());
}

TEST(SnpIcal, FoldedLinesAreUnfolded) {
  std::string text = text_of({"BEGIN:VCALENDAR", "BEGIN:VEVENT", "UID:plie@test",
                              "DTSTART;TZID=Europe/", " Paris:20260316T090000", "DTEND;TZID=Europe/Paris:20260316T1000",
                              " 00", "SUMMARY:Consultations sans rendez-", "\tvous du lundi", "END:VEVENT",
                              "END:VCALENDAR"});
  auto slots = read_ical_slots(text, year_2026());
  ASSERT_EQ(slots.size(), 1u);
  EXPECT_EQ(slots[0].starts_at, "2026-03-16T08:00:00Z");
  EXPECT_EQ(slots[0].ends_at, "2026-03-16T09:00:00Z");
  EXPECT_EQ(slots[0].summary, "Consultations sans rendez-vous du lundi");
}

TEST(SnpIcal, CrlfAndLfLineEndsReadAlike) {
  std::vector<std::string> lines = concat({"BEGIN:VCALENDAR"}, concat(concat(kParisVtimezone, kMondays), {"END:VCALENDAR"}));
  auto crlf = read_ical_slots(text_of(lines, "\r\n"), year_2026());
  auto lf = read_ical_slots(text_of(lines, "\n"), year_2026());
  EXPECT_EQ(starts(crlf), kMondayStarts);
  EXPECT_EQ(starts(lf), kMondayStarts);
  EXPECT_EQ(keys(lf), keys(crlf));
}

// Malformed files: the line where each goes wrong.

TEST(SnpIcal, RefusesALineWithoutColon) {
  std::string message;
  EXPECT_EQ(refused_line(text_of({"BEGIN:VCALENDAR", "BEGIN:VEVENT", "UID:a@test", "DTSTART:20260316T080000Z",
                                  "SUMMARY Consultation", "END:VEVENT", "END:VCALENDAR"}),
                         &message),
            5);
  EXPECT_NE(message.find("'SUMMARY Consultation' is not a content line"), std::string::npos) << message;
}

TEST(SnpIcal, RefusesABadDtstart) {
  std::string message;
  EXPECT_EQ(refused_line(text_of({"BEGIN:VCALENDAR", "BEGIN:VEVENT", "UID:a@test", "DTSTART:20261301T090000",
                                  "END:VEVENT", "END:VCALENDAR"}),
                         &message),
            4);
  EXPECT_NE(message.find("DTSTART value '20261301T090000'"), std::string::npos) << message;
  EXPECT_EQ(refused_line(text_of({"BEGIN:VCALENDAR", "BEGIN:VEVENT", "UID:a@test", "DTSTART:2026-03-16T09:00",
                                  "END:VEVENT", "END:VCALENDAR"})),
            4);
}

TEST(SnpIcal, RefusesAnUnknownTzid) {
  std::string message;
  EXPECT_EQ(refused_line(text_of({"BEGIN:VCALENDAR", "BEGIN:VEVENT", "UID:a@test",
                                  "DTSTART;TZID=Europe/Paris:20260316T090000", "DTEND;TZID=Mars/Olympus:20260316T100000",
                                  "END:VEVENT", "END:VCALENDAR"}),
                         &message),
            5);
  EXPECT_NE(message.find("Mars/Olympus"), std::string::npos) << message;
}

TEST(SnpIcal, RefusesABeginWithoutEnd) {
  EXPECT_EQ(refused_line(text_of({"BEGIN:VCALENDAR", "BEGIN:VEVENT", "UID:a@test", "DTSTART:20260316T080000Z",
                                  "BEGIN:VEVENT", "UID:b@test", "DTSTART:20260317T080000Z", "END:VEVENT",
                                  "END:VCALENDAR"})),
            2);
  // Cut off before any END.
  EXPECT_EQ(refused_line(text_of({"BEGIN:VCALENDAR", "BEGIN:VEVENT", "UID:a@test", "DTSTART:20260316T080000Z"})), 2);
}

TEST(SnpIcal, RefusesABadRrule) {
  std::string message;
  EXPECT_EQ(refused_line(text_of({"BEGIN:VCALENDAR", "BEGIN:VEVENT", "UID:a@test", "DTSTART:20260316T080000Z",
                                  "RRULE:FREQ=SOMETIMES;COUNT=3", "END:VEVENT", "END:VCALENDAR"}),
                         &message),
            5);
  EXPECT_NE(message.find("RRULE"), std::string::npos) << message;
  EXPECT_EQ(refused_line(text_of({"BEGIN:VCALENDAR", "BEGIN:VEVENT", "UID:a@test", "DTSTART:20260316T080000Z",
                                  "RRULE:FREQ=WEEKLY;BYDAY=XY", "END:VEVENT", "END:VCALENDAR"})),
            5);
  // libical itself reads this UNTIL as the 99th day of a 13th month.
  EXPECT_EQ(refused_line(text_of({"BEGIN:VCALENDAR", "BEGIN:VEVENT", "UID:a@test", "DTSTART:20260316T080000Z",
                                  "RRULE:FREQ=DAILY;UNTIL=20261399", "END:VEVENT", "END:VCALENDAR"})),
            5);
}

TEST(SnpIcal, RefusesAnEndWithoutBegin) {
  std::string message;
  EXPECT_EQ(refused_line(text_of({"BEGIN:VCALENDAR", "UID:a@test", "DTSTART:20260316T080000Z", "END:VEVENT",
                                  "END:VCALENDAR"}),
                         &message),
            4);
  EXPECT_NE(message.find("END:VEVENT without BEGIN:VEVENT"), std::string::npos) << message;
}

TEST(SnpIcal, RefusesAnEndBeforeTheStart) {
  EXPECT_EQ(refused_line(text_of({"BEGIN:VCALENDAR", "BEGIN:VEVENT", "UID:a@test",
                                  "DTSTART;TZID=Europe/Paris:20260316T090000", "DTEND:20260316T075959Z", "END:VEVENT",
                                  "END:VCALENDAR"})),
            5);
  // 08:00Z is 09:00 in Paris: an event with no length is accepted (and gives no slot).
  EXPECT_TRUE(read_ical_slots(text_of({"BEGIN:VCALENDAR", "BEGIN:VEVENT", "UID:a@test",
                                       "DTSTART;TZID=Europe/Paris:20260316T090000", "DTEND:20260316T080000Z",
                                       "END:VEVENT", "END:VCALENDAR"}),
                              year_2026())
                  .empty());
}

TEST(SnpIcal, RefusesWhatIsNotACalendar) {
  EXPECT_EQ(refused_line(""), 1);
  EXPECT_EQ(refused_line(text_of({"BEGIN:VEVENT", "UID:a@test", "DTSTART:20260316T080000Z", "END:VEVENT"})), 1);
  EXPECT_EQ(refused_line("<html><body>Not found</body></html>\n"), 1);
  // An event without DTSTART, at its BEGIN.
  EXPECT_EQ(refused_line(text_of({"BEGIN:VCALENDAR", "BEGIN:VEVENT", "UID:a@test", "SUMMARY:x", "END:VEVENT",
                                  "END:VCALENDAR"})),
            2);
  // A DURATION that does not parse.
  EXPECT_EQ(refused_line(text_of({"BEGIN:VCALENDAR", "BEGIN:VEVENT", "UID:a@test", "DTSTART:20260316T080000Z",
                                  "DURATION:1 hour", "END:VEVENT", "END:VCALENDAR"})),
            5);
}

TEST(SnpIcal, CountsPhysicalLinesAcrossFolds) {
  // Lines 4–6 are one folded line; the error is on physical line 7.
  EXPECT_EQ(refused_line(text_of({"BEGIN:VCALENDAR", "BEGIN:VEVENT", "UID:a@test", "DESCRIPTION:Une description",
                                  " sur trois", " lignes", "DTSTART:20260316T250000Z", "END:VEVENT", "END:VCALENDAR"})),
            7);
}

TEST(SnpIcal, RefusesAbusiveInput) {
  // Over 5 MB.
  std::string huge = fmt::format("BEGIN:VCALENDAR\r\n{}", std::string(5 * 1024 * 1024, 'X'));
  EXPECT_EQ(refused_line(huge), 0);
  // A rule that would give over 100,000 occurrences before the window ends, at the RRULE's line.
  std::string message;
  EXPECT_EQ(refused_line(text_of({"BEGIN:VCALENDAR", "BEGIN:VEVENT", "UID:a@test", "DTSTART:20250101T000000Z",
                                  "RRULE:FREQ=MINUTELY", "END:VEVENT", "END:VCALENDAR"}),
                         &message),
            5);
  EXPECT_NE(message.find("100000"), std::string::npos) << message;
}

}  // namespace
}  // namespace maillage::access
