// Membership (adhésions) over HTTP on a directory imported with `maillage import rpps`: a
// professional may be a member of several CPTS but only once in each; statuses move one dated
// step at a time; the membership rate is computed against the professionals practising in the
// territory; fees are visible to the CPTS's coordinator only.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <map>
#include <set>
#include <tuple>

#include "app/database_setup.h"
#include "platform/util/time.h"
#include "support/api_client.h"
#include "support/command.h"
#include "support/local_dates.h"
#include "support/rpps_file.h"
#include "support/server_process.h"

namespace maillage {
namespace {
using testing::ApiClient;
namespace json = boost::json;

// One activity line of the extraction (written in the official layout by support/rpps_file.h).
struct Activity {
  std::string rpps, last_name, profession_code, profession, site, commune_code, postcode;
};

// Marseille 2&3 (the demo) holds the 2e and 3e arrondissements (13202, 13203); Vieux-Port the 1er
// and 7e (13201, 13207). Sites carry either the arrondissement's code or Marseille's (13055) with
// the arrondissement's postcode, as the RPPS does.
const std::vector<Activity> kActivities = {
    {"10000000001", "Arnaud", "10", "Médecin", "S1", "13202", "13002"},
    {"10000000002", "Bernard", "10", "Médecin", "S2", "13055", "13003"},
    {"10000000003", "Chevalier", "10", "Médecin", "S3", "13201", "13001"},
    {"10000000004", "Dubois", "70", "Masseur-kinésithérapeute", "S4", "13203", "13003"},
    {"10000000004", "Dubois", "70", "Masseur-kinésithérapeute", "S5", "13201", "13001"},
    {"10000000005", "Émery", "70", "Masseur-kinésithérapeute", "S6", "13055", "13008"},
    {"10000000006", "Fabre", "60", "Infirmier", "S7", "13203", "13003"},
    {"10000000007", "Garnier", "10", "Médecin", "S8", "13202", "13002"},
    {"10000000007", "Garnier", "10", "Médecin", "S9", "13055", "13003"},
    {"10000000008", "Hugo", "60", "Infirmier", "S10", "84007", "84000"},
};

std::string national_id(const std::string& rpps) { return "8" + rpps; }

void write_extraction(const std::filesystem::path& path) {
  std::vector<testing::RppsRow> rows;
  for (const auto& a : kActivities) {
    rows.push_back({{"Type d'identifiant PP", "8"},
                    {"Identifiant PP", a.rpps},
                    {"Identification nationale PP", national_id(a.rpps)},
                    {"Nom d'exercice", a.last_name},
                    {"Prénom d'exercice", "Camille"},
                    {"Code profession", a.profession_code},
                    {"Libellé profession", a.profession},
                    {"Identifiant technique de la structure", a.site},
                    {"Code postal (coord. structure)", a.postcode},
                    {"Code commune (coord. structure)", a.commune_code},
                    {"Code Département (structure)", a.commune_code.substr(0, 2)}});
  }
  testing::write_rpps_file(path, testing::kRppsHeader, rows);
}

// The year in Marseille, where the demo CPTS are: the fees' current year. Around New Year, when
// the year changes, Paris is UTC+1.
std::string this_year() { return testing::today_at_utc_offset(1).substr(0, 4); }

class MembershipApi : public ::testing::Test {
 protected:
  // The referential, the demo CPTS and the directory, prepared once and copied by every test.
  static void SetUpTestSuite() {
    prepared = new testing::TempDir();
    std::filesystem::path db = testing::copy_fixture_database(*prepared);
    auto demo = testing::run_maillage({"demo", "--db", db.string()});
    ASSERT_EQ(demo.status, 0) << demo.output;
    write_extraction(*prepared / "rpps.txt");
    auto import = testing::run_maillage({"import", "rpps", (*prepared / "rpps.txt").string(), "--db", db.string()});
    ASSERT_EQ(import.status, 0) << import.output;
    prepared_db = db;
  }
  static void TearDownTestSuite() { delete prepared; }

  void SetUp() override {
    ASSERT_FALSE(prepared_db.empty());
    std::filesystem::copy_file(prepared_db, dir / "maillage.db");
    server = std::make_unique<testing::ServerProcess>(dir / "maillage.db", std::filesystem::path{},
                                                      std::vector<std::string>{"--demo"});
    coordination = signed_in("coordination");
    m23 = cpts_id(*coordination, "CPTS Marseille 2&3");
    vieux_port = cpts_id(*coordination, "CPTS Démo du Vieux-Port");
  }

  std::unique_ptr<ApiClient> signed_in(const std::string& role) {
    auto client = std::make_unique<ApiClient>(server->port());
    auto account = testing::demo_account(role);
    EXPECT_EQ(client->login(account.email, account.password).status, 200u);
    return client;
  }
  // The id of a CPTS the client sees.
  static std::string cpts_id(ApiClient& client, const std::string& name) {
    auto list = client.get("/api/cpts").json();
    for (const auto& c : list.at("items").as_array()) {
      if (c.at("name").as_string() == name) return std::string(c.at("id").as_string());
    }
    ADD_FAILURE() << "no CPTS " << name;
    return {};
  }
  // POST …/memberships for a professional; returns the answer.
  testing::HttpResult join(ApiClient& client, const std::string& cpts, const std::string& rpps,
                           const std::string& status = "demande", const std::string& on = "2025-01-10") {
    return client.post("/api/cpts/" + cpts + "/memberships",
                       {{"member_kind", "professional"}, {"member_id", national_id(rpps)}, {"status", status}, {"on", on}});
  }
  std::string joined(const std::string& cpts, const std::string& rpps, const std::string& status = "active") {
    auto r = join(*coordination, cpts, rpps, status);
    EXPECT_EQ(r.status, 201u) << r.body;
    return r.status == 201u ? std::string(r.json().at("id").as_string()) : std::string();
  }
  testing::HttpResult set_status(const std::string& cpts, const std::string& id, const std::string& status,
                                 const std::string& on) {
    return coordination->post("/api/cpts/" + cpts + "/memberships/" + id + "/status", {{"status", status}, {"on", on}});
  }
  static std::string rule_of(const testing::HttpResult& r) {
    return std::string(r.json().at("errors").at(0).at("rule").as_string());
  }
  // Expects a refusal with `status` naming `rule`.
  static void expect_refused(const testing::HttpResult& r, unsigned status, const std::string& rule) {
    ASSERT_EQ(r.status, status) << r.body;
    EXPECT_EQ(rule_of(r), rule) << r.body;
  }

  static testing::TempDir* prepared;
  static std::filesystem::path prepared_db;
  testing::TempDir dir;
  std::unique_ptr<testing::ServerProcess> server;
  std::unique_ptr<ApiClient> coordination;
  std::string m23, vieux_port;
};
testing::TempDir* MembershipApi::prepared = nullptr;
std::filesystem::path MembershipApi::prepared_db;

TEST_F(MembershipApi, AProfessionalMayBeAnActiveMemberOfTwoCpts) {
  joined(m23, "10000000004");
  joined(vieux_port, "10000000004");
  for (const auto& cpts : {m23, vieux_port}) {
    auto list = coordination->get("/api/cpts/" + cpts + "/memberships").json();
    ASSERT_EQ(list.at("items").as_array().size(), 1u) << cpts;
    const auto& item = list.at("items").at(0);
    EXPECT_EQ(item.at("status").as_string(), "active");
    EXPECT_EQ(item.at("member").at("id").as_string(), national_id("10000000004"));
    EXPECT_EQ(item.at("member").at("name").as_string(), "Camille Dubois");
    EXPECT_EQ(item.at("member").at("profession").at("label").as_string(), "Masseur-kinésithérapeute");
    // Both communes of practice, named by the referential.
    std::set<std::string> communes;
    for (const auto& c : item.at("member").at("communes").as_array()) communes.insert(std::string(c.at("name").as_string()));
    EXPECT_EQ(communes, (std::set<std::string>{"Marseille 1er Arrondissement", "Marseille 3e Arrondissement"}));
  }
}

TEST_F(MembershipApi, TheSameMemberTwiceInOneCptsIsRefusedNamingTheRule) {
  std::string first = joined(m23, "10000000001", "demande");
  auto again = join(*coordination, m23, "10000000001", "active");
  expect_refused(again, 409, "one_membership_per_cpts");
  EXPECT_EQ(again.json().at("membership_id").as_string(), first);
  auto list = coordination->get("/api/cpts/" + m23 + "/memberships").json();
  EXPECT_EQ(list.at("total").as_int64(), 1);
  EXPECT_EQ(list.at("items").at(0).at("status").as_string(), "demande");  // unchanged

  auto unknown = coordination->post("/api/cpts/" + m23 + "/memberships",
                                    {{"member_kind", "professional"}, {"member_id", "899999999999"}});
  expect_refused(unknown, 400, "unknown_code");
  expect_refused(join(*coordination, m23, "10000000002", "suspendue"), 400, "initial_status");
}

TEST_F(MembershipApi, StatusesMoveOneDatedStepAtATimeAndAStruckOffMemberMayAskAgain) {
  std::string id = joined(m23, "10000000001", "demande");
  expect_refused(set_status(m23, id, "active", "2025-01-05"), 409, "date_order");
  expect_refused(set_status(m23, id, "active", "2999-01-01"), 400, "date_future");
  expect_refused(set_status(m23, id, "active", "2025-02-30"), 400, "format");
  expect_refused(set_status(m23, id, "suspendue", "2025-02-01"), 409, "transition");

  for (auto [status, on] : {std::pair{"active", "2025-02-01"}, {"suspendue", "2025-03-01"}, {"active", "2025-04-01"},
                            {"radiee", "2025-05-01"}}) {
    auto r = set_status(m23, id, status, on);
    ASSERT_EQ(r.status, 200u) << status << ": " << r.body;
    EXPECT_EQ(r.json().at("status").as_string(), status);
    EXPECT_EQ(r.json().at("status_since").as_string(), on);
  }
  expect_refused(set_status(m23, id, "active", "2025-06-01"), 409, "transition");

  // A new request re-opens the struck-off membership, not before its radiation.
  expect_refused(join(*coordination, m23, "10000000001", "demande", "2025-04-15"), 409, "date_order");
  auto reopened = join(*coordination, m23, "10000000001", "demande", "2025-06-01");
  ASSERT_EQ(reopened.status, 200u) << reopened.body;
  EXPECT_TRUE(reopened.json().at("reopened").as_bool());
  EXPECT_EQ(reopened.json().at("id").as_string(), id);
  EXPECT_EQ(reopened.json().at("requested_on").as_string(), "2025-06-01");

  auto detail = coordination->get("/api/cpts/" + m23 + "/memberships/" + id).json();
  std::vector<std::pair<std::string, std::string>> events;
  for (const auto& e : detail.at("events").as_array()) {
    events.emplace_back(e.at("status").as_string(), e.at("on").as_string());
    EXPECT_EQ(e.at("recorded_by").as_string(), "Claire Martin");
  }
  EXPECT_EQ(events, (std::vector<std::pair<std::string, std::string>>{{"demande", "2025-01-10"},
                                                                      {"active", "2025-02-01"},
                                                                      {"suspendue", "2025-03-01"},
                                                                      {"active", "2025-04-01"},
                                                                      {"radiee", "2025-05-01"},
                                                                      {"demande", "2025-06-01"}}));
  auto audit = coordination->get("/api/audit?cpts=" + m23 + "&action=membership.status").json();
  EXPECT_EQ(audit.at("items").as_array().size(), 4u);
}

// The rate, computed here independently from the file: a professional practises in the territory
// when one of their sites carries 13202 or 13203, or Marseille's code with 13002 or 13003.
TEST_F(MembershipApi, TheRateCountsTheProfessionalsOfTheTerritoryAndItsActiveMembers) {
  std::set<std::string> active = {"10000000001", "10000000004", "10000000003"};  // 3 practises in the 1er only
  joined(m23, "10000000001");
  joined(m23, "10000000004");
  joined(m23, "10000000003");
  joined(m23, "10000000005", "demande");                       // a request is not a member yet
  std::string fabre = joined(m23, "10000000006");
  ASSERT_EQ(set_status(m23, fabre, "suspendue", "2025-02-01").status, 200u);  // nor is a suspended one

  auto inside = [](const Activity& a) {
    return a.commune_code == "13202" || a.commune_code == "13203" ||
           (a.commune_code == "13055" && (a.postcode == "13002" || a.postcode == "13003"));
  };
  std::map<std::string, std::set<std::string>> practising;  // profession → national ids
  std::map<std::string, std::set<std::string>> outside;
  for (const auto& a : kActivities) {
    if (inside(a)) practising[a.profession_code].insert(a.rpps);
  }
  for (const auto& a : kActivities) {
    if (active.contains(a.rpps) && !practising[a.profession_code].contains(a.rpps)) outside[a.profession_code].insert(a.rpps);
  }

  auto r = coordination->get("/api/cpts/" + m23 + "/membership-rate");
  ASSERT_EQ(r.status, 200u) << r.body;
  auto doc = r.json();
  std::int64_t total_professionals = 0, total_members = 0;
  std::set<std::string> seen;
  for (const auto& p : doc.at("professions").as_array()) {
    std::string code(p.at("code").as_string());
    seen.insert(code);
    std::int64_t professionals = static_cast<std::int64_t>(practising[code].size());
    std::int64_t members = 0;
    for (const auto& id : practising[code]) members += active.contains(id) ? 1 : 0;
    EXPECT_EQ(p.at("professionals").as_int64(), professionals) << code;
    EXPECT_EQ(p.at("members").as_int64(), members) << code;
    EXPECT_EQ(p.at("members_outside").as_int64(), static_cast<std::int64_t>(outside[code].size())) << code;
    if (professionals == 0) {
      EXPECT_TRUE(p.at("rate").is_null()) << code;
    } else {
      EXPECT_DOUBLE_EQ(p.at("rate").to_number<double>(), static_cast<double>(members) / static_cast<double>(professionals))
          << code;
    }
    total_professionals += professionals;
    total_members += members;
  }
  EXPECT_EQ(seen, (std::set<std::string>{"10", "60", "70"}));
  EXPECT_EQ(doc.at("total").at("professionals").as_int64(), total_professionals);
  EXPECT_EQ(doc.at("total").at("members").as_int64(), total_members);
  // The same figures written out: médecins 1, 2 and 7 practise there (7 at two sites, counted once), 3 does not.
  EXPECT_EQ(total_professionals, 5);  // 1, 2, 7 (médecins), 4 (kiné), 6 (infirmier); not 3, 5, 8
  EXPECT_EQ(total_members, 2);
  EXPECT_EQ(doc.at("total").at("members_outside").as_int64(), 1);

  // The funder sees the rate (an aggregate); a member of the CPTS does not.
  EXPECT_EQ(signed_in("financeur")->get("/api/cpts/" + m23 + "/membership-rate").status, 200u);
  EXPECT_EQ(signed_in("membre")->get("/api/cpts/" + m23 + "/membership-rate").status, 403u);
}

TEST_F(MembershipApi, FeesAreVisibleOnlyToTheCptsCoordinator) {
  std::string id = joined(m23, "10000000001");
  std::string year = this_year();
  auto fee = coordination->request("PUT", "/api/cpts/" + m23 + "/memberships/" + id + "/fees/" + year,
                                   R"({"amount_cents":3000})");
  ASSERT_EQ(fee.status, 200u) << fee.body;
  EXPECT_TRUE(fee.json().at("unpaid").as_bool());
  std::string list_path = "/api/cpts/" + m23 + "/memberships";
  auto mine = coordination->get(list_path).json();
  EXPECT_EQ(mine.at("items").at(0).at("fee").at("amount_cents").as_int64(), 3000);
  EXPECT_EQ(mine.at("summary").at("unpaid_fees").as_int64(), 1);
  EXPECT_EQ(coordination->get(list_path + "?unpaid=true").json().at("total").as_int64(), 1);
  EXPECT_EQ(coordination->get(list_path + "/" + id).json().at("fees").as_array().size(), 1u);

  // The administrator manages memberships but never sees the association's finances.
  auto admin = signed_in("admin");
  auto seen_by_admin = admin->get(list_path);
  ASSERT_EQ(seen_by_admin.status, 200u);
  EXPECT_FALSE(seen_by_admin.json().at("items").at(0).as_object().contains("fee"));
  EXPECT_FALSE(seen_by_admin.json().at("summary").as_object().contains("unpaid_fees"));
  EXPECT_EQ(seen_by_admin.body.find("amount_cents"), std::string::npos);
  auto detail_for_admin = admin->get(list_path + "/" + id);
  ASSERT_EQ(detail_for_admin.status, 200u);
  EXPECT_FALSE(detail_for_admin.json().as_object().contains("fees"));
  EXPECT_FALSE(detail_for_admin.json().as_object().contains("fee"));
  EXPECT_EQ(admin->get(list_path + "?unpaid=true").status, 403u);
  EXPECT_EQ(admin->request("PUT", list_path + "/" + id + "/fees/" + year, R"({"amount_cents":0})").status, 403u);

  // Members and funders of the CPTS see no membership at all.
  for (const auto& role : {"membre", "financeur"}) {
    auto client = signed_in(role);
    EXPECT_EQ(client->get(list_path).status, 403u) << role;
    EXPECT_EQ(client->get(list_path + "/" + id).status, 403u) << role;
    EXPECT_EQ(client->request("PUT", list_path + "/" + id + "/fees/" + year, R"({"amount_cents":0})").status, 403u) << role;
  }

  // Another CPTS's coordinator does not even learn that the CPTS exists.
  auto created = admin->post("/api/users", {{"email", "coordination.puisaye@test.example"}, {"display_name", "Yves"}});
  ASSERT_EQ(created.status, 201u) << created.body;
  std::string user(created.json().at("user").at("id").as_string());
  std::string otp(created.json().at("one_time_password").as_string());
  ASSERT_EQ(admin->post("/api/users/" + user + "/roles", {{"role", "coordinator"}, {"cpts_id", cpts_id(*admin, "CPTS de Puisaye-Forterre")}})
                .status,
            201u);
  ApiClient other(server->port());
  ASSERT_EQ(other.login("coordination.puisaye@test.example", otp).status, 200u);
  ASSERT_EQ(other.request("PUT", "/api/session/password",
                          R"({"current_password":")" + otp + R"(","new_password":"une phrase de passe solide"})")
                .status,
            204u);
  EXPECT_EQ(other.get(list_path).status, 404u);
  EXPECT_EQ(other.get(list_path + "/" + id).status, 404u);
  EXPECT_EQ(other.request("PUT", list_path + "/" + id + "/fees/" + year, R"({"amount_cents":0})").status, 404u);
  EXPECT_EQ(other.get("/api/cpts/" + m23 + "/membership-rate").status, 404u);

  // Paid: no longer unpaid.
  auto paid = coordination->request("PUT", list_path + "/" + id + "/fees/" + year,
                                    R"({"amount_cents":3000,"paid_on":"2025-01-15"})");
  ASSERT_EQ(paid.status, 200u) << paid.body;
  EXPECT_EQ(coordination->get(list_path).json().at("summary").at("unpaid_fees").as_int64(), 0);
}

TEST_F(MembershipApi, CollegesAreTheCptsOwnAndCannotBeDeletedWhileUsed) {
  std::string colleges = "/api/cpts/" + m23 + "/colleges";
  auto medecins = coordination->post(colleges, {{"name", "Médecins"}, {"position", 1}});
  ASSERT_EQ(medecins.status, 201u) << medecins.body;
  std::string college(medecins.json().at("id").as_string());
  expect_refused(coordination->post(colleges, {{"name", "Médecins"}}), 409, "unique");
  auto elsewhere = coordination->post("/api/cpts/" + vieux_port + "/colleges", {{"name", "Médecins"}});
  ASSERT_EQ(elsewhere.status, 201u) << elsewhere.body;  // each CPTS defines its own list

  auto wrong_cpts = coordination->post("/api/cpts/" + m23 + "/memberships",
                                       {{"member_kind", "professional"},
                                        {"member_id", national_id("10000000001")},
                                        {"college_id", std::string(elsewhere.json().at("id").as_string())}});
  expect_refused(wrong_cpts, 400, "unknown_code");
  auto placed = coordination->post("/api/cpts/" + m23 + "/memberships",
                                   {{"member_kind", "professional"}, {"member_id", national_id("10000000001")}, {"college_id", college}});
  ASSERT_EQ(placed.status, 201u) << placed.body;
  EXPECT_EQ(placed.json().at("college").at("name").as_string(), "Médecins");
  std::string membership(placed.json().at("id").as_string());
  EXPECT_EQ(coordination->get(colleges).json().at("items").at(0).at("members").as_int64(), 1);
  EXPECT_EQ(coordination->get("/api/cpts/" + m23 + "/memberships?college=" + college).json().at("total").as_int64(), 1);

  expect_refused(coordination->request("DELETE", colleges + "/" + college), 409, "college_in_use");
  auto moved = coordination->request("PATCH", "/api/cpts/" + m23 + "/memberships/" + membership,
                                     R"({"college_id":null,"note":"Adhésion en AG"})");
  ASSERT_EQ(moved.status, 200u) << moved.body;
  EXPECT_TRUE(moved.json().at("college").is_null());
  EXPECT_EQ(moved.json().at("note").as_string(), "Adhésion en AG");
  EXPECT_EQ(coordination->request("DELETE", colleges + "/" + college).status, 204u);
  EXPECT_TRUE(coordination->get(colleges).json().at("items").as_array().empty());
}

TEST_F(MembershipApi, TheListFiltersSearchesAndPages) {
  joined(m23, "10000000001");
  joined(m23, "10000000002", "demande");
  joined(m23, "10000000004");
  std::string list = "/api/cpts/" + m23 + "/memberships";
  auto active = coordination->get(list + "?status=active").json();
  EXPECT_EQ(active.at("total").as_int64(), 2);
  EXPECT_EQ(active.at("summary").at("pending_requests").as_int64(), 1);
  EXPECT_EQ(active.at("summary").at("by_status").at("active").as_int64(), 2);
  EXPECT_EQ(coordination->get(list + "?profession=70").json().at("items").at(0).at("member").at("name").as_string(), "Camille Dubois");
  EXPECT_EQ(coordination->get(list + "?q=BERN").json().at("total").as_int64(), 1);
  auto first = coordination->get(list + "?limit=2").json();
  ASSERT_EQ(first.at("items").as_array().size(), 2u);
  EXPECT_EQ(first.at("items").at(0).at("member").at("name").as_string(), "Camille Arnaud");  // by last name
  auto second = coordination->get(list + "?limit=2&cursor=" + std::string(first.at("next_cursor").as_string())).json();
  ASSERT_EQ(second.at("items").as_array().size(), 1u);
  EXPECT_EQ(second.at("items").at(0).at("member").at("name").as_string(), "Camille Dubois");
  EXPECT_TRUE(second.at("next_cursor").is_null());
  expect_refused(coordination->get(list + "?status=actif"), 400, "one_of");
}

// The dates of a membership are days where the CPTS is: on the other side of the world, today
// there is accepted and tomorrow there refused, whatever the UTC date (Wallis is UTC+12, Tahiti
// UTC−10: at any hour, one of them differs from UTC except between 10:00 and 12:00 UTC).
TEST_F(MembershipApi, DatesAreTheCptsLocalDays) {
  for (auto [seat, offset, rpps] : {std::tuple{"98613", 12, "10000000001"}, {"98735", -10, "10000000002"}}) {
    SCOPED_TRACE(seat);
    auto db = app::open_and_migrate((dir / "maillage.db").string());
    db::with_transaction(*db, [&](db::Connection& c) {
      c.execute(fmt::format("UPDATE cpts SET seat_commune_code = '{}' WHERE id = '{}'", seat, m23));
    });
    std::string id = joined(m23, rpps, "demande");
    std::string today = testing::today_at_utc_offset(offset);
    expect_refused(set_status(m23, id, "active", add_days(today, 1)), 400, "date_future");
    auto active = set_status(m23, id, "active", today);
    ASSERT_EQ(active.status, 200u) << active.body;
    EXPECT_EQ(active.json().at("status_since").as_string(), today);
    auto paid = coordination->request("PUT", "/api/cpts/" + m23 + "/memberships/" + id + "/fees/" + today.substr(0, 4),
                                      json::serialize(json::object{{"amount_cents", 3000}, {"paid_on", today}}));
    EXPECT_EQ(paid.status, 200u) << paid.body;
  }
}

}  // namespace
}  // namespace maillage
