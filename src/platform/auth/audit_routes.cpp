#include "platform/auth/audit_routes.h"

#include <boost/json.hpp>
#include <map>

#include "platform/auth/access_control.h"
#include "platform/auth/audit_log.h"
#include "platform/http/params.h"
#include "platform/http/problem.h"

namespace maillage::auth {
namespace json = boost::json;
using http::Request;
using http::Response;

namespace {

Response list_audit(db::Database& db, Request& req) {
  http::allow_only(req, {"cpts", "actor", "action", "resource_type", "outcome", "from", "to", "limit", "cursor"});
  const Principal& who = caller(req);
  AuditFilter f;
  f.scope = who.scope(Permission::audit_view);
  f.cpts_id = http::text_param(req, "cpts", 64);
  f.actor_id = http::text_param(req, "actor", 64);
  f.action = http::text_param(req, "action", 64);
  f.resource_type = http::text_param(req, "resource_type", 64);
  f.outcome = http::text_param(req, "outcome", 16);
  f.from = http::timestamp_param(req, "from");
  f.to = http::timestamp_param(req, "to");
  f.limit = static_cast<std::size_t>(http::integer_param(req, "limit", 50, 1, 200));
  f.before_id = static_cast<std::int64_t>(http::cursor_param(req));
  if (!f.outcome.empty() && f.outcome != "success" && f.outcome != "denied" && f.outcome != "failure") {
    throw http::invalid_field("outcome", "one_of", "must be success, denied or failure");
  }
  // Another tenant's id is answered like an unknown one.
  if (!f.cpts_id.empty() && !f.scope.includes(f.cpts_id)) throw http::not_found("no CPTS has id '" + f.cpts_id + "'");

  db::Lease lease = db.read();
  f.limit += 1;
  auto entries = query_audit(*lease, f);
  bool more = entries.size() > f.limit - 1;
  if (more) entries.pop_back();

  std::map<std::string, std::string> cpts_names;
  auto& names = lease->query("SELECT id, name FROM cpts");
  while (names.step()) cpts_names[names.text(0)] = names.text(1);

  json::array items;
  for (const auto& e : entries) {
    json::value cpts = nullptr;
    if (!e.cpts_id.empty()) cpts = {{"id", e.cpts_id}, {"name", cpts_names[e.cpts_id]}};
    items.push_back({{"id", std::to_string(e.id)},
                     {"at", e.at},
                     {"actor", {{"type", e.actor_type},
                                {"id", e.actor_id.empty() ? json::value(nullptr) : json::value(e.actor_id)},
                                {"label", e.actor_label}}},
                     {"client_address", e.client_address},
                     {"action", e.action},
                     {"resource_type", e.resource_type},
                     {"resource_id", e.resource_id.empty() ? json::value(nullptr) : json::value(e.resource_id)},
                     {"cpts", cpts},
                     {"outcome", e.outcome}});
  }
  json::value next = nullptr;
  if (more && !entries.empty()) next = http::make_cursor(static_cast<std::size_t>(entries.back().id));
  return Response::json(json::object{{"items", std::move(items)}, {"next_cursor", next}});
}

}  // namespace

void register_audit_routes(http::Router& router, db::Database& db) {
  router.add(http::Method::get, "/api/audit", Permission::audit_view, [&db](Request& r) { return list_audit(db, r); });
}

}  // namespace maillage::auth
