#include "platform/auth/admin_routes.h"

#include <boost/json.hpp>

#include "platform/auth/access_control.h"
#include "platform/auth/account_rules.h"
#include "platform/auth/audit_context.h"
#include "platform/auth/audit_log.h"
#include "platform/auth/auth_json.h"
#include "platform/auth/authenticator.h"
#include "platform/auth/credential_store.h"
#include "platform/auth/crypto.h"
#include "platform/auth/user_store.h"
#include "platform/http/json_body.h"
#include "platform/http/params.h"
#include "platform/util/time.h"

namespace maillage::auth {
namespace json = boost::json;
using http::Request;
using http::Response;

namespace {

User existing_user(db::Connection& c, const Request& req) {
  auto user = find_user(c, req.param("user_id"));
  if (!user) throw http::not_found("no user has id '" + req.param("user_id") + "'");
  return *user;
}

Response list_users_route(db::Database& db, Request& req) {
  http::allow_only(req, {"q", "limit", "cursor"});
  std::string q = http::text_param(req, "q", 100);
  auto limit = static_cast<std::size_t>(http::integer_param(req, "limit", 50, 1, 200));
  std::size_t offset = http::cursor_param(req);
  db::Lease lease = db.read();
  auto users = list_users(*lease, q, offset, limit + 1);
  bool more = users.size() > limit;
  if (more) users.pop_back();
  json::array items;
  for (const auto& u : users) items.push_back(user_json(u));
  return Response::json(json::object{
      {"items", std::move(items)},
      {"next_cursor", more ? json::value(http::make_cursor(offset + limit)) : json::value(nullptr)}});
}

Response create_user_route(db::Database& db, Request& req) {
  http::JsonBody body(req, {"email", "display_name"});
  std::string email = normalize_email(body.text("email", 254));
  std::string name = body.text("display_name", 200);
  if (!email.empty()) {
    if (auto problem = check_email(email)) body.error("email", "format", *problem);
  }
  body.finish();
  std::string password = random_password();
  NewUser n{email, name, hash_password(password), true, false};
  try {
    User user = db::with_transaction(db, [&](db::Connection& c) {
      User created = create_user(c, n);
      append_audit(c, audit_entry(req, "user.create", "user", created.id));
      return created;
    });
    return Response::json(json::object{{"user", user_json(user)}, {"one_time_password", password}}, 201);
  } catch (const db::ConstraintError&) {
    throw http::HttpError(409, "Conflict", "an account already uses this e-mail address",
                          {{"email", "unique", "an account already uses this e-mail address"}});
  }
}

Response update_user_route(db::Database& db, Request& req) {
  http::JsonBody body(req, {"display_name", "disabled"});
  auto name = body.optional_text("display_name", 200);
  auto disabled = body.optional_bool("disabled");
  if (disabled && *disabled && req.param("user_id") == caller(req).id) {
    body.error("disabled", "self", "you cannot disable your own account");
  }
  body.finish();
  User user = db::with_transaction(db, [&](db::Connection& c) {
    User u = existing_user(c, req);
    if (name && *name != u.display_name) {
      set_display_name(c, u.id, *name);
      append_audit(c, audit_entry(req, "user.rename", "user", u.id));
    }
    if (disabled && *disabled != u.disabled) {
      set_disabled(c, u.id, *disabled);
      if (*disabled) delete_sessions_of(c, u.id);
      append_audit(c, audit_entry(req, *disabled ? "user.disable" : "user.enable", "user", u.id));
    }
    return *find_user(c, u.id);
  });
  return Response::json(user_json(user));
}

Response reset_password_route(db::Database& db, Request& req) {
  http::JsonBody body(req, {});
  body.finish();
  std::string password = random_password();
  std::string hash = hash_password(password);
  db::with_transaction(db, [&](db::Connection& c) {
    User u = existing_user(c, req);
    set_password(c, u.id, hash, true);
    delete_sessions_of(c, u.id);
    clear_throttle(c, "account:" + u.email);
    append_audit(c, audit_entry(req, "user.password_reset", "user", u.id));
  });
  return Response::json(json::object{{"one_time_password", password}});
}

Response add_role_route(db::Database& db, Request& req) {
  http::JsonBody body(req, {"role", "cpts_id"});
  std::string role_name = body.text("role", 20);
  std::string cpts_id = body.optional_text("cpts_id", 64).value_or("");
  auto role = role_from_string(role_name);
  if (!role_name.empty() && !role) body.error("role", "one_of", "must be admin, coordinator, member, partner or funder");
  if (role) {
    if (auto problem = check_assignment_scope(*role, !cpts_id.empty())) body.error("cpts_id", "scope", *problem);
  }
  body.finish();
  RoleAssignment assignment = db::with_transaction(db, [&](db::Connection& c) {
    User u = existing_user(c, req);
    if (!cpts_id.empty()) {
      auto& st = c.query("SELECT COUNT(*) FROM cpts WHERE id = ?", cpts_id);
      if (!st.step() || st.int64(0) == 0) throw http::invalid_field("cpts_id", "unknown", "no CPTS has this id");
    }
    for (const auto& r : u.roles) {
      if (r.role == *role && r.cpts_id == cpts_id) {
        throw http::HttpError(409, "Conflict", "this user already holds this role here",
                              {{"role", "unique", "already held"}});
      }
    }
    RoleAssignment added = add_role(c, u.id, *role, cpts_id);
    append_audit(c, audit_entry(req, "role.grant", "role_assignment", added.id, cpts_id));
    return added;
  });
  return Response::json(role_json(assignment), 201);
}

Response remove_role_route(db::Database& db, Request& req) {
  http::allow_only(req, {});
  db::with_transaction(db, [&](db::Connection& c) {
    User u = existing_user(c, req);
    const RoleAssignment* target = nullptr;
    for (const auto& r : u.roles) {
      if (r.id == req.param("role_id")) target = &r;
    }
    if (!target) throw http::not_found("this user has no role assignment '" + req.param("role_id") + "'");
    std::string cpts_id = target->cpts_id;
    bool was_admin = target->role == Role::admin;
    remove_role(c, u.id, target->id);
    // Never leave the platform without an administrator able to sign in.
    if (was_admin && !any_enabled_admin(c)) {
      throw http::HttpError(409, "Conflict", "this is the last administrator's role", {{"role_id", "last_admin", "keep at least one administrator"}});
    }
    append_audit(c, audit_entry(req, "role.revoke", "role_assignment", req.param("role_id"), cpts_id));
  });
  return Response::empty(204);
}

Response list_tokens_route(db::Database& db, Request& req) {
  http::allow_only(req, {});
  db::Lease lease = db.read();
  json::array items;
  for (const auto& t : list_api_tokens(*lease)) items.push_back(token_json(t));
  return Response::json(json::object{{"items", std::move(items)}});
}

Response create_token_route(db::Database& db, Request& req) {
  http::JsonBody body(req, {"name", "role", "cpts_id", "expires_in_days"});
  std::string name = body.text("name", 200);
  std::string role_name = body.text("role", 20);
  std::string cpts_id = body.optional_text("cpts_id", 64).value_or("");
  auto days = body.integer("expires_in_days", 1, 366, true);
  auto role = role_from_string(role_name);
  if (!role_name.empty() && !role) body.error("role", "one_of", "must be admin, coordinator, member, partner or funder");
  if (role) {
    if (auto problem = check_assignment_scope(*role, !cpts_id.empty())) body.error("cpts_id", "scope", *problem);
  }
  body.finish();
  auto [token, secret] = db::with_transaction(db, [&](db::Connection& c) {
    if (!cpts_id.empty()) {
      auto& st = c.query("SELECT COUNT(*) FROM cpts WHERE id = ?", cpts_id);
      if (!st.step() || st.int64(0) == 0) throw http::invalid_field("cpts_id", "unknown", "no CPTS has this id");
    }
    auto created = create_api_token(c, name, *role, cpts_id, caller(req).id, unix_now() + *days * 86400);
    append_audit(c, audit_entry(req, "token.create", "api_token", created.first.id, cpts_id));
    return created;
  });
  return Response::json(json::object{{"token", secret}, {"item", token_json(token)}}, 201);
}

Response revoke_token_route(db::Database& db, Request& req) {
  http::allow_only(req, {});
  db::with_transaction(db, [&](db::Connection& c) {
    if (!revoke_api_token(c, req.param("token_id"), current_timestamp_utc())) {
      throw http::not_found("no API token has id '" + req.param("token_id") + "'");
    }
    append_audit(c, audit_entry(req, "token.revoke", "api_token", req.param("token_id")));
  });
  return Response::empty(204);
}

}  // namespace

void register_admin_routes(http::Router& router, db::Database& db) {
  using http::Method;
  auto bind = [&db](Response (*handler)(db::Database&, Request&)) {
    return [&db, handler](Request& r) { return handler(db, r); };
  };
  const auto admin = Permission::platform_admin;
  router.add(Method::get, "/api/users", admin, bind(list_users_route));
  router.add(Method::post, "/api/users", admin, bind(create_user_route));
  router.add(Method::patch, "/api/users/{user_id}", admin, bind(update_user_route));
  router.add(Method::post, "/api/users/{user_id}/password-reset", admin, bind(reset_password_route));
  router.add(Method::post, "/api/users/{user_id}/roles", admin, bind(add_role_route));
  router.add(Method::delete_, "/api/users/{user_id}/roles/{role_id}", admin, bind(remove_role_route));
  router.add(Method::get, "/api/tokens", admin, bind(list_tokens_route));
  router.add(Method::post, "/api/tokens", admin, bind(create_token_route));
  router.add(Method::delete_, "/api/tokens/{token_id}", admin, bind(revoke_token_route));
}

}  // namespace maillage::auth
