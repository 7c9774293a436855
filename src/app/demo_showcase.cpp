#include <stdexcept>

#include "app/cli_audit.h"
#include "app/demo_data.h"
#include "platform/auth/audit_log.h"
#include "platform/auth/user_store.h"
#include "platform/util/time.h"
#include "territory/cpts_store.h"
#include "territory/lifecycle.h"
#include "territory/rules.h"
#include "territory/selection.h"
#include "territory/territory_store.h"

namespace maillage::app {
namespace {

constexpr const char* kActor = "demo set-up";

struct Step {
  const char* status;
  const char* date;
};

struct ShowcaseCpts {
  const char* name;
  const char* short_name;
  const char* seat;
  std::vector<Step> steps;
  std::vector<territory::ElementKey> elements;  // whole communes, arrondissements, postcode parts
  const char* epci = nullptr;                   // every member commune of this EPCI (SIREN)
};

// Codes only: names and populations come from the referential.
const std::vector<ShowcaseCpts>& showcase() {
  static const std::vector<ShowcaseCpts> kShowcase = {
      {"CPTS Marseille 2&3", "CPTS 2&3", "13202",
       {{"lettre_intention_validee", "2021-10-04"}, {"projet_sante_valide", "2022-09-15"},
        {"contrat_signe", "2023-02-17"}},
       {{"13202", ""}, {"13203", ""}}},
      {"CPTS de Puisaye-Forterre", "CPTS Puisaye-Forterre", "89419",  // Toucy (Yonne)
       {{"lettre_intention_validee", "2023-03-20"}, {"projet_sante_valide", "2024-05-14"}},
       {},
       "200067130"},  // CC de Puisaye-Forterre: Nièvre and Yonne
      {"CPTS Toulouse Nord-Est", "CPTS Toulouse NE", "31555",
       {{"lettre_intention_validee", "2025-01-28"}},
       {{"31555", "31200"}, {"31555", "31500"}}},
      {"CPTS Démo du Vieux-Port", "Vieux-Port", "13201", {}, {{"13201", ""}, {"13207", ""}}},
  };
  return kShowcase;
}

// The extra roles of the demo accounts on the showcase CPTS.
struct ShowcaseRole {
  const char* email;
  auth::Role role;
  const char* cpts;
};
const std::vector<ShowcaseRole>& showcase_roles() {
  static const std::vector<ShowcaseRole> kRoles = {
      {"coordination@demo.maillage.test", auth::Role::coordinator, "CPTS Marseille 2&3"},
      {"membre@demo.maillage.test", auth::Role::member, "CPTS Marseille 2&3"},
  };
  return kRoles;
}

void set_up_lifecycle(db::Connection& c, const territory::Cpts& cpts, const ShowcaseCpts& demo, const std::string& now) {
  auto status = territory::Status::projet;
  std::string last_date;
  for (const auto& step : demo.steps) {
    auto to = *territory::status_from_string(step.status);
    if (auto broken = territory::check_transition(status, last_date, to, step.date)) {
      throw std::logic_error("demo lifecycle of " + cpts.name + ": " + broken->second);
    }
    territory::record_status(c, cpts.id, {step.status, step.date, now, kActor, ""});
    status = to;
    last_date = step.date;
  }
  if (!demo.steps.empty()) auth::append_audit(c, cli_audit_entry("cpts.status", "cpts", cpts.id, cpts.id, kActor));
}

void set_up_territory(db::Connection& c, const referential::Referential& ref, const territory::Cpts& cpts,
                      const ShowcaseCpts& demo, const std::string& now) {
  std::vector<territory::ElementKey> wanted = demo.elements;
  if (demo.epci) {
    for (auto& key : territory::communes_of_epci(ref, demo.epci)) wanted.push_back(std::move(key));
  }
  auto plan = territory::plan_additions(ref, territory::HoldingsIndex(territory::current_holdings(c)), cpts.id, wanted);
  if (!plan.violations.empty()) {
    throw std::runtime_error("demo territory of " + cpts.name + " refused: " + plan.violations.front().message);
  }
  territory::add_elements(c, cpts.id, plan.to_add, {}, kActor, now);
  auth::append_audit(c, cli_audit_entry("territory.add", "territory", cpts.id, cpts.id, kActor));
}

}  // namespace

std::vector<std::string> ensure_demo_showcase(db::Database& db, const referential::Referential& ref) {
  if (ref.data().communes.empty()) {
    throw std::runtime_error("the referential is empty: run `maillage refdata import` first");
  }
  ensure_demo_data(db);
  return db::with_transaction(db, [&](db::Connection& c) {
    std::vector<std::string> changes;
    std::string now = current_timestamp_utc();
    for (const auto& demo : showcase()) {
      auto cpts = territory::find_cpts_by_name(c, demo.name);
      if (!cpts) {
        cpts = territory::create_cpts(c, demo.name);
        cpts->short_name = demo.short_name;
        cpts->legal_form = "association loi 1901";
        cpts->seat_commune_code = demo.seat;
        territory::update_profile(c, *cpts);
        auth::append_audit(c, cli_audit_entry("cpts.create", "cpts", cpts->id, cpts->id, kActor));
        changes.push_back("created " + cpts->name);
      }
      if (territory::status_history(c, cpts->id).empty() && !demo.steps.empty()) {
        set_up_lifecycle(c, *cpts, demo, now);
        changes.push_back(cpts->name + ": lifecycle up to " + demo.steps.back().status);
      }
      if (territory::territory_history(c, cpts->id).empty()) {
        set_up_territory(c, ref, *cpts, demo, now);
        changes.push_back(cpts->name + ": territory set");
      }
    }
    for (const auto& r : showcase_roles()) {
      auto user = auth::find_user_by_email(c, r.email);
      auto cpts = territory::find_cpts_by_name(c, r.cpts);
      bool held = false;
      for (const auto& a : auth::roles_of(c, user->id)) held = held || (a.role == r.role && a.cpts_id == cpts->id);
      if (held) continue;
      auto added = auth::add_role(c, user->id, r.role, cpts->id);
      auth::append_audit(c, cli_audit_entry("role.grant", "role_assignment", added.id, cpts->id, kActor));
      changes.push_back(std::string(r.email) + ": role on " + r.cpts);
    }
    return changes;
  });
}

}  // namespace maillage::app
