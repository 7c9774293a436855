// Import of the French territorial referential from the npm packages into SQLite
// (`maillage refdata import`): reading the JSON sources, placing the communes, writing every table
// in one transaction. Target (issue): a full import into an empty database in under 10 s.
#include <benchmark/benchmark.h>

#include <exception>

#include "bench_support.h"
#include "referential/importer.h"

namespace maillage::bench {
namespace {

void report(benchmark::State& state, const referential::ImportResult& r) {
  std::int64_t inserted = 0, updated = 0, unchanged = 0, deleted = 0;
  for (const auto& [table, c] : r.tables) {
    inserted += c.inserted;
    updated += c.updated;
    unchanged += c.unchanged;
    deleted += c.deleted;
  }
  state.counters["rows_inserted"] = static_cast<double>(inserted);
  state.counters["rows_updated"] = static_cast<double>(updated);
  state.counters["rows_unchanged"] = static_cast<double>(unchanged);
  state.counters["rows_deleted"] = static_cast<double>(deleted);
}

// Full import into a fresh, migrated, empty database file each iteration. Only the import itself
// is timed (creating the file and applying the migrations is not).
void BM_ImportFull(benchmark::State& state) {
  quiet_logs();
  const auto packages = packages_dir();
  referential::ImportResult last;
  try {
    for (auto _ : state) {
      TempDir dir;
      auto db = open_migrated(dir.path() / "bench.db");
      auto start = Clock::now();
      last = referential::import_referential(*db, packages, /*if_changed=*/false);
      state.SetIterationTime(std::chrono::duration<double>(Clock::now() - start).count());
      benchmark::DoNotOptimize(last);
      db->close();
    }
  } catch (const std::exception& e) {
    state.SkipWithError(e.what());
    return;
  }
  report(state, last);
}
BENCHMARK(BM_ImportFull)->UseManualTime()->Unit(benchmark::kSecond)->Iterations(3);

// Re-import of unchanged data into a database that already holds it: everything is read and
// compared, nothing is written (every row "unchanged").
void BM_ImportUnchanged(benchmark::State& state) {
  quiet_logs();
  const auto packages = packages_dir();
  TempDir dir;
  try {
    auto db = open_migrated(dir.path() / "bench.db");
    referential::import_referential(*db, packages, false);
    referential::ImportResult last;
    for (auto _ : state) {
      last = referential::import_referential(*db, packages, /*if_changed=*/false);
      benchmark::DoNotOptimize(last);
    }
    report(state, last);
    db->close();
  } catch (const std::exception& e) {
    state.SkipWithError(e.what());
  }
}
BENCHMARK(BM_ImportUnchanged)->Unit(benchmark::kSecond)->Iterations(3);

// `refdata import --if-changed` when the stored versions are current (what `scripts/run` does at
// every start): reads three package.json files and the stored versions, then skips.
void BM_ImportIfChangedSkipped(benchmark::State& state) {
  quiet_logs();
  const auto packages = packages_dir();
  TempDir dir;
  try {
    {
      auto importer = open_migrated(dir.path() / "bench.db");
      referential::import_referential(*importer, packages, false);
      importer->close();
    }
    // Reopened like a new `maillage` process: a reader used by the migrations step would otherwise
    // still hold its pre-import read snapshot (see docs/benchmarks.md, "Findings").
    auto db = open_migrated(dir.path() / "bench.db");
    for (auto _ : state) {
      auto r = referential::import_referential(*db, packages, /*if_changed=*/true);
      if (!r.skipped) {
        state.SkipWithError("import was not skipped");
        break;
      }
      benchmark::DoNotOptimize(r);
    }
    db->close();
  } catch (const std::exception& e) {
    state.SkipWithError(e.what());
  }
}
BENCHMARK(BM_ImportIfChangedSkipped)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace maillage::bench
