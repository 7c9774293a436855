#include "platform/auth/session_routes.h"

#include <boost/json.hpp>

#include "platform/auth/access_control.h"
#include "platform/auth/account_rules.h"
#include "platform/auth/audit_context.h"
#include "platform/auth/auth_json.h"
#include "platform/auth/audit_log.h"
#include "platform/auth/credential_store.h"
#include "platform/auth/crypto.h"
#include "platform/auth/user_store.h"
#include "platform/http/cookies.h"
#include "platform/http/json_body.h"
#include "platform/util/time.h"

namespace maillage::auth {
namespace json = boost::json;
using http::Request;
using http::Response;

namespace {

Response session_response(const Principal& p, std::int64_t expires, bool demo) {
  json::array roles;
  for (const auto& r : p.roles) roles.push_back(role_json(r));
  json::value user = nullptr;
  if (p.kind == Principal::Kind::user) {
    user = {{"id", p.id}, {"email", p.email}, {"display_name", p.label},
            {"must_change_password", p.must_change_password}, {"is_admin", p.is_admin()}};
  }
  json::object body{{"user", user}, {"roles", std::move(roles)}, {"demo", demo}};
  if (p.kind == Principal::Kind::token) body["token"] = {{"id", p.id}, {"name", p.label}};
  if (p.via_session()) {
    body["csrf_token"] = p.csrf_token;
    body["expires_at"] = format_timestamp_utc(std::chrono::system_clock::time_point(std::chrono::seconds(expires)));
  }
  return Response::json(body);
}

// The same answer whether the account exists, is disabled, or the password is wrong.
http::HttpError bad_credentials() {
  return http::HttpError(401, "Unauthorized", "e-mail or password incorrect");
}

Response login(db::Database& db, const Authenticator& auth, Request& req) {
  http::JsonBody body(req, {"email", "password"});
  std::string email = normalize_email(body.text("email", 254));
  std::string password = body.text("password", kMaxPasswordLength);
  body.finish();

  const std::string account_key = "account:" + email;
  const std::string address_key = "address:" + req.client_address();
  std::int64_t now = unix_now();
  std::optional<User> user;
  {
    db::Lease lease = db.read();
    std::int64_t wait = std::max(throttle_wait(load_throttle(*lease, account_key), now, kAccountThrottle),
                                 throttle_wait(load_throttle(*lease, address_key), now, kAddressThrottle));
    if (wait > 0) {
      http::HttpError error(429, "Too many attempts", "too many failed sign-ins: try again in " +
                                                          std::to_string(wait) + " seconds");
      error.extensions()["retry_after_seconds"] = wait;
      throw error;
    }
    user = find_user_by_email(*lease, email);
  }
  bool ok = false;
  if (user) {
    ok = verify_password(password, user->password_hash);
  } else {
    spend_password_verification_time(password);
  }
  ok = ok && !user->disabled && (!user->is_demo || auth.config().demo_mode);

  if (!ok) {
    db::with_transaction(db, [&](db::Connection& c) {
      // Counters of addresses and accounts tried long ago (or that never existed) do not pile up.
      prune_throttle(c, now, std::max(kAccountThrottle.forget_after_seconds, kAddressThrottle.forget_after_seconds));
      save_throttle(c, account_key, throttle_after_failure(load_throttle(c, account_key), now, kAccountThrottle));
      save_throttle(c, address_key, throttle_after_failure(load_throttle(c, address_key), now, kAddressThrottle));
      AuditEntry e = audit_entry(req, "session.create", "session", "", "", "failure");
      e.actor_label = email;  // who was tried, for the security review; never the password
      if (user) e.actor_id = user->id;
      append_audit(c, e);
    });
    throw bad_credentials();
  }

  auto [session, token, principal] = db::with_transaction(db, [&](db::Connection& c) {
    clear_throttle(c, account_key);
    delete_expired_sessions(c, now, auth.config().session);
    auto [s, t] = create_session(c, user->id, req.client_address(), now, auth.config().session);
    record_login(c, user->id, current_timestamp_utc());
    auto p = auth.principal_for_user(c, user->id, s.id, s.csrf_token);
    AuditEntry e = audit_entry(req, "session.create", "session", s.id);
    e.actor_type = "user";
    e.actor_id = user->id;
    e.actor_label = user->display_name;
    append_audit(c, e);
    return std::tuple(s, t, p);
  });
  Response r = session_response(*principal, session.expires, auth.config().demo_mode);
  r.header("Set-Cookie", http::set_cookie(kSessionCookie, token, auth.config().session.absolute_seconds,
                                          auth.config().secure_cookies));
  return r;
}

Response whoami(db::Database& db, const Authenticator& auth, Request& req) {
  const Principal& who = caller(req);
  std::int64_t expires = 0;
  if (who.via_session()) {
    db::Lease lease = db.read();
    auto& st = lease->query("SELECT expires_unix FROM sessions WHERE id = ?", who.session_id);
    if (st.step()) expires = st.int64(0);
  }
  return session_response(who, expires, auth.config().demo_mode);
}

Response logout(db::Database& db, const Authenticator& auth, Request& req) {
  const Principal& who = caller(req);
  if (!who.via_session()) throw http::HttpError(400, "Not a session", "API tokens are revoked by an administrator");
  db::with_transaction(db, [&](db::Connection& c) {
    delete_session(c, who.session_id);
    append_audit(c, audit_entry(req, "session.delete", "session", who.session_id));
  });
  Response r = Response::empty(204);
  r.header("Set-Cookie", http::clear_cookie(kSessionCookie, auth.config().secure_cookies));
  return r;
}

Response change_password(db::Database& db, Request& req) {
  const Principal& who = caller(req);
  if (!who.via_session()) throw http::HttpError(400, "Not a session", "only a signed-in person can change a password");
  http::JsonBody body(req, {"current_password", "new_password"});
  std::string current = body.text("current_password", kMaxPasswordLength);
  std::string wanted = body.text("new_password", kMaxPasswordLength);
  body.finish();

  std::optional<User> user;
  {
    db::Lease lease = db.read();
    user = find_user(*lease, who.id);
  }
  if (!user || !verify_password(current, user->password_hash)) {
    db::with_transaction(db, [&](db::Connection& c) {
      append_audit(c, audit_entry(req, "user.password_change", "user", who.id, "", "failure"));
    });
    throw http::invalid_field("current_password", "incorrect", "the current password is not this one");
  }
  if (auto broken = check_new_password(wanted, user->email)) throw http::invalid_field("new_password", broken->first, broken->second);
  if (wanted == current) throw http::invalid_field("new_password", "same_as_current", "must differ from the current password");

  std::string hash = hash_password(wanted);
  db::with_transaction(db, [&](db::Connection& c) {
    set_password(c, who.id, hash, false);
    // Other sessions of this person end: whoever else knew the old password is signed out.
    c.execute("DELETE FROM sessions WHERE user_id = ? AND id <> ?", who.id, who.session_id);
    append_audit(c, audit_entry(req, "user.password_change", "user", who.id));
  });
  return Response::empty(204);
}

}  // namespace

void register_session_routes(http::Router& router, db::Database& db, const Authenticator& auth) {
  using http::Method;
  router.add(Method::post, "/api/session", Permission::public_access, [&db, &auth](Request& r) { return login(db, auth, r); });
  router.add(Method::get, "/api/session", Permission::signed_in, [&db, &auth](Request& r) { return whoami(db, auth, r); });
  router.add(Method::delete_, "/api/session", Permission::signed_in, [&db, &auth](Request& r) { return logout(db, auth, r); });
  router.add(Method::put, "/api/session/password", Permission::signed_in,
             [&db](Request& r) { return change_password(db, r); });
}

}  // namespace maillage::auth
