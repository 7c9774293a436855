// The lifecycle of a CPTS over the API: coordinators prepare (profile), the ARS validates steps
// one at a time, dates never go back, dissolution releases the territory.
#include <gtest/gtest.h>

#include "support/api_client.h"
#include "support/server_process.h"

namespace maillage {
namespace {
using testing::ApiClient;

class CptsLifecycle : public ::testing::Test {
 protected:
  void SetUp() override {
    server = std::make_unique<testing::ServerProcess>(testing::copy_fixture_database(dir), std::filesystem::path{},
                                                      std::vector<std::string>{"--demo"});
    for (const std::string who : {"admin", "coordination", "financeur"}) {
      clients.emplace(who, ApiClient(server->port()));
      auto account = testing::demo_account(who);
      ASSERT_EQ(clients.at(who).login(account.email, account.password).status, 200u);
    }
    auto list = clients.at("coordination").get("/api/cpts").json();
    for (const auto& c : list.at("items").as_array()) {
      if (c.at("name").as_string() == "CPTS Démo du Vieux-Port") id = std::string(c.at("id").as_string());
    }
    ASSERT_FALSE(id.empty());
  }
  testing::HttpResult step(const std::string& who, const std::string& status, const std::string& date) {
    return clients.at(who).post("/api/cpts/" + id + "/status", {{"status", status}, {"effective_date", date}});
  }
  testing::TempDir dir;
  std::unique_ptr<testing::ServerProcess> server;
  std::map<std::string, ApiClient> clients;
  std::string id;
};

TEST_F(CptsLifecycle, CoordinatorsPrepareTheProfile) {
  auto r = clients.at("coordination")
               .request("PATCH", "/api/cpts/" + id,
                        R"({"short_name":"Vieux-Port","legal_form":"association loi 1901","siret":"12345678900017",)"
                        R"("seat_commune":"13202","website":"https://cpts-vieux-port.example"})");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.json().at("seat_commune").as_string(), "13202");
  EXPECT_EQ(r.json().at("time_zone").as_string(), "Europe/Paris");  // the seat's: its dates are days there
  auto reunion = clients.at("coordination").request("PATCH", "/api/cpts/" + id, R"({"seat_commune":"97411"})");
  EXPECT_EQ(reunion.json().at("time_zone").as_string(), "Indian/Reunion");  // Saint-Denis
  ASSERT_EQ(clients.at("coordination").request("PATCH", "/api/cpts/" + id, R"({"seat_commune":"13202"})").status, 200u);
  auto bad = clients.at("coordination").request("PATCH", "/api/cpts/" + id, R"({"siret":"123","seat_commune":"99999"})");
  EXPECT_EQ(bad.status, 400u);
  EXPECT_EQ(bad.json().at("errors").as_array().size(), 2u);
  EXPECT_EQ(clients.at("financeur").request("PATCH", "/api/cpts/" + id, R"({"short_name":"x"})").status, 403u);
}

TEST_F(CptsLifecycle, TheArsValidatesOneStepAtATimeWithDatesInOrder) {
  EXPECT_EQ(step("coordination", "lettre_intention_validee", "2022-03-01").status, 403u);
  auto skip = step("financeur", "contrat_signe", "2023-02-17");
  EXPECT_EQ(skip.status, 409u);
  EXPECT_EQ(skip.json().at("errors").at(0).at("rule").as_string(), "transition");
  ASSERT_EQ(step("financeur", "lettre_intention_validee", "2022-03-01").status, 200u);
  auto backwards = step("financeur", "projet_sante_valide", "2021-12-31");
  EXPECT_EQ(backwards.status, 409u);
  EXPECT_EQ(backwards.json().at("errors").at(0).at("rule").as_string(), "date_order");
  ASSERT_EQ(step("admin", "projet_sante_valide", "2022-10-10").status, 200u);
  auto signed_contract = step("financeur", "contrat_signe", "2023-02-17");
  ASSERT_EQ(signed_contract.status, 200u) << signed_contract.body;
  auto cpts = clients.at("coordination").get("/api/cpts/" + id).json();
  EXPECT_EQ(cpts.at("status").as_string(), "contrat_signe");
  const auto& history = cpts.at("status_history").as_array();
  ASSERT_EQ(history.size(), 3u);
  EXPECT_EQ(history[2].at("effective_date").as_string(), "2023-02-17");
  EXPECT_EQ(history[2].at("recorded_by").as_string(), "ARS démo");
}

TEST_F(CptsLifecycle, DissolutionReleasesTheTerritoryAndIsFinal) {
  ApiClient& coordinator = clients.at("coordination");
  ASSERT_EQ(coordinator.post("/api/cpts/" + id + "/territory/additions", {{"communes", {"13202", "13203"}}}).status, 200u);
  ASSERT_EQ(step("financeur", "dissoute", "2026-06-30").status, 200u);
  EXPECT_TRUE(coordinator.get("/api/cpts/" + id + "/territory").json().at("elements").as_array().empty());
  EXPECT_EQ(step("financeur", "lettre_intention_validee", "2026-07-01").status, 409u);
  // The communes are free for another CPTS.
  auto other = clients.at("admin").post("/api/cpts", {{"name", "CPTS reprise"}});
  std::string other_id(other.json().at("id").as_string());
  EXPECT_EQ(clients.at("admin").post("/api/cpts/" + other_id + "/territory/additions", {{"communes", {"13202"}}}).status, 200u);
}

}  // namespace
}  // namespace maillage
