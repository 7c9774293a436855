#include "directory/rpps_import.h"

#include <algorithm>
#include <chrono>
#include <fstream>

#include "directory/directory_store.h"
#include "directory/rpps_format.h"
#include "platform/auth/crypto.h"
#include "platform/util/encoding.h"
#include "platform/util/time.h"

namespace maillage::directory {
namespace {

constexpr std::size_t kProgressEvery = 20'000;

std::string encoding_name(bool utf8, bool latin1) {
  if (utf8 && latin1) return "utf-8 and latin-1";
  return latin1 ? "latin-1" : "utf-8";
}

}  // namespace

ImportReport import_rpps(db::Database& db, const std::filesystem::path& file, const ImportOptions& options) {
  auto started = std::chrono::steady_clock::now();
  std::ifstream in(file, std::ios::binary);
  if (!in) throw ImportFailed("cannot read " + file.string());
  std::uintmax_t total = std::filesystem::file_size(file);

  ImportReport report;
  report.import_id = auth::random_id();
  std::string started_at = current_timestamp_utc();
  bool saw_utf8_accents = false, saw_latin1 = false;
  auto decode = [&](std::string& line) {
    if (text::is_valid_utf8(line)) {
      saw_utf8_accents = saw_utf8_accents || std::any_of(line.begin(), line.end(), [](char ch) { return ch & 0x80; });
      return;
    }
    saw_latin1 = true;
    line = text::latin1_to_utf8(line);
  };

  std::string line;
  if (!std::getline(in, line)) throw ImportFailed(file.string() + " is empty");
  decode(line);
  std::vector<std::string> missing;
  auto layout = RppsLayout::from_header(line, missing);
  if (!layout) {
    std::string names;
    for (const auto& m : missing) names += (names.empty() ? "" : ", ") + m;
    throw ImportFailed(file.string() + ":1: not an RPPS extraction header: missing column(s) " + names);
  }

  db::with_transaction(db, [&](db::Connection& c) {
    std::uintmax_t bytes = line.size() + 1;
    std::size_t line_number = 1;
    while (std::getline(in, line)) {
      ++line_number;
      bytes += line.size() + 1;
      if (options.progress && line_number % kProgressEvery == 0) options.progress({report.lines, bytes, total});
      if (line.empty() || line == "\r") continue;
      ++report.lines;
      decode(line);
      std::string why;
      auto activity = layout->parse(line, why);
      if (!activity) {
        ++report.rejected;
        if (report.rejections.size() < kMaxRejectionsKept) report.rejections.push_back({line_number, why});
        continue;
      }
      if (options.in_scope && !options.in_scope(activity->site)) {
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
    if (in.bad()) throw ImportFailed("reading " + file.string() + " failed at line " + std::to_string(line_number));
    report.removed = remove_unseen_sites(c, report.import_id);
    report.encoding = encoding_name(saw_utf8_accents, saw_latin1);
    report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    c.execute(
        "INSERT INTO directory_imports (id, source, filename, encoding, started_at, finished_at, lines, created, updated,"
        " unchanged, rejected, skipped, removed, imported_by) VALUES (?, 'rpps', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        report.import_id, file.filename().string(), report.encoding, started_at, current_timestamp_utc(),
        static_cast<std::int64_t>(report.lines), static_cast<std::int64_t>(report.created),
        static_cast<std::int64_t>(report.updated), static_cast<std::int64_t>(report.unchanged),
        static_cast<std::int64_t>(report.rejected), static_cast<std::int64_t>(report.skipped), report.removed,
        options.imported_by);
  });
  if (options.progress) options.progress({report.lines, total, total});
  return report;
}

}  // namespace maillage::directory
