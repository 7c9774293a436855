// `maillage import rpps FILE`: the RPPS/ADELI extraction into the directory. Streamed line by
// line (the national file has ~2 million lines; memory stays bounded), upserted by national id,
// one transaction per file (a file that fails leaves the database as it was), with a report.
// Each line is read as UTF-8, or as Latin-1 when it is not valid UTF-8 (older extractions).
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

#include "directory/model.h"
#include "platform/db/database.h"

namespace maillage::directory {

struct ImportProgress {
  std::size_t lines = 0;
  std::uintmax_t bytes_read = 0;
  std::uintmax_t bytes_total = 0;
};

struct ImportOptions {
  /// Which sites to import (e.g. those of some départements, or of a CPTS's territory); every
  /// site when empty. The others are counted as skipped.
  std::function<bool(const PracticeSite&)> in_scope;
  std::string imported_by = "command line";
  std::function<void(const ImportProgress&)> progress;  // called every few thousand lines
};

/// A line left out, and why.
struct Rejection {
  std::size_t line = 0;
  std::string reason;
};

struct ImportReport {
  std::string import_id;
  std::string encoding;  // "utf-8", "latin-1", or "utf-8 and latin-1" when lines differ
  std::size_t lines = 0;  // data lines read (the header apart)
  std::size_t created = 0, updated = 0, unchanged = 0, rejected = 0;
  std::size_t skipped = 0;  // out of scope
  std::int64_t removed = 0;  // sites of imported professionals no longer in the file
  std::vector<Rejection> rejections;  // the first kMaxRejectionsKept
  double seconds = 0;
};

inline constexpr std::size_t kMaxRejectionsKept = 1000;

/// The file cannot be imported at all (unreadable, not the expected layout): nothing written.
class ImportFailed : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

ImportReport import_rpps(db::Database& db, const std::filesystem::path& file, const ImportOptions& options);

}  // namespace maillage::directory
