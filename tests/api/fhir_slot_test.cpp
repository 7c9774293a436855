// The SAS flow of free unscheduled-care slots over HTTP (IG service-acces-aux-soins, CPTS use
// case): `GET /fhir/Slot` by 1 to 25 IDNPS and a start window, the Schedules and their actors
// included, paging, the reads of a Slot and a Schedule, and never a request or a patient. The
// directory comes from an RPPS file imported with `maillage import rpps`; the slots are written
// directly in `snp_slots`, the way src/access/ stores them.
#include <fmt/chrono.h>
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <chrono>
#include <set>

#include "app/database_setup.h"
#include "fhir/ids.h"
#include "support/fhir_suite.h"

namespace maillage {
namespace {
namespace json = boost::json;

constexpr const char* kA = "810000000001";  // two free slots in the window, and the others
constexpr const char* kB = "810000000002";  // one free slot in the window
constexpr const char* kGone = "899999999999";  // no longer in the directory
constexpr const char* kIdnps = "urn:oid:1.2.250.1.71.4.2.1%7C";
constexpr const char* kActor = "schedule.actor:Practitioner.identifier";

// UTC "YYYY-MM-DDTHH:MM:SSZ" of `t`.
std::string utc(std::chrono::system_clock::time_point t) {
  return fmt::format("{:%Y-%m-%dT%H:%M:%SZ}", fmt::gmtime(std::chrono::system_clock::to_time_t(t)));
}

using std::chrono::days;
using std::chrono::hours;
using std::chrono::minutes;

// Two days from now, on the hour: the slots in the window start there.
const auto kT0 = std::chrono::floor<hours>(std::chrono::system_clock::now()) + days(2);

struct SlotSpec {
  int id;
  const char* professional;
  const char* site;
  std::chrono::system_clock::time_point start;
  const char* mode;
  const char* status;
};

const std::vector<SlotSpec>& slots() {
  static const std::vector<SlotSpec> kSlots = {
      {1, kA, "S1", kT0, "in_person", "free"},
      {2, kA, "S1", kT0 + minutes(30), "remote", "free"},
      {3, kA, "S1", kT0 + hours(1), "in_person", "booked"},
      {4, kA, "S1", kT0 + minutes(90), "in_person", "cancelled"},
      {5, kA, "S1", kT0 + days(10), "in_person", "free"},     // after the window
      {6, kA, "S1", kT0 - days(3), "in_person", "free"},      // in the past
      {7, kB, "S2", kT0 + hours(2), "in_person", "free"},
      {8, kGone, "OLD", kT0 + hours(3), "in_person", "free"},
      {9, kA, "S1B", kT0 + hours(4), "in_person", "free"},    // another site of A, not in the directory
  };
  return kSlots;
}

void add_slots(const std::filesystem::path& db_path) {
  auto db = app::open_and_migrate(db_path.string());
  db::with_transaction(*db, [](db::Connection& c) {
    c.execute("INSERT INTO cpts (id, name, created_at) VALUES ('cpts-snp', 'CPTS SNP', '2026-01-01T00:00:00.000Z')");
    for (const auto& s : slots()) {
      bool booked = std::string_view(s.status) == "booked";
      c.execute(
          "INSERT INTO snp_slots (id, cpts_id, professional_id, profession_code, site_key, commune_code, cell,"
          " starts_at, ends_at, mode, origin, status, request_id, booked_at, created_at)"
          " VALUES (?, 'cpts-snp', ?, '10', ?, '13202', 7, ?, ?, ?, 'manual', ?, ?, ?, '2026-01-01T00:00:00Z')",
          s.id, s.professional, s.site, utc(s.start), utc(s.start + minutes(20)), s.mode, s.status,
          booked ? std::optional<std::string>("req-secret-3") : std::nullopt,
          booked ? std::optional<std::string>("2026-01-02T00:00:00Z") : std::nullopt);
    }
  });
}

class FhirSlots : public testing::FhirSuite {
 protected:
  static void SetUpTestSuite() {
    std::vector<testing::RppsRow> rows;
    for (int i = 1; i <= 30; ++i) {
      rows.push_back(testing::rpps_practitioner(fmt::format("100000000{:02d}", i), "MARTIN", fmt::format("S{}", i),
                                                "13202", fmt::format("04910000{:02d}", i)));
    }
    start(rows, add_slots);
  }

  // The search of `professionals` over [T0 - 1 h, T0 + 1 day], with `more` parameters.
  static std::string search(const std::vector<std::string>& professionals, const std::string& more = {}) {
    std::string actors;
    for (const auto& p : professionals) actors += fmt::format("{}{}{}", actors.empty() ? "" : ",", kIdnps, p);
    return fmt::format("/fhir/Slot?{}={}&start=ge{}&start=le{}{}", kActor, actors, utc(kT0 - hours(1)),
                       utc(kT0 + days(1)), more);
  }
  // The ids of the entries of `mode` (match or include), as Type/id.
  static std::vector<std::string> entries(const json::object& bundle, const std::string& mode = "match") {
    std::vector<std::string> out;
    if (auto* list = bundle.if_contains("entry")) {
      for (const auto& e : list->as_array()) {
        if (e.at("search").at("mode").as_string() != mode) continue;
        const auto& r = e.at("resource");
        out.push_back(fmt::format("{}/{}", r.at("resourceType").as_string(), r.at("id").as_string()));
      }
    }
    return out;
  }
  static std::string site(const std::string& national_id, const std::string& key) {
    return fhir::site_resource_id(national_id, key);
  }
};

TEST_F(FhirSlots, OneRppsGivesItsFreeFutureSlotsInTheWindowOnly) {
  auto bundle = ok(search({kA}));
  EXPECT_EQ(bundle.at("type"), "searchset");
  EXPECT_EQ(bundle.at("total").as_int64(), 3);
  // Not the booked, the cancelled, the later or the past one, nor B's.
  EXPECT_EQ(entries(bundle), (std::vector<std::string>{"Slot/1", "Slot/2", "Slot/9"}));
  const auto& first = bundle.at("entry").at(0).at("resource");
  EXPECT_EQ(first.at("status"), "free");
  EXPECT_EQ(first.at("start"), json::value(utc(kT0)));
  EXPECT_EQ(first.at("end"), json::value(utc(kT0 + minutes(20))));
  EXPECT_EQ(first.at("schedule").at("reference"), json::value("Schedule/" + site(kA, "S1")));
  EXPECT_EQ(first.at("meta").at("profile").at(0),
            "https://interop.esante.gouv.fr/ig/fhir/sas/StructureDefinition/sas-cpts-slot-aggregator");
  EXPECT_EQ(first.at("meta").at("security").at(0).at("code"), "SNP");
  EXPECT_EQ(first.at("serviceType").at(0).at("coding").at(0).at("code"), "AMB");
  EXPECT_EQ(first.at("specialty").at(0).at("coding").at(0).at("code"), "SM54");
  EXPECT_EQ(first.at("appointmentType").at("coding").at(0).at("code"), "ROUTINE");
  EXPECT_FALSE(first.as_object().contains("comment"));
  // A remote slot is a téléconsultation.
  const auto& remote = bundle.at("entry").at(1).at("resource");
  EXPECT_EQ(remote.at("serviceType").at(0).at("coding").at(0).at("code"), "VR");
  EXPECT_EQ(remote.at("serviceType").at(0).at("text"), "Téléconsultation");
  // Another professional's are not A's.
  EXPECT_EQ(entries(ok(search({kB}))), std::vector<std::string>{"Slot/7"});
  EXPECT_EQ(ok(search({"810000000030"})).at("total").as_int64(), 0);
  // A narrower window.
  auto narrow = fmt::format("/fhir/Slot?{}={}{}&start=gt{}&start=lt{}", kActor, kIdnps, kA, utc(kT0),
                            utc(kT0 + hours(4)));
  EXPECT_EQ(entries(ok(narrow)), std::vector<std::string>{"Slot/2"});
}

TEST_F(FhirSlots, ABookedSlotIsOnlyBusyWithNothingOfTheRequest) {
  auto busy = ok(search({kA}, "&status=busy"));
  EXPECT_EQ(entries(busy), std::vector<std::string>{"Slot/3"});
  EXPECT_EQ(busy.at("entry").at(0).at("resource").at("status"), "busy");
  EXPECT_FALSE(busy.at("entry").at(0).at("resource").at("meta").as_object().contains("profile"));  // the profile is free only
  EXPECT_EQ(ok(search({kA}, "&status=free,busy")).at("total").as_int64(), 4);
  auto read = get("/fhir/Slot/3");
  ASSERT_EQ(read.status, 200u) << read.body;
  EXPECT_EQ(read.json().at("status"), "busy");
  for (const auto& body : {read.body, json::serialize(busy)}) {
    EXPECT_EQ(body.find("req-secret"), std::string::npos) << body;
    EXPECT_EQ(body.find("request"), std::string::npos) << body;
  }
  // A cancelled slot is no longer offered; a free one reads back as searched.
  EXPECT_EQ(get("/fhir/Slot/4").status, 404u);
  EXPECT_EQ(get("/fhir/Slot/99").status, 404u);
  EXPECT_EQ(get("/fhir/Slot/not-a-slot").status, 404u);
  EXPECT_EQ(ok("/fhir/Slot/1"), ok(search({kA})).at("entry").at(0).at("resource"));
}

TEST_F(FhirSlots, TwentyFiveProfessionalsAreAcceptedTwentySixRefused) {
  std::vector<std::string> professionals{kA, kB};
  for (int i = 3; professionals.size() < 25; ++i) professionals.push_back(fmt::format("8100000000{:02d}", i));
  auto bundle = ok(search(professionals));
  EXPECT_EQ(entries(bundle), (std::vector<std::string>{"Slot/1", "Slot/2", "Slot/7", "Slot/9"}));
  professionals.push_back("810000000028");
  auto issue = outcome(search(professionals), 400);
  EXPECT_EQ(issue.at("code"), "invalid");
  EXPECT_EQ(issue.at("expression").at(0), kActor);
  EXPECT_NE(std::string(issue.at("diagnostics").as_string()).find("25"), std::string::npos);
  // None, or no window.
  EXPECT_EQ(outcome(fmt::format("/fhir/Slot?start=ge{}&start=le{}", utc(kT0), utc(kT0 + days(1))), 400)
                .at("expression")
                .at(0),
            kActor);
  EXPECT_EQ(outcome(fmt::format("/fhir/Slot?{}={}{}", kActor, kIdnps, kA), 400).at("expression").at(0), "start");
  EXPECT_EQ(outcome(fmt::format("/fhir/Slot?{}={}{}&start=ge{}&start=le{}", kActor, kIdnps, kA, utc(kT0),
                                utc(kT0 + days(40))), 400)
                .at("expression")
                .at(0),
            "start");
}

TEST_F(FhirSlots, IncludesTheSchedulesAndTheirActors) {
  auto bundle = ok(search({kA, kB, kGone}, "&_include=Slot:schedule"));
  EXPECT_EQ(bundle.at("total").as_int64(), 5);
  EXPECT_EQ(entries(bundle), (std::vector<std::string>{"Slot/1", "Slot/2", "Slot/7", "Slot/8", "Slot/9"}));
  std::string a = site(kA, "S1"), b = site(kB, "S2"), gone = site(kGone, "OLD"), a_elsewhere = site(kA, "S1B");
  EXPECT_EQ(entries(bundle, "include"), (std::vector<std::string>{"Schedule/" + a, "Schedule/" + b,
                                                                  "Schedule/" + gone, "Schedule/" + a_elsewhere}));
  std::map<std::string, json::object> schedules;
  for (const auto& e : bundle.at("entry").as_array()) {
    const auto& r = e.at("resource").as_object();
    if (r.at("resourceType") == "Schedule") schedules[std::string(r.at("id").as_string())] = r;
  }
  json::array a_actors{{{"reference", "Practitioner/810000000001"}, {"display", "Hélène MARTIN"}},
                       {{"reference", "PractitionerRole/" + a}},
                       {{"reference", "Location/" + a}}};
  EXPECT_EQ(schedules[a].at("actor"), a_actors);
  EXPECT_EQ(schedules[a].at("meta").at("profile").at(0), "http://sas.fr/fhir/StructureDefinition/FrScheduleAgregateur");
  // A professional the directory no longer holds is named by identifier; a site it does not hold
  // has no PractitionerRole.
  json::array gone_actors{
      {{"type", "Practitioner"}, {"identifier", {{"system", "urn:oid:1.2.250.1.71.4.2.1"}, {"value", kGone}}}}};
  EXPECT_EQ(schedules[gone].at("actor"), gone_actors);
  EXPECT_EQ(schedules[a_elsewhere].at("actor").as_array().size(), 1u);
  // Each Schedule reads back as included.
  for (const auto& [id, schedule] : schedules) EXPECT_EQ(ok("/fhir/Schedule/" + id), schedule) << id;
  EXPECT_EQ(get("/fhir/Schedule/810000000001-0000000000000000").status, 404u);
  EXPECT_EQ(get("/fhir/Schedule/" + site(kB, "S1")).status, 404u);  // B has no slot at that key

  // The IG's request: its actors too, each once, all resolvable.
  auto full = ok(search({kA, kB, kGone}, "&_include=Slot:schedule&_include:iterate=Schedule:actor"
                                         "&_include=Slot:service-type-reference"
                                         "&_include:iterate=HealthcareService:organization&status=free"));
  auto included = entries(full, "include");
  std::set<std::string> distinct(included.begin(), included.end());
  EXPECT_EQ(distinct.size(), included.size());
  for (const auto& expected : {"Practitioner/" + std::string(kA), "PractitionerRole/" + a, "Location/" + a,
                               "Practitioner/" + std::string(kB), "PractitionerRole/" + b, "Location/" + b}) {
    EXPECT_TRUE(distinct.contains(expected)) << expected;
  }
  EXPECT_EQ(included.size(), 4u + 6u);
  for (const auto& ref : included) EXPECT_EQ(get("/fhir/" + ref).status, 200u) << ref;
}

TEST_F(FhirSlots, PagesCarryTheirOwnIncludesAndLinks) {
  auto page = ok(search({kA, kB}, "&_include=Slot:schedule&_count=1"));
  std::vector<std::string> seen;
  std::vector<std::size_t> includes;
  while (true) {
    auto matched = entries(page);
    seen.insert(seen.end(), matched.begin(), matched.end());
    includes.push_back(entries(page, "include").size());
    std::string next;
    for (const auto& l : page.at("link").as_array()) {
      if (l.at("relation") == "next") next = std::string(l.at("url").as_string());
    }
    if (next.empty()) break;
    EXPECT_NE(next.find("_include=Slot%3Aschedule"), std::string::npos) << next;
    EXPECT_NE(next.find("start=ge"), std::string::npos) << next;
    page = ok(next.substr(next.find("/fhir/")));
  }
  EXPECT_EQ(seen, (std::vector<std::string>{"Slot/1", "Slot/2", "Slot/7", "Slot/9"}));
  EXPECT_EQ(includes, (std::vector<std::size_t>{1, 1, 1, 1}));
}

TEST_F(FhirSlots, TheIgExampleRequestAsWrittenIsUnderstood) {
  // Local times with an offset whose + is not encoded (a space once decoded), values after ", "
  // (the | must be encoded: this server refuses a request target that is not a valid URL).
  auto paris = [](std::chrono::system_clock::time_point t) {  // as a winter time in Paris
    return fmt::format("{:%Y-%m-%dT%H:%M:%S}.000+01:00",
                       fmt::gmtime(std::chrono::system_clock::to_time_t(t + hours(1))));
  };
  std::string target = fmt::format(
      "/fhir/Slot?_include=Slot:schedule&_include:iterate=Schedule:actor&start=ge{}&start=le{}"
      "&{}=urn:oid:1.2.250.1.71.4.2.1%7C{},%20urn:oid:1.2.250.1.71.4.2.1%7C{}&status=free",
      paris(kT0 - hours(1)), paris(kT0 + days(1)), kActor, kA, kB);
  auto bundle = ok(target);
  EXPECT_EQ(bundle.at("total").as_int64(), 4);
}

TEST_F(FhirSlots, TheCapabilityStatementListsTheSlotSearchAndTheScheduleRead) {
  auto cs = ok("/fhir/metadata");
  std::map<std::string, json::object> types;
  for (const auto& r : cs.at("rest").at(0).at("resource").as_array()) {
    types[std::string(r.at("type").as_string())] = r.as_object();
  }
  ASSERT_TRUE(types.contains("Slot") && types.contains("Schedule"));
  EXPECT_EQ(types["Slot"].at("interaction").as_array().size(), 2u);
  std::set<std::string> params;
  for (const auto& p : types["Slot"].at("searchParam").as_array()) params.emplace(p.at("name").as_string());
  EXPECT_EQ(params, (std::set<std::string>{"_id", kActor, "start", "status"}));
  EXPECT_EQ(types["Slot"].at("searchInclude").at(0), "Slot:schedule");
  EXPECT_EQ(types["Schedule"].at("interaction"), (json::array{{{"code", "read"}}}));
  // Schedules are read, never searched.
  EXPECT_EQ(get("/fhir/Schedule").status, 404u);
}

}  // namespace
}  // namespace maillage
