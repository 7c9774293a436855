// Storage of users and their role assignments.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "platform/auth/principal.h"
#include "platform/auth/roles.h"
#include "platform/db/database.h"

namespace maillage::auth {

struct User {
  std::string id;
  std::string email;
  std::string display_name;
  std::string password_hash;
  bool must_change_password = false;
  bool disabled = false;
  bool is_demo = false;
  std::string created_at;
  std::string last_login_at;
  std::vector<RoleAssignment> roles;
};

struct NewUser {
  std::string email;  // normalized
  std::string display_name;
  std::string password_hash;
  bool must_change_password = true;
  bool is_demo = false;
};

/// Inserts a user; throws db::ConstraintError when the e-mail is taken.
User create_user(db::Connection& c, const NewUser& user);

std::optional<User> find_user(db::Connection& c, const std::string& id);
std::optional<User> find_user_by_email(db::Connection& c, const std::string& normalized_email);

/// Users whose e-mail or name contains `q` (any when empty), ordered by e-mail, with their roles.
std::vector<User> list_users(db::Connection& c, const std::string& q, std::size_t offset, std::size_t limit);

/// Users holding a role in `cpts_id`, with their roles (in that CPTS only).
std::vector<User> users_of_cpts(db::Connection& c, const std::string& cpts_id);

void set_password(db::Connection& c, const std::string& user_id, const std::string& hash, bool must_change);
void set_disabled(db::Connection& c, const std::string& user_id, bool disabled);
void set_display_name(db::Connection& c, const std::string& user_id, const std::string& name);
void record_login(db::Connection& c, const std::string& user_id, const std::string& at);

std::vector<RoleAssignment> roles_of(db::Connection& c, const std::string& user_id);
RoleAssignment add_role(db::Connection& c, const std::string& user_id, Role role, const std::string& cpts_id);
/// Removes one assignment of `user_id`; false when there is none with that id.
bool remove_role(db::Connection& c, const std::string& user_id, const std::string& assignment_id);

/// True when an enabled administrator exists.
bool any_enabled_admin(db::Connection& c);

}  // namespace maillage::auth
