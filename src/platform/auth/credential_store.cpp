#include "platform/auth/credential_store.h"

#include "platform/auth/crypto.h"
#include "platform/util/time.h"

namespace maillage::auth {

std::pair<Session, std::string> create_session(db::Connection& c, const std::string& user_id,
                                               const std::string& client_address, std::int64_t now,
                                               const SessionPolicy& policy) {
  std::string token = random_token();
  Session s{random_id(), user_id, random_token(), now, now + policy.absolute_seconds};
  c.execute(
      "INSERT INTO sessions (id, token_digest, user_id, csrf_token, created_at, last_seen_unix, expires_unix,"
      " client_address) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
      s.id, digest_hex(token), s.user_id, s.csrf_token, current_timestamp_utc(), s.last_seen, s.expires, client_address);
  return {s, token};
}

std::optional<Session> find_session(db::Connection& c, const std::string& token) {
  auto& st = c.query("SELECT id, user_id, csrf_token, last_seen_unix, expires_unix FROM sessions WHERE token_digest = ?",
                     digest_hex(token));
  if (!st.step()) return std::nullopt;
  return Session{st.text(0), st.text(1), st.text(2), st.int64(3), st.int64(4)};
}

void touch_session(db::Connection& c, const std::string& session_id, std::int64_t now) {
  c.execute("UPDATE sessions SET last_seen_unix = ? WHERE id = ?", now, session_id);
}

void delete_session(db::Connection& c, const std::string& session_id) {
  c.execute("DELETE FROM sessions WHERE id = ?", session_id);
}

void delete_sessions_of(db::Connection& c, const std::string& user_id) {
  c.execute("DELETE FROM sessions WHERE user_id = ?", user_id);
}

std::int64_t delete_expired_sessions(db::Connection& c, std::int64_t now, const SessionPolicy& policy) {
  return c.execute("DELETE FROM sessions WHERE expires_unix <= ? OR last_seen_unix <= ?", now, now - policy.idle_seconds);
}

namespace {

// A macro so the queries below are single literals (GCC 12 warns falsely on std::string concatenation).
#define MAILLAGE_TOKEN_SELECT \
    "SELECT t.id, t.name, t.role, COALESCE(t.cpts_id, ''), COALESCE(p.name, ''), t.created_by, t.created_at," \
    " t.expires_unix, t.last_used_unix, COALESCE(t.revoked_at, '') FROM api_tokens t LEFT JOIN cpts p ON p.id = t.cpts_id"

ApiToken read_token(db::Statement& st) {
  return {st.text(0), st.text(1), role_from_string(st.text(2)).value_or(Role::member), st.text(3), st.text(4),
          st.text(5), st.text(6), st.int64(7), st.optional_int64(8), st.text(9)};
}

}  // namespace

std::pair<ApiToken, std::string> create_api_token(db::Connection& c, const std::string& name, Role role,
                                                  const std::string& cpts_id, const std::string& created_by,
                                                  std::int64_t expires) {
  std::string secret = std::string(kApiTokenPrefix) + random_token();
  std::string id = random_id();
  c.execute(
      "INSERT INTO api_tokens (id, token_digest, name, role, cpts_id, created_by, created_at, expires_unix)"
      " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
      id, digest_hex(secret), name, std::string(to_string(role)), cpts_id.empty() ? db::Value{} : db::Value{cpts_id},
      created_by, current_timestamp_utc(), expires);
  auto& st = c.query(MAILLAGE_TOKEN_SELECT " WHERE t.id = ?", id);
  st.step();
  return {read_token(st), secret};
}

std::optional<ApiToken> find_api_token(db::Connection& c, const std::string& secret) {
  auto& st = c.query(MAILLAGE_TOKEN_SELECT " WHERE t.token_digest = ?", digest_hex(secret));
  if (!st.step()) return std::nullopt;
  return read_token(st);
}

std::vector<ApiToken> list_api_tokens(db::Connection& c) {
  std::vector<ApiToken> out;
  auto& st = c.query(MAILLAGE_TOKEN_SELECT " ORDER BY t.created_at DESC");
  while (st.step()) out.push_back(read_token(st));
  return out;
}

bool revoke_api_token(db::Connection& c, const std::string& id, const std::string& at) {
  return c.execute("UPDATE api_tokens SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ?", at, id) > 0;
}

void touch_api_token(db::Connection& c, const std::string& id, std::int64_t now) {
  c.execute("UPDATE api_tokens SET last_used_unix = ? WHERE id = ?", now, id);
}

ThrottleState load_throttle(db::Connection& c, const std::string& key) {
  auto& st = c.query("SELECT failures, last_failure_unix FROM login_throttle WHERE key = ?", key);
  if (!st.step()) return {};
  return {static_cast<int>(st.int64(0)), st.int64(1)};
}

void save_throttle(db::Connection& c, const std::string& key, const ThrottleState& s) {
  c.execute(
      "INSERT INTO login_throttle (key, failures, last_failure_unix) VALUES (?, ?, ?)"
      " ON CONFLICT (key) DO UPDATE SET failures = excluded.failures, last_failure_unix = excluded.last_failure_unix",
      key, s.failures, s.last_failure);
}

void clear_throttle(db::Connection& c, const std::string& key) { c.execute("DELETE FROM login_throttle WHERE key = ?", key); }

}  // namespace maillage::auth

namespace maillage::auth {

void prune_throttle(db::Connection& c, std::int64_t now, std::int64_t forget_after_seconds) {
  c.execute("DELETE FROM login_throttle WHERE last_failure_unix <= ?", now - forget_after_seconds);
}

}  // namespace maillage::auth
