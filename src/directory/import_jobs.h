// Imports of uploaded files (POST /api/directory-imports), run one at a time on a background
// thread while the API answers their progress. The import holds the database's writer for its
// duration (other writes wait): files sent by upload are a département's extraction, seconds of
// work; the national files go by the command line. Jobs live in memory (the last kKeptJobs);
// `directory_imports` keeps the record of every import that succeeded.
#pragma once

#include <atomic>
#include <deque>
#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "directory/directory_import.h"
#include "platform/db/database.h"

namespace maillage::directory {

/// One upload's import, as the API shows it.
struct ImportJob {
  enum class State { running, done, failed };
  std::string id;
  std::string source;  // "rpps" or "finess"
  std::string filename;
  std::string started_at, started_by;
  State state = State::running;
  ImportProgress progress;
  std::optional<ImportReport> report;  // once done
  std::string error;                   // once failed: why, naming the line when there is one
};

std::string_view to_string(ImportJob::State state);

class ImportJobs {
 public:
  static constexpr std::size_t kKeptJobs = 20;

  explicit ImportJobs(db::Database& db) : db_(db) {}
  /// Cancels a running import (it rolls back: nothing is written) and waits for its thread.
  ~ImportJobs();
  ImportJobs(const ImportJobs&) = delete;
  ImportJobs& operator=(const ImportJobs&) = delete;

  /// Starts importing `file` (taken over: deleted once imported) with the importer of `source`
  /// ("rpps" or "finess"); returns the job, or nothing when another import is running (the
  /// file is then deleted).
  std::optional<ImportJob> start(const std::string& source, std::filesystem::path file, const std::string& filename,
                                 const std::string& started_by);

  /// The job with this id, while it is among the last kKeptJobs.
  std::optional<ImportJob> find(const std::string& id) const;

  /// The running job's id, if any.
  std::optional<std::string> running() const;

 private:
  void run(ImportJob job, std::filesystem::path file);
  void update(const std::string& id, const std::function<void(ImportJob&)>& change);

  db::Database& db_;
  mutable std::mutex mutex_;
  std::map<std::string, ImportJob> jobs_;
  std::deque<std::string> order_;  // ids, oldest first
  std::optional<std::string> running_;
  std::thread worker_;
  std::atomic<bool> cancel_{false};
};

}  // namespace maillage::directory
