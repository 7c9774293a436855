#include "app/demo_medecin_traitant.h"

#include <fmt/format.h>

#include "access/mt_rules.h"
#include "access/mt_store.h"
#include "app/cli_audit.h"
#include "platform/auth/audit_log.h"
#include "platform/auth/crypto.h"
#include "platform/auth/user_store.h"
#include "platform/util/time.h"
#include "territory/cpts_store.h"

namespace maillage::app {
namespace {

constexpr const char* kCpts = "CPTS Démo du Vieux-Port";
constexpr const char* kActor = "demo set-up";
constexpr const char* kMember = "membre@demo.maillage.test";

/// A demo patient: no real person, names from the most common in France.
struct Patient {
  const char* last_name;
  const char* first_name;
  const char* birth_date;
  const char* sex;
  access::PriorityFlags flags;
  access::MtStatus status;
};

}  // namespace

std::vector<DemoSite> demo_gp_sites(db::Connection& c, const std::string& cpts_id, int limit) {
  std::vector<DemoSite> out;
  auto& st = c.query(
      "SELECT s.professional_id, s.site_key, s.commune_code FROM practice_sites s"
      " JOIN professionals p ON p.national_id = s.professional_id"
      " WHERE p.profession_code = '10' AND s.specialty_code = 'SM54' AND s.commune_code IN"
      " (SELECT code FROM territory_elements WHERE cpts_id = ? AND postcode IS NULL AND removed_at IS NULL)"
      " ORDER BY p.last_name, p.first_name, s.professional_id LIMIT ?",
      cpts_id, static_cast<std::int64_t>(limit));
  while (st.step()) out.push_back({st.text(0), st.text(1), st.text(2)});
  return out;
}

std::vector<std::string> ensure_demo_medecin_traitant(db::Database& db) {
  std::vector<std::string> changes;
  db::with_transaction(db, [&](db::Connection& c) {
    auto cpts = territory::find_cpts_by_name(c, kCpts);
    if (!cpts) return;
    if (c.query("SELECT 1 FROM mt_requests WHERE cpts_id = ?", cpts->id).step()) return;
    auto sites = demo_gp_sites(c, cpts->id, 6);
    if (sites.empty()) return;
    std::string now = current_timestamp_utc(), today = today_utc();
    // The census, by phone.
    for (std::size_t i = 0; i < sites.size(); ++i) {
      access::CensusEntry e;
      e.cpts_id = cpts->id;
      e.professional_id = sites[i].professional_id;
      e.site_key = sites[i].site_key;
      e.accepts = i % 3 != 2;
      if (e.accepts) e.places = static_cast<int>(2 + i);
      e.priority_only = i == 1;
      e.valid_until = add_days(today, 180);
      e.channel = "phone";
      e.declared_at = now;
      e.declared_by = kActor;
      access::put_census(c, e);
      auth::append_audit(c, cli_audit_entry("mt_census.declare", "practice_site",
                                            fmt::format("{}/{}", e.professional_id, e.site_key), cpts->id, kActor));
    }
    changes.push_back(fmt::format("{}: census of {} GPs", kCpts, sites.size()));
    // The demo member is the first of them.
    const DemoSite& doctor = sites.front();
    if (auto member = auth::find_user_by_email(c, kMember)) {
      access::link_user_professional(c, member->id, doctor.professional_id);
      auth::append_audit(c, cli_audit_entry("user.professional", "user", member->id, "", kActor));
      changes.push_back(fmt::format("{} is the GP {}", kMember, doctor.professional_id));
    }
    using enum access::MtStatus;
    const std::vector<Patient> patients = {
        {"MARTIN", "Louise", "1948-05-12", "F", {.ald = true}, nouvelle},
        {"BERNARD", "Jules", "1987-09-30", "M", {}, qualifiee},
        {"THOMAS", "Inès", "2019-02-14", "F", {.precarity = true}, qualifiee},
        {"PETIT", "Robert", "1941-11-03", "M", {.leaving_hospital = true}, proposee},
    };
    for (const auto& p : patients) {
      access::MtRequest r;
      r.id = auth::random_id();
      r.cpts_id = cpts->id;
      r.last_name = p.last_name;
      r.first_name = p.first_name;
      r.birth_date = p.birth_date;
      r.sex = p.sex;
      r.birth_year = std::stoi(std::string(p.birth_date).substr(0, 4));
      r.age_at_entry = access::age_on(p.birth_date, today);
      r.commune_code = doctor.commune_code;
      r.phone = "0491000000";
      r.flags = p.flags;
      r.source = access::MtSource::coordination;
      r.referrer_label = kActor;
      r.consent_on = today;
      r.created_at = r.updated_at = r.status_since = now;
      r.status = access::MtStatus::nouvelle;
      access::insert_request(c, r);
      access::append_event(c, cpts->id, r.id, {now, std::nullopt, nouvelle, {}, {}, {}, kActor});
      std::vector<access::MtStatus> steps;
      if (p.status == qualifiee) steps = {qualifiee};
      if (p.status == proposee) steps = {qualifiee, proposee};
      for (auto step : steps) {
        access::MtStatus from = r.status;
        r.status = step;
        if (step == proposee) {
          r.proposed_professional_id = doctor.professional_id;
          r.proposed_site_key = doctor.site_key;
        }
        access::update_request_status(c, r);
        access::append_event(c, cpts->id, r.id, {now, from, step, r.proposed_professional_id, r.proposed_site_key, {}, kActor});
      }
      auth::append_audit(c, cli_audit_entry("mt_request.create", "mt_request", r.id, cpts->id, kActor));
    }
    changes.push_back(fmt::format("{}: {} patients looking for a médecin traitant", kCpts, patients.size()));
  });
  return changes;
}

}  // namespace maillage::app
