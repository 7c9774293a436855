#include "referential/importer.h"

#include <algorithm>
#include <chrono>

#include "platform/util/time.h"
#include "referential/coordinates.h"
#include "referential/source_packages.h"

namespace maillage::referential {

ImportResult import_referential(db::Database& db, const std::filesystem::path& node_modules, bool if_changed,
                                const BeforeWrite& before_write) {
  auto started = std::chrono::steady_clock::now();
  ImportResult result;
  if (if_changed) {
    std::vector<SourcePackage> wanted;
    for (const char* p : {kDecoupagePackage, kPostcodePackage, kGeonamesPackage}) {
      wanted.push_back({p, package_version(node_modules, p)});
    }
    std::sort(wanted.begin(), wanted.end(), [](const auto& a, const auto& b) { return a.package < b.package; });
    db::Lease lease = db.read();
    auto stored = stored_sources(*lease);
    bool same = stored.size() == wanted.size();
    for (std::size_t i = 0; same && i < stored.size(); ++i) {
      same = stored[i].package == wanted[i].package && stored[i].version == wanted[i].version;
    }
    if (same) {
      result.skipped = true;
      result.sources = std::move(stored);
      return result;
    }
  }

  Dataset dataset = read_dataset(node_modules);
  result.coordinate_methods = assign_coordinates(dataset, read_geonames(node_modules));
  result.sources = dataset.sources;
  result.tables = db::with_transaction(db, [&](db::Connection& c) {
    if (before_write) before_write(c, dataset);
    return write_dataset(c, dataset, current_timestamp_utc());
  });
  result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return result;
}

}  // namespace maillage::referential
