#include "directory/directory_import_routes.h"

#include <fmt/format.h>

#include <boost/json.hpp>
#include <fstream>

#include "platform/auth/access_control.h"
#include "platform/auth/audit_context.h"
#include "platform/auth/audit_log.h"
#include "platform/auth/crypto.h"
#include "platform/auth/principal.h"
#include "platform/http/params.h"
#include "platform/http/problem.h"

namespace maillage::directory {
namespace json = boost::json;
using http::Request;
using http::Response;

namespace {

constexpr const char* kPath = "/api/directory-imports";

json::object report_json(const ImportReport& r) {
  json::array rejections;
  for (const auto& x : r.rejections) rejections.push_back({{"line", x.line}, {"reason", x.reason}});
  return {{"encoding", r.encoding}, {"lines", r.lines},       {"created", r.created},   {"updated", r.updated},
          {"unchanged", r.unchanged}, {"rejected", r.rejected}, {"skipped", r.skipped}, {"removed", r.removed},
          {"seconds", r.seconds},   {"rejections", std::move(rejections)}};
}

json::object job_json(const ImportJob& j) {
  json::object o{{"id", j.id},
                 {"source", j.source},
                 {"filename", j.filename},
                 {"state", to_string(j.state)},
                 {"started_at", j.started_at},
                 {"started_by", j.started_by},
                 {"lines", j.report ? j.report->lines : j.progress.lines},
                 {"bytes_read", j.state == ImportJob::State::done ? j.progress.bytes_total : j.progress.bytes_read},
                 {"bytes_total", j.progress.bytes_total}};
  if (j.report) o["report"] = report_json(*j.report);
  if (!j.error.empty()) o["error"] = j.error;
  return o;
}

constexpr const char* kRecordColumns =
    "id, source, filename, encoding, started_at, finished_at, lines, created, updated, unchanged, rejected, skipped,"
    " removed, imported_by";

// A row of directory_imports (kRecordColumns).
json::object record_json(db::Statement& st) {
  json::object o;
  const char* text_columns[] = {"id", "source", "filename", "encoding", "started_at", "finished_at"};
  for (int i = 0; i < 6; ++i) o[text_columns[i]] = st.text(i);
  const char* counts[] = {"lines", "created", "updated", "unchanged", "rejected", "skipped", "removed"};
  for (int i = 0; i < 7; ++i) o[counts[i]] = st.int64(6 + i);
  o["imported_by"] = st.text(13);
  return o;
}

// A past import as a finished job (its rejected lines are not kept in the database).
json::object finished_job_json(db::Statement& st) {
  json::object record = record_json(st);
  json::object report;
  for (const char* key : {"encoding", "lines", "created", "updated", "unchanged", "rejected", "skipped", "removed"}) {
    report[key] = record[key];
  }
  return {{"id", record["id"]},
          {"source", record["source"]},
          {"filename", record["filename"]},
          {"state", "done"},
          {"started_at", record["started_at"]},
          {"started_by", record["imported_by"]},
          {"lines", record["lines"]},
          {"bytes_read", nullptr},
          {"bytes_total", nullptr},
          {"report", std::move(report)}};
}

// "C:\fakepath\finess 13.csv" → "finess 13.csv"; control characters refused.
std::string upload_name(const Request& req) {
  std::string name = http::text_param(req, "filename", 255);
  auto slash = name.find_last_of("/\\");
  if (slash != std::string::npos) name.erase(0, slash + 1);
  for (unsigned char ch : name) {
    if (ch < 0x20 || ch == 0x7F) throw http::invalid_field("filename", "format", "must not hold control characters");
  }
  return name.empty() ? "upload" : name;
}

// The body's file, moved out of the server's reach (it deletes its own once the response is sent).
std::filesystem::path take_body(const Request& req) {
  std::filesystem::path file = req.body_file();
  if (file.empty()) {  // not received as an upload (e.g. a server without the upload route)
    file = std::filesystem::temp_directory_path() / ("maillage-import-" + auth::random_id());
    std::ofstream(file, std::ios::binary) << req.body();
    return file;
  }
  std::filesystem::path kept = file;
  kept += ".import";
  std::filesystem::rename(file, kept);
  return kept;
}

Response post_import(db::Database& db, ImportJobs& jobs, Request& req) {
  http::allow_only(req, {"source", "filename"});
  std::string source = http::text_param(req, "source", 10);
  if (source != "rpps" && source != "finess") {
    throw http::invalid_field("source", "enum", "must be rpps (RPPS/ADELI extraction) or finess (FINESS extraction)");
  }
  std::string filename = upload_name(req);
  bool empty = req.body_file().empty() ? req.body().empty() : std::filesystem::file_size(req.body_file()) == 0;
  if (empty) throw http::invalid_field("body", "required", "the file is empty");
  auto job = jobs.start(source, take_body(req), filename, auth::caller(req).label);
  if (!job) {
    throw http::HttpError(409, "Import running",
                          fmt::format("an import is running ({}): send the file once it is over", jobs.running().value_or("")));
  }
  db::with_transaction(db, [&](db::Connection& c) {
    auth::append_audit(c, auth::audit_entry(req, "directory.import", "directory_import", job->id));
  });
  Response response = Response::json(job_json(*job), 202);
  response.header("Location", fmt::format("{}/{}", kPath, job->id));
  return response;
}

Response get_import(db::Database& db, const ImportJobs& jobs, Request& req) {
  http::allow_only(req, {});
  const std::string& id = req.param("import_id");
  if (auto job = jobs.find(id)) return Response::json(job_json(*job));
  db::Lease lease = db.read();
  auto& st = lease->query(fmt::format("SELECT {} FROM directory_imports WHERE id = ?", kRecordColumns), id);
  if (!st.step()) throw http::not_found("no directory import " + id);
  return Response::json(finished_job_json(st));
}

Response list_imports(db::Database& db, Request& req) {
  http::allow_only(req, {"limit"});
  long limit = http::integer_param(req, "limit", 50, 1, 500);
  db::Lease lease = db.read();
  auto& st = lease->query(
      fmt::format("SELECT {} FROM directory_imports ORDER BY finished_at DESC, id LIMIT ?", kRecordColumns), limit);
  json::array items;
  while (st.step()) items.push_back(record_json(st));
  return Response::json({{"items", std::move(items)}});
}

}  // namespace

http::UploadRoute import_upload_route() {
  return {.method = http::Method::post, .path = kPath, .body_limit = kImportUploadLimit};
}

void register_directory_import_routes(http::Router& router, db::Database& db, ImportJobs& jobs) {
  using auth::Permission;
  router.add(http::Method::post, kPath, Permission::directory_import,
             [&db, &jobs](Request& r) { return post_import(db, jobs, r); });
  router.add(http::Method::get, fmt::format("{}/{{import_id}}", kPath), Permission::directory_import,
             [&db, &jobs](Request& r) { return get_import(db, jobs, r); });
  router.add(http::Method::get, kPath, Permission::directory_import,
             [&db](Request& r) { return list_imports(db, r); });
}

}  // namespace maillage::directory
