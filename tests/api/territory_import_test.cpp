// Bulk import of territories by API and by command line: all or nothing, every bad row named
// by its line, populations from the referential.
#include <gtest/gtest.h>

#include <fstream>

#include "referential/referential.h"
#include "support/api_client.h"
#include "support/command.h"
#include "support/referential_fixture.h"
#include "support/server_process.h"

namespace maillage {
namespace {
using testing::ApiClient;

// Line 4 gives Marseille 2e to a new CPTS although the demo's CPTS Marseille 2&3 holds it.
constexpr const char* kOneConflict =
    "cpts_name;insee_code;postcode;population\n"
    "CPTS du Pays d'Arles;13004;;\n"
    "CPTS du Pays d'Arles;13097\n"
    "CPTS Marseille Centre;13202\n"
    "CPTS Toulouse Ouest;31555;31300;12000\n";

class TerritoryImport : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { ref = testing::fixture_referential(); }
  void SetUp() override {
    db = testing::copy_fixture_database(dir);
    auto demo = testing::run_maillage({"demo", "--db", db.string()});
    ASSERT_EQ(demo.status, 0) << demo.output;
  }
  void start() {
    server = std::make_unique<testing::ServerProcess>(db, std::filesystem::path{}, std::vector<std::string>{"--demo"});
  }
  std::unique_ptr<ApiClient> signed_in(const std::string& role) {
    auto client = std::make_unique<ApiClient>(server->port());
    auto account = testing::demo_account(role);
    EXPECT_EQ(client->login(account.email, account.password).status, 200u);
    return client;
  }
  testing::HttpResult send(ApiClient& client, const std::string& content) {
    return client.post("/api/territory-imports", {{"filename", "paca.csv"}, {"content", content}});
  }
  // Name → population of every CPTS, as listed.
  std::map<std::string, std::int64_t> populations(ApiClient& client) {
    std::map<std::string, std::int64_t> out;
    auto list = client.get("/api/cpts").json();
    for (const auto& c : list.at("items").as_array()) out[std::string(c.at("name").as_string())] = c.at("population").as_int64();
    return out;
  }
  static std::int64_t population(const std::string& code) { return ref->commune(code)->population.value_or(0); }

  static std::shared_ptr<const referential::Referential> ref;
  testing::TempDir dir;
  std::filesystem::path db;
  std::unique_ptr<testing::ServerProcess> server;
};
std::shared_ptr<const referential::Referential> TerritoryImport::ref;

TEST_F(TerritoryImport, AFileWithOneConflictingRowChangesNothingAndNamesItsLine) {
  start();
  auto admin = signed_in("admin");
  auto before = populations(*admin);
  auto r = send(*admin, kOneConflict);
  ASSERT_EQ(r.status, 409u) << r.body;
  auto doc = r.json();
  const auto& rows = doc.at("rows").as_array();
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].at("line").as_int64(), 4);
  EXPECT_EQ(rows[0].at("code").as_string(), "13202");
  EXPECT_EQ(rows[0].at("holder").as_string(), "CPTS Marseille 2&3");
  EXPECT_TRUE(rows[0].at("holder_line").is_null());  // held before the import, not by a row of the file
  std::string detail(doc.at("detail").as_string());
  EXPECT_NE(detail.find("paca.csv:4:"), std::string::npos) << detail;
  EXPECT_NE(detail.find("CPTS Marseille 2&3"), std::string::npos) << detail;
  EXPECT_EQ(populations(*admin), before);  // no CPTS created, no territory changed
}

TEST_F(TerritoryImport, AGoodFileCreatesTheCptsWithTheirPopulations) {
  start();
  auto funder = signed_in("financeur");  // the ARS imports its région
  std::string good = kOneConflict;
  good.erase(good.find("CPTS Marseille Centre"), std::string("CPTS Marseille Centre;13202\n").size());
  auto r = send(*funder, good);
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.json().at("rows").as_int64(), 3);
  EXPECT_EQ(r.json().at("cpts_created").as_int64(), 2);
  auto after = populations(*funder);
  EXPECT_EQ(after.at("CPTS du Pays d'Arles"), population("13004") + population("13097"));
  EXPECT_EQ(after.at("CPTS Toulouse Ouest"), 12000);  // the entered population of the part
  // The same file again adds nothing (every element is already held by its CPTS).
  auto again = send(*funder, good);
  ASSERT_EQ(again.status, 200u) << again.body;
  EXPECT_EQ(again.json().at("added").as_int64(), 0);
}

TEST_F(TerritoryImport, MalformedRowsAre400AndCoordinatorsMayNotImport) {
  start();
  auto admin = signed_in("admin");
  auto bad = send(*admin, "CPTS A;13004;;12\nCPTS A\n");
  ASSERT_EQ(bad.status, 400u) << bad.body;
  EXPECT_EQ(bad.json().at("rows").as_array().size(), 2u);
  EXPECT_EQ(bad.json().at("rows").at(1).at("line").as_int64(), 2);
  auto coordinator = signed_in("coordination");
  EXPECT_EQ(send(*coordinator, "CPTS A;13004\n").status, 403u);
}

TEST_F(TerritoryImport, LinesAreTheFilesEvenAfterBlankLinesAndARegionSizedFileFits) {
  start();
  auto admin = signed_in("admin");
  // The content is not trimmed: the bad row is on line 4 of the file.
  auto r = send(*admin, "\n\ncpts_name;insee_code\nCPTS A;99999\nCPTS B;13004\nCPTS A;13004\n");
  ASSERT_EQ(r.status, 409u) << r.body;
  auto doc = r.json();
  const auto& rows = doc.at("rows").as_array();
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].at("line").as_int64(), 4);
  EXPECT_EQ(rows[1].at("line").as_int64(), 6);
  EXPECT_EQ(rows[1].at("holder").as_string(), "CPTS B");
  EXPECT_EQ(rows[1].at("holder_line").as_int64(), 5);  // the earlier row that took it

  // Over 1 MiB of CSV (a région's file is about that size) goes through the server's body limit.
  std::string big = "cpts_name;insee_code\n";
  std::size_t lines = 0;
  for (; big.size() < 1'500'000; ++lines) big += "CPTS du Grand Pays d'Arles et de la Camargue gardoise;13004\n";
  auto imported = send(*admin, big);
  ASSERT_EQ(imported.status, 200u) << imported.body.substr(0, 500);
  EXPECT_EQ(imported.json().at("rows").as_int64(), static_cast<std::int64_t>(lines));
  EXPECT_EQ(imported.json().at("added").as_int64(), 1);
}

TEST_F(TerritoryImport, TheCommandLineReadsASpreadsheetsWindows1252File) {
  auto file = dir / "arles.csv";
  std::ofstream(file, std::ios::binary) << "cpts_name;insee_code\r\nCPTS C\x9Cur de Camargue;13004\r\n";
  auto imported = testing::run_maillage({"import", "territories", file.string(), "--db", db.string()});
  ASSERT_EQ(imported.status, 0) << imported.output;
  EXPECT_NE(imported.output.find("Windows-1252"), std::string::npos) << imported.output;
  start();
  auto admin = signed_in("admin");
  EXPECT_EQ(populations(*admin).at("CPTS C\xC5\x93ur de Camargue"), population("13004"));
}

TEST_F(TerritoryImport, TheCommandLineRefusesTheWholeFileAndNamesTheLine) {
  auto file = dir / "paca.csv";
  std::ofstream(file) << kOneConflict;
  auto refused = testing::run_maillage({"import", "territories", file.string(), "--db", db.string()});
  EXPECT_NE(refused.status, 0);
  EXPECT_NE(refused.output.find(file.string() + ":4: Marseille 2e Arrondissement (13202) already belongs to CPTS Marseille 2&3"),
            std::string::npos)
      << refused.output;
  start();
  auto admin = signed_in("admin");
  EXPECT_FALSE(populations(*admin).contains("CPTS du Pays d'Arles"));

  server.reset();
  std::ofstream(file) << "CPTS du Pays d'Arles;13004\n";
  auto imported = testing::run_maillage({"import", "territories", file.string(), "--db", db.string()});
  EXPECT_EQ(imported.status, 0) << imported.output;
  start();
  auto admin_again = signed_in("admin");
  EXPECT_EQ(populations(*admin_again).at("CPTS du Pays d'Arles"), population("13004"));
}

}  // namespace
}  // namespace maillage
