// `maillage generate directory`: writes a synthetic RPPS extraction (DIR/rpps.txt) and FINESS
// extraction (DIR/finess.csv, etalab layout) for the CPTS territories of the database, for all
// of France, or for some communes (directory/synthetic/generator.h), plus DIR/generator.txt
// naming the generator version and options, so that `--if-changed` skips a current directory.
#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>

#include "app/commands.h"
#include "app/database_setup.h"
#include "directory/synthetic/generator.h"
#include "referential/referential.h"
#include "territory/territory_store.h"

namespace maillage::app {
namespace {

namespace fs = std::filesystem;
namespace synthetic = directory::synthetic;

struct GenerateOptions {
  std::string db = kDefaultDatabase;
  std::string out;
  bool cpts_territories = false;
  bool national = false;
  std::vector<std::string> communes;  // CODE or CODE:POSTCODE
  std::optional<std::uint64_t> lines;
  std::uint64_t seed = 1;
  bool if_changed = false;
};

std::string scope_of(const GenerateOptions& o) {
  if (o.national) return "national";
  if (o.cpts_territories) return "cpts-territories";
  std::string s = "communes";
  for (const auto& c : o.communes) s += " " + c;
  return s;
}

// What DIR/generator.txt holds: the files are current when it is unchanged.
std::string stamp_of(const GenerateOptions& o) {
  return fmt::format("generator version {}\nseed {}\nscope {}\nlines {}\n", synthetic::kGeneratorVersion, o.seed,
                     scope_of(o), o.lines ? std::to_string(*o.lines) : "densities");
}

std::string read_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::vector<synthetic::Place> places_for(const GenerateOptions& o, db::Database& database,
                                         const referential::Referential& ref) {
  if (o.national) return synthetic::national_places(ref);
  std::vector<territory::ElementKey> elements;
  if (o.cpts_territories) {
    db::Lease lease = database.read();
    for (const auto& h : territory::current_holdings(*lease)) elements.push_back(h.key);
    if (elements.empty()) throw std::runtime_error("no CPTS has a territory: run `maillage demo` first");
  }
  for (const auto& c : o.communes) {
    auto colon = c.find(':');
    elements.push_back({c.substr(0, colon), colon == std::string::npos ? "" : c.substr(colon + 1)});
  }
  auto places = synthetic::places_of_elements(ref, elements);
  if (places.empty()) throw std::runtime_error("none of the communes given is in the referential");
  return places;
}

void generate_directory(const GenerateOptions& o) {
  fs::path dir(o.out);
  std::string stamp = stamp_of(o);
  if (o.if_changed && read_text(dir / "generator.txt") == stamp && fs::exists(dir / "rpps.txt") &&
      fs::exists(dir / "finess.csv")) {
    fmt::print("the synthetic directory in {} is current (generator version {})\n", o.out,
               synthetic::kGeneratorVersion);
    return;
  }
  auto database = open_and_migrate(o.db);
  referential::ReferentialService referential(*database);
  referential.reload();
  auto ref = referential.current();
  if (ref->empty()) throw std::runtime_error("the referential is empty: run `maillage refdata import` first");
  auto places = places_for(o, *database, *ref);
  database->close();

  fs::create_directories(dir);
  fs::remove(dir / "generator.txt");
  synthetic::GeneratorOptions options;
  options.seed = o.seed;
  options.lines = o.lines;
  synthetic::GenerationReport report;
  {
    std::ofstream rpps(dir / "rpps.txt.tmp", std::ios::binary);
    std::ofstream finess(dir / "finess.csv.tmp", std::ios::binary);
    if (!rpps || !finess) throw std::runtime_error("cannot write in " + o.out);
    report = synthetic::generate_directory(places, options, rpps, finess);
  }
  fs::rename(dir / "rpps.txt.tmp", dir / "rpps.txt");
  fs::rename(dir / "finess.csv.tmp", dir / "finess.csv");
  std::ofstream(dir / "generator.txt", std::ios::binary) << stamp;

  std::int64_t population = 0;
  for (const auto& p : places) population += p.population;
  fmt::print("generated for {} places ({} inhabitants, densities × {:.3f}):\n", places.size(), population,
             report.plan.scale);
  fmt::print("  {}: {} lines, {} professionals, {} second sites, {} malformed lines ({})\n",
             (dir / "rpps.txt").string(), report.rpps_lines, report.professionals, report.second_sites,
             report.malformed.size(), [&] {
               std::string lines;
               for (const auto& m : report.malformed) lines += fmt::format("{}line {}: {}", lines.empty() ? "" : "; ", m.line, m.defect);
               return lines;
             }());
  fmt::print("  {}: {} structures, {} geolocated\n", (dir / "finess.csv").string(), report.structures,
             report.geolocated);
}

}  // namespace

void add_generate_command(CLI::App& app) {
  auto* generate = app.add_subcommand("generate", "Synthetic data for demonstrations and benchmarks");
  generate->require_subcommand(1);
  auto o = std::make_shared<GenerateOptions>();
  auto* directory = generate->add_subcommand(
      "directory", "Write a synthetic RPPS extraction (DIR/rpps.txt) and FINESS extraction (DIR/finess.csv) with "
                   "plausible densities per profession, multi-site practitioners, structures and a few malformed "
                   "lines; deterministic for a seed");
  directory->add_option("--out", o->out, "The folder to write into")->required();
  directory->add_option("--db", o->db, "Database holding the referential (and the CPTS territories)")
      ->capture_default_str();
  auto* cpts = directory->add_flag("--cpts-territories", o->cpts_territories,
                                   "For the communes in the territory of any CPTS of the database");
  auto* national = directory->add_flag("--national", o->national, "For every commune of France");
  auto* communes = directory->add_option("--commune", o->communes,
                                         "For this commune or arrondissement, or CODE:POSTCODE for a part (repeatable)");
  cpts->excludes(national);
  national->excludes(communes);
  directory->add_option("--lines", o->lines,
                        "Exactly this many data lines in rpps.txt (the densities are scaled to fit)");
  directory->add_option("--seed", o->seed, "Seed of the generator: the same seed gives the same files")
      ->capture_default_str();
  directory->add_flag("--if-changed", o->if_changed,
                      "Do nothing when the folder holds files of this generator version and these options");
  directory->callback([o] {
    if (!o->cpts_territories && !o->national && o->communes.empty()) {
      throw CLI::ValidationError("generate directory", "give --cpts-territories, --national or --commune");
    }
    generate_directory(*o);
  });
}

}  // namespace maillage::app
