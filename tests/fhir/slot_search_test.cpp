// Reading the SAS search of free slots: FHIR date values (prefixes, precision, time zones, the
// `+` a query string turns into a space), the window they leave, and the rules of the search
// (1 to 25 professionals, a window of at most 31 days from now on, statuses, includes).
#include "fhir/slot_search.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "fhir/date_search.h"
#include "platform/http/problem.h"
#include "platform/time/civil_time.h"

namespace maillage::fhir {
namespace {

std::int64_t utc(std::string_view text) { return *parse_civil(text, true); }

// The parameter and rule of the 400 `f` throws; empty when it throws nothing.
template <class F>
std::pair<std::string, std::string> refusal(F f) {
  try {
    f();
  } catch (const http::HttpError& e) {
    if (e.errors().empty()) return {"(none)", ""};
    return {e.errors().front().field, e.errors().front().rule};
  }
  return {};
}

SearchRequest slot_search(const std::string& query, http::Request::Pairs headers = {}) {
  return parse_search(http::Request(http::Method::get, "/fhir/Slot?" + query, std::move(headers)), "Slot");
}

const std::int64_t kNow = utc("2026-11-23T10:00:00Z");

SlotQuery read(const std::string& query) { return read_slot_query(slot_search(query), kNow); }

std::string ids(int n) {
  std::string out = std::string(kSlotActorParam) + "=";
  for (int i = 0; i < n; ++i) out += fmt::format("{}urn:oid:1.2.250.1.71.4.2.1%7C8100000000{:02d}", i ? "," : "", i);
  return out;
}

const std::string kWindow = "&start=ge2026-11-24T00:00:00Z&start=le2026-11-26T00:00:00Z";

TEST(FhirDateSearch, InstantsWithAZoneAreExact) {
  auto v = parse_date_value("ge2026-11-24T08:30:00Z", "start");
  EXPECT_EQ(v.prefix, DatePrefix::ge);
  EXPECT_EQ(v.low, utc("2026-11-24T08:30:00Z"));
  EXPECT_EQ(v.high, v.low + 1);  // to the second
  auto offset = parse_date_value("le2024-06-12T16:20:00.000+02:00", "start");
  EXPECT_EQ(offset.prefix, DatePrefix::le);
  EXPECT_EQ(offset.low, utc("2024-06-12T14:20:00Z"));
  // The IG's example writes the + unencoded: the query string decodes it as a space.
  EXPECT_EQ(parse_date_value("ge2024-06-12T16:20:00.000 02:00", "start").low, utc("2024-06-12T14:20:00Z"));
  EXPECT_EQ(parse_date_value("2026-11-24T08:30-05:00", "start").low, utc("2026-11-24T13:30:00Z"));
  auto minute = parse_date_value("lt2026-11-24T08:30Z", "start");
  EXPECT_EQ(minute.high - minute.low, 60);  // to the minute
}

TEST(FhirDateSearch, DatesAndTimesWithoutZoneAreParisTime) {
  auto winter = parse_date_value("2026-11-24", "start");  // UTC+1
  EXPECT_EQ(winter.prefix, DatePrefix::eq);
  EXPECT_EQ(winter.low, utc("2026-11-23T23:00:00Z"));
  EXPECT_EQ(winter.high, utc("2026-11-24T23:00:00Z"));
  auto spring_forward = parse_date_value("2026-03-29", "start");  // a day of 23 hours
  EXPECT_EQ(spring_forward.low, utc("2026-03-28T23:00:00Z"));
  EXPECT_EQ(spring_forward.high, utc("2026-03-29T22:00:00Z"));
  EXPECT_EQ(parse_date_value("ge2021-01-02T10:00:00", "start").low, utc("2021-01-02T09:00:00Z"));  // the IG's example
  EXPECT_EQ(parse_date_value("ge2026-07-01T10:00", "start").low, utc("2026-07-01T08:00:00Z"));     // UTC+2
}

TEST(FhirDateSearch, MalformedValuesAndUnsupportedPrefixesAreRefused) {
  for (const char* bad : {"tomorrow", "2026-11", "2026-02-30", "2026-11-24T25:00Z", "ge2026-11-24Z", "2026-11-24T08"}) {
    EXPECT_EQ(refusal([&] { parse_date_value(bad, "start"); }), (std::pair<std::string, std::string>{"start", "format"}))
        << bad;
  }
  for (const char* prefix : {"ne", "sa", "eb", "ap"}) {
    EXPECT_EQ(refusal([&] { parse_date_value(std::string(prefix) + "2026-11-24", "start"); }).second, "not_supported")
        << prefix;
  }
}

TEST(FhirDateSearch, TheWindowIsTheLatestLowerAndTheEarliestUpperBound) {
  auto v = [](const char* s) { return parse_date_value(s, "start"); };
  auto w = date_window({v("ge2026-11-24T00:00:00Z"), v("le2026-11-26T00:00:00Z")});
  EXPECT_EQ(*w.from, utc("2026-11-24T00:00:00Z"));
  EXPECT_EQ(*w.to, utc("2026-11-26T00:00:01Z"));  // le: that second included
  w = date_window({v("gt2026-11-24T00:00:00Z"), v("lt2026-11-26T00:00:00Z"), v("ge2026-11-23T00:00:00Z")});
  EXPECT_EQ(*w.from, utc("2026-11-24T00:00:01Z"));
  EXPECT_EQ(*w.to, utc("2026-11-26T00:00:00Z"));
  w = date_window({v("2026-11-24")});
  EXPECT_EQ(*w.from, utc("2026-11-23T23:00:00Z"));
  EXPECT_EQ(*w.to, utc("2026-11-24T23:00:00Z"));
  EXPECT_FALSE(date_window({v("ge2026-11-24")}).to);
  EXPECT_FALSE(date_window({}).from);
}

TEST(FhirSlotSearch, NamesOneTo25ProfessionalsByIdnps) {
  EXPECT_EQ(read(ids(1) + kWindow).national_ids, std::vector<std::string>{"810000000000"});
  EXPECT_EQ(read(ids(25) + kWindow).national_ids.size(), 25u);
  auto too_many = refusal([&] { read(ids(26) + kWindow); });
  EXPECT_EQ(too_many, (std::pair<std::string, std::string>{std::string(kSlotActorParam), "max_items"}));
  EXPECT_EQ(refusal([&] { read(kWindow.substr(1)); }).first, kSlotActorParam);  // none
  EXPECT_EQ(refusal([&] { read("schedule.actor:Practitioner.identifier=" + kWindow); }).first, kSlotActorParam);
  // Without system, with the IG's ", ", or of another system (which matches nobody).
  auto q = read(
      "schedule.actor:Practitioner.identifier=810000000001,%20urn:oid:1.2.250.1.71.4.2.1%7C810000000002,"
      "http://other.example%7C810000000003" +
      kWindow);
  EXPECT_EQ(q.national_ids, (std::vector<std::string>{"810000000001", "810000000002"}));
}

TEST(FhirSlotSearch, TheWindowIsRequiredAtMost31DaysAndStartsNow) {
  auto q = read(ids(1) + kWindow);
  EXPECT_EQ(q.from, "2026-11-24T00:00:00Z");
  EXPECT_EQ(q.to, "2026-11-26T00:00:01Z");
  // Only slots starting from now on.
  q = read(ids(1) + "&start=ge2026-11-01&start=le2026-11-30");
  EXPECT_EQ(q.from, "2026-11-23T10:00:00Z");
  EXPECT_EQ(q.to, "2026-11-30T23:00:00Z");
  // 31 days: 1 to 31 October (an hour more, across the change of time), 1 November to 1 December.
  EXPECT_EQ(refusal([&] { read(ids(1) + "&start=ge2026-10-01&start=le2026-10-31"); }).first, "");
  EXPECT_EQ(refusal([&] { read(ids(1) + "&start=ge2026-11-01&start=le2026-12-01"); }).first, "");
  auto too_long = refusal([&] { read(ids(1) + "&start=ge2026-10-01&start=le2026-11-01"); });
  EXPECT_EQ(too_long, (std::pair<std::string, std::string>{"start", "max_window"}));
  EXPECT_EQ(refusal([&] { read(ids(1) + "&start=ge2026-11-24"); }), (std::pair<std::string, std::string>{"start", "required"}));
  EXPECT_EQ(refusal([&] { read(ids(1) + "&start=le2026-11-24"); }).first, "start");
  EXPECT_EQ(refusal([&] { read(ids(1) + "&start=ge2026-11-24,2026-11-25&start=le2026-11-26"); }).second, "single");
  // A window already over finds nothing rather than being an error.
  q = read(ids(1) + "&start=ge2026-11-01&start=le2026-11-02");
  EXPECT_EQ(q.from, q.to);
}

TEST(FhirSlotSearch, StatusIsFreeByDefaultAndBusyIsBooked) {
  EXPECT_EQ(read(ids(1) + kWindow).statuses, std::vector<std::string>{"free"});
  EXPECT_EQ(read(ids(1) + kWindow + "&status=busy").statuses, std::vector<std::string>{"booked"});
  EXPECT_EQ(read(ids(1) + kWindow + "&status=http://hl7.org/fhir/slotstatus%7Cfree,busy").statuses,
            (std::vector<std::string>{"free", "booked"}));
  EXPECT_TRUE(read(ids(1) + kWindow + "&status=busy-tentative").statuses.empty());
}

TEST(FhirSlotSearch, IncludesTheSchedulesAndTheirActorsAsTheIgAsks) {
  auto q = read(ids(1) + kWindow);
  EXPECT_FALSE(q.include_schedules);
  q = read(ids(1) + kWindow + "&_include=Slot:schedule");
  EXPECT_TRUE(q.include_schedules);
  EXPECT_FALSE(q.include_actors);
  // The IG's request, with the CPTS's includes (no HealthcareService in Maillage: nothing to add).
  auto ig = slot_search(
      "_include=Slot:schedule&_include:iterate=Schedule:actor&_include=Slot:service-type-reference"
      "&_include:iterate=HealthcareService:organization&status=free&" +
      ids(2) + kWindow);
  q = read_slot_query(ig, kNow);
  EXPECT_TRUE(q.include_schedules);
  EXPECT_TRUE(q.include_actors);
  // They are kept for the links, once each.
  EXPECT_EQ(ig.every("_include"), (std::vector<std::string>{"Slot:schedule", "Slot:service-type-reference"}));
  EXPECT_EQ(ig.every("start").size(), 2u);
  EXPECT_EQ(slot_search("_include=Slot:schedule&_include=Slot:schedule").every("_include").size(), 1u);
  // Anything else is refused, unless handling is lenient; other types take no _include.
  EXPECT_EQ(refusal([] { slot_search("_include=Slot:patient"); }), (std::pair<std::string, std::string>{"_include", "not_supported"}));
  EXPECT_TRUE(slot_search("_include=Slot:patient", {{"Prefer", "handling=lenient"}}).every("_include").empty());
  EXPECT_EQ(refusal([] { parse_search(http::Request(http::Method::get, "/fhir/Practitioner?_include=Slot:schedule"),
                                      "Practitioner"); })
                .first,
            "_include");
}

TEST(FhirSlotSearch, IdsNarrowTheSearch) {
  auto q = read(ids(1) + kWindow + "&_id=12,abc,7");
  ASSERT_TRUE(q.slot_ids);
  EXPECT_EQ(*q.slot_ids, (std::vector<std::int64_t>{12, 7}));  // an id that is not a slot's matches nothing
  EXPECT_FALSE(read(ids(1) + kWindow).slot_ids);
}

}  // namespace
}  // namespace maillage::fhir
