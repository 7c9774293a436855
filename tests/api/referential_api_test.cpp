// The referential API over HTTP, against the real binary on a copy of the fixture database.
#include <gtest/gtest.h>

#include "support/http_client.h"
#include "support/server_process.h"

namespace maillage {
namespace {
using testing::http_get;

class ReferentialApi : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir = new testing::TempDir();
    server = new testing::ServerProcess(testing::copy_fixture_database(*dir));
  }
  static void TearDownTestSuite() {
    delete server;
    delete dir;
  }
  static testing::HttpResult get(const std::string& target) { return http_get(server->port(), target); }
  static boost::json::value ok(const std::string& target) {
    auto r = get(target);
    EXPECT_EQ(r.status, 200u) << target << ": " << r.body;
    EXPECT_EQ(r.header("content-type"), "application/json");
    return r.json();
  }
  static void expect_problem(const std::string& target, unsigned status, const std::string& field = "",
                             const std::string& rule = "") {
    auto r = get(target);
    EXPECT_EQ(r.status, status) << target;
    EXPECT_EQ(r.header("content-type"), "application/problem+json") << target;
    auto doc = r.json().as_object();
    EXPECT_EQ(doc.at("status").to_number<unsigned>(), status);
    EXPECT_TRUE(doc.contains("type") && doc.contains("title") && doc.contains("detail")) << r.body;
    if (!field.empty()) {
      ASSERT_TRUE(doc.contains("errors")) << r.body;
      EXPECT_EQ(doc.at("errors").at(0).at("field").as_string(), field) << r.body;
      EXPECT_EQ(doc.at("errors").at(0).at("rule").as_string(), rule) << r.body;
    }
  }
  static std::vector<std::string> search_codes(const std::string& q) {
    std::vector<std::string> out;
    auto page = ok("/api/communes?limit=5&q=" + testing::url_encode(q));
    for (const auto& item : page.at("items").as_array()) {
      out.emplace_back(item.at("code").as_string());
    }
    return out;
  }
  static testing::TempDir* dir;
  static testing::ServerProcess* server;
};
testing::TempDir* ReferentialApi::dir = nullptr;
testing::ServerProcess* ReferentialApi::server = nullptr;

TEST_F(ReferentialApi, HealthReportsDatabaseAndReferentialVersion) {
  auto health = ok("/api/health");
  EXPECT_EQ(health.at("status").as_string(), "ok");
  EXPECT_EQ(health.at("database").at("status").as_string(), "ok");
  EXPECT_GE(health.at("database").at("schema_version").to_number<int>(), 1);
  EXPECT_EQ(health.at("referential").at("sources").as_array().size(), 3u);
  EXPECT_FALSE(health.at("referential").at("imported_at").is_null());
}

TEST_F(ReferentialApi, SearchBehavesAsPeopleType) {
  auto evry = search_codes("evry");
  EXPECT_NE(std::find(evry.begin(), evry.end(), "91228"), evry.end());
  EXPECT_EQ(search_codes("st etienne").at(0), "42218");
  auto marseille3 = search_codes("13003");
  EXPECT_NE(std::find(marseille3.begin(), marseille3.end(), "13203"), marseille3.end());
  EXPECT_EQ(search_codes("marseille 3").at(0), "13203");
}

TEST_F(ReferentialApi, SearchPagesWithACursor) {
  auto first = ok("/api/communes?departement=2A&limit=10");
  ASSERT_TRUE(first.at("next_cursor").is_string());
  auto second = ok("/api/communes?departement=2A&limit=10&cursor=" + std::string(first.at("next_cursor").as_string()));
  EXPECT_EQ(second.at("items").as_array().size(), 10u);
  EXPECT_NE(first.at("items").at(0).at("code"), second.at("items").at(0).at("code"));
  for (const auto& item : second.at("items").as_array()) EXPECT_EQ(item.at("departement").at("code").as_string(), "2A");
}

TEST_F(ReferentialApi, CommuneDetailHasItsFacts) {
  auto c = ok("/api/communes/13203");
  EXPECT_EQ(c.at("name").as_string(), "Marseille 3e Arrondissement");
  EXPECT_EQ(c.at("kind").as_string(), "arrondissement");
  EXPECT_EQ(c.at("parent").at("code").as_string(), "13055");
  EXPECT_EQ(c.at("zone").as_string(), "metro");
  EXPECT_EQ(c.at("departement").at("code").as_string(), "13");
  EXPECT_EQ(c.at("region").at("code").as_string(), "93");
  EXPECT_TRUE(c.at("epci").is_object());
  EXPECT_EQ(c.at("postcode_details").at(0).at("postcode").as_string(), "13003");
  EXPECT_EQ(c.at("postcode_details").at(0).at("libelle_acheminement").as_string(), "MARSEILLE");
  EXPECT_TRUE(c.at("coordinates").at("lat").is_double());
  EXPECT_TRUE(c.at("coordinates").at("estimated").is_bool());

  auto marseille = ok("/api/communes/13055");
  EXPECT_EQ(marseille.at("arrondissements").as_array().size(), 16u);
  EXPECT_TRUE(marseille.at("parent").is_null());
  auto ajaccio = ok("/api/communes/2a004");  // codes are case-insensitive on the way in
  EXPECT_EQ(ajaccio.at("code").as_string(), "2A004");
}

TEST_F(ReferentialApi, ListsDepartementsRegionsEpciAndPostcodes) {
  auto deps = ok("/api/departements").at("items").as_array();  // copies: ok() returns a temporary
  EXPECT_GE(deps.size(), 101u);
  auto idf = ok("/api/departements?region=11").at("items").as_array();
  EXPECT_EQ(idf.size(), 8u);
  auto regions = ok("/api/regions").at("items").as_array();
  EXPECT_GE(regions.size(), 18u);
  std::string siren(ok("/api/communes/13055").at("epci").at("siren").as_string());
  auto epci = ok("/api/epci/" + siren);
  bool has_marseille = false;
  for (const auto& m : epci.at("members").as_array()) has_marseille |= m.at("code") == "13055";
  EXPECT_TRUE(has_marseille);
  auto pc = ok("/api/postcodes/75116");
  bool has_16e = false;
  for (const auto& c : pc.at("communes").as_array()) has_16e |= c.at("code") == "75116";
  EXPECT_TRUE(has_16e);
}

TEST_F(ReferentialApi, FindsEpciByWordsOfTheirNameOrSiren) {
  std::string siren(ok("/api/communes/89419").at("epci").at("siren").as_string());  // Toucy's EPCI
  std::string name(ok("/api/epci/" + siren).at("name").as_string());
  auto by_words = ok("/api/epci?q=puisaye%20fort").at("items").as_array();
  ASSERT_FALSE(by_words.empty());
  EXPECT_EQ(by_words.at(0).at("siren").as_string(), siren);
  EXPECT_EQ(by_words.at(0).at("name").as_string(), name);
  auto by_siren = ok("/api/epci?q=" + siren).at("items").as_array();
  ASSERT_EQ(by_siren.size(), 1u);
  // Within a département: the EPCI spans Nièvre and Yonne, so both find it; the Var does not.
  EXPECT_EQ(ok("/api/epci?q=puisaye&departement=58").at("items").as_array().size(), 1u);
  EXPECT_EQ(ok("/api/epci?q=puisaye&departement=89").at("items").as_array().size(), 1u);
  EXPECT_TRUE(ok("/api/epci?q=puisaye&departement=83").at("items").as_array().empty());
  // Largest first.
  auto all = ok("/api/epci?limit=5").at("items").as_array();
  ASSERT_EQ(all.size(), 5u);
  for (std::size_t i = 1; i < all.size(); ++i) {
    EXPECT_GE(all[i - 1].at("population").as_int64(), all[i].at("population").as_int64());
  }
  expect_problem("/api/epci?departement=XX", 400, "departement", "unknown_code");
}

TEST_F(ReferentialApi, UnknownCodesAre404Problems) {
  expect_problem("/api/communes/99999", 404);
  expect_problem("/api/epci/000000000", 404);
  expect_problem("/api/postcodes/00000", 404);
  expect_problem("/api/nothing-here", 404);
}

TEST_F(ReferentialApi, AFormerCommuneCodePointsToItsCurrentCommune) {
  // 01340 Saint-Bois is a commune déléguée of Arboys en Bugey (01015) with a code of its own.
  auto r = get("/api/communes/01340");
  EXPECT_EQ(r.status, 404u);
  EXPECT_EQ(r.json().at("current_code").as_string(), "01015");
}

TEST_F(ReferentialApi, BadParametersAre400NamingTheParameter) {
  expect_problem("/api/communes?limit=0", 400, "limit", "range");
  expect_problem("/api/communes?limit=abc", 400, "limit", "integer");
  expect_problem("/api/communes?cursor=zzz", 400, "cursor", "format");
  expect_problem("/api/communes?departement=XX", 400, "departement", "unknown_code");
  expect_problem("/api/communes?region=00", 400, "region", "unknown_code");
  expect_problem("/api/communes?epci=12", 400, "epci", "format");
  expect_problem("/api/communes?postcode=1300", 400, "postcode", "format");
  expect_problem("/api/communes?q=" + std::string(101, 'a'), 400, "q", "max_length");
  expect_problem("/api/communes?departemnt=13", 400, "departemnt", "unknown_parameter");
  expect_problem("/api/communes/abc", 400, "code", "format");
  expect_problem("/api/epci/abc", 400, "siren", "format");
  expect_problem("/api/postcodes/7500", 400, "postcode", "format");
}

TEST_F(ReferentialApi, WrongMethodIs405WithAllow) {
  auto r = testing::http_request(server->port(), "DELETE", "/api/communes/13203");
  EXPECT_EQ(r.status, 405u);
  EXPECT_EQ(r.header("allow"), "GET");
}

TEST_F(ReferentialApi, EveryResponseCarriesTheSecurityHeaders) {
  for (const std::string target : {"/api/health", "/api/communes/99999"}) {
    auto r = get(target);
    EXPECT_NE(r.header("content-security-policy").find("frame-ancestors 'none'"), std::string::npos);
    EXPECT_EQ(r.header("content-security-policy").find("unsafe-inline"), std::string::npos);
    EXPECT_EQ(r.header("x-content-type-options"), "nosniff");
    EXPECT_EQ(r.header("referrer-policy"), "no-referrer");
  }
}

TEST_F(ReferentialApi, LogsOneStructuredLinePerRequestWithoutTheQueryString) {
  get("/api/communes?q=dupont-secret");
  auto log = server->log();
  auto line_start = log.rfind("\"path\":\"/api/communes\"");
  ASSERT_NE(line_start, std::string::npos) << log;
  auto begin = log.rfind('\n', line_start) + 1;
  auto line = log.substr(begin, log.find('\n', line_start) - begin);
  EXPECT_NE(line.find("\"method\":\"GET\""), std::string::npos) << line;
  EXPECT_NE(line.find("\"status\":200"), std::string::npos) << line;
  EXPECT_NE(line.find("\"duration_ms\":"), std::string::npos) << line;
  EXPECT_EQ(log.find("dupont-secret"), std::string::npos);
}

}  // namespace
}  // namespace maillage
