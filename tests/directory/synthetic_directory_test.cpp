// The synthetic directory: the same seed gives the same files; professionals per 100,000
// inhabitants within the DREES orders of magnitude; specialists and structures in towns only;
// multi-site practitioners; FINESS numbers shared by both files; the malformed lines are exactly
// those the importer rejects; the RPPS file round-trips through the importer; `lines` is exact.
#include "directory/synthetic/generator.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "app/database_setup.h"
#include "directory/lambert93.h"
#include "directory/rpps_format.h"
#include "directory/rpps_import.h"
#include "directory/synthetic/identifiers.h"
#include "directory/synthetic/nomenclature.h"
#include "directory/synthetic/placement.h"
#include "platform/util/encoding.h"
#include "support/server_process.h"

namespace maillage::directory::synthetic {
namespace {

Place place(const std::string& code, const std::string& name, std::int64_t population, double lat, double lon) {
  Place p;
  p.code = code;
  p.name = name;
  p.postcode = "84" + code.substr(2, 3);
  p.acheminement = name;
  p.departement = "84";
  p.departement_name = "Vaucluse";
  p.region = "93";
  p.population = population;
  p.point = referential::Coordinates{lat, lon, false, "geonames"};
  return p;
}

// A département-like set: a town with a hospital, a small town, and villages (≈ 150,000 inhabitants).
std::vector<Place> commune_set() {
  std::vector<Place> places = {place("84007", "AVIGNON", 90'000, 43.949, 4.806),
                               place("84031", "CARPENTRAS", 29'000, 44.055, 5.048),
                               place("84087", "ORANGE", 28'000, 44.138, 4.807)};
  for (int i = 0; i < 24; ++i) {
    places.push_back(place(fmt::format("841{:02}", i), fmt::format("VILLAGE {}", i), 150 + 60 * i, 44.0 + i * 0.01, 5.2));
  }
  return places;
}

std::int64_t population_of(const std::vector<Place>& places) {
  std::int64_t n = 0;
  for (const auto& p : places) n += p.population;
  return n;
}

struct Generated {
  std::string rpps, finess;
  GenerationReport report;
};

Generated generate(const std::vector<Place>& places, GeneratorOptions options = {}) {
  std::ostringstream rpps, finess;
  Generated g;
  g.report = generate_directory(places, options, rpps, finess);
  g.rpps = rpps.str();
  g.finess = finess.str();
  return g;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

std::vector<std::string> split(const std::string& line, char separator) {
  std::vector<std::string> cells;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= line.size(); ++i) {
    if (i == line.size() || line[i] == separator) {
      cells.push_back(line.substr(start, i - start));
      start = i + 1;
    }
  }
  return cells;
}

// The activities of the RPPS file, as the importer's own parser reads them (malformed lines apart).
std::vector<Activity> activities_of(const std::string& rpps) {
  auto lines = lines_of(rpps);
  std::vector<std::string> missing;
  auto layout = RppsLayout::from_header(lines.at(0), missing);
  EXPECT_TRUE(layout) << "header";
  std::vector<Activity> out;
  for (std::size_t i = 1; i < lines.size(); ++i) {
    std::string why;
    if (auto a = layout->parse(lines[i], why)) out.push_back(*a);
  }
  return out;
}

TEST(SyntheticDirectory, TheSameSeedGivesTheSameFilesAndAnotherSeedOthers) {
  auto places = commune_set();
  auto a = generate(places), b = generate(places);
  EXPECT_EQ(a.rpps, b.rpps);
  EXPECT_EQ(a.finess, b.finess);
  GeneratorOptions other;
  other.seed = 2;
  auto c = generate(places, other);
  EXPECT_NE(a.rpps, c.rpps);
  EXPECT_NE(a.finess, c.finess);
}

TEST(SyntheticDirectory, DensitiesPer100000InhabitantsAreThoseOfTheTable) {
  auto places = commune_set();
  double per_100k = 100'000.0 / static_cast<double>(population_of(places));
  auto g = generate(places);
  // Private practice: exactly the table's densities (rounded), specialists included.
  auto rows = density_rows();
  for (std::size_t r = 0; r < rows.size(); ++r) {
    EXPECT_NEAR(static_cast<double>(g.report.plan.professionals[r]) * per_100k, rows[r].per_100k, 1.0 * per_100k)
        << rows[r].profession.label << " " << rows[r].profession.specialty;
  }
  // Everyone: private practice and the staff of the structures, profession by profession.
  std::map<std::string, std::uint64_t> expected;
  for (std::size_t r = 0; r < rows.size(); ++r) {
    expected[std::string(rows[r].profession.code)] += g.report.plan.professionals[r];
  }
  auto kinds = structure_kinds();
  for (std::size_t k = 0; k < kinds.size(); ++k) {
    for (const auto& staff : kinds[k].staff) {
      expected[std::string(staff.profession.code)] += g.report.plan.structures[k] * static_cast<std::uint64_t>(staff.count);
    }
  }
  EXPECT_EQ(g.report.professionals_by_profession, expected);
  // Per 100,000 inhabitants, within the orders of magnitude of the DREES figures.
  auto density = [&](const char* code) { return static_cast<double>(g.report.professionals_by_profession[code]) * per_100k; };
  EXPECT_GT(density("10"), 150);  // médecins: ≈ 85 généralistes + specialists
  EXPECT_LT(density("10"), 350);
  EXPECT_GT(density("60"), 150);  // infirmiers
  EXPECT_LT(density("60"), 400);
  EXPECT_NEAR(density("70"), 125, 10);  // masseurs-kinésithérapeutes
  EXPECT_NEAR(density("21"), 70, 12);   // pharmaciens: 2 per officine, 1 officine per 3,000
  EXPECT_NEAR(density("40"), 58, 6);    // chirurgiens-dentistes
  EXPECT_NEAR(density("91"), 30, 3);    // orthophonistes
  EXPECT_NEAR(density("93"), 50, 15);   // psychologues (libéraux ≈ 40, and CMP)
  EXPECT_NEAR(density("50"), 25, 12);   // sages-femmes (libérales ≈ 12, PMI and maternity wards)

  // Specialists only in communes of 5,000 inhabitants or more; villages rarely have anyone.
  std::map<std::string, std::int64_t> population;
  for (const auto& p : places) population[p.code] = p.population;
  std::map<std::string, int> activities_by_commune;
  for (const auto& a : activities_of(g.rpps)) {
    ++activities_by_commune[a.site.commune_code];
    bool specialist = a.professional.profession_code == "10" && a.site.specialty_code != "SM54" &&
                      a.site.specialty_code != "SM26" && a.site.mode_code == "L";
    if (specialist) {
      EXPECT_GE(population[a.site.commune_code], kSpecialistMinPopulation) << a.site.specialty << " in " << a.site.commune;
    }
  }
  int villages_without_anyone = 0;
  for (const auto& p : places) villages_without_anyone += p.population < 500 && activities_by_commune[p.code] == 0;
  EXPECT_GE(villages_without_anyone, 2);
  EXPECT_GT(activities_by_commune["84007"], activities_by_commune["84031"]);
}

TEST(SyntheticDirectory, SomePractitionersHaveTwoSitesInTheirDepartement) {
  auto g = generate(commune_set());
  std::map<std::string, std::vector<PracticeSite>> sites;
  for (const auto& a : activities_of(g.rpps)) sites[a.professional.national_id].push_back(a.site);
  std::size_t two_sites = 0;
  for (const auto& [id, list] : sites) {
    ASSERT_LE(list.size(), 2u) << id;
    if (list.size() == 2) {
      ++two_sites;
      EXPECT_NE(list[0].site_key, list[1].site_key) << id;
      EXPECT_EQ(list[0].departement, list[1].departement) << id;
    }
  }
  EXPECT_EQ(two_sites, g.report.second_sites);
  EXPECT_GT(two_sites, g.report.professionals / 50);  // a few percent
  EXPECT_EQ(sites.size(), g.report.professionals);
}

TEST(SyntheticDirectory, StructuresOfTheFinessFileAreTheSitesOfTheirStaff) {
  auto places = commune_set();
  auto g = generate(places);
  EXPECT_FALSE(text::is_valid_utf8(g.finess)) << "the FINESS extraction is Latin-1";
  auto lines = lines_of(text::latin1_to_utf8(g.finess));
  ASSERT_FALSE(lines.empty());
  EXPECT_TRUE(lines[0].starts_with("finess;etalab;"));
  std::map<std::string, std::string> category;  // nofinesset → categetab
  std::size_t geolocated = 0;
  for (std::size_t i = 1; i < lines.size(); ++i) {
    auto cells = split(lines[i], ';');
    if (cells[0] == "structureet") {
      ASSERT_EQ(cells.size(), 32u) << lines[i];  // 31 fields and the trailing ';'
      EXPECT_EQ(cells[1].size(), 9u);
      EXPECT_EQ(cells[13], "84");
      category[cells[1]] = cells[18];
    } else {
      ASSERT_EQ(cells[0], "geolocalisation") << lines[i];
      ASSERT_TRUE(category.contains(cells[1])) << "geolocation of an unknown structure " << cells[1];
      auto point = lambert93_to_wgs84(std::stod(cells[2]), std::stod(cells[3]));
      ASSERT_TRUE(point) << lines[i];
      EXPECT_NEAR(point->latitude, 44.0, 0.3);
      EXPECT_NEAR(point->longitude, 5.0, 0.4);
      ++geolocated;
    }
  }
  EXPECT_EQ(category.size(), g.report.structures);
  EXPECT_EQ(geolocated, g.report.structures);
  std::set<std::string> kinds;
  for (const auto& [finess, cat] : category) kinds.insert(cat);
  EXPECT_EQ(kinds, (std::set<std::string>{"124", "156", "223", "354", "355", "500", "603", "611", "620"}));

  // Every FINESS number an RPPS site gives is a structure of the FINESS file, and every
  // pharmacy has its titulaire.
  std::set<std::string> referenced;
  std::size_t titulaires = 0;
  for (const auto& a : activities_of(g.rpps)) {
    if (a.site.finess_site.empty()) continue;
    EXPECT_TRUE(category.contains(a.site.finess_site)) << a.site.finess_site;
    referenced.insert(a.site.finess_site);
    titulaires += a.professional.profession_code == "21" && a.site.mode_code == "L";
  }
  std::size_t pharmacies = 0;
  for (const auto& [finess, cat] : category) pharmacies += cat == "620";
  EXPECT_EQ(titulaires, pharmacies);
  EXPECT_GT(referenced.size(), category.size() / 2);
}

// The files of commune_set() written to a folder, and a new database to import them into.
class SyntheticImport : public ::testing::Test {
 protected:
  void SetUp() override {
    std::ofstream(dir / "rpps.txt", std::ios::binary) << g.rpps;
    db = app::open_and_migrate((dir / "directory.db").string());
  }
  ImportReport import() { return import_rpps(*db, dir / "rpps.txt", {}); }

  maillage::testing::TempDir dir;
  Generated g = generate(commune_set());
  std::unique_ptr<db::Database> db;
};

TEST_F(SyntheticImport, TheMalformedLinesAreExactlyThoseTheImporterRejects) {
  auto report = import();
  ASSERT_EQ(g.report.malformed.size(), static_cast<std::size_t>(kMalformedLines));
  std::vector<std::size_t> expected, rejected;
  for (const auto& m : g.report.malformed) expected.push_back(m.line);
  for (const auto& r : report.rejections) rejected.push_back(r.line);
  EXPECT_EQ(rejected, expected);
  EXPECT_EQ(report.rejected, g.report.malformed.size());
}

TEST_F(SyntheticImport, TheRppsFileRoundTripsThroughTheImporter) {
  auto first = import();
  EXPECT_EQ(first.encoding, "utf-8");
  EXPECT_EQ(first.lines, g.report.rpps_lines);
  EXPECT_EQ(first.created, g.report.rpps_lines - g.report.malformed.size());
  auto count = [&](const char* sql) {
    db::Lease lease = db->read();
    auto& st = lease->query(sql);
    st.step();
    return static_cast<std::uint64_t>(st.int64(0));
  };
  EXPECT_EQ(count("SELECT COUNT(*) FROM professionals"), g.report.professionals);
  EXPECT_EQ(count("SELECT COUNT(*) FROM practice_sites"), first.created);
  EXPECT_EQ(count("SELECT COUNT(*) FROM professionals WHERE id_type = '0'"),
            count("SELECT COUNT(*) FROM professionals WHERE profession_code = '93' AND id_type = '0'"));
  EXPECT_GT(count("SELECT COUNT(*) FROM professionals WHERE id_type = '0'"), 0u);  // ADELI psychologues

  auto again = import();  // unchanged file: nothing changes
  EXPECT_EQ(again.created, 0u);
  EXPECT_EQ(again.updated, 0u);
  EXPECT_EQ(again.unchanged, first.created);
  EXPECT_EQ(again.removed, 0);
}

TEST(SyntheticDirectory, LinesAsksForAnExactNumberOfLines) {
  auto places = commune_set();
  GeneratorOptions options;
  options.lines = 5'000;
  auto g = generate(places, options);
  EXPECT_EQ(g.report.rpps_lines, 5'000u);
  EXPECT_EQ(lines_of(g.rpps).size(), 5'001u);  // and the header
  EXPECT_GT(g.report.plan.scale, 1.5);
  options.lines = 40;
  EXPECT_EQ(generate(places, options).report.rpps_lines, 40u);
  options.lines = 3;
  EXPECT_THROW(generate(places, options), std::invalid_argument);
  EXPECT_THROW(generate({}), std::invalid_argument);
}

TEST(SyntheticDirectory, IdentifiersHaveTheShapeOfTheRealOnes) {
  EXPECT_EQ(luhn_digit("7992739871"), '3');  // the textbook example
  std::string rpps = rpps_number(1'045'367);
  EXPECT_EQ(rpps.size(), 11u);
  EXPECT_TRUE(rpps.starts_with("10"));
  EXPECT_EQ(luhn_digit(rpps.substr(0, 10)), rpps.back());
  EXPECT_EQ(adeli_number("2A", "93", 17).substr(0, 8), "20930017");
  EXPECT_EQ(adeli_number("974", "93", 17).size(), 9u);
  EXPECT_EQ(finess_number("13", 42).substr(0, 8), "13000042");
  EXPECT_EQ(finess_number("974", 42).substr(0, 2), "9D");
  EXPECT_EQ(finess_departement("976"), "9F");
  EXPECT_EQ(siret_number(5).size(), 14u);
  EXPECT_EQ(fictional_phone("93", 12), "0465710012");
  EXPECT_EQ(fictional_phone("11", 12), "0199000012");
}

TEST(SyntheticDirectory, SpreadPlacesExactlyTheCountInProportion) {
  Random rng(7);
  std::vector<double> weights = {1000, 0, 10, 250, 5};
  auto counts = spread(weights, 50, rng);
  EXPECT_EQ(counts[0] + counts[1] + counts[2] + counts[3] + counts[4], 50u);
  EXPECT_EQ(counts[1], 0u);
  double total = 1265;
  for (std::size_t i = 0; i < weights.size(); ++i) {
    double share = weights[i] * 50 / total;
    EXPECT_GE(counts[i], static_cast<std::uint32_t>(share)) << i;
    EXPECT_LE(counts[i], static_cast<std::uint32_t>(share) + 1) << i;
  }
  EXPECT_EQ(spread(std::vector<double>{0, 0}, 3, rng), (std::vector<std::uint32_t>{0, 0}));
}

}  // namespace
}  // namespace maillage::directory::synthetic
