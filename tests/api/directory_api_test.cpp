// The directory search over the API, on a small RPPS extraction imported into the demo: words
// without accents or case, profession and place filters (a CPTS's territory, Marseille written
// either way), distance order and radius, paging, clear refusals, the member-only phone line,
// the professional's page, and the territory directory as CSV and printable HTML.
#include <gtest/gtest.h>

#include <set>

#include "app/database_setup.h"
#include "support/demo_server.h"
#include "support/rpps_file.h"

namespace maillage {
namespace {
using testing::RppsRow;

RppsRow professional(const std::string& rpps, const std::string& last, const std::string& first,
                     const std::string& profession_code, const std::string& profession, const std::string& site,
                     const std::string& commune, const std::string& postcode) {
  RppsRow row = testing::rpps_practitioner(rpps, last, site, commune, "04 91 00 00 00");
  row["Prénom d'exercice"] = first;
  row["Code profession"] = profession_code;
  row["Libellé profession"] = profession;
  if (profession_code != "10") {
    row["Code savoir-faire"] = "";
    row["Libellé savoir-faire"] = "";
  }
  row["Code postal (coord. structure)"] = postcode;
  return row;
}

const std::string kKine = "Masseur-kinésithérapeute";

std::vector<RppsRow> extraction() {
  return {
      professional("10000000001", "MARTIN", "Hélène", "10", "Médecin", "S1", "13202", "13002"),
      professional("10000000001", "MARTIN", "Hélène", "10", "Médecin", "S2", "84007", "84000"),  // Avignon
      professional("10000000002", "DURAND", "Paul", "10", "Médecin", "S3", "13203", "13003"),
      professional("10000000003", "LEFÈVRE", "Élodie", "70", kKine, "S4", "13203", "13003"),
      // The commune's code with the arrondissement's postcode: still Marseille 2e.
      professional("10000000004", "ÉTIENNE", "Zoé", "70", kKine, "S5", "13055", "13002"),
      professional("10000000005", "BERNARD", "Luc", "70", kKine, "S6", "13201", "13001"),
      professional("10000000006", "GARCIA", "Inès", "70", kKine, "S7", "31555", "31200"),  // Toulouse
  };
}

class DirectoryApi : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    file_dir = std::make_unique<testing::TempDir>();
    rpps = testing::write_rpps_file(file_dir->path() / "rpps.txt", testing::kRppsHeader, extraction());
  }
  static void TearDownTestSuite() { file_dir.reset(); }

  DirectoryApi() : server({{"import", "rpps", rpps.string()}}) {}

  boost::json::value search(const std::string& query, const std::string& role = "coordination") {
    auto answer = server.signed_in(role)->get("/api/directory?" + query);
    EXPECT_EQ(answer.status, 200u) << query << ": " << answer.body;
    return answer.json();
  }
  static std::vector<std::string> names(const boost::json::value& answer) {
    std::vector<std::string> out;
    for (const auto& item : answer.at("items").as_array()) out.emplace_back(item.at("last_name").as_string());
    return out;
  }
  void sql(const std::string& statement) {
    auto db = app::open_and_migrate(server.database().string());
    db::with_transaction(*db, [&](db::Connection& c) { c.execute(statement); });
  }

  static inline std::unique_ptr<testing::TempDir> file_dir;
  static inline std::filesystem::path rpps;
  testing::DemoServer server;
};

TEST_F(DirectoryApi, WordsMatchWithoutAccentsOrCaseOnNamesAndProfessions) {
  using V = std::vector<std::string>;
  EXPECT_EQ(names(search("q=kine")), (V{"BERNARD", "ÉTIENNE", "GARCIA", "LEFÈVRE"}));
  EXPECT_EQ(names(search("q=KIN%C3%89")), names(search("q=kine")));
  EXPECT_EQ(names(search("q=helene%20mart")), (V{"MARTIN"}));
  EXPECT_EQ(names(search("q=lefevre")), (V{"LEFÈVRE"}));
  EXPECT_EQ(names(search("q=%22kine%22%20OR%20*")), (V{}));  // FTS syntax is only text
}

TEST_F(DirectoryApi, ACptsTerritoryKeepsItsProfessionalsAndOnlyTheirSitesThere) {
  std::string cpts = server.cpts_id("CPTS Marseille 2&3");  // 13202 + 13203
  auto answer = search("cpts=" + cpts);
  EXPECT_EQ(names(answer), (std::vector<std::string>{"DURAND", "ÉTIENNE", "LEFÈVRE", "MARTIN"}));
  EXPECT_EQ(answer.at("total").as_int64(), 4);
  for (const auto& item : answer.at("items").as_array()) {
    if (item.at("last_name").as_string() != "MARTIN") continue;
    ASSERT_EQ(item.at("sites").as_array().size(), 1u) << "the Avignon site is outside the territory";
    EXPECT_EQ(item.at("sites").at(0).at("commune").at("code").as_string(), "13202");
  }
  EXPECT_EQ(names(search("cpts=" + cpts + "&profession=70")), (std::vector<std::string>{"ÉTIENNE", "LEFÈVRE"}));
  // A professional's page shows every site.
  auto page = server.signed_in("membre")->get("/api/directory/professionals/810000000001");
  ASSERT_EQ(page.status, 200u);
  EXPECT_EQ(page.json().at("sites").as_array().size(), 2u);
  EXPECT_EQ(server.signed_in("membre")->get("/api/directory/professionals/899999999999").status, 404u);
}

TEST_F(DirectoryApi, NearACommuneSortsByDistanceWithinTheRadius) {
  auto answer = search("q=kine&near=13202&radius_km=10");
  EXPECT_EQ(names(answer).size(), 3u) << "Toulouse is outside 10 km";
  double previous = -1;
  for (const auto& item : answer.at("items").as_array()) {
    double d = item.at("distance_km").to_number<double>();
    EXPECT_GE(d, previous);
    previous = d;
  }
  // A point (the Vieux-Port) instead of a commune; Toulouse is ~320 km away, beyond the 200 km cap.
  auto wide = search("q=kine&near=43.2965,5.3698&radius_km=200");
  EXPECT_EQ(names(wide).size(), 3u);
  EXPECT_EQ(server.signed_in("coordination")->get("/api/directory?near=13202&radius_km=201").status, 400u);
}

TEST_F(DirectoryApi, PagesCoverEveryResultOnce) {
  std::set<std::string> seen;
  std::string cursor;
  int pages = 0;
  do {
    auto answer = search("q=kine&limit=1" + (cursor.empty() ? "" : "&cursor=" + cursor));
    ASSERT_EQ(answer.at("items").as_array().size(), 1u);
    seen.insert(std::string(answer.at("items").at(0).at("national_id").as_string()));
    cursor = answer.at("next_cursor").is_null() ? "" : std::string(answer.at("next_cursor").as_string());
    ++pages;
  } while (!cursor.empty() && pages < 10);
  EXPECT_EQ(pages, 4);
  EXPECT_EQ(seen.size(), 4u);
  // Without any criterion the directory is walked by name, accents aside.
  auto all = search("limit=3");
  EXPECT_EQ(names(all), (std::vector<std::string>{"BERNARD", "DURAND", "ÉTIENNE"}));
  EXPECT_FALSE(all.at("next_cursor").is_null());
}

TEST_F(DirectoryApi, CapacityCriteriaKeepTheSitesThatDeclareThem) {
  // Capacity is entered in Maillage, never by the import: one kiné takes new patients (a number),
  // one does not, one takes part in unscheduled care.
  sql("UPDATE practice_sites SET accepts_new_patients = '12' WHERE professional_id = '810000000003'");
  sql("UPDATE practice_sites SET accepts_new_patients = 'no', snp = 1 WHERE professional_id = '810000000005'");
  using V = std::vector<std::string>;
  for (std::string place : {"", "&near=13202&radius_km=30"}) {
    EXPECT_EQ(names(search("q=kine&accepts_new_patients=true" + place)), (V{"LEFÈVRE"})) << place;
    EXPECT_EQ(names(search("q=kine&accepts_new_patients=false" + place)), (V{"BERNARD"})) << place;
    EXPECT_EQ(names(search("q=kine&snp=true" + place)), (V{"BERNARD"})) << place;
  }
  auto answer = search("q=lefevre");
  EXPECT_EQ(answer.at("items").at(0).at("sites").at(0).at("accepts_new_patients").as_int64(), 12);
  EXPECT_TRUE(answer.at("items").at(0).at("sites").at(0).at("snp").is_null());
}

TEST_F(DirectoryApi, BadCriteriaAreRefusedNamingTheParameter) {
  auto client = server.signed_in("coordination");
  for (const auto& [query, field] : std::vector<std::pair<std::string, std::string>>{
           {"near=99999", "near"}, {"near=91,500", "near"}, {"radius_km=5", "radius_km"},
           {"accepts_new_patients=peut-etre", "accepts_new_patients"}, {"commune=00000", "commune"},
           {"cpts=unknown", "cpts"}, {"kind=structure&profession=70", "kind"}, {"limit=1000", "limit"},
           {"kind=cabinet", "kind"}, {"departemnt=13", "departemnt"}}) {
    auto answer = client->get("/api/directory?" + query);
    EXPECT_EQ(answer.status, 400u) << query;
    EXPECT_NE(answer.body.find("\"" + field + "\""), std::string::npos) << query << ": " << answer.body;
  }
  EXPECT_EQ(server.anonymous()->get("/api/directory?q=kine").status, 401u);
}

TEST_F(DirectoryApi, TheDirectPhoneLineShowsOnlyToTheRolesOfACptsTheProfessionalIsAMemberOf) {
  std::string cpts = server.cpts_id("CPTS Marseille 2&3");
  sql("UPDATE practice_sites SET direct_phone = '06 00 00 00 01' WHERE professional_id = '810000000003'");
  auto line_seen_by = [&](const std::string& role) {
    auto answer = search("q=lefevre", role);
    const auto& site = answer.at("items").at(0).at("sites").at(0).as_object();
    return site.contains("direct_phone");
  };
  EXPECT_FALSE(line_seen_by("coordination")) << "not a member yet";
  sql("INSERT INTO memberships (id, cpts_id, member_kind, member_id, status, status_since, requested_on, created_at,"
      " updated_at) VALUES ('m1', '" + cpts + "', 'professional', '810000000003', 'active', '2026-01-05', '2026-01-05',"
      " '2026-01-05T00:00:00Z', '2026-01-05T00:00:00Z')");
  EXPECT_TRUE(line_seen_by("coordination"));  // coordinator of Marseille 2&3
  EXPECT_TRUE(line_seen_by("membre"));        // member of Marseille 2&3
  EXPECT_FALSE(line_seen_by("partenaire"));   // partner of another CPTS only
  EXPECT_FALSE(line_seen_by("financeur"));    // platform-wide funder: no CPTS of its own
  auto answer = search("q=lefevre", "coordination");
  EXPECT_EQ(answer.at("items").at(0).at("memberships").at(0).at("status").as_string(), "active");
}

TEST_F(DirectoryApi, TheTerritoryDirectoryExportsAsCsvAndPrintableHtml) {
  std::string cpts = server.cpts_id("CPTS Marseille 2&3");
  auto client = server.signed_in("coordination");
  auto csv = client->get("/api/cpts/" + cpts + "/directory.csv");
  ASSERT_EQ(csv.status, 200u);
  EXPECT_EQ(csv.header("content-type"), "text/csv; charset=utf-8");
  EXPECT_NE(csv.header("content-disposition").find("annuaire-cpts-marseille-2-3.csv"), std::string::npos);
  // Header + 4 professionals at one site each in the territory, by profession then commune.
  std::size_t lines = 0;
  for (std::size_t at = csv.body.find("\r\n"); at != std::string::npos; at = csv.body.find("\r\n", at + 2)) ++lines;
  EXPECT_EQ(lines, 5u) << csv.body;
  EXPECT_LT(csv.body.find("Masseur"), csv.body.find("Médecin"));
  EXPECT_EQ(csv.body.find("84007"), std::string::npos) << "the Avignon site is outside";

  auto html = client->get("/api/cpts/" + cpts + "/directory.html");
  ASSERT_EQ(html.status, 200u);
  EXPECT_EQ(html.header("content-type"), "text/html; charset=utf-8");
  auto at = [&](const std::string& s) { return html.body.find(s); };
  EXPECT_NE(at("<h2>" + kKine + "</h2>"), std::string::npos);
  EXPECT_LT(at("<h2>" + kKine + "</h2>"), at("<h2>Médecin</h2>"));
  EXPECT_LT(at("<h3>13002"), at("<h3>13003"));
  EXPECT_EQ(at("<script"), std::string::npos);
  // Another CPTS's coordinator (none here) or a caller without a role there gets nothing.
  EXPECT_EQ(server.signed_in("partenaire")->get("/api/cpts/" + cpts + "/directory.csv").status, 404u);
}

}  // namespace
}  // namespace maillage
