#include "territory/routes.h"

#include <boost/json.hpp>

#include "platform/auth/access_control.h"
#include "platform/auth/audit_context.h"
#include "platform/auth/audit_log.h"
#include "platform/auth/auth_json.h"
#include "platform/auth/user_store.h"
#include "platform/http/json_body.h"
#include "platform/http/params.h"
#include "territory/cpts_store.h"

namespace maillage::territory {
namespace json = boost::json;
using auth::Permission;
using http::Request;
using http::Response;

namespace {

json::object cpts_json(const Cpts& c) { return {{"id", c.id}, {"name", c.name}, {"created_at", c.created_at}}; }

Response list(db::Database& db, Request& req) {
  http::allow_only(req, {});
  auto scope = auth::caller(req).scope(Permission::cpts_view);
  db::Lease lease = db.read();
  json::array items;
  for (const auto& c : list_cpts(*lease, scope)) items.push_back(cpts_json(c));
  return Response::json(json::object{{"items", std::move(items)}});
}

Response create(db::Database& db, Request& req) {
  http::JsonBody body(req, {"name"});
  std::string name = body.text("name", 200);
  body.finish();
  try {
    Cpts cpts = db::with_transaction(db, [&](db::Connection& c) {
      Cpts created = create_cpts(c, name);
      auth::append_audit(c, auth::audit_entry(req, "cpts.create", "cpts", created.id, created.id));
      return created;
    });
    return Response::json(cpts_json(cpts), 201);
  } catch (const db::ConstraintError&) {
    throw http::HttpError(409, "Conflict", "a CPTS is already named '" + name + "'",
                          {{"name", "unique", "another CPTS has this name"}});
  }
}

Response read(db::Database& db, Request& req) {
  http::allow_only(req, {});
  auto scope = auth::caller(req).scope(Permission::cpts_view);
  db::Lease lease = db.read();
  auto cpts = find_cpts(*lease, req.param("cpts_id"), scope);
  if (!cpts) throw http::not_found("no resource at " + req.path());
  return Response::json(cpts_json(*cpts));
}

Response people(db::Database& db, Request& req) {
  http::allow_only(req, {});
  auto scope = auth::caller(req).scope(Permission::cpts_people_view);
  db::Lease lease = db.read();
  auto cpts = find_cpts(*lease, req.param("cpts_id"), scope);
  if (!cpts) throw http::not_found("no resource at " + req.path());
  json::array items;
  for (const auto& u : auth::users_of_cpts(*lease, cpts->id)) {
    json::array roles;
    for (const auto& r : u.roles) roles.push_back(auth::role_json(r));
    items.push_back({{"id", u.id}, {"display_name", u.display_name}, {"email", u.email}, {"roles", std::move(roles)}});
  }
  return Response::json(json::object{{"items", std::move(items)}});
}

}  // namespace

void register_routes(http::Router& router, db::Database& db) {
  using http::Method;
  router.add(Method::get, "/api/cpts", Permission::cpts_view, [&db](Request& r) { return list(db, r); });
  router.add(Method::post, "/api/cpts", Permission::platform_admin, [&db](Request& r) { return create(db, r); });
  router.add(Method::get, "/api/cpts/{cpts_id}", Permission::cpts_view, [&db](Request& r) { return read(db, r); });
  router.add(Method::get, "/api/cpts/{cpts_id}/users", Permission::cpts_people_view,
             [&db](Request& r) { return people(db, r); });
}

}  // namespace maillage::territory
