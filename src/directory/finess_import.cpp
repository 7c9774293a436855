#include "directory/finess_import.h"

#include <chrono>
#include <unordered_map>

#include "directory/finess_format.h"
#include "directory/search_index.h"
#include "directory/structure_store.h"
#include "platform/util/time.h"

namespace maillage::directory {
namespace {

// A structure of this file that was imported.
struct Seen {
  Upsert result;
  std::size_t line;
};

}  // namespace

ImportReport import_finess(db::Database& db, const std::filesystem::path& file, const ImportOptions& options) {
  auto started = std::chrono::steady_clock::now();
  ImportReport report = new_report(options);
  std::string started_at = current_timestamp_utc();
  ExtractionReader reader(file, options, report);
  std::string why;
  auto layout = FinessLayout::detect(reader.line(), why);
  if (!layout) throw ImportFailed(reader.name() + ":1: " + why);

  db::with_transaction(db, [&](db::Connection& c) {
    std::unordered_map<std::string, Seen> seen;                       // by FINESS number
    std::unordered_map<std::string, std::optional<GeoPoint>> points;  // located structures, in scope or not
    auto read = [&](std::size_t number) {
      ++report.lines;
      auto record = layout->parse(reader.line(), why);
      if (!record) return report.reject(number, std::move(why));
      const Structure& s = record->structure;
      if (record->gives_location) points[s.finess] = record->point;
      if (record->kind == FinessRecord::Kind::geolocation) return;
      if (options.in_scope && !options.in_scope({s.departement, s.commune_code, s.postcode})) {
        ++report.skipped;
        return;
      }
      if (auto earlier = seen.find(s.finess); earlier != seen.end()) {
        return report.reject(number, "nofinesset " + s.finess + " already on line " + std::to_string(earlier->second.line));
      }
      seen.emplace(s.finess, Seen{upsert_structure(c, s, report.import_id, started_at), number});
    };

    if (layout->first_line_is_data()) read(reader.number());
    while (reader.next()) read(reader.number());

    // The second pass: each imported structure gets the coordinates the file gives it, or none.
    for (auto& [finess, structure] : seen) {
      auto point = points.find(finess);
      bool moved = set_structure_point(c, finess, point == points.end() ? std::nullopt : point->second, started_at);
      if (moved && structure.result == Upsert::unchanged) structure.result = Upsert::updated;
      if (structure.result == Upsert::created) ++report.created;
      else if (structure.result == Upsert::updated) ++report.updated;
      else ++report.unchanged;
    }
    rebuild_structures_index(c);
    report.encoding = reader.encoding();
    report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    record_import(c, "finess", recorded_name(file, options), report, started_at, options.imported_by);
  });
  reader.done();
  return report;
}

}  // namespace maillage::directory
