// Directory imports by upload: an administrator sends an RPPS and a FINESS file, follows each
// import to its end and reads its report; others are refused before their file is read; a file
// that cannot be imported leaves the database as it was and says why; a server stopping during
// an import exits cleanly with the import whole or absent.
#include <gtest/gtest.h>

#include <csignal>
#include <fstream>
#include <sstream>
#include <thread>

#include "app/database_setup.h"
#include "support/command.h"
#include "support/demo_server.h"
#include "support/rpps_file.h"

namespace maillage {
namespace {
using testing::ApiClient;
using testing::HttpResult;

constexpr const char* kFiness =
    "finess;etalab;111;2026-05-12\n"
    "structureet;130786049;130043664;HOPITAL EUROPEEN;;;;6;R;DESIREE CLARY;;;055;13;BOUCHES-DU-RHONE;"
    "13003 MARSEILLE;0413427000;;365;Etablissement de Soins Pluridisciplinaire;;;;;;;;;;;;\n"
    "structureet;130000001;130000002;MSP DU PANIER;;;;1;PL;DE LENCHE;;;055;13;BOUCHES-DU-RHONE;13002 MARSEILLE;;;"
    "603;Maison de santé (L.6223-3);;;;;;;;;;;;\n"
    "structureet;bad record\n"
    "geolocalisation;130786049;893400.0;6248100.0;1,ATLASANTE,96,BAN,EPSG:2154 RGF93 / Lambert-93;2026-05-04\n";

std::string read_all(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::string rpps_file(const testing::TempDir& dir, std::size_t practitioners = 0) {
  std::vector<testing::RppsRow> rows = {testing::rpps_practitioner("10001045367", "Martin", "S1", "13202", "0491000001"),
                                        testing::rpps_practitioner("10001045367", "Martin", "S2", "13203", "0491000002"),
                                        testing::rpps_practitioner("10002000011", "Durand", "S3", "13203", "0491000003")};
  for (std::size_t i = 0; i < practitioners; ++i) {
    rows.push_back(testing::rpps_practitioner(std::to_string(20000000000 + i), "Nom" + std::to_string(i), "T" + std::to_string(i),
                                              "13202", ""));
  }
  return read_all(testing::write_rpps_file(dir / "rpps.txt", testing::kRppsHeader, rows));
}

HttpResult upload(ApiClient& client, const std::string& source, const std::string& filename, const std::string& body) {
  return client.request("POST", "/api/directory-imports?source=" + source + "&filename=" + testing::url_encode(filename),
                        body, {{"Content-Type", "application/octet-stream"}});
}

// Polls the job until it is no longer running (imports of these files take milliseconds).
boost::json::object finished(ApiClient& client, const std::string& location) {
  for (int i = 0; i < 400; ++i) {
    auto r = client.get(location);
    EXPECT_EQ(r.status, 200u) << r.body;
    auto job = r.json().as_object();
    if (job.at("state").as_string() != "running") return job;
    std::this_thread::sleep_for(std::chrono::milliseconds(25));
  }
  ADD_FAILURE() << "the import of " << location << " did not finish";
  return {};
}

class DirectoryImportApi : public ::testing::Test {
 protected:
  std::int64_t count(const std::string& sql) {
    auto db = app::open_and_migrate(server.database().string());
    db::Lease lease = db->read();
    auto& st = lease->query(sql);
    st.step();
    return st.int64(0);
  }

  testing::DemoServer server;
};

TEST_F(DirectoryImportApi, AnAdministratorUploadsAnRppsFileAndFollowsItsImportToTheReport) {
  auto admin = server.signed_in("admin");
  auto r = upload(*admin, "rpps", "PS_LibreAcces_Personne_activite_13.txt", rpps_file(server.dir()));
  ASSERT_EQ(r.status, 202u) << r.body;
  std::string location = r.header("location");
  auto started = r.json().as_object();
  EXPECT_EQ(location, "/api/directory-imports/" + std::string(started.at("id").as_string()));
  EXPECT_EQ(started.at("source").as_string(), "rpps");
  EXPECT_GT(started.at("bytes_total").as_int64(), 0);

  auto job = finished(*admin, location);
  ASSERT_EQ(job.at("state").as_string(), "done") << boost::json::serialize(job);
  const auto& report = job.at("report").as_object();
  EXPECT_EQ(report.at("lines").as_int64(), 3);
  EXPECT_EQ(report.at("created").as_int64(), 3);
  EXPECT_EQ(report.at("rejected").as_int64(), 0);
  EXPECT_EQ(job.at("bytes_read"), job.at("bytes_total"));
  EXPECT_EQ(count("SELECT COUNT(*) FROM practice_sites"), 3);

  auto list = admin->get("/api/directory-imports").json();
  ASSERT_EQ(list.at("items").as_array().size(), 1u);
  const auto& record = list.at("items").at(0);
  EXPECT_EQ(record.at("filename").as_string(), "PS_LibreAcces_Personne_activite_13.txt");
  EXPECT_EQ(record.at("created").as_int64(), 3);
  EXPECT_EQ(record.at("imported_by").as_string(), "Agnès Durand");
}

TEST_F(DirectoryImportApi, AFinessUploadReportsItsRejectedLineAndPlacesTheStructures) {
  auto admin = server.signed_in("admin");
  auto r = upload(*admin, "finess", "C:\\fakepath\\etalab_cs1100507_13.csv", kFiness);
  ASSERT_EQ(r.status, 202u) << r.body;
  auto job = finished(*admin, r.header("location"));
  ASSERT_EQ(job.at("state").as_string(), "done") << boost::json::serialize(job);
  EXPECT_EQ(job.at("filename").as_string(), "etalab_cs1100507_13.csv");
  const auto& report = job.at("report").as_object();
  EXPECT_EQ(report.at("created").as_int64(), 2);
  EXPECT_EQ(report.at("rejected").as_int64(), 1);
  ASSERT_EQ(report.at("rejections").as_array().size(), 1u);
  EXPECT_EQ(report.at("rejections").at(0).at("line").as_int64(), 4);
  EXPECT_EQ(count("SELECT COUNT(*) FROM structures WHERE latitude BETWEEN 43.2 AND 43.4"), 1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM structures WHERE category_code = '603'"), 1);

  // Once out of memory, the import is read back from the database, without its rejected lines.
  auto again = admin->get("/api/directory-imports/" + std::string(job.at("id").as_string()));
  EXPECT_EQ(again.status, 200u);
  EXPECT_EQ(admin->get("/api/directory-imports/unknown").status, 404u);
}

TEST_F(DirectoryImportApi, AFileThatCannotBeImportedFailsSayingWhyAndChangesNothing) {
  auto admin = server.signed_in("admin");
  auto r = upload(*admin, "rpps", "finess.csv", kFiness);  // the wrong source
  ASSERT_EQ(r.status, 202u) << r.body;
  auto job = finished(*admin, r.header("location"));
  ASSERT_EQ(job.at("state").as_string(), "failed");
  std::string error(job.at("error").as_string());
  EXPECT_NE(error.find("finess.csv:1:"), std::string::npos) << error;
  EXPECT_NE(error.find("nothing was imported"), std::string::npos) << error;
  EXPECT_FALSE(job.contains("report"));
  EXPECT_EQ(count("SELECT COUNT(*) FROM professionals"), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM directory_imports"), 0);

  EXPECT_EQ(upload(*admin, "ameli", "x.csv", kFiness).status, 400u);
}

TEST_F(DirectoryImportApi, OnlyAdministratorsImportAndOthersAreRefusedBeforeTheirFileIsRead) {
  auto coordinator = server.signed_in("coordination");
  auto r = upload(*coordinator, "finess", "etalab.csv", kFiness);
  EXPECT_EQ(r.status, 403u);
  EXPECT_EQ(coordinator->get("/api/directory-imports").status, 403u);
  EXPECT_EQ(upload(*server.anonymous(), "finess", "etalab.csv", kFiness).status, 401u);
  auto admin = server.signed_in("admin");
  admin->forget_csrf();
  EXPECT_EQ(upload(*admin, "finess", "etalab.csv", kFiness).status, 403u);  // a cookie without its CSRF token
  EXPECT_EQ(count("SELECT COUNT(*) FROM structures"), 0);
}

TEST(DirectoryImportShutdown, AServerStoppedDuringAnImportExitsCleanlyWithTheImportWholeOrAbsent) {
  testing::TempDir dir;
  auto db = testing::copy_fixture_database(dir);
  ASSERT_EQ(testing::run_maillage({"demo", "--db", db.string()}).status, 0);
  std::string file = rpps_file(dir, 100'000);
  testing::ServerProcess server(db, std::filesystem::path{}, {"--demo"});
  ApiClient admin(server.port());
  auto account = testing::demo_account("admin");
  ASSERT_EQ(admin.login(account.email, account.password).status, 200u);
  auto r = upload(admin, "rpps", "national.txt", file);
  ASSERT_EQ(r.status, 202u) << r.body;
  server.signal(SIGTERM);
  EXPECT_EQ(server.wait_exit(60), 0) << server.log();

  auto database = app::open_and_migrate(db.string());
  db::Lease lease = database->read();
  auto& st = lease->query("SELECT (SELECT COUNT(*) FROM directory_imports), (SELECT COUNT(*) FROM practice_sites)");
  ASSERT_TRUE(st.step());
  if (st.int64(0) == 0) EXPECT_EQ(st.int64(1), 0);  // cancelled: nothing written
  else EXPECT_EQ(st.int64(1), 100'003);             // finished first: all of it
}

}  // namespace
}  // namespace maillage
