#include "membership/routes.h"

#include <fmt/format.h>

#include "membership/college_store.h"
#include "membership/membership_json.h"
#include "membership/route_support.h"
#include "platform/auth/access_control.h"
#include "platform/auth/audit_context.h"
#include "platform/auth/audit_log.h"
#include "platform/http/json_body.h"
#include "platform/http/params.h"
#include "platform/util/time.h"

namespace maillage::membership {
namespace json = boost::json;
using auth::Permission;
using http::Request;
using http::Response;

namespace {

constexpr std::int64_t kMaxPosition = 1000;

http::HttpError name_taken(const std::string& name) {
  return http::HttpError(409, "Conflict", fmt::format("this CPTS already has a college named '{}'", name),
                         {{"name", "unique", "another college of this CPTS has this name"}});
}

College existing_college(db::Connection& c, const territory::Cpts& cpts, const Request& req) {
  auto college = find_college(c, cpts.id, req.param("college_id"));
  if (!college) throw http::not_found("no resource at " + req.path());
  return *college;
}

Response list(db::Database& db, Request& req) {
  http::allow_only(req, {});
  db::Lease lease = db.read();
  auto cpts = request_cpts(*lease, req, Permission::membership_view);
  json::array items;
  for (const auto& college : list_colleges(*lease, cpts.id)) items.push_back(college_json(college));
  return Response::json(json::object{{"items", std::move(items)}});
}

Response create(db::Database& db, Request& req) {
  http::JsonBody body(req, {"name", "position"});
  std::string name = body.text("name", 100);
  auto position = body.integer("position", 0, kMaxPosition, false);
  body.finish();
  try {
    College college = db::with_transaction(db, [&](db::Connection& c) {
      auto cpts = request_cpts(c, req, Permission::membership_manage);
      College created = create_college(c, cpts.id, name, position.value_or(0), current_timestamp_utc());
      auth::append_audit(c, auth::audit_entry(req, "college.create", "college", created.id, cpts.id));
      return created;
    });
    return Response::json(college_json(college), 201);
  } catch (const db::ConstraintError&) {
    throw name_taken(name);
  }
}

Response update(db::Database& db, Request& req) {
  http::JsonBody body(req, {"name", "position"});
  auto name = body.optional_text("name", 100);
  auto position = body.integer("position", 0, kMaxPosition, false);
  body.finish();
  try {
    College college = db::with_transaction(db, [&](db::Connection& c) {
      auto cpts = request_cpts(c, req, Permission::membership_manage);
      College college = existing_college(c, cpts, req);
      if (name) college.name = *name;
      if (position) college.position = *position;
      update_college(c, college, current_timestamp_utc());
      auth::append_audit(c, auth::audit_entry(req, "college.update", "college", college.id, cpts.id));
      return college;
    });
    return Response::json(college_json(college));
  } catch (const db::ConstraintError&) {
    throw name_taken(name.value_or(""));
  }
}

Response remove(db::Database& db, Request& req) {
  http::allow_only(req, {});
  db::with_transaction(db, [&](db::Connection& c) {
    auto cpts = request_cpts(c, req, Permission::membership_manage);
    College college = existing_college(c, cpts, req);
    if (college.members > 0) {
      std::string why = fmt::format("the college '{}' holds {} membership(s): move them to another college first",
                                    college.name, college.members);
      http::HttpError error(409, "Membership rule broken", why, {{"college_id", "college_in_use", why}});
      error.extensions()["members"] = college.members;
      throw error;
    }
    delete_college(c, college);
    auth::append_audit(c, auth::audit_entry(req, "college.delete", "college", college.id, cpts.id));
  });
  return Response::empty(204);
}

}  // namespace

void register_college_routes(http::Router& router, db::Database& db) {
  using http::Method;
  auto bind = [&db](Response (*h)(db::Database&, Request&)) { return [&db, h](Request& r) { return h(db, r); }; };
  router.add(Method::get, "/api/cpts/{cpts_id}/colleges", Permission::membership_view, bind(list));
  router.add(Method::post, "/api/cpts/{cpts_id}/colleges", Permission::membership_manage, bind(create));
  router.add(Method::patch, "/api/cpts/{cpts_id}/colleges/{college_id}", Permission::membership_manage, bind(update));
  router.add(Method::delete_, "/api/cpts/{cpts_id}/colleges/{college_id}", Permission::membership_manage, bind(remove));
}

}  // namespace maillage::membership
