// The FINESS extraction importer on files in both official layouts: the etalab file (records by
// position, Latin-1, geolocations after the structures, in Lambert 93 or an overseas UTM) and the
// enriched CSV (columns by name in any order); malformed lines named by their line, re-imports
// that update without duplicating, failures that change nothing, and the département scope.
#include "directory/finess_import.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>

#include "app/database_setup.h"
#include "directory/finess_format.h"
#include "directory/import_scope.h"
#include "directory/lambert93.h"
#include "platform/util/encoding.h"
#include "support/server_process.h"

namespace maillage::directory {
namespace {

// Marseille's Hôpital Européen (13055, postcode 13003), a pharmacy in Ajaccio (2A004), a PMI in
// Les Abymes (Guadeloupe: département 9A, commune 101) and an establishment of a category this
// program does not know (999).
constexpr const char* kHospital =
    "structureet;130786049;130043664;HOPITAL EUROPEEN;Hôpital Européen Marseille;;;6;R;DESIREE CLARY;;;055;13;"
    "BOUCHES-DU-RHONE;13003 MARSEILLE CEDEX 03;0413427000;0413427001;365;Établissement de Soins Pluridisciplinaire;"
    "1110;Etablissements de Soins de Courte Durée;78297813300018;8610Z;07;ARS;0;Non concerné;2013-04-08;2013-04-08;"
    "2024-01-15;";
constexpr const char* kPharmacy =
    "structureet;2A0000147;2A0000139;PHARMACIE DU COURS;;;;12;CRS;NAPOLEON;B;;004;2A;CORSE DU SUD;20000 AJACCIO;"
    "0495210000;;620;Pharmacie d'Officine;3301;Pharmacies d'Officine;;4773Z;01;Tarif libre;;;1990-01-01;1990-01-01;"
    "2022-03-01;";
constexpr const char* kPmi =
    "structureet;970100012;970100103;PMI DES ABYMES;;;;;;MORNE JOLIVIERE;;;101;9A;GUADELOUPE;97139 LES ABYMES;"
    "0590821963;;223;Protection Maternelle et Infantile (P.M.I.);2202;Etablissements de PMI;;;01;Tarif libre;;;"
    "1969-03-01;1969-03-01;2010-08-25;";
constexpr const char* kUnknownCategory =
    "structureet;130000001;130000002;STRUCTURE NOUVELLE;;;;1;AV;DU PRADO;;;055;13;BOUCHES-DU-RHONE;"
    "13008 MARSEILLE;;;999;Catégorie à venir;;;;;;;;;;;;";
constexpr const char* kLambert = "1,ATLASANTE,96,BAN,EPSG:2154 RGF93 / Lambert-93 (Métropole)";

const GeoPoint kHospitalPoint{43.3125, 5.3715};
const GeoPoint kPharmacyPoint{41.9257, 8.7364};

std::string geolocalisation(const std::string& finess, const GeoPoint& p) {
  double x = 0, y = 0;
  wgs84_to_lambert93(p, x, y);
  return fmt::format("geolocalisation;{};{:.1f};{:.1f};{};2026-05-04", finess, x, y, kLambert);
}

std::string etalab_file(const std::vector<std::string>& records) {
  std::string text = "finess;etalab;111;2026-05-12\n";
  for (const auto& r : records) text += r + "\n";
  return text;
}

std::vector<std::string> four_structures() {
  return {kHospital, kPharmacy, kPmi, kUnknownCategory, geolocalisation("130786049", kHospitalPoint),
          geolocalisation("2A0000147", kPharmacyPoint),
          "geolocalisation;970100012;657242.9;1795384.4;2,ATLASANTE,96,BAN,EPSG:5490 RGAF09/UTM Zone 20N (Antilles);"
          "2026-05-04"};
}

class FinessImport : public ::testing::Test {
 protected:
  void SetUp() override { db = app::open_and_migrate((dir / "directory.db").string()); }

  std::filesystem::path write(const std::string& text, bool latin1 = false) {
    auto path = dir / "finess.csv";
    std::ofstream(path, std::ios::binary) << (latin1 ? text::utf8_to_latin1(text) : text);
    return path;
  }
  std::int64_t count(const std::string& table) { return std::stoll(value("SELECT COUNT(*) FROM " + table)); }
  std::string value(const std::string& sql) {
    db::Lease lease = db->read();
    auto& st = lease->query(sql);
    return st.step() && !st.is_null(0) ? st.text(0) : "";
  }
  double real(const std::string& sql) {
    db::Lease lease = db->read();
    auto& st = lease->query(sql);
    return st.step() ? st.real(0) : 0;
  }

  testing::TempDir dir;
  std::unique_ptr<db::Database> db;
};

TEST_F(FinessImport, ReadsTheEtalabLayoutInLatin1AndJoinsTheGeolocations) {
  auto report = import_finess(*db, write(etalab_file(four_structures()), true), {});
  EXPECT_EQ(report.encoding, "latin-1");
  EXPECT_EQ(report.lines, 7u);
  EXPECT_EQ(report.created, 4u);
  EXPECT_EQ(report.rejected, 0u);
  EXPECT_EQ(count("structures"), 4);
  EXPECT_EQ(value("SELECT long_name FROM structures WHERE finess = '130786049'"), "Hôpital Européen Marseille");
  EXPECT_EQ(value("SELECT category FROM structures WHERE finess = '130786049'"), "Établissement de Soins Pluridisciplinaire");
  EXPECT_EQ(value("SELECT address || '|' || postcode || '|' || commune_code || '|' || commune || '|' || departement"
                  " FROM structures WHERE finess = '130786049'"),
            "6 RUE DESIREE CLARY|13003|13055|MARSEILLE|13");
  EXPECT_EQ(value("SELECT address || '|' || commune_code || '|' || departement FROM structures WHERE finess = '2A0000147'"),
            "12 bis COURS NAPOLEON|2A004|2A");
  EXPECT_EQ(value("SELECT commune_code || '|' || departement FROM structures WHERE finess = '970100012'"), "97101|971");
  EXPECT_EQ(value("SELECT category_code || ' ' || category FROM structures WHERE finess = '130000001'"),
            "999 Catégorie à venir");
  EXPECT_NEAR(real("SELECT latitude FROM structures WHERE finess = '130786049'"), kHospitalPoint.latitude, 1e-5);
  EXPECT_NEAR(real("SELECT longitude FROM structures WHERE finess = '130786049'"), kHospitalPoint.longitude, 1e-5);
  EXPECT_NEAR(real("SELECT latitude FROM structures WHERE finess = '2A0000147'"), kPharmacyPoint.latitude, 1e-5);
  // Guadeloupe's coordinates are in UTM 20N: none rather than wrong ones; none given, none kept.
  EXPECT_EQ(value("SELECT COUNT(*) FROM structures WHERE latitude IS NULL"), "2");
  EXPECT_EQ(value("SELECT source || ' ' || lines || ' ' || created FROM directory_imports"), "finess 7 4");
}

TEST_F(FinessImport, ReadsAFileWithoutItsFirstRecordAndGeolocationsBeforeStructures) {
  auto records = four_structures();
  std::rotate(records.begin(), records.begin() + 4, records.end());
  std::string text;
  for (const auto& r : records) text += r + "\n";
  auto report = import_finess(*db, write(text), {});
  EXPECT_EQ(report.created, 4u);
  EXPECT_EQ(report.encoding, "utf-8");
  EXPECT_NEAR(real("SELECT latitude FROM structures WHERE finess = '130786049'"), kHospitalPoint.latitude, 1e-5);
}

TEST_F(FinessImport, ReadsTheEnrichedCsvByColumnNameWhateverTheirOrder) {
  std::vector<std::string> header = {"nofinesset", "nofinessej", "rs", "rslongue", "numvoie", "typvoie", "voie",
                                     "departement", "cog", "codepostal", "libelle_routage", "ligneacheminement",
                                     "telephone", "categetab", "libcategetab", "siret", "coordx", "coordy",
                                     "sourcegeocod"};
  double x = 0, y = 0;
  wgs84_to_lambert93(kHospitalPoint, x, y);
  std::vector<std::string> row = {"130786049", "130043664", "HOPITAL EUROPEEN", "Hôpital Européen", "6", "R",
                                  "DESIREE CLARY", "13", "13055", "13003", "MARSEILLE", "13003 MARSEILLE CEDEX 03",
                                  "0413427000", "365", "\"Soins; pluridisciplinaires\"", "78297813300018",
                                  fmt::format("{:.1f}", x), fmt::format("{:.1f}", y), "1,ATLASANTE,BAN,LAMBERT_93"};
  std::vector<std::size_t> order(header.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = order.size() - 1 - i;  // reversed
  std::string text;
  for (const auto* cells : {&header, &row}) {
    for (std::size_t i : order) text += (*cells)[i] + (i == order.back() ? "\n" : ";");
  }
  auto report = import_finess(*db, write(text), {});
  EXPECT_EQ(report.created, 1u) << (report.rejections.empty() ? "" : report.rejections[0].reason);
  EXPECT_EQ(value("SELECT name || '|' || address || '|' || commune_code || '|' || postcode || '|' || category"
                  " FROM structures"),
            "HOPITAL EUROPEEN|6 RUE DESIREE CLARY|13055|13003|Soins; pluridisciplinaires");
  EXPECT_NEAR(real("SELECT longitude FROM structures"), kHospitalPoint.longitude, 1e-5);
}

TEST_F(FinessImport, RejectsMalformedLinesNamingThemAndImportsTheRest) {
  auto records = four_structures();
  records.insert(records.begin() + 2, "structureet;130000003;TRUNCATED");                       // line 4
  records.insert(records.begin() + 3, "structureet;12345;130000002;TOO SHORT A NUMBER;;;;;;;;;055;13;;;;;;");  // line 5
  records.push_back("geolocalisation;130000001;8O0000;6250000;LAMBERT_93;2026-05-04");        // line 11
  auto report = import_finess(*db, write(etalab_file(records)), {});
  EXPECT_EQ(report.created, 4u);
  EXPECT_EQ(report.rejected, 3u);
  ASSERT_EQ(report.rejections.size(), 3u);
  EXPECT_EQ(report.rejections[0].line, 4u);
  EXPECT_NE(report.rejections[0].reason.find("fields"), std::string::npos) << report.rejections[0].reason;
  EXPECT_EQ(report.rejections[1].line, 5u);
  EXPECT_NE(report.rejections[1].reason.find("12345"), std::string::npos) << report.rejections[1].reason;
  EXPECT_EQ(report.rejections[2].line, 11u);
  EXPECT_NE(report.rejections[2].reason.find("coordx"), std::string::npos) << report.rejections[2].reason;
}

TEST_F(FinessImport, AReimportWithOneChangeUpdatesOneStructureAndDuplicatesNothing) {
  import_finess(*db, write(etalab_file(four_structures())), {});
  auto records = four_structures();
  std::string changed = kPharmacy;
  changed.replace(changed.find("0495210000"), 10, "0495219999");
  records[1] = changed;
  auto report = import_finess(*db, write(etalab_file(records)), {});
  EXPECT_EQ(report.created, 0u);
  EXPECT_EQ(report.updated, 1u);
  EXPECT_EQ(report.unchanged, 3u);
  EXPECT_EQ(count("structures"), 4);
  EXPECT_EQ(value("SELECT phone FROM structures WHERE finess = '2A0000147'"), "0495219999");

  // A structure that moves is updated too.
  records[4] = geolocalisation("130786049", {43.3, 5.4});
  report = import_finess(*db, write(etalab_file(records)), {});
  EXPECT_EQ(report.updated, 1u);
  EXPECT_NEAR(real("SELECT latitude FROM structures WHERE finess = '130786049'"), 43.3, 1e-5);
}

TEST_F(FinessImport, AFailingFileLeavesTheDatabaseUnchanged) {
  import_finess(*db, write(etalab_file(four_structures())), {});
  EXPECT_THROW(import_finess(*db, write("nom;adresse\nCabinet;1 rue\n"), {}), ImportFailed);
  EXPECT_THROW(import_finess(*db, write("nofinesset;adresse\n130786049;1 rue\n"), {}), ImportFailed);  // no rs

  // A failure in the middle of the file (here: the scope check) rolls back what came before it.
  auto records = four_structures();
  records[0] = std::string(kHospital).replace(std::string(kHospital).find("0413427000"), 10, "0400000000");
  int seen = 0;
  ImportOptions failing{.in_scope = [&](const Place&) {
    if (++seen == 3) throw std::runtime_error("disk full");
    return true;
  }};
  EXPECT_THROW(import_finess(*db, write(etalab_file(records)), failing), std::runtime_error);
  EXPECT_EQ(value("SELECT phone FROM structures WHERE finess = '130786049'"), "0413427000");
  EXPECT_EQ(count("structures"), 4);
  EXPECT_EQ(count("directory_imports"), 1);
}

TEST_F(FinessImport, KeepsOnlyTheDepartementsAsked) {
  auto report = import_finess(*db, write(etalab_file(four_structures())), {.in_scope = departements_scope({"13", "971"})});
  EXPECT_EQ(report.created, 3u);
  EXPECT_EQ(report.skipped, 1u);
  EXPECT_EQ(value("SELECT COUNT(*) FROM structures WHERE departement = '2A'"), "0");
}

// Codes checked against the referential (COG): 01053 Bourg-en-Bresse, 2A004 Ajaccio, 97101 Les
// Abymes, 97606 Chirongui, 98613 Uvea, 97701 Saint-Barthélemy, 97801 Saint-Martin.
TEST(FinessCommuneCode, RebuildsTheInseeCodeFromDepartementAndCommune) {
  EXPECT_EQ(finess_commune_code("01", "053"), "01053");
  EXPECT_EQ(finess_commune_code("1", "53"), "01053");
  EXPECT_EQ(finess_commune_code("2A", "004"), "2A004");
  EXPECT_EQ(finess_commune_code("9A", "101"), "97101");
  EXPECT_EQ(finess_commune_code("9F", "606"), "97606");
  EXPECT_EQ(finess_commune_code("9J", "613"), "98613");
  EXPECT_EQ(finess_commune_code("9A", "123"), "97701");
  EXPECT_EQ(finess_commune_code("9A", "127"), "97801");
  EXPECT_EQ(finess_commune_code("13", ""), "");
  EXPECT_EQ(finess_commune_code("XYZ", "055"), "");
  EXPECT_EQ(departement_of_commune("97606"), "976");
  EXPECT_EQ(departement_of_commune("2B033"), "2B");
}

TEST(FinessFormat, SplitsQuotedCells) {
  auto cells = split_semicolons("structureet;980501506;\"LIEU DE VIE \"\"MAVOUNA\"\"\";\"a;b\"; x \r");
  ASSERT_EQ(cells.size(), 5u);
  EXPECT_EQ(cells[2], "LIEU DE VIE \"MAVOUNA\"");
  EXPECT_EQ(cells[3], "a;b");
  EXPECT_EQ(cells[4], "x");
}

}  // namespace
}  // namespace maillage::directory
