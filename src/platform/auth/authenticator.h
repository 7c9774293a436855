// Finds out who sends a request: a browser session (HttpOnly cookie) or an API token
// (`Authorization: Bearer mlg_…`). Expired or revoked credentials are refused.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "platform/auth/principal.h"
#include "platform/auth/session_rules.h"
#include "platform/db/database.h"
#include "platform/http/request.h"

namespace maillage::auth {

inline constexpr std::string_view kSessionCookie = "maillage_session";

struct AuthConfig {
  SessionPolicy session;
  /// Cookies carry `Secure` unless the server listens on loopback only (plain-HTTP local use).
  bool secure_cookies = true;
  /// Demo mode (loopback only): the documented demo accounts may sign in.
  bool demo_mode = false;
  /// Address of a reverse proxy whose X-Forwarded-For is believed; empty: none.
  std::string trusted_proxy;
};

/// Seconds since the epoch.
std::int64_t unix_now();

class Authenticator {
 public:
  Authenticator(db::Database& db, AuthConfig config) : db_(db), config_(std::move(config)) {}

  /// Sets the request's client address (X-Forwarded-For from the trusted proxy) and its
  /// principal (nullptr when anonymous). Throws 401 for an invalid, expired or revoked API token.
  void authenticate(http::Request& request);

  /// The principal of a user (for a fresh session), with its roles.
  std::shared_ptr<const Principal> principal_for_user(db::Connection& c, const std::string& user_id,
                                                      const std::string& session_id, const std::string& csrf) const;

  const AuthConfig& config() const { return config_; }

 private:
  std::shared_ptr<const Principal> from_session(const std::string& token);
  std::shared_ptr<const Principal> from_api_token(const std::string& secret);

  db::Database& db_;
  AuthConfig config_;
};

}  // namespace maillage::auth
