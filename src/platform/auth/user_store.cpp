#include "platform/auth/user_store.h"

#include "platform/auth/crypto.h"
#include "platform/util/time.h"

namespace maillage::auth {
namespace {

constexpr std::string_view kUserColumns =
    "id, email, display_name, password_hash, must_change_password, disabled, is_demo, created_at, last_login_at";

User read_user(db::Statement& st) {
  return {st.text(0), st.text(1), st.text(2), st.text(3), st.int64(4) != 0, st.int64(5) != 0,
          st.int64(6) != 0, st.text(7), st.text(8), {}};
}

std::optional<User> one_user(db::Connection& c, const std::string& sql, const std::string& key) {
  std::optional<User> user;
  {
    auto& st = c.query(sql, key);
    if (st.step()) user = read_user(st);
  }
  if (user) user->roles = roles_of(c, user->id);
  return user;
}

}  // namespace

User create_user(db::Connection& c, const NewUser& u) {
  User user{random_id(), u.email, u.display_name, u.password_hash, u.must_change_password, false, u.is_demo,
            current_timestamp_utc(), "", {}};
  c.execute("INSERT INTO users (" + std::string(kUserColumns) + ") VALUES (?, ?, ?, ?, ?, 0, ?, ?, NULL)", user.id,
            user.email, user.display_name, user.password_hash, user.must_change_password, user.is_demo, user.created_at);
  return user;
}

std::optional<User> find_user(db::Connection& c, const std::string& id) {
  return one_user(c, "SELECT " + std::string(kUserColumns) + " FROM users WHERE id = ?", id);
}

std::optional<User> find_user_by_email(db::Connection& c, const std::string& email) {
  return one_user(c, "SELECT " + std::string(kUserColumns) + " FROM users WHERE email = ?", email);
}

std::vector<User> list_users(db::Connection& c, const std::string& q, std::size_t offset, std::size_t limit) {
  std::vector<User> users;
  {
    // The search text is matched literally: its % and _ are not wildcards.
    std::string pattern = "%";
    for (char ch : q) {
      if (ch == '%' || ch == '_' || ch == '\\') pattern += '\\';
      pattern += ch;
    }
    pattern += "%";
    auto& st = c.query("SELECT " + std::string(kUserColumns) +
                           " FROM users WHERE email LIKE ? ESCAPE '\\' OR display_name LIKE ? ESCAPE '\\'"
                           " ORDER BY email LIMIT ? OFFSET ?",
                       pattern, pattern, static_cast<std::int64_t>(limit), static_cast<std::int64_t>(offset));
    while (st.step()) users.push_back(read_user(st));
  }
  for (auto& u : users) u.roles = roles_of(c, u.id);
  return users;
}

std::vector<User> users_of_cpts(db::Connection& c, const std::string& cpts_id) {
  std::vector<User> users;
  {
    auto& st = c.query("SELECT " + std::string(kUserColumns) +
                           " FROM users WHERE id IN (SELECT user_id FROM role_assignments WHERE cpts_id = ?)"
                           " ORDER BY display_name",
                       cpts_id);
    while (st.step()) users.push_back(read_user(st));
  }
  for (auto& u : users) {
    for (auto& r : roles_of(c, u.id)) {
      if (r.cpts_id == cpts_id) u.roles.push_back(std::move(r));
    }
  }
  return users;
}

void set_password(db::Connection& c, const std::string& user_id, const std::string& hash, bool must_change) {
  c.execute("UPDATE users SET password_hash = ?, must_change_password = ? WHERE id = ?", hash, must_change, user_id);
}

void set_disabled(db::Connection& c, const std::string& user_id, bool disabled) {
  c.execute("UPDATE users SET disabled = ? WHERE id = ?", disabled, user_id);
}

void set_display_name(db::Connection& c, const std::string& user_id, const std::string& name) {
  c.execute("UPDATE users SET display_name = ? WHERE id = ?", name, user_id);
}

void record_login(db::Connection& c, const std::string& user_id, const std::string& at) {
  c.execute("UPDATE users SET last_login_at = ? WHERE id = ?", at, user_id);
}

std::vector<RoleAssignment> roles_of(db::Connection& c, const std::string& user_id) {
  std::vector<RoleAssignment> roles;
  auto& st = c.query(
      "SELECT r.id, r.role, COALESCE(r.cpts_id, ''), COALESCE(p.name, '') FROM role_assignments r"
      " LEFT JOIN cpts p ON p.id = r.cpts_id WHERE r.user_id = ? ORDER BY p.name, r.role",
      user_id);
  while (st.step()) {
    if (auto role = role_from_string(st.text(1))) roles.push_back({st.text(0), *role, st.text(2), st.text(3)});
  }
  return roles;
}

RoleAssignment add_role(db::Connection& c, const std::string& user_id, Role role, const std::string& cpts_id) {
  RoleAssignment r{random_id(), role, cpts_id, ""};
  c.execute("INSERT INTO role_assignments (id, user_id, role, cpts_id, created_at) VALUES (?, ?, ?, ?, ?)", r.id, user_id,
            std::string(to_string(role)), cpts_id.empty() ? db::Value{} : db::Value{cpts_id}, current_timestamp_utc());
  if (!cpts_id.empty()) {
    auto& st = c.query("SELECT name FROM cpts WHERE id = ?", cpts_id);
    if (st.step()) r.cpts_name = st.text(0);
  }
  return r;
}

bool remove_role(db::Connection& c, const std::string& user_id, const std::string& assignment_id) {
  return c.execute("DELETE FROM role_assignments WHERE id = ? AND user_id = ?", assignment_id, user_id) > 0;
}

bool any_enabled_admin(db::Connection& c) {
  auto& st = c.query(
      "SELECT COUNT(*) FROM role_assignments r JOIN users u ON u.id = r.user_id"
      " WHERE r.role = 'admin' AND u.disabled = 0 AND u.is_demo = 0");
  return st.step() && st.int64(0) > 0;
}

}  // namespace maillage::auth
