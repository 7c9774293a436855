// Finding a médecin traitant through the API, on the demo (CPTS Démo du Vieux-Port) with two GPs
// imported into the directory: the census, a request registered by a partner pharmacy, refused by
// one doctor and proposed again until it is declared and closed — every transition in the
// timeline and in the audit log, the places of the census taken on acceptance — and who sees what:
// the coordination everything, a partner what it referred, a doctor what is proposed to them,
// funders and administrators no identity, another CPTS nothing.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "app/database_setup.h"
#include "platform/util/time.h"
#include "support/command.h"
#include "support/demo_server.h"
#include "support/local_dates.h"
#include "support/rpps_file.h"

namespace maillage {
namespace {

namespace json = boost::json;
using testing::ApiClient;

constexpr const char* kCpts = "CPTS Démo du Vieux-Port";
const std::string kDoctor1 = "810000000001", kDoctor2 = "810000000002";

class MtRequestsApi : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    file_dir = std::make_unique<testing::TempDir>();
    rpps = testing::write_rpps_file(file_dir->path() / "rpps.txt", testing::kRppsHeader,
                                    {testing::rpps_practitioner("10000000001", "PETIT", "S1", "13201", "04 91 00 00 01"),
                                     testing::rpps_practitioner("10000000002", "ROUX", "S2", "13207", "04 91 00 00 02")});
  }
  static void TearDownTestSuite() { file_dir.reset(); }

  MtRequestsApi() : server({{"import", "rpps", rpps.string()}}) {
    cpts = server.cpts_id(kCpts);
    base = "/api/cpts/" + cpts;
    coordination = server.signed_in("coordination");
    // The demo member, Dr Marc Petit, is the first GP of the directory.
    auto admin = server.signed_in("admin");
    auto linked = admin->request("PUT", "/api/users/" + server.user_id("membre@demo.maillage.test") + "/professional",
                                 json::serialize(json::object{{"professional_id", kDoctor1}}));
    EXPECT_EQ(linked.status, 200u) << linked.body;
  }

  json::value declare(const std::string& doctor, const std::string& site, json::object body) {
    auto answer = coordination->request("PUT", base + "/mt-census/" + doctor + "/" + site, json::serialize(body));
    EXPECT_EQ(answer.status, 200u) << answer.body;
    return answer.json();
  }

  static json::object patient(const std::string& last_name, const std::string& birth_date) {
    return {{"last_name", last_name}, {"first_name", "Jeanne"},    {"birth_date", birth_date},
            {"sex", "F"},             {"commune_code", "13201"}, {"postcode", "13001"},
            {"phone", "06 12 34 56 78"}, {"consent_on", "2026-11-02"}};
  }

  std::string create(ApiClient& client, const json::object& body) {
    auto answer = client.post(base + "/mt-requests", body);
    EXPECT_EQ(answer.status, 201u) << answer.body;
    return answer.status == 201u ? std::string(answer.json().at("id").as_string()) : std::string();
  }

  testing::HttpResult move(ApiClient& client, const std::string& id, json::object body) {
    return client.post(base + "/mt-requests/" + id + "/transitions", body);
  }

  /// Changes the database behind the server's back: time passing, in these tests.
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
  std::string cpts, base;
  std::unique_ptr<ApiClient> coordination;
};

TEST_F(MtRequestsApi, FromRegistrationToDeclarationWithARefusalAndAProposalAgain) {
  declare(kDoctor1, "S1", {{"accepts", true}, {"places", 2}, {"valid_until", "2099-12-31"}, {"channel", "phone"}});
  declare(kDoctor2, "S2", {{"accepts", true}, {"valid_until", "2099-12-31"}});
  auto partner = server.signed_in("partenaire");
  auto doctor = server.signed_in("membre");

  std::string id = create(*partner, patient("Lefèvre", "1950-03-01"));
  auto created = partner->get(base + "/mt-requests/" + id).json();
  EXPECT_EQ(created.at("status").as_string(), "nouvelle");
  EXPECT_EQ(created.at("source").as_string(), "partner");
  EXPECT_EQ(created.at("referrer").at("label").as_string(), "Pharmacie du Port");
  EXPECT_EQ(created.at("patient").at("phone").as_string(), "0612345678");
  EXPECT_TRUE(created.at("priority").as_bool());  // 76 years old
  EXPECT_EQ(created.at("priority_groups").as_array(), (json::array{"age_70"}));
  EXPECT_TRUE(created.at("actions").as_array().empty());  // a referrer follows, does not act

  // The same person again (accents and case aside): refused, naming the request to its referrer.
  auto again = partner->post(base + "/mt-requests", patient("LEFEVRE", "1950-03-01"));
  EXPECT_EQ(again.status, 409u);
  EXPECT_EQ(rule_of(again), "duplicate_person");
  EXPECT_EQ(again.json().at("request_id").as_string(), id);

  auto ok = [&](ApiClient& client, json::object body) {
    auto answer = move(client, id, body);
    EXPECT_EQ(answer.status, 200u) << json::serialize(body) << ": " << answer.body;
    return answer;
  };
  ok(*coordination, {{"to", "qualifiee"}});
  ok(*coordination, {{"to", "proposee"}, {"professional_id", kDoctor1}, {"site_key", "S1"}});
  // The doctor sees the request proposed to them, with what they may do; a refusal needs a
  // reason, then hides it.
  auto proposed = doctor->get(base + "/mt-requests/" + id);
  EXPECT_EQ(proposed.status, 200u);
  EXPECT_EQ(proposed.json().at("actions").as_array(), (json::array{"acceptee", "refusee"}));
  EXPECT_EQ(coordination->get(base + "/mt-requests/" + id).json().at("actions").as_array(),
            (json::array{"acceptee", "refusee", "abandonnee"}));
  auto no_reason = move(*doctor, id, {{"to", "refusee"}});
  EXPECT_EQ(no_reason.status, 409u);
  EXPECT_EQ(rule_of(no_reason), "reason_required");
  ok(*doctor, {{"to", "refusee"}, {"reason", "patientèle complète ce mois-ci"}});
  EXPECT_EQ(doctor->get(base + "/mt-requests/" + id).status, 404u);
  // Proposed to the second doctor, who says no by phone (recorded by the coordination)…
  ok(*coordination, {{"to", "proposee"}, {"professional_id", kDoctor2}, {"site_key", "S2"}});
  ok(*coordination, {{"to", "refusee"}, {"reason", "ne se déplace pas à domicile"}});
  // … then to the first again, who accepts and declares.
  ok(*coordination, {{"to", "proposee"}, {"professional_id", kDoctor1}, {"site_key", "S1"}});
  ok(*doctor, {{"to", "acceptee"}});
  ok(*doctor, {{"to", "declaree"}});
  // Only the coordination closes; nothing moves a closed request.
  auto by_doctor = move(*doctor, id, {{"to", "cloturee"}});
  EXPECT_EQ(by_doctor.status, 409u);
  EXPECT_EQ(rule_of(by_doctor), "actor");
  ok(*coordination, {{"to", "cloturee"}});
  auto after = move(*coordination, id, {{"to", "qualifiee"}});
  EXPECT_EQ(after.status, 409u);
  EXPECT_EQ(rule_of(after), "transition");

  // The timeline holds every step, in order, with reasons and doctors.
  auto detail = coordination->get(base + "/mt-requests/" + id).json();
  std::vector<std::string> steps;
  for (const auto& e : detail.at("timeline").as_array()) steps.emplace_back(e.at("to").as_string());
  EXPECT_EQ(steps, (std::vector<std::string>{"nouvelle", "qualifiee", "proposee", "refusee", "proposee", "refusee",
                                             "proposee", "acceptee", "declaree", "cloturee"}));
  const auto& timeline = detail.at("timeline").as_array();
  EXPECT_EQ(timeline.at(3).at("reason").as_string(), "patientèle complète ce mois-ci");
  EXPECT_EQ(timeline.at(3).at("by").as_string(), "Dr Marc Petit");
  EXPECT_EQ(timeline.at(4).at("professional_id").as_string(), kDoctor2);
  EXPECT_EQ(timeline.at(7).at("professional_id").as_string(), kDoctor1);

  // Every transition is in the audit log.
  auto audit = coordination->get("/api/audit?resource_type=mt_request&limit=100").json();
  std::multiset<std::string> actions;
  for (const auto& e : audit.at("items").as_array()) actions.emplace(e.at("action").as_string());
  for (const auto& step : {"mt_request.create", "mt_request.qualifiee", "mt_request.acceptee", "mt_request.declaree",
                           "mt_request.cloturee", "mt_request.read"}) {
    EXPECT_TRUE(actions.contains(step)) << step;
  }
  EXPECT_EQ(actions.count("mt_request.proposee"), 3u);
  EXPECT_EQ(actions.count("mt_request.refusee"), 2u);

  // The acceptance took a place; the directory shows what is left.
  auto census = coordination->get(base + "/mt-census").json();
  for (const auto& e : census.at("items").as_array()) {
    if (e.at("professional_id").as_string() == kDoctor1) {
      EXPECT_EQ(e.at("places").as_int64(), 1);
      EXPECT_EQ(e.at("last_name").as_string(), "PETIT");
      EXPECT_EQ(e.at("commune_code").as_string(), "13201");
    }
  }
  auto site = coordination->get("/api/directory/professionals/" + kDoctor1).json().at("sites").at(0);
  EXPECT_EQ(site.at("accepts_new_patients").as_int64(), 1);
}

TEST_F(MtRequestsApi, EachSeesOnlyTheRequestsTheyMaySee) {
  declare(kDoctor1, "S1", {{"accepts", true}, {"valid_until", "2099-12-31"}});
  auto partner = server.signed_in("partenaire");
  auto doctor = server.signed_in("membre");
  std::string by_coordination = create(*coordination, patient("Bernard", "1990-05-04"));
  std::string by_partner = create(*partner, patient("Garcia", "1985-01-20"));
  auto ids = [&](ApiClient& client) {
    std::vector<std::string> out;
    auto answer = client.get(base + "/mt-requests");
    EXPECT_EQ(answer.status, 200u) << answer.body;
    auto page = answer.json();
    for (const auto& r : page.at("items").as_array()) out.emplace_back(r.at("id").as_string());
    return out;
  };
  EXPECT_EQ(ids(*coordination), (std::vector<std::string>{by_coordination, by_partner}));
  // A partner: only what it referred.
  EXPECT_EQ(ids(*partner), std::vector<std::string>{by_partner});
  EXPECT_EQ(partner->get(base + "/mt-requests/" + by_coordination).status, 404u);
  // A doctor: only what is proposed to them.
  EXPECT_TRUE(ids(*doctor).empty());
  ASSERT_EQ(move(*coordination, by_coordination, {{"to", "qualifiee"}}).status, 200u);
  ASSERT_EQ(move(*coordination, by_coordination, {{"to", "proposee"}, {"professional_id", kDoctor1}, {"site_key", "S1"}}).status,
            200u);
  EXPECT_EQ(ids(*doctor), std::vector<std::string>{by_coordination});
  EXPECT_EQ(doctor->get(base + "/mt-requests/" + by_partner).status, 404u);
  // A doctor cannot move what is not proposed to them.
  EXPECT_EQ(move(*doctor, by_partner, {{"to", "acceptee"}}).status, 404u);
  // Funders and administrators: no identity at all.
  for (const auto& role : {"financeur", "admin"}) {
    auto client = server.signed_in(role);
    EXPECT_EQ(client->get(base + "/mt-requests").status, 403u) << role;
    EXPECT_EQ(client->get(base + "/mt-requests/" + by_partner).status, 403u) << role;
  }
  // Another CPTS's coordinator: the requests do not exist.
  auto other = server.new_account("coordination.puisaye@test.example", "coordinator", "CPTS de Puisaye-Forterre");
  EXPECT_EQ(other->get(base + "/mt-requests").status, 404u);
  EXPECT_EQ(other->get(base + "/mt-requests/" + by_partner).status, 404u);
  EXPECT_EQ(move(*other, by_partner, {{"to", "qualifiee"}}).status, 404u);
}

TEST_F(MtRequestsApi, AProposalNeedsADeclarationThatTakesThePatient) {
  std::string young = create(*coordination, patient("Moreau", "1995-07-14"));
  ASSERT_EQ(move(*coordination, young, {{"to", "qualifiee"}}).status, 200u);
  auto propose = [&](const std::string& doctor, const std::string& site) {
    return move(*coordination, young, {{"to", "proposee"}, {"professional_id", doctor}, {"site_key", site}});
  };
  auto missing = propose(kDoctor2, "S2");
  EXPECT_EQ(missing.status, 409u);
  EXPECT_EQ(rule_of(missing), "census_missing");
  declare(kDoctor2, "S2", {{"accepts", true}, {"priority_only", true}, {"valid_until", "2099-12-31"}});
  EXPECT_EQ(rule_of(propose(kDoctor2, "S2")), "census_priority_only");
  declare(kDoctor2, "S2", {{"accepts", true}, {"age_min", 40}, {"valid_until", "2099-12-31"}});
  EXPECT_EQ(rule_of(propose(kDoctor2, "S2")), "census_age");
  declare(kDoctor2, "S2", {{"accepts", true}, {"communes", json::array{"13207"}}, {"valid_until", "2099-12-31"}});
  EXPECT_EQ(rule_of(propose(kDoctor2, "S2")), "census_commune");
  declare(kDoctor2, "S2", {{"accepts", true}, {"places", 0}, {"valid_until", "2099-12-31"}});
  EXPECT_EQ(rule_of(propose(kDoctor2, "S2")), "census_full");
  declare(kDoctor2, "S2", {{"accepts", false}, {"valid_until", "2099-12-31"}});
  EXPECT_EQ(rule_of(propose(kDoctor2, "S2")), "census_not_accepting");
  EXPECT_EQ(propose(kDoctor2, "S9").status, 400u);  // no such site
  declare(kDoctor2, "S2", {{"accepts", true}, {"communes", json::array{"13201"}}, {"valid_until", "2099-12-31"}});
  EXPECT_EQ(propose(kDoctor2, "S2").status, 200u);
  // A doctor declares for their own sites only.
  auto doctor = server.signed_in("membre");
  EXPECT_EQ(doctor->request("PUT", base + "/mt-census/" + kDoctor1 + "/S1", R"({"accepts":true,"valid_until":"2099-01-01"})")
                .status,
            200u);
  EXPECT_EQ(doctor->request("PUT", base + "/mt-census/" + kDoctor2 + "/S2", R"({"accepts":true,"valid_until":"2099-01-01"})")
                .status,
            403u);
  // … and reads their own sites' declarations only.
  auto own = doctor->get(base + "/mt-census").json();
  ASSERT_EQ(own.at("items").as_array().size(), 1u);
  EXPECT_EQ(own.at("items").at(0).at("professional_id").as_string(), kDoctor1);
  EXPECT_EQ(coordination->get(base + "/mt-census").json().at("items").as_array().size(), 2u);
}

TEST_F(MtRequestsApi, SuggestionsAndTheBatchAllocationKeepToTheCensus) {
  // Dr Petit (13201) has one place; Dr Roux (13207, ≈ 2 km away) one place for priority patients.
  declare(kDoctor1, "S1", {{"accepts", true}, {"places", 1}, {"valid_until", "2099-12-31"}});
  declare(kDoctor2, "S2", {{"accepts", true}, {"places", 1}, {"priority_only", true}, {"valid_until", "2099-12-31"}});
  std::string elderly = create(*coordination, patient("Aubert", "1946-04-02"));  // priority: 80 years old
  std::string adult = create(*coordination, patient("Blanc", "1986-04-02"));
  auto other_commune = patient("Caron", "1990-04-02");
  other_commune["commune_code"] = "13207";
  other_commune["postcode"] = "13007";
  std::string adult_13207 = create(*coordination, other_commune);
  for (const auto& id : {elderly, adult, adult_13207}) ASSERT_EQ(move(*coordination, id, {{"to", "qualifiee"}}).status, 200u);

  auto suggested = [&](const std::string& id) {
    std::vector<std::string> out;
    auto answer = coordination->get(base + "/mt-requests/" + id + "/suggestions");
    EXPECT_EQ(answer.status, 200u) << answer.body;
    auto page = answer.json();
    for (const auto& d : page.at("items").as_array()) out.emplace_back(d.at("professional_id").as_string());
    return out;
  };
  EXPECT_EQ(suggested(elderly), (std::vector<std::string>{kDoctor1, kDoctor2}));  // same band: the nearer first
  EXPECT_EQ(suggested(adult), std::vector<std::string>{kDoctor1});                // Dr Roux: priority only
  EXPECT_EQ(server.signed_in("membre")->get(base + "/mt-requests/" + adult + "/suggestions").status, 403u);

  // The optimum: the priority patient goes to Dr Roux, so that Dr Petit's place serves the nearer
  // adult; the third waits.
  auto answer = coordination->get(base + "/mt-allocation");
  ASSERT_EQ(answer.status, 200u) << answer.body;
  auto plan = answer.json();
  EXPECT_EQ(plan.at("objective").at("priority_served").as_int64(), 1);
  EXPECT_EQ(plan.at("objective").at("served").as_int64(), 2);
  std::map<std::string, std::string> assigned;
  json::array confirm;
  for (const auto& a : plan.at("assignments").as_array()) {
    std::string request(a.at("request").at("id").as_string());
    std::string doctor(a.at("doctor").at("professional_id").as_string());
    assigned[request] = doctor;
    confirm.push_back(json::object{{"request_id", request}, {"professional_id", doctor},
                                   {"site_key", a.at("doctor").at("site_key")}});
  }
  EXPECT_EQ(assigned, (std::map<std::string, std::string>{{elderly, kDoctor2}, {adult, kDoctor1}}));
  ASSERT_EQ(plan.at("unserved").as_array().size(), 1u);
  EXPECT_EQ(plan.at("unserved").at(0).at("id").as_string(), adult_13207);

  // Confirmed: both proposed at once. Again: refused, nothing saved.
  auto confirmed = coordination->post(base + "/mt-allocation/confirm", {{"assignments", confirm}});
  ASSERT_EQ(confirmed.status, 200u) << confirmed.body;
  EXPECT_EQ(confirmed.json().at("proposed").as_int64(), 2);
  EXPECT_EQ(coordination->get(base + "/mt-requests/" + adult).json().at("status").as_string(), "proposee");
  EXPECT_EQ(coordination->post(base + "/mt-allocation/confirm", {{"assignments", confirm}}).status, 409u);
  // Dr Petit's place is held by the proposal: the third patient cannot be proposed there too.
  auto third = move(*coordination, adult_13207, {{"to", "proposee"}, {"professional_id", kDoctor1}, {"site_key", "S1"}});
  EXPECT_EQ(third.status, 409u);
  EXPECT_EQ(rule_of(third), "census_full");
  EXPECT_EQ(coordination->get(base + "/mt-allocation").json().at("assignments").as_array().size(), 0u);
}

TEST_F(MtRequestsApi, IndicatorsCountWithoutIdentitiesAndThePurgeKeepsThem) {
  declare(kDoctor1, "S1", {{"accepts", true}, {"places", 5}, {"valid_until", "2099-12-31"}});
  declare(kDoctor2, "S2", {{"accepts", false}, {"valid_until", "2099-12-31"}});
  auto flags = patient("Aubert", "1990-04-02");
  flags["ald"] = true;
  std::string found = create(*coordination, flags);  // ALD
  std::string abandoned = create(*coordination, patient("Blanc", "1950-04-02"));  // 70 and over
  std::string waiting = create(*coordination, patient("Caron", "2015-04-02"));  // a child
  for (const auto& step : std::vector<json::object>{{{"to", "qualifiee"}},
                                                     {{"to", "proposee"}, {"professional_id", kDoctor1}, {"site_key", "S1"}},
                                                     {{"to", "acceptee"}},
                                                     {{"to", "declaree"}},
                                                     {{"to", "cloturee"}}}) {
    ASSERT_EQ(move(*coordination, found, step).status, 200u);
  }
  ASSERT_EQ(move(*coordination, abandoned, {{"to", "qualifiee"}}).status, 200u);
  ASSERT_EQ(move(*coordination, abandoned, {{"to", "proposee"}, {"professional_id", kDoctor1}, {"site_key", "S1"}}).status, 200u);
  ASSERT_EQ(move(*coordination, abandoned, {{"to", "abandonnee"}}).status, 200u);
  // Entered 20 days before being declared.
  sql("UPDATE mt_requests SET created_at = '2026-01-05T09:00:00.000Z' WHERE id = '" + found + "'");
  sql("UPDATE mt_request_events SET at = '2026-01-25T09:00:00.000Z' WHERE request_id = '" + found + "' AND to_status = 'declaree'");

  auto indicators = coordination->get(base + "/mt-indicators").json();
  EXPECT_EQ(indicators.at("registered").as_int64(), 3);
  EXPECT_EQ(indicators.at("oriented").as_int64(), 2);
  EXPECT_EQ(indicators.at("found").as_int64(), 1);
  EXPECT_EQ(indicators.at("declared").as_int64(), 1);
  EXPECT_EQ(indicators.at("by_group").at("ald"),
            (json::object{{"registered", 1}, {"oriented", 1}, {"found", 1}, {"declared", 1}}));
  EXPECT_EQ(indicators.at("by_group").at("age_70"),
            (json::object{{"registered", 1}, {"oriented", 1}, {"found", 0}, {"declared", 0}}));
  EXPECT_EQ(indicators.at("by_group").at("child"),
            (json::object{{"registered", 1}, {"oriented", 0}, {"found", 0}, {"declared", 0}}));
  EXPECT_EQ(indicators.at("by_month").at(0).at("month").as_string(), "2026-01");
  EXPECT_EQ(indicators.at("delay_days"), (json::object{{"count", 1}, {"median", 20}, {"p90", 20}}));
  EXPECT_EQ(indicators.at("census"), (json::object{{"doctors", 1}, {"sites", 1}, {"places", 4}}));
  // Funders read the indicators, never the requests.
  auto funder = server.signed_in("financeur");
  EXPECT_EQ(funder->get(base + "/mt-indicators").json(), indicators);
  auto csv = funder->get(base + "/mt-indicators.csv");
  EXPECT_EQ(csv.status, 200u);
  EXPECT_NE(csv.body.find("total;3;2;1;1"), std::string::npos) << csv.body;

  // Closed 400 days ago: past the default retention (365 days). The purge removes the identities
  // of the closed and abandoned requests, not of the one still waiting, and the figures stay.
  sql("UPDATE mt_requests SET status_since = '2025-01-01T00:00:00.000Z' WHERE id IN ('" + found + "', '" + abandoned + "')");
  auto dry = testing::run_maillage({"purge", "--dry-run", "--db", server.database().string()});
  EXPECT_EQ(dry.status, 0) << dry.output;
  EXPECT_NE(dry.output.find("dry run: 2 request(s)"), std::string::npos) << dry.output;
  EXPECT_EQ(coordination->get(base + "/mt-requests/" + found).json().at("patient").at("last_name").as_string(), "Aubert");
  auto purge = testing::run_maillage({"purge", "--db", server.database().string()});
  EXPECT_EQ(purge.status, 0) << purge.output;
  EXPECT_NE(purge.output.find("purge: 2 request(s)"), std::string::npos) << purge.output;
  for (const auto& id : {found, abandoned}) {
    auto r = coordination->get(base + "/mt-requests/" + id).json();
    for (const auto& field : {"last_name", "first_name", "birth_date", "phone", "contact"}) {
      EXPECT_TRUE(r.at("patient").at(field).is_null()) << field;
    }
    EXPECT_FALSE(r.at("purged_at").is_null());
    EXPECT_EQ(r.at("patient").at("birth_year").as_int64(), id == found ? 1990 : 1950);
  }
  EXPECT_EQ(coordination->get(base + "/mt-requests/" + waiting).json().at("patient").at("last_name").as_string(), "Caron");
  EXPECT_EQ(coordination->get(base + "/mt-indicators").json(), indicators);
  auto audit = coordination->get("/api/audit?action=mt_request.purge").json();
  EXPECT_EQ(audit.at("items").as_array().size(), 2u);
  // Nothing left to purge.
  EXPECT_NE(testing::run_maillage({"purge", "--db", server.database().string()}).output.find("nothing to do"), std::string::npos);
}

TEST_F(MtRequestsApi, OverdueRequestsAreFlaggedByTheDelaysOfTheirCpts) {
  std::string late = create(*coordination, patient("Dupuis", "1980-01-01"));
  std::string recent = create(*coordination, patient("Esnault", "1981-01-01"));
  auto settings = coordination->request("PUT", base + "/mt-settings", R"({"delays":{"nouvelle":2,"acceptee":null}})");
  ASSERT_EQ(settings.status, 200u) << settings.body;
  EXPECT_EQ(settings.json().at("delays").at("nouvelle").as_int64(), 2);
  EXPECT_FALSE(settings.json().at("delays").as_object().contains("acceptee"));
  EXPECT_EQ(settings.json().at("retention_days").as_int64(), 365);
  EXPECT_EQ(coordination->request("PUT", base + "/mt-settings", R"({"delays":{"cloturee":3}})").status, 400u);
  EXPECT_EQ(coordination->request("PUT", base + "/mt-settings", R"({"delays":{"nouvelle":0}})").status, 400u);
  sql("UPDATE mt_requests SET status_since = '2026-01-01T10:00:00.000Z' WHERE id = '" + late + "'");
  auto overdue = coordination->get(base + "/mt-requests?overdue=true").json();
  ASSERT_EQ(overdue.at("items").as_array().size(), 1u);
  EXPECT_EQ(overdue.at("items").at(0).at("id").as_string(), late);
  EXPECT_TRUE(overdue.at("items").at(0).at("overdue").as_bool());
  EXPECT_EQ(overdue.at("items").at(0).at("due_on").as_string(), "2026-01-03");
  EXPECT_FALSE(coordination->get(base + "/mt-requests/" + recent).json().at("overdue").as_bool());
}

TEST_F(MtRequestsApi, ACpamListAddsItsPatientsOnceAndRefusesABadFileWhole) {
  std::string waiting = create(*coordination, patient("Lefèvre", "1950-03-01"));
  // The CPAM's way: sexe 1/2, dates dd/mm/yyyy, headers with accents and capitals, `;`.
  std::string list =
      "Nom;Prénom;Date de naissance;Sexe;Commune;Code postal;Téléphone;ALD;C2S;Consentement\r\n"
      "GIRARD;Paul;12/06/1948;1;13201;13001;04 91 11 22 33;oui;non;02/11/2026\r\n"
      "LEFEVRE;Jeanne;01/03/1950;2;13201;;;non;non;02/11/2026\r\n"
      "NOEL;Anne;30/01/1990;2;13207;13007;;;x;02/11/2026\r\n"
      "Girard;Paul;12/06/1948;1;13201;;;oui;;02/11/2026\r\n";
  auto imported = coordination->post(base + "/mt-requests/imports",
                                     {{"filename", "liste-cpam.csv"}, {"content", list}, {"source", "cpam"}});
  ASSERT_EQ(imported.status, 201u) << imported.body;
  auto report = imported.json();
  EXPECT_EQ(report.at("rows").as_int64(), 4);
  EXPECT_EQ(report.at("created").as_int64(), 2);
  EXPECT_EQ(report.at("skipped"), (json::array{
                                      json::object{{"line", 3}, {"reason", "already_waiting"}, {"request_id", waiting}},
                                      json::object{{"line", 5}, {"reason", "twice_in_file"}, {"first_line", 2}},
                                  }));
  auto page = coordination->get(base + "/mt-requests").json();
  ASSERT_EQ(page.at("total").as_int64(), 3);
  const auto& girard = page.at("items").at(1);
  EXPECT_EQ(girard.at("patient").at("last_name").as_string(), "GIRARD");
  EXPECT_EQ(girard.at("patient").at("sex").as_string(), "M");
  EXPECT_EQ(girard.at("patient").at("birth_date").as_string(), "1948-06-12");
  EXPECT_EQ(girard.at("source").as_string(), "cpam");
  EXPECT_EQ(girard.at("priority_groups").as_array(), (json::array{"ald", "age_70"}));
  EXPECT_EQ(page.at("items").at(2).at("priority_groups").as_array(), (json::array{"precarity"}));

  // A bad file: every problem named by line and column, nothing imported.
  std::string bad =
      "nom;prenom;date_naissance;sexe;commune;consentement\n"
      "DURAND;Luc;1980-01-01;M;13201;2026-11-02\n"
      "MOREL;Léa;31/02/1980;F;13201;2026-11-02\n"
      "ROBIN;Marc;1980-01-01;M;99999;2026-11-02\n";
  auto refused = coordination->post(base + "/mt-requests/imports", {{"filename", "bad.csv"}, {"content", bad}});
  ASSERT_EQ(refused.status, 400u) << refused.body;
  auto problem = refused.json();
  EXPECT_EQ(problem.at("detail").as_string(),
            "bad.csv:3: date_naissance: must be a date (2026-11-23) (and 1 more problems); nothing was imported");
  EXPECT_EQ(problem.at("rows").at(1), (json::object{{"line", 4}, {"column", "commune"}, {"rule", "unknown_code"},
                                                    {"message", "no commune has the INSEE code 99999"}}));
  EXPECT_EQ(coordination->get(base + "/mt-requests").json().at("total").as_int64(), 3);
  auto no_column = coordination->post(base + "/mt-requests/imports", {{"content", "nom;prenom\nA;B\n"}});
  EXPECT_EQ(no_column.status, 400u);
  EXPECT_EQ(no_column.json().at("rows").at(0).at("rule").as_string(), "missing_column");
  // The coordination's tool: partners send their lists to it.
  EXPECT_EQ(server.signed_in("partenaire")->post(base + "/mt-requests/imports", {{"content", list}}).status, 403u);
}

TEST_F(MtRequestsApi, BadFieldsAreRefusedNamingEachOne) {
  json::object body{{"last_name", ""},          {"first_name", "Jeanne"},  {"birth_date", "2999-01-01"},
                    {"sex", "X"},               {"commune_code", "99999"}, {"phone", "12"},
                    {"consent_on", "yesterday"}};
  auto answer = coordination->post(base + "/mt-requests", body);
  ASSERT_EQ(answer.status, 400u) << answer.body;
  std::set<std::string> fields;
  auto problem = answer.json();
  for (const auto& e : problem.at("errors").as_array()) fields.emplace(e.at("field").as_string());
  EXPECT_EQ(fields, (std::set<std::string>{"last_name", "birth_date", "sex", "commune_code", "phone", "consent_on"}));
  auto wrong_postcode = patient("Petit", "1980-01-01");
  wrong_postcode["postcode"] = "13007";
  auto refused = coordination->post(base + "/mt-requests", wrong_postcode);
  EXPECT_EQ(refused.status, 400u);
  EXPECT_EQ(rule_of(refused), "postcode_not_of_commune");
  EXPECT_EQ(coordination->get(base + "/mt-requests").json().at("total").as_int64(), 0);
}

// The demo (scripts/run): once the demo directory is imported, `maillage demo` gives the Vieux-Port
// sandbox a census, patients waiting at different steps, and a member account who is one of its
// GPs with a patient proposed to them.
TEST(MtDemo, TheSandboxHasACensusPatientsAndADoctorAccount) {
  testing::TempDir files;
  std::string out = (files.path() / "directory").string();
  testing::DemoServer server({{"generate", "directory", "--out", out, "--cpts-territories"},
                              {"import", "rpps", out + "/rpps.txt"},
                              {"demo"}});
  std::string base = "/api/cpts/" + server.cpts_id(kCpts);
  auto coordination = server.signed_in("coordination");
  EXPECT_EQ(coordination->get(base + "/mt-requests").json().at("total").as_int64(), 4);
  EXPECT_EQ(coordination->get(base + "/mt-census").json().at("items").as_array().size(), 6u);
  auto doctor_view = server.signed_in("membre")->get(base + "/mt-requests").json();
  ASSERT_EQ(doctor_view.at("total").as_int64(), 1);
  EXPECT_EQ(doctor_view.at("items").at(0).at("status").as_string(), "proposee");
}

// A declaration "valid until today" means today where the CPTS is: in Wallis (UTC+12) the
// afternoon is already tomorrow in UTC, in Tahiti (UTC−10) the night is still yesterday. The
// indicators' months are the CPTS's too.
TEST_F(MtRequestsApi, DatesAreTheCptsLocalDatesOnTheOtherSideOfTheWorld) {
  std::int64_t registered = 0;  // the requests of the CPTS, one per zone
  for (auto [seat, offset] : {std::pair{"98613", 12}, {"98735", -10}}) {
    SCOPED_TRACE(seat);
    sql(fmt::format("UPDATE cpts SET seat_commune_code = '{}' WHERE id = '{}'", seat, cpts));
    std::string today = testing::today_at_utc_offset(offset);
    auto yesterday = coordination->request("PUT", base + "/mt-census/" + kDoctor1 + "/S1",
                                           json::serialize(json::object{{"accepts", true}, {"valid_until", add_days(today, -1)}}));
    EXPECT_EQ(yesterday.status, 400u);
    EXPECT_EQ(rule_of(yesterday), "date_past");
    EXPECT_EQ(declare(kDoctor1, "S1", {{"accepts", true}, {"valid_until", today}}).at("valid"), true);
    EXPECT_EQ(coordination->get(base + "/mt-census").json().at("items").at(0).at("valid"), true);
    // The declaration still takes a patient today, and counts in the indicators.
    std::string id = create(*coordination, patient(fmt::format("Tavita{}", seat), "1985-01-01"));
    ASSERT_EQ(move(*coordination, id, {{"to", "qualifiee"}}).status, 200u);
    auto proposed = move(*coordination, id, {{"to", "proposee"}, {"professional_id", kDoctor1}, {"site_key", "S1"}});
    EXPECT_EQ(proposed.status, 200u) << proposed.body;
    EXPECT_EQ(coordination->get(base + "/mt-indicators").json().at("census").at("sites"), 1);
    // 13:00 UTC on 31 January is 1 February in Wallis, still 31 January in Tahiti: the month of entry.
    sql(fmt::format("UPDATE mt_requests SET created_at = '2026-01-31T13:00:00.000Z' WHERE cpts_id = '{}'", cpts));
    auto months = coordination->get(base + "/mt-indicators?from=2026-01-01&to=2026-02-28").json().at("by_month");
    ASSERT_EQ(months.as_array().size(), 1u);
    EXPECT_EQ(months.at(0).at("month"), offset > 0 ? "2026-02" : "2026-01");
    auto day = offset > 0 ? "2026-02-01" : "2026-01-31";
    auto that_day = coordination->get(fmt::format("{}/mt-indicators?from={}&to={}", base, day, day)).json();
    EXPECT_EQ(that_day.at("registered").as_int64(), ++registered);
  }
}

}  // namespace
}  // namespace maillage
