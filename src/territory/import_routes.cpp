#include "territory/import_routes.h"

#include <boost/json.hpp>
#include <set>

#include "platform/auth/access_control.h"
#include "platform/auth/audit_context.h"
#include "platform/auth/audit_log.h"
#include "platform/http/json_body.h"
#include "platform/util/time.h"
#include "territory/bulk_import.h"

namespace maillage::territory {
namespace json = boost::json;
using http::Request;
using http::Response;

namespace {

constexpr std::size_t kMaxContent = 4 * 1024 * 1024;

// Thrown inside the transaction so that it rolls back.
struct Rejected {
  ImportPlan plan;
};

json::value text_or_null(const std::string& s) { return s.empty() ? json::value(nullptr) : json::value(s); }

// A rule of rules.h (or a dissolved CPTS): the row is well formed but conflicts.
bool is_territory_rule(const std::string& rule) {
  static const std::set<std::string> kRules = {"unknown_commune", "commune_taken",  "part_taken",    "whole_and_parts",
                                               "postcode_not_of_commune", "not_divisible", "cpts_dissolved"};
  return kRules.contains(rule);
}

http::HttpError rejection(const std::string& filename, const ImportPlan& plan) {
  json::array rows;
  bool only_territory_rules = true;
  for (const auto& e : plan.errors) {
    rows.push_back({{"line", e.line},
                    {"cpts_name", e.cpts_name},
                    {"code", text_or_null(e.code)},
                    {"postcode", text_or_null(e.postcode)},
                    {"rule", e.rule},
                    {"message", e.message},
                    {"holder", text_or_null(e.holder_name)},
                    {"holder_line", e.holder_line ? json::value(e.holder_line) : json::value(nullptr)}});
    only_territory_rules = only_territory_rules && is_territory_rule(e.rule);
  }
  const auto& first = plan.errors.front();
  std::string detail = filename + ":" + std::to_string(first.line) + ": " + first.message;
  if (plan.errors.size() > 1) detail += " (and " + std::to_string(plan.errors.size() - 1) + " more bad rows)";
  detail += "; nothing was imported";
  // 409 when the rows are well formed but conflict with territories; 400 for malformed rows.
  http::HttpError error(only_territory_rules ? 409 : 400, "Bulk import refused", detail);
  error.extensions()["rows"] = std::move(rows);
  return error;
}

Response import(db::Database& db, const referential::ReferentialService& referential, Request& req) {
  http::JsonBody body(req, {"filename", "content"});
  std::string filename = body.optional_text("filename", 200).value_or("import.csv");
  std::string content = body.file_content("content", kMaxContent);
  body.finish();
  const auto& caller = auth::caller(req);
  if (!caller.scope(auth::Permission::territory_import).all) {
    throw http::HttpError(403, "Forbidden", "a bulk import concerns every CPTS: it needs a platform-wide role");
  }
  auto ref = referential.current();
  try {
    ImportPlan plan = db::with_transaction(db, [&](db::Connection& c) {
      auto audit = [&](db::Connection& conn, const std::string& action, const std::string& type, const std::string& id,
                       const std::string& cpts_id) {
        auth::append_audit(conn, auth::audit_entry(req, action, type, id, cpts_id));
      };
      ImportPlan result = import_territories(c, *ref, content, caller.label, current_timestamp_utc(), audit);
      if (!result.errors.empty()) throw Rejected{std::move(result)};
      return result;
    });
    json::array cpts;
    std::size_t added = 0, created = 0;
    for (const auto& t : plan.cpts) {
      cpts.push_back({{"id", t.id}, {"name", t.name}, {"created", t.created}, {"added", t.to_add.size()},
                      {"already_held", t.already_held}});
      added += t.to_add.size();
      created += t.created ? 1 : 0;
    }
    return Response::json(json::object{{"filename", filename},
                                       {"rows", plan.rows},
                                       {"added", added},
                                       {"cpts_created", created},
                                       {"cpts", std::move(cpts)}});
  } catch (const Rejected& rejected) {
    throw rejection(filename, rejected.plan);
  }
}

}  // namespace

void register_import_routes(http::Router& router, db::Database& db, const referential::ReferentialService& referential) {
  router.add(http::Method::post, "/api/territory-imports", auth::Permission::territory_import,
             [&db, &referential](Request& r) { return import(db, referential, r); });
}

}  // namespace maillage::territory
