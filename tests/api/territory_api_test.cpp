// The territory through the API: each rule refuses with a 409 naming the rule, the commune or
// part and the CPTS holding it; populations come from the referential; the history keeps the
// territory as it was.
#include <gtest/gtest.h>

#include <thread>

#include "platform/db/sqlite_database.h"
#include "referential/referential.h"
#include "referential/store.h"
#include "support/api_client.h"
#include "support/referential_fixture.h"
#include "support/server_process.h"

namespace maillage {
namespace {
using testing::ApiClient;

class TerritoryApi : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    ref = testing::fixture_referential();
  }
  void SetUp() override {
    server = std::make_unique<testing::ServerProcess>(testing::copy_fixture_database(dir), std::filesystem::path{},
                                                      std::vector<std::string>{"--demo"});
    admin = std::make_unique<ApiClient>(server->port());
    auto account = testing::demo_account("admin");
    ASSERT_EQ(admin->login(account.email, account.password).status, 200u);
    a = create("CPTS Marseille 2 et 3");
    b = create("CPTS Toulouse Nord");
  }
  std::string create(const std::string& name) {
    auto r = admin->post("/api/cpts", {{"name", name}});
    EXPECT_EQ(r.status, 201u) << r.body;
    return std::string(r.json().at("id").as_string());
  }
  testing::HttpResult add(const std::string& cpts, const boost::json::object& body) {
    return admin->post("/api/cpts/" + cpts + "/territory/additions", body);
  }
  static std::int64_t population(const std::string& code) { return *ref->commune(code)->population; }
  static void expect_refusal(const testing::HttpResult& r, const std::string& rule, const std::string& code,
                             const std::string& holder) {
    ASSERT_EQ(r.status, 409u) << r.body;
    auto doc = r.json();
    const auto& v = doc.at("violations").at(0);
    EXPECT_EQ(v.at("rule").as_string(), rule) << r.body;
    EXPECT_EQ(v.at("code").as_string(), code);
    EXPECT_EQ(doc.at("errors").at(0).at("rule").as_string(), rule);
    if (holder.empty()) {
      EXPECT_TRUE(v.at("holder").is_null());
    } else {
      EXPECT_EQ(v.at("holder").at("name").as_string(), holder);
      EXPECT_NE(std::string(doc.at("detail").as_string()).find(holder), std::string::npos) << r.body;
    }
  }

  static std::shared_ptr<const referential::Referential> ref;
  testing::TempDir dir;
  std::unique_ptr<testing::ServerProcess> server;
  std::unique_ptr<ApiClient> admin;
  std::string a, b;
};
std::shared_ptr<const referential::Referential> TerritoryApi::ref;

TEST_F(TerritoryApi, PopulationAndTailleAreTheSumsOfTheReferential) {
  auto r = add(a, {{"communes", {"13202", "13203"}}});
  ASSERT_EQ(r.status, 200u) << r.body;
  auto t = r.json();
  std::int64_t expected = population("13202") + population("13203");
  EXPECT_EQ(t.at("population").as_int64(), expected);
  EXPECT_FALSE(t.at("population_estimated").as_bool());
  EXPECT_EQ(t.at("taille").as_int64(), expected >= 175'001 ? 4 : expected >= 80'000 ? 3 : expected >= 40'000 ? 2 : 1);
  EXPECT_EQ(t.at("elements").as_array().size(), 2u);
  EXPECT_EQ(t.at("elements").at(0).at("kind").as_string(), "arrondissement");
}

TEST_F(TerritoryApi, APostcodePartIsEstimatedUnlessItsPopulationIsEntered) {
  auto estimated = add(b, {{"parts", {{{"code", "31555"}, {"postcode", "31200"}}}}});
  ASSERT_EQ(estimated.status, 200u) << estimated.body;
  EXPECT_TRUE(estimated.json().at("population_estimated").as_bool());
  auto entered = add(b, {{"parts", {{{"code", "31555"}, {"postcode", "31500"}, {"population", 41000}}}}});
  auto t = entered.json();
  for (const auto& e : t.at("elements").as_array()) {
    if (e.at("postcode") == "31500") {
      EXPECT_EQ(e.at("population").as_int64(), 41000);
      EXPECT_FALSE(e.at("population_estimated").as_bool());
    }
  }
}

TEST_F(TerritoryApi, EveryRuleRefusesWithItsNameTheElementAndTheHolder) {
  ASSERT_EQ(add(a, {{"communes", {"13202", "13001"}}}).status, 200u);
  ASSERT_EQ(add(b, {{"parts", {{{"code", "31555"}, {"postcode", "31200"}}}}}).status, 200u);

  expect_refusal(add(b, {{"communes", {"13001"}}}), "commune_taken", "13001", "CPTS Marseille 2 et 3");
  expect_refusal(add(b, {{"communes", {"13202"}}}), "part_taken", "13202", "CPTS Marseille 2 et 3");
  expect_refusal(add(b, {{"communes", {"13055"}}}), "whole_and_parts", "13055", "CPTS Marseille 2 et 3");
  expect_refusal(add(a, {{"communes", {"31555"}}}), "whole_and_parts", "31555", "CPTS Toulouse Nord");
  expect_refusal(add(a, {{"parts", {{{"code", "31555"}, {"postcode", "13001"}}}}}), "postcode_not_of_commune", "31555", "");
  expect_refusal(add(a, {{"parts", {{{"code", "01001"}, {"postcode", "01400"}}}}}), "not_divisible", "01001", "");
  expect_refusal(add(a, {{"communes", {"99999"}}}), "unknown_commune", "99999", "");
}

TEST_F(TerritoryApi, ARefusedRequestChangesNothing) {
  ASSERT_EQ(add(a, {{"communes", {"13001"}}}).status, 200u);
  auto r = add(b, {{"communes", {"13005", "13001", "13007"}}});  // one conflict among three
  EXPECT_EQ(r.status, 409u);
  EXPECT_TRUE(admin->get("/api/cpts/" + b + "/territory").json().at("elements").as_array().empty());
}

TEST_F(TerritoryApi, AddsAnEpciOrADepartementOrARadiusAcrossBorders) {
  std::string siren = ref->commune("84007")->epci_siren;  // Avignon's EPCI spans Vaucluse and Gard
  auto r = add(a, {{"epci", siren}});
  ASSERT_EQ(r.status, 200u) << r.body;
  std::int64_t expected = 0;
  for (const auto& code : ref->epci(siren)->member_codes) expected += population(code);
  EXPECT_EQ(r.json().at("population").as_int64(), expected);
  EXPECT_EQ(add(b, {{"departement", "2A"}}).status, 200u);
  auto around = add(b, {{"around", {{"commune", "31555"}, {"radius_km", 0.5}}}});
  ASSERT_EQ(around.status, 200u) << around.body;  // Toulouse itself only (no part held: a is elsewhere)
  auto bad = add(a, {{"epci", "123"}, {"departement", "XX"}});
  EXPECT_EQ(bad.status, 400u);
  EXPECT_EQ(bad.json().at("errors").as_array().size(), 2u);
}

TEST_F(TerritoryApi, TheHistoryShowsTheTerritoryAsItWasBeforeAChange) {
  ASSERT_EQ(add(a, {{"communes", {"13202", "13203"}}}).status, 200u);
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  std::string before = std::string(admin->get("/api/health").json().at("referential").at("imported_at").as_string());
  auto now = admin->get("/api/cpts/" + a + "/territory/history").json();
  std::string first_change(now.at("changes").at(0).at("at").as_string());
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  auto removed = admin->post("/api/cpts/" + a + "/territory/removals", {{"communes", {"13203"}}});
  ASSERT_EQ(removed.status, 200u) << removed.body;
  EXPECT_EQ(removed.json().at("removed").as_int64(), 1);
  EXPECT_EQ(removed.json().at("population").as_int64(), population("13202"));

  // Just after the additions, before the removal: both arrondissements.
  auto then = admin->get("/api/cpts/" + a + "/territory?at=" + testing::url_encode(first_change)).json();
  EXPECT_EQ(then.at("elements").as_array().size(), 2u);
  EXPECT_EQ(then.at("population").as_int64(), population("13202") + population("13203"));
  // Before anything was added: empty.
  auto empty = admin->get("/api/cpts/" + a + "/territory?at=" + testing::url_encode(before)).json();
  EXPECT_TRUE(empty.at("elements").as_array().empty());
  auto history = admin->get("/api/cpts/" + a + "/territory/history").json().at("changes").as_array();
  ASSERT_EQ(history.size(), 3u);
  EXPECT_EQ(history.back().at("change").as_string(), "removed");
  // Once released, another CPTS may take it.
  EXPECT_EQ(add(b, {{"communes", {"13203"}}}).status, 200u);
}

TEST_F(TerritoryApi, ACoordinatorEditsHerCptsOnlyAndChangesAreAudited) {
  ApiClient claire(server->port());
  auto account = testing::demo_account("coordination");
  ASSERT_EQ(claire.login(account.email, account.password).status, 200u);
  auto cpts = claire.get("/api/cpts").json();
  std::string vieux_port, calanques;
  for (const auto& c : cpts.at("items").as_array()) {
    (c.at("name") == "CPTS Démo du Vieux-Port" ? vieux_port : calanques) = std::string(c.at("id").as_string());
  }
  EXPECT_EQ(claire.post("/api/cpts/" + vieux_port + "/territory/additions", {{"communes", {"13207"}}}).status, 200u);
  EXPECT_EQ(claire.post("/api/cpts/" + calanques + "/territory/additions", {{"communes", {"13208"}}}).status, 403u);
  EXPECT_EQ(claire.post("/api/cpts/" + a + "/territory/additions", {{"communes", {"13209"}}}).status, 404u);
  auto audit = admin->get("/api/audit?action=territory.add").json();
  ASSERT_FALSE(audit.at("items").as_array().empty());
  EXPECT_EQ(audit.at("items").at(0).at("cpts").at("id").as_string(), vieux_port);
}

}  // namespace
}  // namespace maillage
