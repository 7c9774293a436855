// Storage of the credentials that stand for a user after login: sessions (browser cookies) and
// API tokens (integrations), both kept as digests only; and the login throttle counters.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "platform/auth/roles.h"
#include "platform/auth/session_rules.h"
#include "platform/db/database.h"

namespace maillage::auth {

struct Session {
  std::string id;
  std::string user_id;
  std::string csrf_token;
  std::int64_t last_seen = 0;
  std::int64_t expires = 0;
};

/// Creates a session and returns it with its secret token (to send once, in the cookie).
std::pair<Session, std::string> create_session(db::Connection& c, const std::string& user_id,
                                               const std::string& client_address, std::int64_t now,
                                               const SessionPolicy& policy);
std::optional<Session> find_session(db::Connection& c, const std::string& token);
void touch_session(db::Connection& c, const std::string& session_id, std::int64_t now);
void delete_session(db::Connection& c, const std::string& session_id);
/// Signs a user out everywhere (password reset, account disabled).
void delete_sessions_of(db::Connection& c, const std::string& user_id);
/// Removes sessions past their expiry; returns how many.
std::int64_t delete_expired_sessions(db::Connection& c, std::int64_t now, const SessionPolicy& policy);

struct ApiToken {
  std::string id;
  std::string name;
  Role role = Role::member;
  std::string cpts_id;
  std::string cpts_name;
  std::string created_by;
  std::string created_at;
  std::int64_t expires = 0;
  std::optional<std::int64_t> last_used;
  std::string revoked_at;
};

/// Prefix of every API token, so that leaked tokens are easy to recognise and scan for.
inline constexpr std::string_view kApiTokenPrefix = "mlg_";

/// Creates a token and returns it with its secret (shown once to the administrator).
std::pair<ApiToken, std::string> create_api_token(db::Connection& c, const std::string& name, Role role,
                                                  const std::string& cpts_id, const std::string& created_by,
                                                  std::int64_t expires);
std::optional<ApiToken> find_api_token(db::Connection& c, const std::string& secret);
std::vector<ApiToken> list_api_tokens(db::Connection& c);
/// Revokes a token; false when there is no such token.
bool revoke_api_token(db::Connection& c, const std::string& id, const std::string& at);
void touch_api_token(db::Connection& c, const std::string& id, std::int64_t now);

ThrottleState load_throttle(db::Connection& c, const std::string& key);
void save_throttle(db::Connection& c, const std::string& key, const ThrottleState& state);
void clear_throttle(db::Connection& c, const std::string& key);
/// Forgets counters whose last failure is older than `forget_after_seconds`.
void prune_throttle(db::Connection& c, std::int64_t now, std::int64_t forget_after_seconds);

}  // namespace maillage::auth
