// What every import into the directory shares (the RPPS extraction, the FINESS extraction):
// options (scope, who imports, progress), the report, the failure that writes nothing, the
// per-line encoding detection, and the `directory_imports` record of each file.
#pragma once

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

#include "platform/db/database.h"

namespace maillage::directory {

/// How far an import has gone.
struct ImportProgress {
  std::size_t lines = 0;
  std::uintmax_t bytes_read = 0;
  std::uintmax_t bytes_total = 0;
};

/// Where a practice site or a structure is, as an import scope sees it.
struct Place {
  const std::string& departement;   // INSEE code: "13", "2A", "971"
  const std::string& commune_code;  // INSEE code
  const std::string& postcode;
};

/// Which places an import keeps (see import_scope.h).
using PlaceFilter = std::function<bool(const Place&)>;

struct ImportOptions {
  /// Which sites or structures to import (e.g. those of some départements, or of a CPTS's
  /// territory); all when empty. The others are counted as skipped.
  PlaceFilter in_scope;
  std::string imported_by = "command line";
  /// Called every few thousand lines and at the end. Throwing from it cancels the import: the
  /// transaction rolls back and the exception propagates.
  std::function<void(const ImportProgress&)> progress;
  std::string import_id;  // the import's id; a new random one when empty
  std::string filename;   // the name recorded for the file; the file's own name when empty
};

/// A line left out, and why.
struct Rejection {
  std::size_t line = 0;
  std::string reason;
};

struct ImportReport {
  std::string import_id;
  std::string encoding;  // "utf-8", "latin-1", or "utf-8 and latin-1" when lines differ
  std::size_t lines = 0;  // data lines read (a header apart)
  std::size_t created = 0, updated = 0, unchanged = 0, rejected = 0;
  std::size_t skipped = 0;  // out of scope
  std::int64_t removed = 0;  // RPPS: sites of imported professionals no longer in the file
  std::vector<Rejection> rejections;  // the first kMaxRejectionsKept
  double seconds = 0;

  /// Counts a rejected line, keeping its reason while fewer than kMaxRejectionsKept are kept.
  void reject(std::size_t line, std::string reason);
};

inline constexpr std::size_t kMaxRejectionsKept = 1000;

/// The file cannot be imported at all (unreadable, not the expected layout): nothing written.
class ImportFailed : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Reads each line as UTF-8, or as Latin-1 when it is not valid UTF-8 (older extractions), and
/// remembers which it met.
class LineDecoder {
 public:
  /// Converts `line` to UTF-8 in place when it is Latin-1.
  void decode(std::string& line);
  /// "utf-8", "latin-1" or "utf-8 and latin-1".
  std::string encoding() const;

 private:
  bool saw_utf8_ = false, saw_latin1_ = false;
};

/// A new report, with the import's id (the options', else a new random one).
ImportReport new_report(const ImportOptions& options);

/// An extraction read line by line: each line as UTF-8 (else Latin-1), blank lines skipped, the
/// progress callback called every kProgressEvery lines with the report's count of lines.
class ExtractionReader {
 public:
  static constexpr std::size_t kProgressEvery = 20'000;

  /// Opens `file` and reads its first line (a header, or a first record); throws ImportFailed
  /// when the file cannot be read or is empty.
  ExtractionReader(const std::filesystem::path& file, const ImportOptions& options, const ImportReport& report);

  /// The file's name in messages: the name given in the options (an upload's), else its path.
  const std::string& name() const { return name_; }
  /// The current line, as UTF-8, and its 1-based number in the file.
  const std::string& line() const { return line_; }
  std::size_t number() const { return number_; }
  /// Moves to the next line that is not blank; false at the end. Throws ImportFailed when
  /// reading fails.
  bool next();
  /// The encodings met so far (see LineDecoder).
  std::string encoding() const { return decoder_.encoding(); }
  /// Reports the whole file read.
  void done() const;

 private:
  std::ifstream in_;
  std::string name_;
  const ImportOptions& options_;
  const ImportReport& report_;
  LineDecoder decoder_;
  std::string line_;
  std::size_t number_ = 1;
  std::uintmax_t bytes_ = 0, total_ = 0;
};

/// The file's name in the import record: the name given in the options, else its file name.
std::string recorded_name(const std::filesystem::path& file, const ImportOptions& options);

/// Records a finished import in `directory_imports` (inside the import's transaction).
void record_import(db::Connection& c, const std::string& source, const std::string& filename,
                   const ImportReport& report, const std::string& started_at, const std::string& imported_by);

}  // namespace maillage::directory
