#include "access/mt_json.h"

#include "access/mt_rules.h"
#include "access/patient_json.h"

namespace maillage::access {
namespace json = boost::json;

json::object request_json(const referential::Referential& ref, const MtRequest& r, const MtSettings& settings,
                          const LocalDay& today) {
  json::array groups;
  for (const auto& g : priority_groups(r.flags, r.age_at_entry)) groups.emplace_back(g);
  bool priority = !groups.empty();
  json::object flags{{"ald", r.flags.ald},
                     {"precarity", r.flags.precarity},
                     {"pregnancy", r.flags.pregnancy},
                     {"leaving_hospital", r.flags.leaving_hospital},
                     {"disability", r.flags.disability}};
  json::value proposal = nullptr;
  if (!r.proposed_professional_id.empty()) {
    proposal = json::object{{"professional_id", r.proposed_professional_id}, {"site_key", r.proposed_site_key}};
  }
  return json::object{
      {"id", r.id},
      {"cpts_id", r.cpts_id},
      {"status", to_string(r.status)},
      {"status_since", r.status_since},
      {"due_on", text_or_null(due_on(r, settings, today.time_zone))},
      {"overdue", is_overdue(r, settings, today)},
      {"patient", patient_json(ref, r)},
      {"flags", std::move(flags)},
      {"priority_groups", std::move(groups)},
      {"priority", priority},
      {"source", to_string(r.source)},
      {"referrer", json::object{{"user_id", text_or_null(r.referrer_user_id)}, {"label", r.referrer_label}}},
      {"consent_on", r.consent_on},
      {"proposal", std::move(proposal)},
      {"created_at", r.created_at},
      {"updated_at", r.updated_at},
      {"purged_at", text_or_null(r.purged_at)},
  };
}

json::object settings_json(const MtSettings& settings) {
  json::object delays;
  for (const auto& [status, days] : settings.delay_days) delays[to_string(status)] = days;
  return json::object{{"delays", std::move(delays)}, {"retention_days", settings.retention_days}};
}

json::object event_json(const MtEvent& e) {
  return json::object{
      {"at", e.at},
      {"from", e.from ? json::value(to_string(*e.from)) : json::value(nullptr)},
      {"to", to_string(e.to)},
      {"professional_id", text_or_null(e.professional_id)},
      {"site_key", text_or_null(e.site_key)},
      {"reason", text_or_null(e.reason)},
      {"by", e.by_label},
  };
}

json::object census_json(const CensusEntry& e, const std::string& today) {
  json::array communes;
  for (const auto& c : e.communes) communes.emplace_back(c);
  auto optional_int = [](const std::optional<int>& v) { return v ? json::value(*v) : json::value(nullptr); };
  return json::object{
      {"professional_id", e.professional_id},
      {"site_key", e.site_key},
      {"accepts", e.accepts},
      {"places", optional_int(e.places)},
      {"priority_only", e.priority_only},
      {"age_min", optional_int(e.age_min)},
      {"age_max", optional_int(e.age_max)},
      {"communes", std::move(communes)},
      {"valid_until", e.valid_until},
      {"valid", e.valid_until >= today},
      {"channel", e.channel},
      {"declared_at", e.declared_at},
      {"declared_by", e.declared_by},
  };
}

}  // namespace maillage::access
