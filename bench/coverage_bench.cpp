// Plan 100 % coverage of the whole country when ~1,000 CPTS cover all of France (generated: the
// communes of each département dealt out to CPTS of consecutive communes), as the ARS and the
// ministry ask for it: nation, one région, one département.
#include <benchmark/benchmark.h>

#include "bench_support.h"
#include "referential/importer.h"
#include "referential/store.h"
#include "territory/coverage.h"

namespace maillage::bench {
namespace {

struct NationalFixture {
  std::shared_ptr<const referential::Referential> ref;
  std::vector<territory::Holding> holdings;
  std::map<std::string, std::string> statuses;

  NationalFixture() {
    quiet_logs();
    TempDir dir;
    {
      auto db = open_migrated(dir.path() / "ref.db");
      referential::import_referential(*db, packages_dir(), false);
    }
    auto db = open_migrated(dir.path() / "ref.db");  // reopened: a fresh reader pool
    {
      db::Lease lease = db->read();
      ref = referential::Referential::build(referential::read_stored_dataset(*lease), "");
    }
    // ~35 communes per CPTS gives ~1,000 CPTS; every other one has a signed contract.
    constexpr int kCommunesPerCpts = 35;
    int index = 0;
    for (const auto& c : ref->data().communes) {
      if (c.kind != referential::CommuneKind::commune || c.zone == referential::Zone::com) continue;
      std::string cpts = "cpts-" + std::to_string(index++ / kCommunesPerCpts);
      holdings.push_back({{c.code, ""}, cpts, cpts, std::nullopt});
      statuses[cpts] = (index / kCommunesPerCpts) % 2 ? "contrat_signe" : "projet";
    }
  }
  static NationalFixture& get() {
    static NationalFixture fixture;
    return fixture;
  }
};

void BM_Coverage(benchmark::State& state, territory::CoverageLevel level, std::string code) {
  auto& f = NationalFixture::get();
  state.counters["cpts"] = static_cast<double>(f.statuses.size());
  for (auto _ : state) {
    auto coverage = territory::compute_coverage(*f.ref, f.holdings, f.statuses, level, code);
    benchmark::DoNotOptimize(coverage.covered_all);
  }
}
BENCHMARK_CAPTURE(BM_Coverage, nation, territory::CoverageLevel::nation, std::string())->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Coverage, region_93, territory::CoverageLevel::region, std::string("93"))
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Coverage, departement_13, territory::CoverageLevel::departement, std::string("13"))
    ->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace maillage::bench
