// Exports and maps over the API, on the demo: a CPTS's territory and the zones blanches as CSV
// and GeoJSON, and the coverage map of a département at the finest level in use.
#include <gtest/gtest.h>

#include <map>
#include <set>
#include <sstream>

#include "referential/referential.h"
#include "support/api_client.h"
#include "support/command.h"
#include "support/referential_fixture.h"
#include "support/server_process.h"

namespace maillage {
namespace {
using testing::ApiClient;

// The rows of a `;`-separated document without quoted cells, header first (BOM removed).
std::vector<std::vector<std::string>> csv_rows(std::string body) {
  const std::string bom = "\xEF\xBB\xBF";
  EXPECT_EQ(body.substr(0, 3), bom);
  if (body.starts_with(bom)) body.erase(0, 3);
  std::vector<std::vector<std::string>> rows;
  std::size_t start = 0;
  while (start < body.size()) {
    std::size_t end = body.find("\r\n", start);
    std::string line = body.substr(start, end - start);
    std::vector<std::string> cells;
    std::stringstream cells_in(line);
    for (std::string cell; std::getline(cells_in, cell, ';');) cells.push_back(cell);
    if (line.ends_with(';')) cells.emplace_back();
    rows.push_back(cells);
    start = end == std::string::npos ? body.size() : end + 2;
  }
  return rows;
}

class TerritoryExport : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { ref = testing::fixture_referential(); }
  void SetUp() override {
    auto db = testing::copy_fixture_database(dir);
    auto demo = testing::run_maillage({"demo", "--db", db.string()});
    ASSERT_EQ(demo.status, 0) << demo.output;
    server = std::make_unique<testing::ServerProcess>(db, std::filesystem::path{}, std::vector<std::string>{"--demo"});
    admin = signed_in("admin");
  }
  std::unique_ptr<ApiClient> signed_in(const std::string& role) {
    auto client = std::make_unique<ApiClient>(server->port());
    auto account = testing::demo_account(role);
    EXPECT_EQ(client->login(account.email, account.password).status, 200u);
    return client;
  }
  std::string cpts_id(const std::string& name) {
    auto list = admin->get("/api/cpts").json();
    for (const auto& c : list.at("items").as_array()) {
      if (c.at("name").as_string() == name) return std::string(c.at("id").as_string());
    }
    ADD_FAILURE() << "no CPTS named " << name;
    return {};
  }
  static std::int64_t population(const std::string& code) { return ref->commune(code)->population.value_or(0); }

  static std::shared_ptr<const referential::Referential> ref;
  testing::TempDir dir;
  std::unique_ptr<testing::ServerProcess> server;
  std::unique_ptr<ApiClient> admin;
};
std::shared_ptr<const referential::Referential> TerritoryExport::ref;

TEST_F(TerritoryExport, TheTerritoryCsvListsEveryElementWithItsPopulation) {
  auto r = admin->get("/api/cpts/" + cpts_id("CPTS Marseille 2&3") + "/territory.csv");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("content-type"), "text/csv; charset=utf-8");
  EXPECT_EQ(r.header("content-disposition"), "attachment; filename=\"territoire-cpts-marseille-2-3.csv\"");
  auto rows = csv_rows(r.body);
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0], (std::vector<std::string>{"insee_code", "postcode", "name", "kind", "departement", "population",
                                               "population_estimated", "added_at"}));
  for (std::size_t i = 1; i < rows.size(); ++i) {
    const std::string& code = rows[i][0];
    EXPECT_TRUE(code == "13202" || code == "13203") << code;
    EXPECT_EQ(rows[i][2], ref->commune(code)->name);
    EXPECT_EQ(rows[i][3], "arrondissement");
    EXPECT_EQ(rows[i][5], std::to_string(population(code)));
    EXPECT_EQ(rows[i][6], "false");
  }
}

TEST_F(TerritoryExport, TheTerritoryGeoJsonPlacesEachPartAtItsCommuneAndFlagsEstimates) {
  auto r = admin->get("/api/cpts/" + cpts_id("CPTS Toulouse Nord-Est") + "/territory.geojson");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("content-type"), "application/geo+json");
  auto doc = r.json();
  EXPECT_EQ(doc.at("type").as_string(), "FeatureCollection");
  const auto& features = doc.at("features").as_array();
  ASSERT_EQ(features.size(), 2u);
  const auto& toulouse = *ref->commune("31555")->coordinates;
  std::set<std::string> postcodes;
  for (const auto& f : features) {
    const auto& point = f.at("geometry").at("coordinates").as_array();
    EXPECT_DOUBLE_EQ(point.at(0).to_number<double>(), toulouse.longitude);
    EXPECT_DOUBLE_EQ(point.at(1).to_number<double>(), toulouse.latitude);
    EXPECT_EQ(f.at("properties").at("kind").as_string(), "postcode_part");
    EXPECT_TRUE(f.at("properties").at("population_estimated").as_bool());
    postcodes.insert(std::string(f.at("properties").at("postcode").as_string()));
  }
  EXPECT_EQ(postcodes, (std::set<std::string>{"31200", "31500"}));
}

TEST_F(TerritoryExport, AnotherCptsTerritoryCannotBeExportedByItsNonMembers) {
  auto partner = signed_in("partenaire");  // partner of the Vieux-Port only
  EXPECT_EQ(partner->get("/api/cpts/" + cpts_id("CPTS Toulouse Nord-Est") + "/territory.csv").status, 404u);
  EXPECT_EQ(partner->get("/api/cpts/" + cpts_id("CPTS Démo du Vieux-Port") + "/territory.csv").status, 200u);
}

TEST_F(TerritoryExport, TheZonesBlanchesExportsHoldTheWholeListOfTheCoverage) {
  std::set<std::string> listed;  // every page of GET /api/coverage
  std::string cursor;
  do {
    auto page = admin->get("/api/coverage?level=departement&code=13&limit=500" +
                           (cursor.empty() ? std::string() : "&cursor=" + cursor)).json();
    for (const auto& z : page.at("zones_blanches").at("items").as_array()) listed.insert(std::string(z.at("code").as_string()));
    const auto& next = page.at("zones_blanches").at("next_cursor");
    cursor = next.is_null() ? "" : std::string(next.as_string());
  } while (!cursor.empty());

  auto csv = admin->get("/api/coverage/zones-blanches.csv?level=departement&code=13&sort=code");
  ASSERT_EQ(csv.status, 200u) << csv.body;
  EXPECT_EQ(csv.header("content-disposition"), "attachment; filename=\"zones-blanches-13.csv\"");
  auto rows = csv_rows(csv.body);
  std::set<std::string> exported;
  for (std::size_t i = 1; i < rows.size(); ++i) {
    exported.insert(rows[i][0]);
    EXPECT_EQ(rows[i][4], std::to_string(population(rows[i][0])));
  }
  EXPECT_EQ(exported, listed);
  EXPECT_EQ(rows.size() - 1, listed.size());
  EXPECT_FALSE(exported.contains("13202"));  // the demo's Marseille 2&3
  EXPECT_TRUE(exported.contains("13204"));

  auto geojson = admin->get("/api/coverage/zones-blanches.geojson?level=departement&code=13").json();
  EXPECT_EQ(geojson.at("features").as_array().size(), listed.size());
}

TEST_F(TerritoryExport, TheCoverageMapShowsEveryCommuneAtTheFinestLevelWithItsCpts) {
  auto r = admin->get("/api/coverage/map?level=departement&code=13");
  ASSERT_EQ(r.status, 200u) << r.body;
  auto doc = r.json();
  // Every commune of the département once, Marseille (split) by its arrondissements.
  std::set<std::string> expected;
  for (const auto& c : ref->data().communes) {
    if (c.departement_code != "13") continue;
    if (c.kind == referential::CommuneKind::arrondissement || c.code != "13055") expected.insert(c.code);
  }
  std::map<std::string, std::string> holder;  // code → CPTS name ("" when uncovered)
  for (const auto& f : doc.at("features").as_array()) {
    const auto& p = f.at("properties");
    const auto& cpts = p.at("cpts");
    holder[std::string(p.at("code").as_string())] = cpts.is_null() ? "" : std::string(cpts.at("name").as_string());
  }
  std::set<std::string> mapped;
  for (const auto& [code, name] : holder) mapped.insert(code);
  EXPECT_EQ(mapped, expected);
  EXPECT_EQ(doc.at("features").as_array().size(), expected.size());
  EXPECT_EQ(holder["13202"], "CPTS Marseille 2&3");
  EXPECT_EQ(holder["13201"], "CPTS Démo du Vieux-Port");
  EXPECT_EQ(holder["13001"], "");  // Aix-en-Provence: a zone blanche

  auto nation = admin->get("/api/coverage/map?level=nation");
  ASSERT_EQ(nation.status, 400u);
  EXPECT_EQ(nation.json().at("errors").at(0).at("field").as_string(), "level");
}

}  // namespace
}  // namespace maillage
