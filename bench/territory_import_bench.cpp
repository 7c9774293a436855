// Bulk import of a whole country's territories (`maillage import territories`): ~35,000 rows
// giving every commune of France (metropole and DROM) to ~1,000 generated CPTS — Paris, Lyon and
// Marseille by arrondissement, one multi-postcode commune in twenty by postcode part — into a
// database holding only the referential. Measured: parse + rules + one write transaction with
// the CPTS creations, ~35,000 inserts and the audit entries; and parse + rules alone.
#include <benchmark/benchmark.h>

#include <filesystem>

#include "app/cli_audit.h"
#include "bench_support.h"
#include "platform/auth/audit_log.h"
#include "platform/csv/csv_writer.h"
#include "referential/importer.h"
#include "referential/store.h"
#include "territory/bulk_import.h"

namespace maillage::bench {
namespace {

struct ImportFixture {
  TempDir dir;
  std::filesystem::path template_db;
  std::shared_ptr<const referential::Referential> ref;
  std::string csv;
  std::size_t rows = 0;

  ImportFixture() {
    quiet_logs();
    template_db = dir.path() / "template.db";
    {
      auto db = open_migrated(template_db);
      referential::import_referential(*db, packages_dir(), false);
      db::Lease lease = db->read();
      ref = referential::Referential::build(referential::read_stored_dataset(*lease), "");
      db->close();
    }
    constexpr std::size_t kRowsPerCpts = 35;
    csv::CsvWriter out;
    out.row({"cpts_name", "insee_code", "postcode", "population"});
    std::size_t split = 0;
    auto row = [&](const std::string& code, const std::string& postcode) {
      std::string cpts = "CPTS générée " + std::to_string(rows++ / kRowsPerCpts);
      out.row({cpts, code, postcode, csv::CsvWriter::Cell{}});
    };
    for (const auto& c : ref->data().communes) {
      if (c.kind != referential::CommuneKind::commune || c.zone == referential::Zone::com) continue;
      auto arrondissements = ref->arrondissements_of(c);
      if (!arrondissements.empty()) {
        for (const auto* a : arrondissements) row(a->code, "");
      } else if (c.postcodes.size() > 1 && split++ % 20 == 0) {
        for (const auto& pc : c.postcodes) row(c.code, pc);
      } else {
        row(c.code, "");
      }
    }
    csv = out.str();
  }
  static ImportFixture& get() {
    static ImportFixture fixture;
    return fixture;
  }
};

void BM_BulkImportWholeCountry(benchmark::State& state) {
  auto& f = ImportFixture::get();
  // The audit entries are written as `maillage import territories` writes them.
  auto audit = [](db::Connection& c, const std::string& action, const std::string& type, const std::string& id,
                  const std::string& cpts_id) { auth::append_audit(c, app::cli_audit_entry(action, type, id, cpts_id)); };
  for (auto _ : state) {
    state.PauseTiming();
    auto file = f.dir.path() / "run.db";
    std::filesystem::copy_file(f.template_db, file, std::filesystem::copy_options::overwrite_existing);
    auto db = open_migrated(file);
    state.ResumeTiming();
    auto plan = db::with_transaction(*db, [&](db::Connection& c) {
      return territory::import_territories(c, *f.ref, f.csv, "bench", "2026-11-23T00:00:00Z", audit);
    });
    if (!plan.errors.empty()) state.SkipWithError(plan.errors.front().message.c_str());
    state.PauseTiming();
    db->close();
    state.ResumeTiming();
  }
  state.counters["rows"] = static_cast<double>(f.rows);
}
BENCHMARK(BM_BulkImportWholeCountry)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_BulkImportPlanOnly(benchmark::State& state) {
  auto& f = ImportFixture::get();
  for (auto _ : state) {
    auto plan = territory::plan_import(*f.ref, f.csv, {}, {});
    benchmark::DoNotOptimize(plan.rows);
  }
  state.counters["rows"] = static_cast<double>(f.rows);
}
BENCHMARK(BM_BulkImportPlanOnly)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace maillage::bench
