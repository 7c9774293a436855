#include "directory/import_jobs.h"

#include <fmt/format.h>

#include "directory/finess_import.h"
#include "directory/rpps_import.h"
#include "platform/auth/crypto.h"
#include "platform/util/log.h"
#include "platform/util/time.h"

namespace maillage::directory {
namespace {

// Thrown from the progress callback when the server stops: the import's transaction rolls back.
struct Cancelled : std::runtime_error {
  Cancelled() : std::runtime_error("the server stopped during the import: nothing was imported") {}
};

}  // namespace

std::string_view to_string(ImportJob::State state) {
  switch (state) {
    case ImportJob::State::running: return "running";
    case ImportJob::State::done: return "done";
    case ImportJob::State::failed: return "failed";
  }
  return "failed";
}

ImportJobs::~ImportJobs() {
  cancel_ = true;
  if (worker_.joinable()) worker_.join();
}

std::optional<ImportJob> ImportJobs::start(const std::string& source, std::filesystem::path file,
                                           const std::string& filename, const std::string& started_by) {
  std::unique_lock lock(mutex_);
  if (running_) {
    std::error_code ignored;
    std::filesystem::remove(file, ignored);
    return std::nullopt;
  }
  if (worker_.joinable()) worker_.join();  // the previous import, finished
  ImportJob job;
  job.id = auth::random_id();
  job.source = source;
  job.filename = filename;
  job.started_at = current_timestamp_utc();
  job.started_by = started_by;
  std::error_code ec;
  job.progress.bytes_total = std::filesystem::file_size(file, ec);
  jobs_[job.id] = job;
  order_.push_back(job.id);
  while (order_.size() > kKeptJobs) {
    jobs_.erase(order_.front());
    order_.pop_front();
  }
  running_ = job.id;
  worker_ = std::thread([this, job, file = std::move(file)] { run(job, file); });
  return job;
}

void ImportJobs::run(ImportJob job, std::filesystem::path file) {
  ImportOptions options;
  options.import_id = job.id;
  options.filename = job.filename;
  options.imported_by = job.started_by;
  options.progress = [this, &job](const ImportProgress& p) {
    if (cancel_) throw Cancelled();
    update(job.id, [&](ImportJob& j) { j.progress = p; });
  };
  try {
    auto report = job.source == "rpps" ? import_rpps(db_, file, options) : import_finess(db_, file, options);
    update(job.id, [&](ImportJob& j) {
      j.state = ImportJob::State::done;
      j.report = std::move(report);
    });
  } catch (const std::exception& e) {
    bool expected = dynamic_cast<const ImportFailed*>(&e) || dynamic_cast<const Cancelled*>(&e);
    if (!expected) log::error({{"event", "directory_import_failed"}, {"id", job.id}, {"what", e.what()}});
    std::string why = !expected ? "the import failed unexpectedly; nothing was imported (see the log)"
                      : dynamic_cast<const ImportFailed*>(&e) ? fmt::format("{}: nothing was imported", e.what())
                                                               : std::string(e.what());
    update(job.id, [&](ImportJob& j) {
      j.state = ImportJob::State::failed;
      j.error = why;
    });
  }
  std::error_code ignored;
  std::filesystem::remove(file, ignored);
  std::lock_guard lock(mutex_);
  running_.reset();
  if (auto it = jobs_.find(job.id); it != jobs_.end()) {
    log::info({{"event", "directory_import"}, {"id", job.id}, {"source", job.source},
               {"state", std::string(to_string(it->second.state))}, {"lines", it->second.progress.lines}});
  }
}

void ImportJobs::update(const std::string& id, const std::function<void(ImportJob&)>& change) {
  std::lock_guard lock(mutex_);
  if (auto it = jobs_.find(id); it != jobs_.end()) change(it->second);
}

std::optional<ImportJob> ImportJobs::find(const std::string& id) const {
  std::lock_guard lock(mutex_);
  auto it = jobs_.find(id);
  if (it == jobs_.end()) return std::nullopt;
  return it->second;
}

std::optional<std::string> ImportJobs::running() const {
  std::lock_guard lock(mutex_);
  return running_;
}

}  // namespace maillage::directory
