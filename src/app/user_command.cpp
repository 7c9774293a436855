// `maillage user …`: account administration from the command line. One-time passwords are
// printed on standard output, once, and never logged.
#include <fmt/format.h>

#include <memory>

#include "app/cli_audit.h"
#include "app/commands.h"
#include "app/database_setup.h"
#include "platform/auth/account_rules.h"
#include "platform/auth/audit_log.h"
#include "platform/auth/credential_store.h"
#include "platform/auth/crypto.h"
#include "platform/auth/user_store.h"
#include "territory/cpts_store.h"

namespace maillage::app {
namespace {

struct UserOptions {
  std::string db = kDefaultDatabase;
  std::string email;
  std::string name;
  std::string role;
  std::string cpts;
};

auth::User require_user(db::Connection& c, const std::string& email) {
  auto user = auth::find_user_by_email(c, auth::normalize_email(email));
  if (!user) throw std::runtime_error("no account has the e-mail address " + email);
  return *user;
}

void create(const UserOptions& o) {
  std::string email = auth::normalize_email(o.email);
  if (auto problem = auth::check_email(email)) throw std::runtime_error("--email " + *problem);
  std::optional<auth::Role> role;
  if (!o.role.empty()) {
    role = auth::role_from_string(o.role);
    if (!role) throw std::runtime_error("--role must be admin, coordinator, member, partner or funder");
    if (auto problem = auth::check_assignment_scope(*role, !o.cpts.empty())) throw std::runtime_error("--cpts: " + *problem);
  }
  auto database = open_and_migrate(o.db);
  std::string password = auth::random_password();
  db::with_transaction(*database, [&](db::Connection& c) {
    auto user = auth::create_user(c, {email, o.name.empty() ? email : o.name, auth::hash_password(password), true, false});
    auth::append_audit(c, cli_audit_entry("user.create", "user", user.id));
    if (role) {
      std::string cpts_id;
      if (!o.cpts.empty()) {
        auto cpts = territory::find_cpts_by_name(c, o.cpts);
        if (!cpts) cpts = territory::find_cpts(c, o.cpts, {true, {}});
        if (!cpts) throw std::runtime_error("no CPTS has the name or id " + o.cpts);
        cpts_id = cpts->id;
      }
      auto added = auth::add_role(c, user.id, *role, cpts_id);
      auth::append_audit(c, cli_audit_entry("role.grant", "role_assignment", added.id, cpts_id));
    }
  });
  database->close();
  fmt::print("account created: {}\none-time password (to change at first sign-in): {}\n", email, password);
}

void disable(const UserOptions& o) {
  auto database = open_and_migrate(o.db);
  db::with_transaction(*database, [&](db::Connection& c) {
    auto user = require_user(c, o.email);
    auth::set_disabled(c, user.id, true);
    auth::delete_sessions_of(c, user.id);
    auth::append_audit(c, cli_audit_entry("user.disable", "user", user.id));
  });
  database->close();
  fmt::print("account disabled and signed out: {}\n", auth::normalize_email(o.email));
}

void reset_password(const UserOptions& o) {
  auto database = open_and_migrate(o.db);
  std::string password = auth::random_password();
  db::with_transaction(*database, [&](db::Connection& c) {
    auto user = require_user(c, o.email);
    auth::set_password(c, user.id, auth::hash_password(password), true);
    auth::delete_sessions_of(c, user.id);
    auth::clear_throttle(c, "account:" + user.email);
    auth::append_audit(c, cli_audit_entry("user.password_reset", "user", user.id));
  });
  database->close();
  fmt::print("password reset: {}\none-time password (to change at first sign-in): {}\n",
             auth::normalize_email(o.email), password);
}

// First start: the platform needs one administrator. Prints its one-time password once; does
// nothing when an administrator already exists.
void bootstrap_admin(const UserOptions& o) {
  std::string email = auth::normalize_email(o.email);
  auto database = open_and_migrate(o.db);
  std::string password = auth::random_password();
  bool created = db::with_transaction(*database, [&](db::Connection& c) {
    if (auth::any_enabled_admin(c)) return false;
    if (auth::find_user_by_email(c, email)) throw std::runtime_error(email + " exists but is not an enabled administrator");
    auto user = auth::create_user(c, {email, "Administrateur", auth::hash_password(password), true, false});
    auth::append_audit(c, cli_audit_entry("user.create", "user", user.id));
    auto added = auth::add_role(c, user.id, auth::Role::admin, "");
    auth::append_audit(c, cli_audit_entry("role.grant", "role_assignment", added.id));
    return true;
  });
  database->close();
  if (created) {
    fmt::print(
        "\n  Platform administrator created: {}\n  One-time password: {}\n"
        "  (shown once, not logged; a new password is asked at first sign-in)\n\n",
        email, password);
  }
}

}  // namespace

void add_user_command(CLI::App& app) {
  auto* user = app.add_subcommand("user", "Accounts: create, disable, reset a password");
  user->require_subcommand(1);
  auto opts = std::make_shared<UserOptions>();
  auto with_db = [&](CLI::App* cmd) { cmd->add_option("--db", opts->db, "Database: SQLite file path")->capture_default_str(); };

  auto* create_cmd = user->add_subcommand("create", "Create an account; prints its one-time password");
  with_db(create_cmd);
  create_cmd->add_option("--email", opts->email, "E-mail address (the login)")->required();
  create_cmd->add_option("--name", opts->name, "Display name");
  create_cmd->add_option("--role", opts->role, "Role to grant: admin, coordinator, member, partner, funder");
  create_cmd->add_option("--cpts", opts->cpts, "CPTS (name or id) of the role");
  create_cmd->callback([opts] { create(*opts); });

  auto* disable_cmd = user->add_subcommand("disable", "Disable an account and end its sessions");
  with_db(disable_cmd);
  disable_cmd->add_option("--email", opts->email, "E-mail address")->required();
  disable_cmd->callback([opts] { disable(*opts); });

  auto* reset_cmd = user->add_subcommand("reset-password", "Give an account a new one-time password");
  with_db(reset_cmd);
  reset_cmd->add_option("--email", opts->email, "E-mail address")->required();
  reset_cmd->callback([opts] { reset_password(*opts); });

  auto* bootstrap_cmd = user->add_subcommand(
      "bootstrap-admin", "Create the platform administrator if there is none; prints its one-time password once");
  with_db(bootstrap_cmd);
  opts->email = "admin@localhost";
  bootstrap_cmd->add_option("--email", opts->email, "E-mail address of the administrator")->capture_default_str();
  bootstrap_cmd->callback([opts] { bootstrap_admin(*opts); });
}

}  // namespace maillage::app
