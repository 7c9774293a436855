// Plan 100 % coverage over the API, against an independent computation from the referential.
#include <gtest/gtest.h>

#include <set>

#include "platform/db/sqlite_database.h"
#include "referential/referential.h"
#include "referential/store.h"
#include "support/api_client.h"
#include "support/referential_fixture.h"
#include "support/server_process.h"

namespace maillage {
namespace {
using testing::ApiClient;

class CoverageApi : public ::testing::Test {
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
    // "Signée": contract signed, holds Marseille 2e and 3e and Aix; "Projet": Arles and Toulouse 31200.
    signed_id = create("CPTS Signée");
    project_id = create("CPTS Projet");
    for (auto [status, date] : {std::pair{"lettre_intention_validee", "2021-01-01"},
                                {"projet_sante_valide", "2022-01-01"}, {"contrat_signe", "2023-02-17"}}) {
      ASSERT_EQ(admin->post("/api/cpts/" + signed_id + "/status", {{"status", status}, {"effective_date", date}}).status, 200u);
    }
    ASSERT_EQ(add(signed_id, {{"communes", {"13202", "13203", "13001"}}}), 200u);
    ASSERT_EQ(add(project_id, {{"communes", {"13004"}}, {"parts", {{{"code", "31555"}, {"postcode", "31200"}}}}}), 200u);
  }
  std::string create(const std::string& name) {
    auto r = admin->post("/api/cpts", {{"name", name}});
    return std::string(r.json().at("id").as_string());
  }
  unsigned add(const std::string& id, const boost::json::object& body) {
    return admin->post("/api/cpts/" + id + "/territory/additions", body).status;
  }
  static std::int64_t pop(const std::string& code) { return ref->commune(code)->population.value_or(0); }

  static std::shared_ptr<const referential::Referential> ref;
  testing::TempDir dir;
  std::unique_ptr<testing::ServerProcess> server;
  std::unique_ptr<ApiClient> admin;
  std::string signed_id, project_id;
};
std::shared_ptr<const referential::Referential> CoverageApi::ref;

TEST_F(CoverageApi, ADepartementMatchesAnIndependentComputation) {
  std::int64_t population = 0;
  std::size_t uncovered_communes = 0;
  for (const auto& c : ref->data().communes) {
    if (c.kind == referential::CommuneKind::commune && c.departement_code == "13") {
      population += c.population.value_or(0);
      if (c.code != "13001" && c.code != "13004" && c.code != "13055") ++uncovered_communes;
    }
  }
  std::int64_t signed_pop = pop("13202") + pop("13203") + pop("13001");
  auto r = admin->get("/api/coverage?level=departement&code=13&limit=500");
  ASSERT_EQ(r.status, 200u) << r.body;
  auto c = r.json();
  EXPECT_EQ(c.at("population").as_int64(), population);
  EXPECT_EQ(c.at("covered").at("signed_contract").at("population").as_int64(), signed_pop);
  EXPECT_EQ(c.at("covered").at("all_cpts").at("population").as_int64(), signed_pop + pop("13004"));
  EXPECT_NEAR(c.at("covered").at("all_cpts").at("share").as_double(),
              static_cast<double>(signed_pop + pop("13004")) / population, 1e-12);
  // Zones blanches: every other commune, and Marseille's 14 other arrondissements (not Marseille).
  const auto& z = c.at("zones_blanches");
  EXPECT_EQ(z.at("total").as_int64(), static_cast<std::int64_t>(uncovered_communes + 14));
  std::set<std::string> codes;
  std::int64_t previous = INT64_MAX;
  for (const auto& item : z.at("items").as_array()) {
    codes.insert(std::string(item.at("code").as_string()));
    EXPECT_LE(item.at("population").as_int64(), previous);  // largest first
    previous = item.at("population").as_int64();
  }
  EXPECT_TRUE(codes.contains("13213"));
  EXPECT_FALSE(codes.contains("13055"));
  EXPECT_FALSE(codes.contains("13203"));
  EXPECT_EQ(c.at("cpts_by_status").at("contrat_signe").as_int64(), 1);
  EXPECT_EQ(c.at("cpts_by_status").at("projet").as_int64(), 1);
}

TEST_F(CoverageApi, TheNationCoversMetropoleAndDromAndReportsTheComApart) {
  std::int64_t nation = 0, com = 0;
  for (const auto& c : ref->data().communes) {
    if (c.kind != referential::CommuneKind::commune) continue;
    (c.zone == referential::Zone::com ? com : nation) += c.population.value_or(0);
  }
  auto c = admin->get("/api/coverage?limit=1").json();
  EXPECT_EQ(c.at("population").as_int64(), nation);
  EXPECT_EQ(c.at("com").at("population").as_int64(), com);
  // Toulouse 31200 is an estimated part: the sum is flagged.
  std::int64_t toulouse_part = 0;
  {
    auto pcs = ref->commune("31555")->postcodes;
    std::sort(pcs.begin(), pcs.end());
    auto n = static_cast<std::int64_t>(pcs.size());
    auto i = std::find(pcs.begin(), pcs.end(), "31200") - pcs.begin();
    toulouse_part = pop("31555") / n + (i < pop("31555") % n ? 1 : 0);
  }
  EXPECT_EQ(c.at("covered").at("all_cpts").at("population").as_int64(),
            pop("13202") + pop("13203") + pop("13001") + pop("13004") + toulouse_part);
  EXPECT_TRUE(c.at("population_estimated").as_bool());
  auto haute_garonne = admin->get("/api/coverage?level=departement&code=31&limit=500").json();
  bool toulouse_other_part_listed = false;
  for (const auto& item : haute_garonne.at("zones_blanches").at("items").as_array()) {
    if (item.at("code") == "31555") {
      EXPECT_FALSE(item.at("postcode").is_null());
      EXPECT_NE(item.at("postcode").as_string(), "31200");
      toulouse_other_part_listed = true;
    }
  }
  EXPECT_TRUE(toulouse_other_part_listed);
}

TEST_F(CoverageApi, PagesSortsAndRefusesBadParameters) {
  auto first = admin->get("/api/coverage?level=region&code=93&sort=name&limit=10").json();
  ASSERT_TRUE(first.at("zones_blanches").at("next_cursor").is_string());
  auto second = admin->get("/api/coverage?level=region&code=93&sort=name&limit=10&cursor=" +
                           std::string(first.at("zones_blanches").at("next_cursor").as_string())).json();
  EXPECT_LE(first.at("zones_blanches").at("items").at(9).at("name").as_string(),
            second.at("zones_blanches").at("items").at(0).at("name").as_string());
  EXPECT_EQ(admin->get("/api/coverage?level=canton").status, 400u);
  EXPECT_EQ(admin->get("/api/coverage?level=departement&code=XX").status, 400u);
  EXPECT_EQ(admin->get("/api/coverage?sort=size").status, 400u);
}

}  // namespace
}  // namespace maillage
