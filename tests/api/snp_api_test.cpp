// Unscheduled care through the API, on the demo (CPTS Démo du Vieux-Port) with three GPs imported
// into the directory (Marseille 1er, Marseille 7e, Aix-en-Provence): slots published by hand, by
// pattern and by iCalendar; 50 parallel bookings of one slot (exactly one wins); the search of the
// earliest slots within a radius; a request's orientation, re-orientation, outcome and
// cancellation with its timeline; who sees what; and the purge of identities past retention.
#include <gtest/gtest.h>

#include <atomic>
#include <fstream>
#include <latch>
#include <map>
#include <set>
#include <thread>

#include "app/database_setup.h"
#include "platform/time/local_time.h"
#include "platform/util/time.h"
#include "support/command.h"
#include "support/demo_server.h"
#include "support/rpps_file.h"

namespace maillage {
namespace {

namespace json = boost::json;
using testing::ApiClient;

constexpr const char* kCpts = "CPTS Démo du Vieux-Port";
const std::string kMarseille1 = "810000000001", kMarseille7 = "810000000002", kAix = "810000000003";

class SnpApi : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    file_dir = std::make_unique<testing::TempDir>();
    rpps = testing::write_rpps_file(
        file_dir->path() / "rpps.txt", testing::kRppsHeader,
        {testing::rpps_practitioner("10000000001", "PETIT", "S1", "13201", "04 91 00 00 01"),
         testing::rpps_practitioner("10000000002", "ROUX", "S2", "13207", "04 91 00 00 02"),
         testing::rpps_practitioner("10000000003", "BLANC", "S3", "13001", "04 42 00 00 03")});
  }
  static void TearDownTestSuite() { file_dir.reset(); }

  SnpApi() : server({{"import", "rpps", rpps.string()}}) {
    cpts = server.cpts_id(kCpts);
    base = "/api/cpts/" + cpts + "/snp";
    coordination = server.signed_in("coordination");
    tomorrow = add_days(today_utc(), 1);  // always within 48 hours, whatever the hour
  }

  /// Publishes `count` consecutive slots of 15 minutes; returns their ids.
  std::vector<std::string> publish(ApiClient& client, const std::string& doctor, const std::string& site,
                                   const std::string& start, int count = 1, const std::string& mode = "in_person") {
    auto answer = client.post(base + "/slots", json::object{{"professional_id", doctor}, {"site_key", site},
                                                            {"date", tomorrow}, {"start", start},
                                                            {"duration_minutes", 15}, {"count", count},
                                                            {"mode", mode}});
    EXPECT_EQ(answer.status, 201u) << answer.body;
    std::vector<std::string> ids;
    if (answer.status != 201u) return ids;
    json::value body = answer.json();
    for (const auto& s : body.at("items").as_array()) ids.emplace_back(s.at("id").as_string());
    return ids;
  }

  static json::object patient(const std::string& last_name, const std::string& urgency = "h48") {
    return {{"last_name", last_name}, {"first_name", "Jeanne"},  {"birth_date", "1980-05-04"},
            {"sex", "F"},             {"commune_code", "13201"}, {"phone", "06 12 34 56 78"},
            {"consent_on", today_utc()}, {"reason_code", "fievre"}, {"urgency", urgency}};
  }

  std::string create(ApiClient& client, const json::object& body) {
    auto answer = client.post(base + "/requests", body);
    EXPECT_EQ(answer.status, 201u) << answer.body;
    return answer.status == 201u ? std::string(answer.json().at("id").as_string()) : std::string();
  }

  testing::HttpResult book(ApiClient& client, const std::string& request, const std::string& slot) {
    return client.post(base + "/requests/" + request + "/orientation",
                       json::object{{"orientation", "slot"}, {"slot_id", slot}});
  }

  /// The planning of tomorrow: slot id → {status, request_id or ""}.
  std::map<std::string, std::pair<std::string, std::string>> planning(ApiClient& client) {
    auto answer = client.get(base + "/slots?from=" + tomorrow + "&to=" + tomorrow);
    EXPECT_EQ(answer.status, 200u) << answer.body;
    std::map<std::string, std::pair<std::string, std::string>> out;
    json::value body = answer.json();
    for (const auto& s : body.at("items").as_array()) {
      out[std::string(s.at("id").as_string())] = {
          std::string(s.at("status").as_string()),
          s.at("request_id").is_null() ? std::string() : std::string(s.at("request_id").as_string())};
    }
    return out;
  }

  void link(const std::string& email, const std::string& doctor) {
    auto admin = server.signed_in("admin");
    auto linked = admin->request("PUT", "/api/users/" + server.user_id(email) + "/professional",
                                 json::serialize(json::object{{"professional_id", doctor}}));
    EXPECT_EQ(linked.status, 200u) << linked.body;
  }

  void sql(const std::string& statement) {
    auto db = app::open_and_migrate(server.database().string());
    db::with_transaction(*db, [&](db::Connection& c) { c.execute(statement); });
  }

  static std::string rule_of(const testing::HttpResult& answer) {
    return std::string(answer.json().at("errors").at(0).at("rule").as_string());
  }

  static inline std::unique_ptr<testing::TempDir> file_dir;
  static inline std::filesystem::path rpps;
  testing::DemoServer server;
  std::string cpts, base, tomorrow;
  std::unique_ptr<ApiClient> coordination;
};

TEST_F(SnpApi, FiftyParallelBookingsOfOneSlotGiveOneBookingAndFortyNineClearRefusals) {
  std::string slot = publish(*coordination, kMarseille1, "S1", "10:00").at(0);
  std::vector<std::string> requests;
  for (int i = 0; i < 50; ++i) requests.push_back(create(*coordination, patient("Patient" + std::to_string(i))));

  std::vector<testing::HttpResult> answers(50);
  std::latch start(50);
  std::vector<std::thread> threads;
  for (int i = 0; i < 50; ++i) {
    threads.emplace_back([&, i] {
      ApiClient client = *coordination;  // its own connection, the same session
      start.arrive_and_wait();
      answers[i] = book(client, requests[i], slot);
    });
  }
  for (auto& t : threads) t.join();

  int booked = 0, refused = 0;
  std::string winner;
  for (int i = 0; i < 50; ++i) {
    if (answers[i].status == 200u) {
      ++booked;
      winner = requests[i];
    } else {
      EXPECT_EQ(answers[i].status, 409u) << answers[i].body;
      EXPECT_EQ(rule_of(answers[i]), "slot_taken");
      EXPECT_NE(answers[i].json().at("detail").as_string().find("just been booked"), std::string::npos);
      ++refused;
    }
  }
  EXPECT_EQ(booked, 1);
  EXPECT_EQ(refused, 49);
  EXPECT_EQ(planning(*coordination).at(slot), (std::pair<std::string, std::string>{"booked", winner}));
  // The refused requests are untouched: still waiting, without a slot.
  for (const auto& id : requests) {
    if (id == winner) continue;
    auto r = coordination->get(base + "/requests/" + id).json();
    EXPECT_EQ(r.at("status").as_string(), "nouvelle");
    EXPECT_TRUE(r.at("slot").is_null());
  }
}

TEST_F(SnpApi, ManyParallelBookingsOverAFewSlotsNeverDoubleBookOne) {
  auto slots = publish(*coordination, kMarseille7, "S2", "09:00", 5);
  std::vector<std::string> requests;
  for (int i = 0; i < 40; ++i) requests.push_back(create(*coordination, patient("Patient" + std::to_string(i))));
  std::vector<testing::HttpResult> answers(40);
  std::latch start(40);
  std::vector<std::thread> threads;
  for (int i = 0; i < 40; ++i) {
    threads.emplace_back([&, i] {
      ApiClient client = *coordination;
      start.arrive_and_wait();
      answers[i] = book(client, requests[i], slots[static_cast<std::size_t>(i) % slots.size()]);
    });
  }
  for (auto& t : threads) t.join();
  std::map<std::string, std::string> holder;  // slot → request, from the successful answers
  for (int i = 0; i < 40; ++i) {
    if (answers[i].status != 200u) continue;
    std::string slot(answers[i].json().at("slot").at("id").as_string());
    EXPECT_TRUE(holder.emplace(slot, requests[i]).second) << "slot " << slot << " booked twice";
  }
  EXPECT_EQ(holder.size(), slots.size());
  auto now = planning(*coordination);
  for (const auto& [slot, request] : holder) EXPECT_EQ(now.at(slot).second, request);
}

TEST_F(SnpApi, TheSearchGivesTheEarliestFreeSlotsWithinTheRadiusThenRemoteOnes) {
  std::string aix = publish(*coordination, kAix, "S3", "08:00").at(0);
  std::string m7 = publish(*coordination, kMarseille7, "S2", "09:00").at(0);
  auto m1 = publish(*coordination, kMarseille1, "S1", "09:30", 2);
  std::string remote = publish(*coordination, kMarseille1, "S1", "11:00", 1, "remote").at(0);
  std::string id = create(*coordination, patient("Durand"));
  auto ids = [&](const std::string& query) {
    auto answer = coordination->get(base + "/slot-search?" + query);
    EXPECT_EQ(answer.status, 200u) << answer.body;
    std::vector<std::string> out;
    json::value body = answer.json();
    for (const auto& item : body.at("items").as_array()) out.emplace_back(item.at("slot").at("id").as_string());
    return out;
  };
  // Aix is ~25 km from Marseille 1er: outside the 20 km default, inside 40 km.
  EXPECT_EQ(ids("request_id=" + id), (std::vector<std::string>{m7, m1[0], m1[1], remote}));
  EXPECT_EQ(ids("request_id=" + id + "&radius_km=40").front(), aix);
  EXPECT_EQ(ids("request_id=" + id + "&limit=2"), (std::vector<std::string>{m7, m1[0]}));
  EXPECT_EQ(ids("commune_code=13201&urgency=h48&mode=remote"), (std::vector<std::string>{remote}));
  EXPECT_EQ(ids("commune_code=13201&urgency=h48&mode=in_person").size(), 3u);
  // The first slot once booked by another request is no longer proposed.
  ASSERT_EQ(book(*coordination, create(*coordination, patient("Autre")), m7).status, 200u);
  EXPECT_EQ(ids("request_id=" + id).front(), m1[0]);
  // The distance and the site come with each proposal.
  auto first = coordination->get(base + "/slot-search?request_id=" + id).json().at("items").at(0);
  EXPECT_LT(first.at("distance_km").as_double(), 5.0);
  EXPECT_EQ(first.at("professional").at("id").as_string(), kMarseille1);
  EXPECT_EQ(coordination->get(base + "/slot-search?commune_code=13201&urgency=soon").status, 400u);
}

TEST_F(SnpApi, ARequestIsOrientedReorientedAndClosedWithItsTimeline) {
  auto slots = publish(*coordination, kMarseille1, "S1", "14:00", 2);
  // Within 48 hours: tomorrow at 14:00 in Paris is 13 to 37 hours away whenever the test runs (a
  // 24-hour window would miss it after 13:00 UTC).
  auto created = coordination->post(base + "/requests", patient("Martin", "h48"));
  ASSERT_EQ(created.status, 201u) << created.body;
  json::value request = created.json();
  std::string id(request.at("id").as_string());
  EXPECT_EQ(request.at("due_at").as_string(), add_minutes_utc(request.at("created_at").as_string(), 48 * 60));
  EXPECT_EQ(request.at("source").as_string(), "coordination");
  EXPECT_EQ(request.at("time_zone").as_string(), "Europe/Paris");  // the seat's, Marseille
  EXPECT_EQ(request.at("actions").as_array(), (json::array{"orient", "cancel"}));

  ASSERT_EQ(book(*coordination, id, slots[0]).status, 200u);
  auto moved = book(*coordination, id, slots[1]);
  ASSERT_EQ(moved.status, 200u) << moved.body;
  EXPECT_EQ(moved.json().at("slot").at("id").as_string(), slots[1]);
  EXPECT_TRUE(moved.json().at("within_window").as_bool());
  auto now = planning(*coordination);
  EXPECT_EQ(now.at(slots[0]).first, "free");  // re-orienting gave the first slot back
  EXPECT_EQ(now.at(slots[1]), (std::pair<std::string, std::string>{"booked", id}));

  auto seen = coordination->post(base + "/requests/" + id + "/outcome", json::object{{"outcome", "seen"}});
  ASSERT_EQ(seen.status, 200u) << seen.body;
  EXPECT_EQ(seen.json().at("status").as_string(), "cloturee");
  EXPECT_TRUE(seen.json().at("actions").as_array().empty());
  auto again = book(*coordination, id, slots[0]);
  EXPECT_EQ(again.status, 409u);
  EXPECT_EQ(rule_of(again), "not_open");
  json::value closed = seen.json();
  const auto& timeline = closed.at("timeline").as_array();
  ASSERT_EQ(timeline.size(), 4u);
  EXPECT_EQ(timeline[0].at("to").as_string(), "nouvelle");
  EXPECT_EQ(timeline[2].at("from").as_string(), "orientee");
  EXPECT_EQ(timeline[3].at("to").as_string(), "cloturee");

  // Another request sent elsewhere, then one cancelled with its slot released.
  std::string other = create(*coordination, patient("Bernard"));
  auto urgences = coordination->post(base + "/requests/" + other + "/orientation",
                                     json::object{{"orientation", "urgences"}, {"note", "douleur thoracique"}});
  EXPECT_EQ(urgences.status, 200u) << urgences.body;
  EXPECT_TRUE(urgences.json().at("slot").is_null());
  std::string third = create(*coordination, patient("Petit"));
  ASSERT_EQ(book(*coordination, third, slots[0]).status, 200u);
  auto cancelled = coordination->post(base + "/requests/" + third + "/cancel", json::object{{"reason", "a trouvé"}});
  EXPECT_EQ(cancelled.json().at("status").as_string(), "annulee");
  EXPECT_EQ(planning(*coordination).at(slots[0]).first, "free");
  // A booked slot cannot be cancelled by its publisher; a free one can.
  ASSERT_EQ(book(*coordination, create(*coordination, patient("Roche")), slots[0]).status, 200u);
  auto refused = coordination->request("DELETE", base + "/slots/" + slots[0]);
  EXPECT_EQ(refused.status, 409u);
  EXPECT_EQ(rule_of(refused), "slot_booked");
}

TEST_F(SnpApi, BadRequestsNameTheirFields) {
  auto body = patient("Nom");
  body.erase("urgency");
  body["reason_code"] = "grippe";
  body["phone"] = "12";
  auto answer = coordination->post(base + "/requests", body);
  ASSERT_EQ(answer.status, 400u);
  std::set<std::string> fields;
  json::value problem = answer.json();
  for (const auto& e : problem.at("errors").as_array()) fields.emplace(e.at("field").as_string());
  EXPECT_EQ(fields, (std::set<std::string>{"urgency", "reason_code", "phone"}));
  auto autre = patient("Nom");
  autre["reason_code"] = "autre";
  EXPECT_EQ(rule_of(coordination->post(base + "/requests", autre)), "required");
  auto past = coordination->post(base + "/slots", json::object{{"professional_id", kMarseille1}, {"site_key", "S1"},
                                                               {"date", "2020-01-01"}, {"start", "10:00"},
                                                               {"duration_minutes", 15}});
  EXPECT_EQ(past.status, 400u);
  EXPECT_EQ(rule_of(past), "past");
  auto no_site = coordination->post(base + "/slots", json::object{{"professional_id", kMarseille1}, {"site_key", "S9"},
                                                                  {"date", tomorrow}, {"start", "10:00"},
                                                                  {"duration_minutes", 15}});
  EXPECT_EQ(rule_of(no_site), "unknown_site");
  publish(*coordination, kMarseille1, "S1", "10:00");
  auto twice = coordination->post(base + "/slots", json::object{{"professional_id", kMarseille1}, {"site_key", "S1"},
                                                                {"date", tomorrow}, {"start", "10:00"},
                                                                {"duration_minutes", 15}});
  EXPECT_EQ(twice.status, 409u);
  EXPECT_EQ(rule_of(twice), "slot_overlaps");
}

TEST_F(SnpApi, EachSeesTheRequestsTheyMayAndActsAsTheyMay) {
  link("membre@demo.maillage.test", kMarseille1);
  auto doctor = server.signed_in("membre");
  auto regulator = server.signed_in("partenaire");
  // A member publishes for the professional they are, not for another.
  auto own = publish(*doctor, kMarseille1, "S1", "16:00");
  auto other = doctor->post(base + "/slots", json::object{{"professional_id", kMarseille7}, {"site_key", "S2"},
                                                          {"date", tomorrow}, {"start", "16:00"},
                                                          {"duration_minutes", 15}});
  EXPECT_EQ(other.status, 403u);
  EXPECT_EQ(regulator->post(base + "/slots", json::object{{"professional_id", kMarseille1}}).status, 403u);

  // The regulator enters and orients their request; the source says where it came from.
  auto body = patient("Garnier", "same_day");
  body["source"] = "regulation";
  std::string id = create(*regulator, body);
  ASSERT_EQ(book(*regulator, id, own.at(0)).status, 200u);
  EXPECT_EQ(regulator->get(base + "/requests/" + id).json().at("source").as_string(), "regulation");
  // The doctor whose slot was booked sees the patient and may record the outcome, not re-orient.
  auto seen_by_doctor = doctor->get(base + "/requests/" + id);
  ASSERT_EQ(seen_by_doctor.status, 200u);
  EXPECT_EQ(seen_by_doctor.json().at("actions").as_array(), (json::array{"outcome"}));
  EXPECT_EQ(doctor->post(base + "/requests/" + id + "/cancel", json::object{}).status, 403u);
  // The request is the regulator's, the doctor's and the coordination's only.
  std::string coordination_own = create(*coordination, patient("Lambert"));
  EXPECT_EQ(doctor->get(base + "/requests/" + coordination_own).status, 404u);
  EXPECT_EQ(regulator->get(base + "/requests/" + coordination_own).status, 404u);
  EXPECT_EQ(regulator->get(base + "/requests").json().at("total").as_int64(), 1);
  auto other_partner = server.new_account("sos@demo.maillage.test", "partner", kCpts);
  EXPECT_EQ(other_partner->get(base + "/requests/" + id).status, 404u);
  // The planning shows the booked slot to everyone, its request only to those who may see it.
  EXPECT_EQ(planning(*regulator).at(own.at(0)).second, id);
  EXPECT_EQ(planning(*other_partner).at(own.at(0)), (std::pair<std::string, std::string>{"booked", ""}));
  // Administrators and funders see no patient.
  EXPECT_EQ(server.signed_in("admin")->get(base + "/requests").status, 403u);
  EXPECT_EQ(server.signed_in("financeur")->get(base + "/requests").status, 403u);
  EXPECT_EQ(doctor->post(base + "/requests/" + id + "/outcome", json::object{{"outcome", "seen"}}).status, 200u);
  // Every read of the request was audited: the regulator's two (the request, the list), the doctor's.
  auto audit = coordination->get("/api/audit?action=snp_request.read").json();
  EXPECT_EQ(audit.at("items").as_array().size(), 3u);
}

TEST_F(SnpApi, TheSignedInAccountLearnsWhichProfessionalItIsWithItsSites) {
  auto member = server.signed_in("membre");
  const std::string path = "/api/session/professional";
  auto unlinked = member->get(path);
  ASSERT_EQ(unlinked.status, 200u) << unlinked.body;
  EXPECT_TRUE(unlinked.json().at("professional").is_null());

  link("membre@demo.maillage.test", kMarseille1);
  auto linked = member->get(path);
  ASSERT_EQ(linked.status, 200u) << linked.body;
  json::value body = linked.json();
  const json::value& professional = body.at("professional");
  EXPECT_EQ(professional.at("id").as_string(), kMarseille1);
  EXPECT_EQ(professional.at("name").as_string(), "Dr Hélène PETIT");
  EXPECT_EQ(professional.at("profession").as_string(), "Médecin");
  const auto& sites = professional.at("sites").as_array();
  ASSERT_EQ(sites.size(), 1u);
  EXPECT_EQ(sites[0].at("site_key").as_string(), "S1");
  EXPECT_EQ(sites[0].at("label").as_string(), "Cabinet S1");
  EXPECT_EQ(sites[0].at("commune_code").as_string(), "13201");
  EXPECT_EQ(sites[0].at("postcode").as_string(), "13002");
  // What it answers is what the member may publish for.
  publish(*member, kMarseille1, std::string(sites[0].at("site_key").as_string()), "17:00");
  // Other accounts are not that professional.
  EXPECT_TRUE(coordination->get(path).json().at("professional").is_null());

  // An API token is no professional.
  auto token = server.signed_in("admin")->post("/api/tokens", json::object{{"name", "agenda"}, {"role", "member"},
                                                                           {"cpts_id", cpts}, {"expires_in_days", 1}});
  ASSERT_EQ(token.status, 201u) << token.body;
  auto robot = server.anonymous();
  robot->set_bearer(std::string(token.json().at("token").as_string()));
  auto answer = robot->get(path);
  ASSERT_EQ(answer.status, 200u) << answer.body;
  EXPECT_TRUE(answer.json().at("professional").is_null());
}

TEST_F(SnpApi, PatternsPublishTheirWeeksAndICalendarFeedsStayInStep) {
  std::string from = add_days(today_utc(), 2), until = add_days(today_utc(), 15);  // 14 days: two of each weekday
  auto pattern = coordination->post(base + "/patterns",
                                    json::object{{"professional_id", kMarseille7}, {"site_key", "S2"},
                                                 {"weekdays", json::array{1, 2, 3, 4, 5}}, {"start_time", "18:00"},
                                                 {"slot_minutes", 20}, {"slot_count", 3}, {"valid_from", from},
                                                 {"valid_until", until}, {"exceptions", json::array{add_days(from, 7)}}});
  ASSERT_EQ(pattern.status, 201u) << pattern.body;
  // Ten weekdays in 14 days, less the exception when it falls on one: 9 or 10 days of 3 slots.
  std::tm exception{};
  strptime((add_days(from, 7) + " 12:00").c_str(), "%Y-%m-%d %H:%M", &exception);
  std::time_t noon = timegm(&exception);
  gmtime_r(&noon, &exception);
  bool on_a_weekday = exception.tm_wday >= 1 && exception.tm_wday <= 5;
  EXPECT_EQ(pattern.json().at("created").as_int64(), on_a_weekday ? 27 : 30);
  std::string pattern_id(pattern.json().at("pattern").at("id").as_string());
  EXPECT_EQ(coordination->request("DELETE", base + "/patterns/" + pattern_id).status, 204u);
  auto week = coordination->get(base + "/slots?from=" + from + "&to=" + until + "&status=free").json();
  EXPECT_EQ(week.at("total").as_int64(), 0);  // its free slots went with it

  // An .ics with a weekly event for three weeks and one exception, in Europe/Paris.
  std::string day = add_days(today_utc(), 3);
  std::string compact = day.substr(0, 4) + day.substr(5, 2) + day.substr(8, 2);
  std::string ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:snp-1@test\r\n"
                    "DTSTART;TZID=Europe/Paris:" + compact + "T120000\r\nDTEND;TZID=Europe/Paris:" + compact +
                    "T124500\r\nRRULE:FREQ=WEEKLY;COUNT=3\r\nEXDATE;TZID=Europe/Paris:" + compact +
                    "T120000\r\nSUMMARY:SNP\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
  json::object import{{"filename", "agenda.ics"}, {"content", ics}, {"professional_id", kMarseille1},
                      {"site_key", "S1"}, {"slot_minutes", 15}};
  auto first = coordination->post(base + "/slot-imports", import);
  ASSERT_EQ(first.status, 200u) << first.body;
  EXPECT_EQ(first.json().at("created").as_int64(), 6);  // two weeks (one excluded) × three 15-minute slots
  auto second = coordination->post(base + "/slot-imports", import);
  EXPECT_EQ(second.json().at("created").as_int64(), 0);
  EXPECT_EQ(second.json().at("unchanged").as_int64(), 6);
  import["content"] = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:2026-13-01\r\nEND:VEVENT\r\n"
                      "END:VCALENDAR\r\n";
  auto malformed = coordination->post(base + "/slot-imports", import);
  ASSERT_EQ(malformed.status, 400u);
  EXPECT_EQ(rule_of(malformed), "ical_syntax");
  EXPECT_EQ(malformed.json().at("line").as_int64(), 5);
  EXPECT_EQ(std::string(malformed.json().at("detail").as_string()).substr(0, 12), "agenda.ics:5");

  // The same feed downloaded by a scheduled job and given to the command line: nothing new; a
  // malformed one names its line and changes nothing.
  auto path = server.dir().path() / "agenda.ics";
  std::ofstream(path) << ics;
  auto cli = testing::run_maillage({"import", "ical", path.string(), "--cpts", kCpts, "--professional", kMarseille1,
                                    "--site", "S1", "--slot-minutes", "15", "--db", server.database().string()});
  EXPECT_EQ(cli.status, 0) << cli.output;
  EXPECT_NE(cli.output.find("6 slot(s) read; 0 created, 0 moved, 6 unchanged"), std::string::npos) << cli.output;
  std::ofstream(path) << "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:a\nDTSTART:nope\nEND:VEVENT\nEND:VCALENDAR\n";
  auto bad = testing::run_maillage({"import", "ical", path.string(), "--cpts", kCpts, "--professional", kMarseille1,
                                    "--site", "S1", "--db", server.database().string()});
  EXPECT_NE(bad.status, 0);
  EXPECT_NE(bad.output.find("agenda.ics:4: "), std::string::npos) << bad.output;
}

TEST_F(SnpApi, ThePurgeRemovesTheIdentitiesOfRequestsEndedLongAgo) {
  std::string closed = create(*coordination, patient("Aubert"));
  coordination->post(base + "/requests/" + closed + "/cancel", json::object{{"reason", "Mme Aubert a appelé"}});
  std::string waiting = create(*coordination, patient("Caron"));
  sql("UPDATE snp_requests SET status_since = '2025-01-01T00:00:00Z' WHERE id = '" + closed + "'");
  auto purge = testing::run_maillage({"purge", "--db", server.database().string()});
  EXPECT_EQ(purge.status, 0) << purge.output;
  auto r = coordination->get(base + "/requests/" + closed).json();
  for (const auto& field : {"last_name", "first_name", "birth_date", "phone"}) {
    EXPECT_TRUE(r.at("patient").at(field).is_null()) << field;
  }
  EXPECT_FALSE(r.at("purged_at").is_null());
  EXPECT_EQ(r.at("reason_code").as_string(), "fievre");
  for (const auto& e : r.at("timeline").as_array()) EXPECT_TRUE(e.at("detail").is_null());
  EXPECT_EQ(coordination->get(base + "/requests/" + waiting).json().at("patient").at("last_name").as_string(), "Caron");
  EXPECT_EQ(coordination->get("/api/audit?action=snp_request.purge").json().at("items").as_array().size(), 1u);
}

TEST_F(SnpApi, TheInventoryIsKeptByTheCoordinationAndItsPublishedPartIsPublic) {
  json::object msp{{"kind", "msp"},
                   {"name", "MSP du Panier"},
                   {"commune_code", "13202"},
                   {"services", json::array{"sutures", "ECG"}},
                   {"hours", json::array{json::object{{"weekday", 1}, {"opens", "08:00"}, {"closes", "20:00"}}}},
                   {"professionals", json::array{kMarseille1}},
                   {"public", true}};
  auto created = coordination->post(base + "/resources", msp);
  ASSERT_EQ(created.status, 201u) << created.body;
  EXPECT_EQ(std::string(created.json().at("professionals").at(0).at("name").as_string()).substr(0, 3), "Dr ");
  msp["name"] = "Cabinet privé";
  msp["public"] = false;
  msp["kind"] = "cabinet_horaires_elargis";
  ASSERT_EQ(coordination->post(base + "/resources", msp).status, 201u);
  auto bad = coordination->post(base + "/resources", json::object{{"kind", "hopital"}, {"name", "X"},
                                                                 {"commune_code", "99999"},
                                                                 {"hours", json::array{json::object{{"weekday", 9}}}}});
  ASSERT_EQ(bad.status, 400u);
  EXPECT_EQ(bad.json().at("errors").as_array().size(), 3u);
  EXPECT_EQ(server.signed_in("membre")->post(base + "/resources", msp).status, 403u);
  auto list = server.signed_in("financeur")->get(base + "/resources");
  EXPECT_EQ(list.json().at("total").as_int64(), 2);
  auto published = server.anonymous()->get("/api/public/cpts/" + cpts + "/snp-resources");
  ASSERT_EQ(published.status, 200u) << published.body;
  ASSERT_EQ(published.json().at("items").as_array().size(), 1u);
  EXPECT_EQ(published.json().at("items").at(0).at("name").as_string(), "MSP du Panier");
  EXPECT_FALSE(published.json().at("items").at(0).at("professionals").at(0).as_object().contains("id"));
  auto csv = server.anonymous()->get("/api/public/cpts/" + cpts + "/snp-resources?format=csv");
  EXPECT_NE(csv.body.find("msp;MSP du Panier"), std::string::npos) << csv.body;
  EXPECT_NE(csv.body.find("lundi 08:00-20:00"), std::string::npos) << csv.body;
  EXPECT_EQ(server.anonymous()->get("/api/public/cpts/nope/snp-resources").status, 404u);
}

TEST(SnpDemo, TheSandboxHasResourcesWeeksOfSlotsAndRequests) {
  testing::TempDir files;
  std::string out = (files.path() / "directory").string();
  testing::DemoServer server({{"generate", "directory", "--out", out, "--cpts-territories"},
                              {"import", "rpps", out + "/rpps.txt"},
                              {"demo"}});
  std::string base = "/api/cpts/" + server.cpts_id(kCpts) + "/snp";
  auto coordination = server.signed_in("coordination");
  EXPECT_EQ(coordination->get(base + "/resources").json().at("total").as_int64(), 2);
  EXPECT_EQ(coordination->get(base + "/patterns").json().at("items").as_array().size(), 3u);
  auto requests = coordination->get(base + "/requests").json();
  ASSERT_EQ(requests.at("total").as_int64(), 2);
  std::string week_end = add_days(today_utc(), 7);
  auto week = coordination->get(base + "/slots?from=" + today_utc() + "&to=" + week_end).json();
  EXPECT_GT(week.at("total").as_int64(), 50);
  EXPECT_EQ(week.at("sites").as_array().size(), 3u);
  // A request proposes slots of the next 48 hours near the patient.
  std::string id(requests.at("items").at(0).at("id").as_string());
  auto found = coordination->get(base + "/slot-search?request_id=" + id + "&radius_km=30").json();
  EXPECT_FALSE(found.at("items").as_array().empty());
  EXPECT_EQ(server.anonymous()->get("/api/public/cpts/" + server.cpts_id(kCpts) + "/snp-resources").json()
                .at("items").as_array().size(), 2u);
}

}  // namespace
}  // namespace maillage
