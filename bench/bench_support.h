// Helpers shared by the benchmarks: where the data packages are, temporary SQLite files, and
// percentiles of per-call timings.
#pragma once

#include <chrono>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "platform/db/database.h"
#include "referential/model.h"

namespace maillage::bench {

/// The node_modules folder holding the referential packages: env MAILLAGE_PACKAGES, default
/// "node_modules" (relative to the working directory; scripts/bench runs from the repository root).
std::filesystem::path packages_dir();

/// A fresh temporary directory, removed with everything in it when the object goes.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

/// Opens (creating) the SQLite database at `file` and applies the migrations, as every command does.
std::unique_ptr<db::Database> open_migrated(const std::filesystem::path& file);

/// The referential imported from the packages into a temporary database and read back, as the
/// server holds it (~1 s).
referential::Dataset imported_dataset();

/// Percentile `p` (0..100, nearest-rank) of `samples`; sorts them. 0 when empty.
double percentile(std::vector<double>& samples, double p);

using Clock = std::chrono::steady_clock;

inline double micros_since(Clock::time_point start) {
  return std::chrono::duration<double, std::micro>(Clock::now() - start).count();
}

/// Quietens the project's logger (migrations log at info level) so benchmark output stays clean.
void quiet_logs();

}  // namespace maillage::bench
