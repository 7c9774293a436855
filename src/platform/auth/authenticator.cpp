#include "platform/auth/authenticator.h"

#include <chrono>

#include "platform/auth/credential_store.h"
#include "platform/auth/user_store.h"
#include "platform/http/cookies.h"
#include "platform/http/problem.h"

namespace maillage::auth {

std::int64_t unix_now() {
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

void Authenticator::authenticate(http::Request& request) {
  if (!config_.trusted_proxy.empty() && request.client_address() == config_.trusted_proxy) {
    std::string_view forwarded = request.header("X-Forwarded-For");
    // The proxy appends the address it saw last: that one is the only one it vouches for.
    auto comma = forwarded.rfind(',');
    std::string_view last = comma == std::string_view::npos ? forwarded : forwarded.substr(comma + 1);
    while (!last.empty() && last.front() == ' ') last.remove_prefix(1);
    if (!last.empty()) request.set_client_address(std::string(last));
  }

  std::string_view authorization = request.header("Authorization");
  if (!authorization.empty()) {
    if (!authorization.starts_with("Bearer ")) {
      throw http::HttpError(401, "Unauthorized", "the Authorization header must be 'Bearer <API token>'");
    }
    request.set_principal(from_api_token(std::string(authorization.substr(7))));
    return;
  }
  std::string token = http::cookie_value(request, kSessionCookie);
  if (!token.empty()) request.set_principal(from_session(token));
}

std::shared_ptr<const Principal> Authenticator::principal_for_user(db::Connection& c, const std::string& user_id,
                                                                   const std::string& session_id,
                                                                   const std::string& csrf) const {
  auto user = find_user(c, user_id);
  if (!user || user->disabled || (user->is_demo && !config_.demo_mode)) return nullptr;
  auto p = std::make_shared<Principal>();
  p->kind = Principal::Kind::user;
  p->id = user->id;
  p->label = user->display_name;
  p->email = user->email;
  p->roles = std::move(user->roles);
  p->must_change_password = user->must_change_password;
  p->session_id = session_id;
  p->csrf_token = csrf;
  return p;
}

std::shared_ptr<const Principal> Authenticator::from_session(const std::string& token) {
  std::int64_t now = unix_now();
  std::optional<Session> session;
  std::shared_ptr<const Principal> principal;
  {
    db::Lease lease = db_.read();
    session = find_session(*lease, token);
    if (!session || !session_alive(session->last_seen, session->expires, now, config_.session)) return nullptr;
    principal = principal_for_user(*lease, session->user_id, session->id, session->csrf_token);
  }
  if (principal && session_needs_touch(session->last_seen, now, config_.session)) {
    db::with_transaction(db_, [&](db::Connection& c) { touch_session(c, session->id, now); });
  }
  return principal;
}

std::shared_ptr<const Principal> Authenticator::from_api_token(const std::string& secret) {
  std::int64_t now = unix_now();
  std::optional<ApiToken> token;
  {
    db::Lease lease = db_.read();
    if (secret.starts_with(kApiTokenPrefix)) token = find_api_token(*lease, secret);
  }
  if (!token || !token->revoked_at.empty() || token->expires <= now) {
    throw http::HttpError(401, "Unauthorized", "the API token is unknown, expired or revoked");
  }
  if (!token->last_used || *token->last_used + config_.session.touch_every_seconds <= now) {
    db::with_transaction(db_, [&](db::Connection& c) { touch_api_token(c, token->id, now); });
  }
  auto p = std::make_shared<Principal>();
  p->kind = Principal::Kind::token;
  p->id = token->id;
  p->label = token->name;
  p->roles = {{token->id, token->role, token->cpts_id, token->cpts_name}};
  return p;
}

}  // namespace maillage::auth
