// The import of a list of patients looking for a médecin traitant (the CPAM's, a hospital's, a
// social service's): every line checked, all or nothing; a person already waiting in the CPTS, or
// listed twice, is skipped and reported rather than refused.
#include <fmt/format.h>

#include <map>

#include "access/mt_route_support.h"
#include "access/patient_list.h"
#include "access/routes.h"
#include "platform/auth/access_control.h"
#include "platform/auth/audit_context.h"
#include "platform/auth/audit_log.h"
#include "platform/auth/crypto.h"
#include "platform/http/json_body.h"
#include "platform/util/time.h"

namespace maillage::access {
namespace json = boost::json;
using auth::Permission;
using http::Request;
using http::Response;

namespace {

constexpr std::size_t kMaxContent = 4 * 1024 * 1024;

http::HttpError rejection(const std::string& filename, const std::vector<ListProblem>& problems) {
  json::array rows;
  for (const auto& p : problems) {
    rows.push_back({{"line", p.line}, {"column", p.column}, {"rule", p.rule}, {"message", p.message}});
  }
  const auto& first = problems.front();
  std::string detail = fmt::format("{}:{}: {}{}", filename, first.line,
                                   first.column.empty() ? first.message : fmt::format("{}: {}", first.column, first.message),
                                   problems.size() > 1 ? fmt::format(" (and {} more problems)", problems.size() - 1) : "");
  http::HttpError error(400, "List refused", detail + "; nothing was imported");
  error.extensions()["rows"] = std::move(rows);
  return error;
}

Response import_list(db::Database& db, const referential::ReferentialService& referential, Request& req) {
  http::JsonBody body(req, {"filename", "content", "source"});
  std::string filename = body.optional_text("filename", 200).value_or("liste.csv");
  std::string content = body.file_content("content", kMaxContent);
  MtSource source = MtSource::cpam;
  if (auto s = body.optional_text("source", 20)) {
    auto parsed = mt_source_from_string(*s);
    if (parsed && (*parsed == MtSource::cpam || *parsed == MtSource::hospital || *parsed == MtSource::social_service ||
                   *parsed == MtSource::pharmacy)) {
      source = *parsed;
    } else {
      body.error("source", "one_of", "must be cpam, hospital, social_service or pharmacy");
    }
  }
  body.finish();
  auto ref = referential.current();
  std::string today = cpts_today(*ref, read_request_cpts(db, req, Permission::mt_coordinate));
  std::string now = current_timestamp_utc();
  PatientList list = read_patient_list(content, *ref, today);
  if (!list.problems.empty()) throw rejection(filename, list.problems);
  json::object out = db::with_transaction(db, [&](db::Connection& c) {
    auto cpts = request_cpts(c, req, Permission::mt_coordinate);
    const auto& caller = auth::caller(req);
    json::array skipped;
    std::map<std::string, std::size_t> seen;  // person key → line
    std::size_t created = 0;
    for (auto& line : list.lines) {
      MtRequest& r = line.request;
      std::string key = person_key(r.last_name, r.first_name, r.birth_date);
      if (auto twice = seen.find(key); twice != seen.end()) {
        skipped.push_back({{"line", line.line}, {"reason", "twice_in_file"}, {"first_line", twice->second}});
        continue;
      }
      seen.emplace(key, line.line);
      if (auto waiting = open_requests_of_person(c, cpts.id, r); !waiting.empty()) {
        skipped.push_back({{"line", line.line}, {"reason", "already_waiting"}, {"request_id", waiting.front()}});
        continue;
      }
      r.id = auth::random_id();
      r.cpts_id = cpts.id;
      r.status = MtStatus::nouvelle;
      r.source = source;
      r.referrer_user_id = caller.kind == auth::Principal::Kind::user ? caller.id : std::string();
      r.referrer_label = fmt::format("{} ({})", filename, caller.label);
      r.created_at = r.updated_at = r.status_since = now;
      insert_request(c, r);
      append_event(c, cpts.id, r.id, {now, std::nullopt, MtStatus::nouvelle, {}, {}, {}, caller.label});
      auth::append_audit(c, auth::audit_entry(req, "mt_request.create", "mt_request", r.id, cpts.id));
      ++created;
    }
    return json::object{{"filename", filename}, {"rows", list.lines.size()}, {"created", created}, {"skipped", std::move(skipped)}};
  });
  return Response::json(out, 201);
}

}  // namespace

void register_list_routes(http::Router& router, db::Database& db, const referential::ReferentialService& referential) {
  router.add(http::Method::post, "/api/cpts/{cpts_id}/mt-requests/imports", Permission::mt_coordinate,
             [&db, &referential](Request& r) { return import_list(db, referential, r); });
}

}  // namespace maillage::access
