#include "app/demo_soins_non_programmes.h"

#include <fmt/format.h>

#include "access/mt_rules.h"
#include "access/snp_route_support.h"
#include "access/snp_rules.h"
#include "access/snp_store.h"
#include "app/cli_audit.h"
#include "app/demo_medecin_traitant.h"
#include "platform/auth/audit_log.h"
#include "platform/auth/crypto.h"
#include "platform/time/local_time.h"
#include "platform/util/time.h"
#include "territory/cpts_clock.h"
#include "territory/cpts_store.h"

namespace maillage::app {
namespace {

constexpr const char* kCpts = "CPTS Démo du Vieux-Port";
constexpr const char* kActor = "demo set-up";

access::SnpResource resource(const std::string& cpts_id, const std::string& kind, const std::string& name,
                             const std::string& commune_code, std::vector<access::OpeningHours> hours,
                             std::vector<std::string> services, std::vector<std::string> professionals) {
  access::SnpResource r;
  r.id = auth::random_id();
  r.cpts_id = cpts_id;
  r.kind = kind;
  r.name = name;
  r.commune_code = commune_code;
  r.hours = std::move(hours);
  r.services = std::move(services);
  r.professionals = std::move(professionals);
  r.published = true;
  r.created_at = r.updated_at = current_timestamp_utc();
  return r;
}

}  // namespace

std::vector<std::string> ensure_demo_soins_non_programmes(db::Database& db, const referential::Referential& ref) {
  std::vector<std::string> changes;
  db::with_transaction(db, [&](db::Connection& c) {
    auto cpts = territory::find_cpts_by_name(c, kCpts);
    if (!cpts) return;
    if (c.query("SELECT 1 FROM snp_resources WHERE cpts_id = ?", cpts->id).step()) return;
    auto sites = demo_gp_sites(c, cpts->id, 3);
    if (sites.empty()) return;
    std::vector<std::string> gps;
    for (const auto& s : sites) gps.push_back(s.professional_id);
    std::vector<access::OpeningHours> weekdays_late, evenings;
    for (int d = 1; d <= 6; ++d) weekdays_late.push_back({d, "08:00", d == 6 ? "12:00" : "20:00"});
    for (int d = 1; d <= 7; ++d) evenings.push_back({d, "20:00", "23:59"});
    const std::vector<access::SnpResource> resources = {
        resource(cpts->id, "msp", "MSP du Vieux-Port (démo)", sites.front().commune_code, weekdays_late,
                 {"sutures", "ECG", "petite traumatologie"}, gps),
        resource(cpts->id, "maison_medicale_garde", "Maison médicale de garde (démo)", sites.front().commune_code,
                 evenings, {"consultations sans rendez-vous"}, {gps.front()}),
    };
    for (const auto& r : resources) {
      access::insert_resource(c, r);
      auth::append_audit(c, cli_audit_entry("snp_resource.create", "snp_resource", r.id, cpts->id, kActor));
    }
    changes.push_back(fmt::format("{}: {} unscheduled-care resources", kCpts, resources.size()));

    // Weekly patterns for the next three weeks: two GPs in person, one by video in the evening.
    std::string today = today_utc(), zone = territory::cpts_time_zone(ref, *cpts), now = now_utc_seconds();
    struct Plan {
      std::vector<int> weekdays;
      const char* start;
      int count;
      access::SlotMode mode;
    };
    const std::vector<Plan> plans = {{{1, 2, 3, 4, 5}, "17:00", 8, access::SlotMode::in_person},
                                     {{1, 2, 3, 4, 5, 6}, "12:00", 4, access::SlotMode::in_person},
                                     {{1, 2, 3, 4, 5, 6, 7}, "20:00", 4, access::SlotMode::remote}};
    int published = 0;
    std::vector<std::int64_t> first_slots;
    for (std::size_t i = 0; i < sites.size() && i < plans.size(); ++i) {
      auto site = access::find_slot_site(c, sites[i].professional_id, sites[i].site_key);
      if (!site) continue;
      access::mark_site_snp(c, site->professional_id, site->site_key);
      access::SnpPattern p;
      p.id = auth::random_id();
      p.cpts_id = cpts->id;
      p.professional_id = site->professional_id;
      p.site_key = site->site_key;
      p.mode = plans[i].mode;
      p.weekdays = plans[i].weekdays;
      p.start_time = plans[i].start;
      p.slot_minutes = 15;
      p.slot_count = plans[i].count;
      p.valid_from = today;
      p.valid_until = add_days(today, 20);
      p.time_zone = zone;
      p.created_at = now;
      p.created_by = kActor;
      access::insert_pattern(c, p);
      for (const auto& [begins, ends] : access::expand_pattern(p)) {
        if (begins <= now) continue;
        access::SnpSlot s = access::new_slot(ref, *site, cpts->id, p.mode, "pattern");
        s.starts_at = begins;
        s.ends_at = ends;
        s.pattern_id = p.id;
        if (auto id = access::insert_slot(c, s)) {
          ++published;
          if (first_slots.size() <= i) first_slots.push_back(*id);
        }
      }
      auth::append_audit(c, cli_audit_entry("snp_pattern.create", "snp_pattern", p.id, cpts->id, kActor));
    }
    changes.push_back(fmt::format("{}: {} unscheduled-care slots in {} weekly patterns", kCpts, published,
                                  std::min(sites.size(), plans.size())));

    // Two requests: one waiting, one oriented to the first slot of the first GP.
    struct Demand {
      const char* last_name;
      const char* first_name;
      const char* birth_date;
      const char* sex;
      const char* reason;
      access::Urgency urgency;
      bool book;
    };
    const std::vector<Demand> demands = {{"ROBERT", "Chloé", "1992-07-21", "F", "fievre", access::Urgency::h48, true},
                                         {"RICHARD", "Paul", "1958-01-09", "M", "douleur", access::Urgency::h24, false}};
    for (const auto& d : demands) {
      access::SnpRequest r;
      r.id = auth::random_id();
      r.cpts_id = cpts->id;
      r.last_name = d.last_name;
      r.first_name = d.first_name;
      r.birth_date = d.birth_date;
      r.sex = d.sex;
      r.birth_year = std::stoi(std::string(d.birth_date).substr(0, 4));
      r.age_at_entry = access::age_on(d.birth_date, today);
      r.commune_code = sites.front().commune_code;
      r.phone = "0491000000";
      r.consent_on = today;
      r.source = access::SnpSource::coordination;
      r.referrer_label = kActor;
      r.reason_code = d.reason;
      r.urgency = d.urgency;
      r.created_at = r.updated_at = r.status_since = now;
      r.due_at = access::due_at(now, d.urgency, zone);
      access::insert_snp_request(c, r);
      access::append_snp_event(c, cpts->id, r.id, {now, std::nullopt, access::SnpStatus::nouvelle, {}, kActor});
      if (d.book && !first_slots.empty() && access::book_slot(c, cpts->id, first_slots.front(), r.id, now)) {
        auto slot = access::find_slot(c, cpts->id, first_slots.front());
        r.status = access::SnpStatus::orientee;
        r.orientation = access::Orientation::slot;
        r.oriented_at = now;
        r.slot_id = slot->id;
        r.slot_professional_id = slot->professional_id;
        r.slot_starts_at = slot->starts_at;
        access::update_snp_request(c, r);
        access::append_snp_event(c, cpts->id, r.id,
                                 {now, access::SnpStatus::nouvelle, access::SnpStatus::orientee,
                                  fmt::format("slot {} at {}", slot->id, slot->starts_at), kActor});
      }
      auth::append_audit(c, cli_audit_entry("snp_request.create", "snp_request", r.id, cpts->id, kActor));
    }
    changes.push_back(fmt::format("{}: {} unscheduled-care requests", kCpts, demands.size()));
  });
  return changes;
}

}  // namespace maillage::app
