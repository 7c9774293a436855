#include "directory/directory_import.h"

#include <fmt/format.h>

#include <algorithm>

#include "platform/auth/crypto.h"
#include "platform/util/encoding.h"
#include "platform/util/time.h"

namespace maillage::directory {

void ImportReport::reject(std::size_t line, std::string reason) {
  ++rejected;
  if (rejections.size() < kMaxRejectionsKept) rejections.push_back({line, std::move(reason)});
}

void LineDecoder::decode(std::string& line) {
  if (text::is_valid_utf8(line)) {
    saw_utf8_ = saw_utf8_ || std::any_of(line.begin(), line.end(), [](char ch) { return ch & 0x80; });
    return;
  }
  saw_latin1_ = true;
  line = text::latin1_to_utf8(line);
}

std::string LineDecoder::encoding() const {
  if (saw_utf8_ && saw_latin1_) return "utf-8 and latin-1";
  return saw_latin1_ ? "latin-1" : "utf-8";
}

ImportReport new_report(const ImportOptions& options) {
  ImportReport report;
  report.import_id = options.import_id.empty() ? auth::random_id() : options.import_id;
  return report;
}

ExtractionReader::ExtractionReader(const std::filesystem::path& file, const ImportOptions& options,
                                   const ImportReport& report)
    : in_(file, std::ios::binary),
      name_(options.filename.empty() ? file.string() : options.filename),
      options_(options),
      report_(report) {
  if (!in_) throw ImportFailed("cannot read " + name_);
  std::error_code ec;
  total_ = std::filesystem::file_size(file, ec);
  if (!std::getline(in_, line_)) throw ImportFailed(name_ + " is empty");
  bytes_ = line_.size() + 1;
  decoder_.decode(line_);
}

bool ExtractionReader::next() {
  while (std::getline(in_, line_)) {
    ++number_;
    bytes_ += line_.size() + 1;
    if (options_.progress && number_ % kProgressEvery == 0) options_.progress({report_.lines, bytes_, total_});
    if (line_.empty() || line_ == "\r") continue;
    decoder_.decode(line_);
    return true;
  }
  if (in_.bad()) throw ImportFailed(fmt::format("reading {} failed at line {}", name_, number_));
  return false;
}

void ExtractionReader::done() const {
  if (options_.progress) options_.progress({report_.lines, total_, total_});
}

std::string recorded_name(const std::filesystem::path& file, const ImportOptions& options) {
  return options.filename.empty() ? file.filename().string() : options.filename;
}

void record_import(db::Connection& c, const std::string& source, const std::string& filename,
                   const ImportReport& report, const std::string& started_at, const std::string& imported_by) {
  c.execute(
      "INSERT INTO directory_imports (id, source, filename, encoding, started_at, finished_at, lines, created, updated,"
      " unchanged, rejected, skipped, removed, imported_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      report.import_id, source, filename, report.encoding, started_at, current_timestamp_utc(),
      static_cast<std::int64_t>(report.lines), static_cast<std::int64_t>(report.created),
      static_cast<std::int64_t>(report.updated), static_cast<std::int64_t>(report.unchanged),
      static_cast<std::int64_t>(report.rejected), static_cast<std::int64_t>(report.skipped), report.removed,
      imported_by);
}

}  // namespace maillage::directory
