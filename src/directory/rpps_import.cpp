#include "directory/rpps_import.h"

#include <chrono>

#include "directory/directory_store.h"
#include "directory/rpps_format.h"
#include "directory/search_index.h"
#include "platform/db/bulk_load.h"
#include "platform/util/time.h"

namespace maillage::directory {
namespace {

// True when the file brings more rows than the directory holds (a first national import): its
// secondary indexes are then built once at the end. An extraction line is 300-400 bytes.
bool mostly_new(db::Connection& c, const std::filesystem::path& file) {
  auto lines = static_cast<std::int64_t>(std::filesystem::file_size(file) / 400);
  auto& st = c.query("SELECT COUNT(*) FROM practice_sites");
  std::int64_t rows = st.step() ? st.int64(0) : 0;
  st.step();  // to the end: no cursor left open on the table (DROP INDEX would fail)
  return rows < lines / 2;
}

}  // namespace

ImportReport import_rpps(db::Database& db, const std::filesystem::path& file, const ImportOptions& options) {
  auto started = std::chrono::steady_clock::now();
  ImportReport report = new_report(options);
  std::string started_at = current_timestamp_utc();
  ExtractionReader reader(file, options, report);
  std::vector<std::string> missing;
  auto layout = RppsLayout::from_header(reader.line(), missing);
  if (!layout) {
    std::string names;
    for (const auto& m : missing) names += (names.empty() ? "" : ", ") + m;
    throw ImportFailed(reader.name() + ":1: not an RPPS extraction header: missing column(s) " + names);
  }

  db::with_transaction(db, [&](db::Connection& c) {
    // A larger page cache, and when the rows are mostly new the secondary indexes built once at
    // the end: 2,000,000 new lines cost ≈ 90 s of CPU with the defaults, ≈ 45 s so (docs/benchmarks.md).
    db::BulkLoad bulk(c, {"professionals", "practice_sites"}, mostly_new(c, file));
    while (reader.next()) {
      ++report.lines;
      std::string why;
      auto activity = layout->parse(reader.line(), why);
      if (!activity) {
        report.reject(reader.number(), std::move(why));
        continue;
      }
      const PracticeSite& where = activity->site;
      if (options.in_scope && !options.in_scope({where.departement, where.commune_code, where.postcode})) {
        ++report.skipped;
        continue;
      }
      std::string now = started_at;
      Upsert person = upsert_professional(c, activity->professional, now);
      Upsert site = upsert_site(c, activity->professional.national_id, activity->site, report.import_id, now);
      if (site == Upsert::created) ++report.created;
      else if (site == Upsert::updated || person != Upsert::unchanged) ++report.updated;
      else ++report.unchanged;
    }
    bulk.finish();
    report.removed = remove_unseen_sites(c, report.import_id);
    rebuild_professionals_index(c);
    report.encoding = reader.encoding();
    report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    record_import(c, "rpps", recorded_name(file, options), report, started_at, options.imported_by);
  });
  reader.done();
  return report;
}

}  // namespace maillage::directory
