// `maillage demo`: the demo CPTS hold the territories of the issue, their populations and tailles
// are the sums of the referential's populations (computed here, never typed), and the taille
// follows the thresholds an administrator sets, including a population exactly on a threshold.
#include <gtest/gtest.h>

#include <set>

#include "referential/referential.h"
#include "support/api_client.h"
#include "support/command.h"
#include "support/referential_fixture.h"
#include "support/server_process.h"

namespace maillage {
namespace {
using testing::ApiClient;

class DemoData : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { ref = testing::fixture_referential(); }
  void SetUp() override {
    auto db = testing::copy_fixture_database(dir);
    auto first = testing::run_maillage({"demo", "--db", db.string()});
    ASSERT_EQ(first.status, 0) << first.output;
    auto again = testing::run_maillage({"demo", "--db", db.string()});
    ASSERT_EQ(again.status, 0) << again.output;
    ASSERT_NE(again.output.find("the demo is in place"), std::string::npos) << again.output;
    server = std::make_unique<testing::ServerProcess>(db, std::filesystem::path{}, std::vector<std::string>{"--demo"});
    admin = std::make_unique<ApiClient>(server->port());
    auto account = testing::demo_account("admin");
    ASSERT_EQ(admin->login(account.email, account.password).status, 200u);
  }

  // The demo CPTS named `name`, as listed by GET /api/cpts.
  boost::json::object listed(const std::string& name) {
    auto list = admin->get("/api/cpts").json();
    for (const auto& c : list.at("items").as_array()) {
      if (c.at("name").as_string() == name) return c.as_object();
    }
    ADD_FAILURE() << "no CPTS named " << name;
    return {};
  }
  static std::int64_t population(const std::string& code) { return ref->commune(code)->population.value_or(0); }

  // Taille from the thresholds the server reports (the boundary rule: population >= threshold).
  std::int64_t expected_taille(std::int64_t population) {
    auto t = admin->get("/api/settings/taille").json();
    if (population >= t.at("taille4").as_int64()) return 4;
    if (population >= t.at("taille3").as_int64()) return 3;
    if (population >= t.at("taille2").as_int64()) return 2;
    return 1;
  }
  unsigned set_thresholds(std::int64_t t2, std::int64_t t3, std::int64_t t4) {
    return admin->request("PUT", "/api/settings/taille",
                          boost::json::serialize(boost::json::object{{"taille2", t2}, {"taille3", t3}, {"taille4", t4}}))
        .status;
  }

  static std::shared_ptr<const referential::Referential> ref;
  testing::TempDir dir;
  std::unique_ptr<testing::ServerProcess> server;
  std::unique_ptr<ApiClient> admin;
};
std::shared_ptr<const referential::Referential> DemoData::ref;

TEST_F(DemoData, Marseille2And3HoldsItsTwoArrondissementsUnderASignedContract) {
  auto cpts = listed("CPTS Marseille 2&3");
  std::int64_t expected = population("13202") + population("13203");
  EXPECT_EQ(cpts.at("population").as_int64(), expected);
  EXPECT_FALSE(cpts.at("population_estimated").as_bool());
  EXPECT_EQ(cpts.at("taille").as_int64(), expected_taille(expected));
  EXPECT_EQ(cpts.at("status").as_string(), "contrat_signe");
  auto detail = admin->get("/api/cpts/" + std::string(cpts.at("id").as_string())).json();
  EXPECT_EQ(detail.at("status_history").as_array().back().at("effective_date").as_string(), "2023-02-17");
}

TEST_F(DemoData, TheRuralCptsSpansTwoDepartementsWithEveryCommuneOfItsEpci) {
  auto cpts = listed("CPTS de Puisaye-Forterre");
  const auto* epci = ref->epci("200067130");
  ASSERT_NE(epci, nullptr);
  std::int64_t expected = 0;
  for (const auto& code : epci->member_codes) expected += population(code);
  EXPECT_EQ(cpts.at("population").as_int64(), expected);
  EXPECT_EQ(cpts.at("taille").as_int64(), expected_taille(expected));
  auto territory = admin->get("/api/cpts/" + std::string(cpts.at("id").as_string()) + "/territory").json();
  std::set<std::string> departements;
  for (const auto& e : territory.at("elements").as_array()) departements.insert(std::string(e.at("departement").as_string()));
  EXPECT_EQ(departements, (std::set<std::string>{"58", "89"}));
  EXPECT_EQ(territory.at("elements").as_array().size(), epci->member_codes.size());
}

TEST_F(DemoData, TheToulouseCptsHoldsTwoPostcodesWithEstimatedPopulations) {
  auto cpts = listed("CPTS Toulouse Nord-Est");
  const auto* toulouse = ref->commune("31555");
  // The estimate splits the commune equally between its postcodes, the remainder going one by
  // one to the first postcodes in ascending order.
  std::int64_t total = *toulouse->population;
  std::set<std::string> postcodes(toulouse->postcodes.begin(), toulouse->postcodes.end());
  auto n = static_cast<std::int64_t>(postcodes.size());
  std::int64_t expected = 0, index = 0;
  for (const auto& pc : postcodes) {
    if (pc == "31200" || pc == "31500") expected += total / n + (index < total % n ? 1 : 0);
    ++index;
  }
  EXPECT_EQ(cpts.at("population").as_int64(), expected);
  EXPECT_TRUE(cpts.at("population_estimated").as_bool());
  EXPECT_EQ(cpts.at("taille").as_int64(), expected_taille(expected));
}

TEST_F(DemoData, TailleFollowsTheThresholdsIncludingAPopulationExactlyOnOne) {
  std::int64_t rural = listed("CPTS de Puisaye-Forterre").at("population").as_int64();
  std::int64_t marseille = listed("CPTS Marseille 2&3").at("population").as_int64();
  ASSERT_LT(rural, marseille);

  // Exactly on the taille 2 threshold: taille 2. One inhabitant short: taille 1.
  ASSERT_EQ(set_thresholds(rural, marseille + 1, marseille + 2), 200u);
  EXPECT_EQ(listed("CPTS de Puisaye-Forterre").at("taille").as_int64(), 2);
  ASSERT_EQ(set_thresholds(rural + 1, marseille + 1, marseille + 2), 200u);
  EXPECT_EQ(listed("CPTS de Puisaye-Forterre").at("taille").as_int64(), 1);

  // Exactly on the taille 4 threshold: taille 4 (the CPTS page says the same).
  ASSERT_EQ(set_thresholds(rural, rural + 1, marseille), 200u);
  auto cpts = listed("CPTS Marseille 2&3");
  EXPECT_EQ(cpts.at("taille").as_int64(), 4);
  auto territory = admin->get("/api/cpts/" + std::string(cpts.at("id").as_string()) + "/territory").json();
  EXPECT_EQ(territory.at("taille").as_int64(), 4);

  auto settings = admin->get("/api/settings/taille").json();
  EXPECT_EQ(settings.at("taille4").as_int64(), marseille);
  EXPECT_FALSE(settings.at("updated_by").is_null());
}

TEST_F(DemoData, ThresholdsMustBePositiveAndIncreasing) {
  auto r = admin->request("PUT", "/api/settings/taille", R"({"taille2":80000,"taille3":40000,"taille4":175001})");
  ASSERT_EQ(r.status, 400u) << r.body;
  EXPECT_EQ(r.json().at("errors").at(0).at("field").as_string(), "taille3");
  EXPECT_EQ(r.json().at("errors").at(0).at("rule").as_string(), "increasing");
  auto missing = admin->request("PUT", "/api/settings/taille", R"({"taille2":0,"taille3":40000})");
  ASSERT_EQ(missing.status, 400u);
  EXPECT_EQ(missing.json().at("errors").as_array().size(), 2u) << missing.body;  // taille2 range, taille4 required
  // Nothing changed.
  EXPECT_EQ(admin->get("/api/settings/taille").json().at("updated_at"), nullptr);
}

}  // namespace
}  // namespace maillage
