#include "bench_support.h"

#include <spdlog/spdlog.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <random>
#include <stdexcept>
#include <system_error>

#include "app/database_setup.h"
#include "referential/importer.h"
#include "referential/store.h"

namespace maillage::bench {

std::filesystem::path packages_dir() {
  const char* env = std::getenv("MAILLAGE_PACKAGES");
  return (env != nullptr && *env != '\0') ? std::filesystem::path(env) : std::filesystem::path("node_modules");
}

TempDir::TempDir() {
  std::random_device rd;
  auto base = std::filesystem::temp_directory_path();
  for (int attempt = 0; attempt < 100; ++attempt) {
    auto candidate = base / ("maillage-bench-" + std::to_string(::getpid()) + "-" + std::to_string(rd()));
    if (std::filesystem::create_directory(candidate)) {
      path_ = candidate;
      return;
    }
  }
  throw std::runtime_error("cannot create a temporary directory under " + base.string());
}

TempDir::~TempDir() {
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

std::unique_ptr<db::Database> open_migrated(const std::filesystem::path& file) {
  return app::open_and_migrate(file.string());
}

referential::Dataset imported_dataset() {
  TempDir dir;
  auto db = open_migrated(dir.path() / "referential.db");
  referential::import_referential(*db, packages_dir(), false);
  db::Lease lease = db->read();
  return referential::read_stored_dataset(*lease);
}

double percentile(std::vector<double>& samples, double p) {
  if (samples.empty()) return 0;
  std::sort(samples.begin(), samples.end());
  auto rank = static_cast<std::size_t>(std::ceil(p / 100.0 * static_cast<double>(samples.size())));
  if (rank == 0) rank = 1;
  return samples[std::min(rank, samples.size()) - 1];
}

void quiet_logs() { spdlog::set_level(spdlog::level::warn); }

}  // namespace maillage::bench
