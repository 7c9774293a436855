// The RPPS/ADELI extraction importer on files in the official layout: columns read by name in
// any order, the trailing `|`, Latin-1 files, multi-site practitioners, malformed lines named by
// their line, re-imports that update without duplicating, and failures that change nothing.
#include "directory/rpps_import.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <map>

#include "app/database_setup.h"
#include "directory/import_scope.h"
#include "platform/util/encoding.h"
#include "support/rpps_file.h"
#include "support/server_process.h"

namespace maillage::directory {
namespace {

using Row = testing::RppsRow;
using testing::rpps_practitioner;
const std::vector<std::string>& kHeader = testing::kRppsHeader;

std::filesystem::path write_file(const std::filesystem::path& path, const std::vector<std::string>& columns,
                                 const std::vector<Row>& rows, bool latin1 = false) {
  return testing::write_rpps_file(path, columns, rows, latin1);
}

class RppsImport : public ::testing::Test {
 protected:
  void SetUp() override { db = app::open_and_migrate((dir / "directory.db").string()); }

  std::int64_t count(const std::string& table) {
    db::Lease lease = db->read();
    auto& st = lease->query("SELECT COUNT(*) FROM " + table);
    st.step();
    return st.int64(0);
  }
  std::string value(const std::string& sql) {
    db::Lease lease = db->read();
    auto& st = lease->query(sql);
    return st.step() ? st.text(0) : "";
  }
  std::vector<Row> three_activities() {
    return {rpps_practitioner("10001045367", "Martin", "S1", "13202", "0491000001"),
            rpps_practitioner("10001045367", "Martin", "S2", "84007", "0490000002"),  // a second site
            rpps_practitioner("10002000011", "Durand", "S3", "13203", "0491000003")};
  }

  testing::TempDir dir;
  std::unique_ptr<db::Database> db;
};

TEST_F(RppsImport, ReadsTheOfficialLayoutAndAPractitionerWithTwoSites) {
  auto file = write_file(dir / "rpps.txt", kHeader, three_activities());
  auto report = import_rpps(*db, file, {});
  EXPECT_EQ(report.lines, 3u);
  EXPECT_EQ(report.created, 3u);
  EXPECT_EQ(report.rejected, 0u);
  EXPECT_EQ(count("professionals"), 2);
  EXPECT_EQ(count("practice_sites"), 3);
  EXPECT_EQ(value("SELECT COUNT(*) FROM practice_sites WHERE professional_id = '810001045367'"), "2");
  EXPECT_EQ(value("SELECT address FROM practice_sites WHERE site_key = 'S1'"), "12 Rue de la République");
  EXPECT_EQ(value("SELECT first_name FROM professionals WHERE national_id = '810001045367'"), "Hélène");
  EXPECT_EQ(value("SELECT lines || '/' || created FROM directory_imports"), "3/3");
}

TEST_F(RppsImport, ReadsColumnsByNameWhateverTheirOrder) {
  auto reordered = kHeader;
  std::reverse(reordered.begin(), reordered.end());
  auto report = import_rpps(*db, write_file(dir / "rpps.txt", reordered, three_activities()), {});
  EXPECT_EQ(report.created, 3u);
  EXPECT_EQ(value("SELECT last_name || ' ' || profession FROM professionals WHERE national_id = '810002000011'"),
            "Durand Médecin");
}

TEST_F(RppsImport, ReadsLatin1Files) {
  auto report = import_rpps(*db, write_file(dir / "rpps.txt", kHeader, three_activities(), true), {});
  EXPECT_EQ(report.encoding, "latin-1");
  EXPECT_EQ(value("SELECT first_name FROM professionals WHERE national_id = '810001045367'"), "Hélène");
  EXPECT_EQ(value("SELECT profession FROM professionals WHERE national_id = '810001045367'"), "Médecin");
}

TEST_F(RppsImport, RejectsAMalformedLineNamingItAndImportsTheRest) {
  auto file = write_file(dir / "rpps.txt", kHeader, three_activities());
  {
    std::ofstream(file, std::ios::app) << "8|123|truncated line|\n";  // line 5
    Row no_name = rpps_practitioner("10003000022", "", "S9", "13202", "");  // line 6
    std::string l;
    for (const auto& c : kHeader) l += (no_name.contains(c) ? no_name[c] : "") + "|";
    std::ofstream(file, std::ios::app) << l << "\n";
  }
  auto report = import_rpps(*db, file, {});
  EXPECT_EQ(report.created, 3u);
  EXPECT_EQ(report.rejected, 2u);
  ASSERT_EQ(report.rejections.size(), 2u);
  EXPECT_EQ(report.rejections[0].line, 5u);
  EXPECT_NE(report.rejections[0].reason.find("fields"), std::string::npos);
  EXPECT_EQ(report.rejections[1].line, 6u);
  EXPECT_NE(report.rejections[1].reason.find("Nom d'exercice"), std::string::npos);
}

TEST_F(RppsImport, AReimportWithOneChangeUpdatesOneLineAndDuplicatesNothing) {
  auto rows = three_activities();
  import_rpps(*db, write_file(dir / "rpps.txt", kHeader, rows), {});
  rows[1]["Téléphone (coord. structure)"] = "0490999999";
  auto report = import_rpps(*db, write_file(dir / "rpps.txt", kHeader, rows), {});
  EXPECT_EQ(report.created, 0u);
  EXPECT_EQ(report.updated, 1u);
  EXPECT_EQ(report.unchanged, 2u);
  EXPECT_EQ(count("professionals"), 2);
  EXPECT_EQ(count("practice_sites"), 3);
  EXPECT_EQ(value("SELECT phone FROM practice_sites WHERE site_key = 'S2'"), "0490999999");
}

TEST_F(RppsImport, ASiteLeftOutOfTheNextFileIsRemoved) {
  auto rows = three_activities();
  import_rpps(*db, write_file(dir / "rpps.txt", kHeader, rows), {});
  rows.erase(rows.begin() + 1);  // Dr Martin no longer practises at S2
  auto report = import_rpps(*db, write_file(dir / "rpps.txt", kHeader, rows), {});
  EXPECT_EQ(report.removed, 1);
  EXPECT_EQ(count("practice_sites"), 2);
}

TEST_F(RppsImport, KeepsOnlyTheDepartementsAsked) {
  auto report = import_rpps(*db, write_file(dir / "rpps.txt", kHeader, three_activities()),
                            {.in_scope = departements_scope({"13"})});
  EXPECT_EQ(report.created, 2u);
  EXPECT_EQ(report.skipped, 1u);
  EXPECT_EQ(count("practice_sites"), 2);
}

TEST_F(RppsImport, AFailingFileLeavesTheDatabaseUnchanged) {
  import_rpps(*db, write_file(dir / "first.txt", kHeader, three_activities()), {});
  auto before = count("practice_sites");

  auto no_id = kHeader;
  std::erase(no_id, "Identifiant PP");
  EXPECT_THROW(import_rpps(*db, write_file(dir / "bad.txt", no_id, three_activities()), {}), ImportFailed);

  // A failure in the middle of the file (here: the scope check) rolls back what came before it.
  auto rows = three_activities();
  rows[0]["Téléphone (coord. structure)"] = "0400000000";
  int seen = 0;
  ImportOptions failing{.in_scope = [&](const Place&) {
    if (++seen == 3) throw std::runtime_error("disk full");
    return true;
  }};
  EXPECT_THROW(import_rpps(*db, write_file(dir / "second.txt", kHeader, rows), failing), std::runtime_error);
  EXPECT_EQ(count("practice_sites"), before);
  EXPECT_EQ(value("SELECT phone FROM practice_sites WHERE site_key = 'S1'"), "0491000001");
  EXPECT_EQ(count("directory_imports"), 1);
}

}  // namespace
}  // namespace maillage::directory
