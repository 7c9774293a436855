// The unscheduled-care indicators through the API, on the demo (CPTS Démo du Vieux-Port) with
// three GPs imported into the directory: a seeded random mix of 40 requests (every source and
// urgency), slots at hours from now, orientations to slots or elsewhere, re-orientations,
// outcomes and cancellations is made through the API; then every figure of GET indicators (JSON
// and CSV) and of the SAS weekly summary is checked against a computation made here, from what
// the test did and the times the API returned. Weeks are computed with the C library's own ISO
// weeks (strftime %G-W%V) in Europe/Paris, not with the server's code.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <cstdlib>
#include <ctime>
#include <map>
#include <random>
#include <set>
#include <sstream>

#include "platform/time/local_time.h"
#include "support/demo_server.h"
#include "support/rpps_file.h"

namespace maillage {
namespace {

namespace json = boost::json;
using testing::ApiClient;

constexpr const char* kCpts = "CPTS Démo du Vieux-Port";
constexpr const char* kZone = "Europe/Paris";
const std::vector<std::string> kDoctors = {"810000000001", "810000000002", "810000000003"};
const std::vector<std::string> kSites = {"S1", "S2", "S3"};
const std::vector<std::string> kSources = {"coordination", "regulation", "pharmacy", "member", "partner"};
const std::vector<std::string> kUrgencies = {"same_day", "h24", "h48"};
const std::vector<std::string> kElsewhere = {"urgences", "teleconsultation", "pharmacien", "autre"};
const std::vector<std::string> kOutcomes = {"seen", "not_seen", "redirected"};

std::string str(const json::value& v) { return v.is_null() ? std::string() : std::string(v.as_string()); }

/// Local time in Paris through the C library (TZ), formatted with strftime.
std::string paris(const std::string& utc, const char* format) {
  std::tm t{};
  strptime(utc.c_str(), "%Y-%m-%dT%H:%M:%SZ", &t);
  std::time_t seconds = timegm(&t);
  std::tm local{};
  localtime_r(&seconds, &local);
  char out[32];
  std::strftime(out, sizeof out, format, &local);
  return out;
}

std::string now_utc() {
  std::time_t now = std::time(nullptr);
  std::tm t{};
  gmtime_r(&now, &t);
  char out[32];
  std::strftime(out, sizeof out, "%Y-%m-%dT%H:%M:%SZ", &t);
  return out;
}

/// `date` ("YYYY-MM-DD") plus `days`, through mktime at local noon.
std::string date_plus(const std::string& date, int days) {
  std::tm t{};
  strptime((date + " 12:00").c_str(), "%Y-%m-%d %H:%M", &t);
  t.tm_mday += days;
  t.tm_isdst = -1;
  std::mktime(&t);
  char out[16];
  std::strftime(out, sizeof out, "%Y-%m-%d", &t);
  return out;
}

std::string iso_week_of_date(const std::string& date) {
  std::tm t{};
  strptime((date + " 12:00").c_str(), "%Y-%m-%d %H:%M", &t);
  t.tm_isdst = -1;
  std::mktime(&t);
  char out[16];
  std::strftime(out, sizeof out, "%G-W%V", &t);
  return out;
}

/// The cells of a `;`-separated CSV (after its byte-order mark), one vector per line.
std::vector<std::vector<std::string>> csv_lines(std::string text) {
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
  std::vector<std::vector<std::string>> out;
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    std::vector<std::string> cells;
    std::istringstream in(line);
    for (std::string cell; std::getline(in, cell, ';');) cells.push_back(cell);
    out.push_back(cells);
  }
  return out;
}

/// What the test knows of a slot.
struct Slot {
  std::string id, professional, starts_at;
  std::string status = "free";  // free, booked, cancelled
};

/// What the test knows of a request: what it asked, and the times the API returned.
struct Req {
  std::string id, source, urgency, status = "nouvelle";
  std::string created_at, due_at, orientation, oriented_at, outcome;
  std::string slot;  // the slot it holds (orientation slot)
  std::string slot_professional, slot_starts_at;
};

class SnpIndicatorsApi : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    setenv("TZ", kZone, 1);
    tzset();
    file_dir = std::make_unique<testing::TempDir>();
    rpps = testing::write_rpps_file(
        file_dir->path() / "rpps.txt", testing::kRppsHeader,
        {testing::rpps_practitioner("10000000001", "PETIT", "S1", "13201", "04 91 00 00 01"),
         testing::rpps_practitioner("10000000002", "ROUX", "S2", "13207", "04 91 00 00 02"),
         testing::rpps_practitioner("10000000003", "BLANC", "S3", "13001", "04 42 00 00 03")});
  }
  static void TearDownTestSuite() { file_dir.reset(); }

  SnpIndicatorsApi() : server({{"import", "rpps", rpps.string()}}) {
    base = "/api/cpts/" + server.cpts_id(kCpts) + "/snp";
    coordination = server.signed_in("coordination");
  }

  /// Two slots of 15 minutes of `doctor` from about `hours` from now (local time, on a 5-minute mark).
  void publish(std::size_t doctor, int hours) {
    std::string utc = add_minutes_utc(now_utc(), hours * 60);
    std::string local = paris(utc, "%Y-%m-%dT%H:%M");
    int minute = std::stoi(local.substr(14, 2)) / 5 * 5;
    auto answer = coordination->post(base + "/slots", json::object{{"professional_id", kDoctors[doctor]},
                                                                   {"site_key", kSites[doctor]},
                                                                   {"date", local.substr(0, 10)},
                                                                   {"start", fmt::format("{}:{:02}", local.substr(11, 2), minute)},
                                                                   {"duration_minutes", 15},
                                                                   {"count", 2},
                                                                   {"mode", "in_person"}});
    ASSERT_EQ(answer.status, 201u) << answer.body;
    json::value body = answer.json();
    for (const auto& s : body.at("items").as_array()) {
      slots.push_back({str(s.at("id")), kDoctors[doctor], str(s.at("starts_at"))});
    }
  }

  /// Keeps what the API answered about a request.
  void keep(Req& r, const testing::HttpResult& answer) {
    ASSERT_EQ(answer.status / 100, 2u) << answer.body;
    json::value body = answer.json();
    r.status = str(body.at("status"));
    r.created_at = str(body.at("created_at"));
    r.due_at = str(body.at("due_at"));
    r.orientation = str(body.at("orientation"));
    r.oriented_at = str(body.at("oriented_at"));
    r.outcome = str(body.at("outcome"));
  }

  Slot* slot_by_id(const std::string& id) {
    for (auto& s : slots) {
      if (s.id == id) return &s;
    }
    return nullptr;
  }

  void release(Req& r) {
    if (r.slot.empty()) return;
    slot_by_id(r.slot)->status = "free";
    r.slot.clear();
    r.slot_professional.clear();
    r.slot_starts_at.clear();
  }

  void orient(Req& r, std::mt19937& random) {
    std::vector<Slot*> free;
    for (auto& s : slots) {
      if (s.status == "free") free.push_back(&s);
    }
    bool to_slot = !free.empty() && random() % 100 < 60;
    json::object body{{"orientation", to_slot ? "slot" : kElsewhere[random() % kElsewhere.size()]}};
    Slot* chosen = to_slot ? free[random() % free.size()] : nullptr;
    if (chosen) body["slot_id"] = chosen->id;
    auto answer = coordination->post(base + "/requests/" + r.id + "/orientation", body);
    keep(r, answer);
    release(r);  // a re-orientation gives the previous slot back
    if (chosen) {
      chosen->status = "booked";
      r.slot = chosen->id;
      r.slot_professional = chosen->professional;
      r.slot_starts_at = chosen->starts_at;
    }
  }

  /// Creates the seeded mix of requests and slots.
  void make_activity() {
    std::mt19937 random(2026);
    for (std::size_t d = 0; d < kDoctors.size(); ++d) {
      for (int hours : {2, 6, 20, 30, 40, 60, 80}) publish(d, hours + static_cast<int>(d));
    }
    for (int i = 0; i < 40; ++i) {
      Req r;
      r.source = kSources[random() % kSources.size()];
      r.urgency = kUrgencies[random() % kUrgencies.size()];
      json::object body{{"last_name", fmt::format("Patient{}", i)}, {"first_name", "Jeanne"},
                        {"birth_date", "1980-05-04"}, {"sex", "F"}, {"commune_code", "13201"},
                        {"phone", "06 12 34 56 78"}, {"consent_on", paris(now_utc(), "%Y-%m-%d")},
                        {"reason_code", "fievre"}, {"urgency", r.urgency}, {"source", r.source}};
      auto created = coordination->post(base + "/requests", body);
      r.id = created.status == 201u ? str(created.json().at("id")) : std::string();
      keep(r, created);
      unsigned roll = random() % 100;
      if (roll < 15) {
        // left waiting
      } else if (roll < 25) {
        keep(r, coordination->post(base + "/requests/" + r.id + "/cancel", json::object{}));
      } else {
        orient(r, random);
        if (random() % 100 < 25) orient(r, random);
        unsigned then = random() % 100;
        if (then < 45) {
          keep(r, coordination->post(base + "/requests/" + r.id + "/outcome",
                                     json::object{{"outcome", kOutcomes[random() % kOutcomes.size()]}}));
        } else if (then < 60) {
          keep(r, coordination->post(base + "/requests/" + r.id + "/cancel", json::object{}));
          release(r);
        }
      }
      requests.push_back(r);
    }
    // A few free slots withdrawn.
    for (int cancelled = 0; cancelled < 5;) {
      Slot& s = slots[random() % slots.size()];
      if (s.status != "free") continue;
      auto answer = coordination->request("DELETE", base + "/slots/" + s.id);
      ASSERT_EQ(answer.status, 204u) << answer.body;
      s.status = "cancelled";
      ++cancelled;
    }
  }

  static bool oriented(const Req& r) { return r.status == "orientee" || r.status == "cloturee"; }

  /// Oriented before the end of the window and, for a slot, a slot starting before it.
  static bool within(const Req& r) {
    return oriented(r) && r.oriented_at <= r.due_at && (r.orientation != "slot" || r.slot_starts_at < r.due_at);
  }

  static inline std::unique_ptr<testing::TempDir> file_dir;
  static inline std::filesystem::path rpps;
  testing::DemoServer server;
  std::string base;
  std::unique_ptr<ApiClient> coordination;
  std::vector<Slot> slots;
  std::vector<Req> requests;
};

TEST_F(SnpIndicatorsApi, EveryFigureEqualsAnIndependentComputation) {
  std::string today = paris(now_utc(), "%Y-%m-%d");
  std::string from = date_plus(today, -1), to = date_plus(today, 5);
  std::string query = base + "/indicators?from=" + from + "&to=" + to;
  auto before = coordination->get(query);
  ASSERT_EQ(before.status, 200u) << before.body;
  ASSERT_EQ(before.json().at("requests").at("total").as_int64(), 0) << "the demo has no unscheduled care yet";
  ASSERT_EQ(before.json().at("slots").at("published").as_int64(), 0);

  make_activity();
  if (HasFatalFailure()) return;

  // --- The expected figures, from what was done.
  std::map<std::string, std::int64_t> by_status, by_source, by_urgency, by_orientation, by_outcome;
  for (const char* s : {"nouvelle", "orientee", "cloturee", "annulee"}) by_status[s] = 0;
  for (const auto& s : kSources) by_source[s] = 0;
  for (const auto& u : kUrgencies) by_urgency[u] = 0;
  for (const char* o : {"slot", "urgences", "teleconsultation", "pharmacien", "autre"}) by_orientation[o] = 0;
  for (const auto& o : kOutcomes) by_outcome[o] = 0;
  std::map<std::pair<std::string, std::string>, std::int64_t> by_pair;
  std::map<std::string, std::pair<std::int64_t, std::int64_t>> window_by_urgency;  // oriented, within
  std::int64_t n_oriented = 0, n_within = 0;
  struct Week {
    std::int64_t published = 0, booked = 0, requests = 0, oriented = 0, within = 0;
  };
  std::map<std::string, Week> weeks;
  for (std::string day = from; day <= to; day = date_plus(day, 1)) weeks[iso_week_of_date(day)];
  struct Pro {
    std::int64_t published = 0, booked = 0, regulation = 0, seen = 0;
  };
  std::map<std::string, Pro> pros;
  for (const auto& r : requests) {
    ++by_status[r.status];
    ++by_source[r.source];
    ++by_urgency[r.urgency];
    ++by_pair[{r.source, r.urgency}];
    Week& week = weeks[paris(r.created_at, "%G-W%V")];
    ++week.requests;
    if (!oriented(r)) continue;
    ++by_orientation[r.orientation];
    if (!r.outcome.empty()) ++by_outcome[r.outcome];
    ++n_oriented;
    ++window_by_urgency[r.urgency].first;
    ++week.oriented;
    if (within(r)) {
      ++n_within;
      ++window_by_urgency[r.urgency].second;
      ++week.within;
    }
    if (r.orientation == "slot") {
      if (r.source == "regulation") ++pros[r.slot_professional].regulation;
      if (r.outcome == "seen") ++pros[r.slot_professional].seen;
    }
  }
  std::int64_t published = 0, booked = 0, cancelled = 0;
  for (const auto& s : slots) {
    Pro& pro = pros[s.professional];
    if (s.status == "cancelled") {
      ++cancelled;
      continue;
    }
    Week& week = weeks[paris(s.starts_at, "%G-W%V")];
    ++published;
    ++week.published;
    ++pro.published;
    if (s.status == "booked") {
      ++booked;
      ++week.booked;
      ++pro.booked;
    }
  }
  // The mix exercises every branch.
  EXPECT_GT(n_within, 0);
  EXPECT_LT(n_within, n_oriented);
  EXPECT_GT(by_status["annulee"], 0);
  EXPECT_GT(booked, 0);

  // --- What the server says.
  auto answer = server.signed_in("financeur")->get(query);
  ASSERT_EQ(answer.status, 200u) << answer.body;
  json::value got = answer.json();
  EXPECT_EQ(got.at("from").as_string(), from);
  EXPECT_EQ(got.at("to").as_string(), to);
  EXPECT_EQ(got.at("time_zone").as_string(), kZone);
  const auto& req = got.at("requests");
  auto as_object = [](const std::map<std::string, std::int64_t>& counts) {
    json::object out;
    for (const auto& [k, n] : counts) out[k] = n;
    return out;
  };
  EXPECT_EQ(req.at("total").as_int64(), 40);
  EXPECT_EQ(req.at("by_status"), as_object(by_status));
  EXPECT_EQ(req.at("by_source"), as_object(by_source));
  EXPECT_EQ(req.at("by_urgency"), as_object(by_urgency));
  EXPECT_EQ(req.at("by_orientation"), as_object(by_orientation));
  EXPECT_EQ(req.at("by_outcome"), as_object(by_outcome));
  const auto& pairs = req.at("by_source_urgency").as_array();
  EXPECT_EQ(pairs.size(), kSources.size() * kUrgencies.size());
  for (const auto& p : pairs) {
    EXPECT_EQ(p.at("count").as_int64(), (by_pair[{str(p.at("source")), str(p.at("urgency"))}]))
        << json::serialize(p);
  }

  auto expect_window = [](const json::value& w, std::int64_t oriented, std::int64_t in_time, const std::string& what) {
    EXPECT_EQ(w.at("oriented").as_int64(), oriented) << what;
    EXPECT_EQ(w.at("within").as_int64(), in_time) << what;
    if (oriented == 0) EXPECT_TRUE(w.at("share").is_null()) << what;
    else EXPECT_DOUBLE_EQ(w.at("share").to_number<double>(), static_cast<double>(in_time) / static_cast<double>(oriented)) << what;
  };
  const auto& window = got.at("within_window");
  expect_window(window, n_oriented, n_within, "all");
  for (const auto& u : kUrgencies) {
    expect_window(window.at("by_urgency").at(u), window_by_urgency[u].first, window_by_urgency[u].second, u);
  }

  const auto& slot_figures = got.at("slots");
  EXPECT_EQ(slot_figures.at("published").as_int64(), published);
  EXPECT_EQ(slot_figures.at("booked").as_int64(), booked);
  EXPECT_EQ(slot_figures.at("cancelled").as_int64(), cancelled);
  EXPECT_DOUBLE_EQ(slot_figures.at("use_rate").to_number<double>(),
                   static_cast<double>(booked) / static_cast<double>(published));

  const auto& got_weeks = got.at("weeks").as_array();
  ASSERT_EQ(got_weeks.size(), weeks.size());
  auto expected_week = weeks.begin();
  for (const auto& w : got_weeks) {
    const auto& [name, e] = *expected_week++;
    EXPECT_EQ(w.at("week").as_string(), name);
    EXPECT_EQ(w.at("published").as_int64(), e.published) << name;
    EXPECT_EQ(w.at("booked").as_int64(), e.booked) << name;
    EXPECT_EQ(w.at("requests").as_int64(), e.requests) << name;
    EXPECT_EQ(w.at("oriented").as_int64(), e.oriented) << name;
    EXPECT_EQ(w.at("within").as_int64(), e.within) << name;
  }

  const auto& got_pros = got.at("professionals").as_array();
  ASSERT_EQ(got_pros.size(), pros.size());
  std::set<std::string> names;
  for (const auto& p : got_pros) {
    std::string id = str(p.at("id"));
    ASSERT_TRUE(pros.count(id)) << id;
    const Pro& e = pros[id];
    EXPECT_EQ(p.at("published").as_int64(), e.published) << id;
    EXPECT_EQ(p.at("booked").as_int64(), e.booked) << id;
    EXPECT_EQ(p.at("oriented_by_regulation").as_int64(), e.regulation) << id;
    EXPECT_EQ(p.at("seen").as_int64(), e.seen) << id;
    EXPECT_EQ(p.at("profession").as_string(), "Médecin");
    names.insert(str(p.at("name")));
  }
  EXPECT_EQ(names, (std::set<std::string>{"Dr Hélène BLANC", "Dr Hélène PETIT", "Dr Hélène ROUX"}));

  // --- The same weeks as CSV, then the period's total.
  auto csv = coordination->get(query + "&format=csv");
  ASSERT_EQ(csv.status, 200u) << csv.body;
  auto lines = csv_lines(csv.body);
  ASSERT_EQ(lines.size(), weeks.size() + 2);
  EXPECT_EQ(lines[0].at(0), "semaine");
  std::size_t row = 1;
  for (const auto& [name, e] : weeks) {
    EXPECT_EQ(lines[row], (std::vector<std::string>{name, std::to_string(e.published), std::to_string(e.booked),
                                                    std::to_string(e.requests), std::to_string(e.oriented),
                                                    std::to_string(e.within)}));
    ++row;
  }
  EXPECT_EQ(lines[row], (std::vector<std::string>{"total", std::to_string(published), std::to_string(booked), "40",
                                                  std::to_string(n_oriented), std::to_string(n_within)}));
}

TEST_F(SnpIndicatorsApi, TheSasSummaryOfAWeekHasOneLinePerProfessional) {
  make_activity();
  if (HasFatalFailure()) return;
  std::string week = paris(now_utc(), "%G-W%V");
  struct Line {
    std::int64_t published = 0, booked = 0, regulation = 0, seen = 0;
  };
  std::map<std::string, Line> expected;  // by RPPS
  auto rpps = [](const std::string& national_id) { return national_id.substr(1); };
  for (const auto& s : slots) {
    if (paris(s.starts_at, "%G-W%V") != week) continue;
    Line& line = expected[rpps(s.professional)];
    if (s.status == "cancelled") continue;
    ++line.published;
    if (s.status == "booked") ++line.booked;
  }
  for (const auto& r : requests) {
    if (paris(r.created_at, "%G-W%V") != week || !oriented(r) || r.orientation != "slot") continue;
    Line& line = expected[rpps(r.slot_professional)];
    if (r.source == "regulation") ++line.regulation;
    if (r.outcome == "seen") ++line.seen;
  }

  auto answer = coordination->get(base + "/sas-summary?week=" + week);
  ASSERT_EQ(answer.status, 200u) << answer.body;
  EXPECT_NE(answer.header("content-type").find("text/csv"), std::string::npos);
  auto lines = csv_lines(answer.body);
  ASSERT_EQ(lines.size(), expected.size() + 1);
  EXPECT_EQ(lines[0], (std::vector<std::string>{"rpps", "nom", "profession", "créneaux publiés", "créneaux réservés",
                                                "demandes orientées par la régulation", "patients vus"}));
  std::set<std::string> seen_rpps;
  for (std::size_t i = 1; i < lines.size(); ++i) {
    const auto& cells = lines[i];
    ASSERT_EQ(cells.size(), 7u);
    ASSERT_TRUE(expected.count(cells[0])) << cells[0];
    seen_rpps.insert(cells[0]);
    const Line& e = expected[cells[0]];
    EXPECT_EQ(cells[1].rfind("Dr Hélène ", 0), 0u) << cells[1];
    EXPECT_EQ(cells[2], "Médecin");
    EXPECT_EQ(cells[3], std::to_string(e.published)) << cells[0];
    EXPECT_EQ(cells[4], std::to_string(e.booked)) << cells[0];
    EXPECT_EQ(cells[5], std::to_string(e.regulation)) << cells[0];
    EXPECT_EQ(cells[6], std::to_string(e.seen)) << cells[0];
  }
  EXPECT_EQ(seen_rpps.size(), expected.size());

  // A week that is not one, a period too long, an unknown format: 400 naming the parameter.
  auto field_of = [](const testing::HttpResult& a) { return str(a.json().at("errors").at(0).at("field")); };
  auto bad_week = coordination->get(base + "/sas-summary?week=2025-W53");
  EXPECT_EQ(bad_week.status, 400u);
  EXPECT_EQ(field_of(bad_week), "week");
  auto too_long = coordination->get(base + "/indicators?from=2025-01-01&to=2026-01-02");
  EXPECT_EQ(too_long.status, 400u);
  EXPECT_EQ(field_of(too_long), "to");
  auto bad_format = coordination->get(base + "/indicators?format=xlsx");
  EXPECT_EQ(bad_format.status, 400u);
  EXPECT_EQ(field_of(bad_format), "format");
  // The default period: the last 28 days up to today.
  auto by_default = coordination->get(base + "/indicators");
  ASSERT_EQ(by_default.status, 200u);
  EXPECT_EQ(by_default.json().at("to").as_string(), paris(now_utc(), "%Y-%m-%d"));
  EXPECT_EQ(by_default.json().at("from").as_string(), date_plus(paris(now_utc(), "%Y-%m-%d"), -27));
  EXPECT_EQ(by_default.json().at("requests").at("total").as_int64(), 40);
}

}  // namespace
}  // namespace maillage
