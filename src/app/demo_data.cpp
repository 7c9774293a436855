#include "app/demo_data.h"

#include <vector>

#include "app/cli_audit.h"
#include "platform/auth/audit_log.h"
#include "platform/auth/crypto.h"
#include "platform/auth/user_store.h"
#include "territory/cpts_store.h"

namespace maillage::app {
namespace {

struct DemoRole {
  auth::Role role;
  const char* cpts;  // nullptr: platform-wide
};

struct DemoAccount {
  const char* email;
  const char* name;
  const char* password;
  std::vector<DemoRole> roles;
};

constexpr const char* kDemoActor = "demo set-up";
constexpr const char* kVieuxPort = "CPTS Démo du Vieux-Port";
constexpr const char* kCalanques = "CPTS Démo des Calanques";

const std::vector<DemoAccount>& demo_accounts() {
  using enum auth::Role;
  static const std::vector<DemoAccount> kAccounts = {
      {"admin@demo.maillage.test", "Agnès Durand", "maillage-demo-admin", {{admin, nullptr}}},
      {"coordination@demo.maillage.test", "Claire Martin", "maillage-demo-coordination",
       {{coordinator, kVieuxPort}, {member, kCalanques}}},
      {"membre@demo.maillage.test", "Dr Marc Petit", "maillage-demo-membre", {{member, kVieuxPort}}},
      {"partenaire@demo.maillage.test", "Pharmacie du Port", "maillage-demo-partenaire", {{partner, kVieuxPort}}},
      {"financeur@demo.maillage.test", "ARS démo", "maillage-demo-financeur", {{funder, nullptr}}},
  };
  return kAccounts;
}

}  // namespace

void ensure_demo_data(db::Database& db) {
  db::with_transaction(db, [](db::Connection& c) {
    for (const char* name : {kVieuxPort, kCalanques}) {
      if (!territory::find_cpts_by_name(c, name)) {
        auto cpts = territory::create_cpts(c, name);
        auth::append_audit(c, cli_audit_entry("cpts.create", "cpts", cpts.id, cpts.id, kDemoActor));
      }
    }
    for (const auto& account : demo_accounts()) {
      if (auth::find_user_by_email(c, account.email)) continue;
      auto user = auth::create_user(
          c, {account.email, account.name, auth::hash_password(account.password), false, true});
      auth::append_audit(c, cli_audit_entry("user.create", "user", user.id, "", kDemoActor));
      for (const auto& r : account.roles) {
        std::string cpts_id = r.cpts ? territory::find_cpts_by_name(c, r.cpts)->id : "";
        auto added = auth::add_role(c, user.id, r.role, cpts_id);
        auth::append_audit(c, cli_audit_entry("role.grant", "role_assignment", added.id, cpts_id, kDemoActor));
      }
    }
  });
}

}  // namespace maillage::app
