#include "access/snp_json.h"

#include <fmt/format.h>

#include "access/patient_json.h"
#include "access/snp_rules.h"

namespace maillage::access {
namespace json = boost::json;

std::string professional_name(const std::string& profession_code, const std::string& first_name,
                              const std::string& last_name) {
  std::string name = first_name.empty() ? last_name : fmt::format("{} {}", first_name, last_name);
  return profession_code == "10" ? fmt::format("Dr {}", name) : name;
}

json::object resource_json(const referential::Referential& ref, const SnpResource& r,
                           const std::map<std::string, ProfessionalLabel>& labels) {
  const auto* commune = ref.commune(r.commune_code);
  json::array services, hours, professionals;
  for (const auto& s : r.services) services.emplace_back(s);
  for (const auto& h : r.hours) {
    hours.push_back(json::object{{"weekday", h.weekday}, {"opens", h.opens}, {"closes", h.closes}});
  }
  for (const auto& id : r.professionals) {
    auto label = labels.find(id);
    professionals.push_back(json::object{
        {"id", id},
        {"name", label == labels.end() ? json::value(nullptr) : json::value(label->second.name)},
        {"profession", label == labels.end() ? json::value(nullptr) : json::value(label->second.profession)}});
  }
  return json::object{{"id", r.id},
                      {"kind", r.kind},
                      {"name", r.name},
                      {"finess", text_or_null(r.finess)},
                      {"address", r.address},
                      {"postcode", r.postcode},
                      {"commune_code", r.commune_code},
                      {"commune", commune ? json::value(commune->name) : json::value(nullptr)},
                      {"phone", r.phone},
                      {"services", std::move(services)},
                      {"hours", std::move(hours)},
                      {"professionals", std::move(professionals)},
                      {"public", r.published},
                      {"updated_at", r.updated_at}};
}

json::object slot_json(const SnpSlot& s, bool show_request) {
  return json::object{{"id", std::to_string(s.id)},
                      {"professional_id", s.professional_id},
                      {"site_key", s.site_key},
                      {"commune_code", s.commune_code},
                      {"starts_at", s.starts_at},
                      {"ends_at", s.ends_at},
                      {"mode", to_string(s.mode)},
                      {"origin", s.origin},
                      {"status", to_string(s.status)},
                      {"request_id", show_request ? text_or_null(s.request_id) : json::value(nullptr)}};
}

json::object snp_request_json(const referential::Referential& ref, const SnpRequest& r,
                              const std::optional<BookedSlot>& booked, const std::string& now) {
  json::value slot = nullptr;
  if (booked) {
    json::object o = slot_json(booked->slot, false);
    o.erase("request_id");
    if (booked->site) {
      const auto& site = *booked->site;
      o["professional"] = json::object{
          {"id", site.professional_id},
          {"name", professional_name(site.profession_code, site.first_name, site.last_name)},
          {"profession", site.profession}};
      o["site"] = json::object{{"key", site.site_key}, {"label", site.label}, {"address", site.address},
                               {"commune", site.commune}};
    }
    slot = std::move(o);
  }
  auto within = oriented_within_window(r);
  auto optional_name = [](const auto& v) { return v ? json::value(to_string(*v)) : json::value(nullptr); };
  return json::object{
      {"id", r.id},
      {"cpts_id", r.cpts_id},
      {"status", to_string(r.status)},
      {"status_since", r.status_since},
      {"patient", patient_json(ref, r)},
      {"consent_on", r.consent_on},
      {"source", to_string(r.source)},
      {"referrer", json::object{{"user_id", text_or_null(r.referrer_user_id)}, {"label", r.referrer_label}}},
      {"reason_code", r.reason_code},
      {"reason_text", text_or_null(r.reason_text)},
      {"urgency", to_string(r.urgency)},
      {"due_at", r.due_at},
      {"overdue", is_overdue(r, now)},
      {"profession_code", r.profession_code},
      {"mode_wanted", r.mode_wanted},
      {"orientation", optional_name(r.orientation)},
      {"oriented_at", text_or_null(r.oriented_at)},
      {"within_window", within ? json::value(*within) : json::value(nullptr)},
      {"slot", std::move(slot)},
      {"outcome", optional_name(r.outcome)},
      {"outcome_at", text_or_null(r.outcome_at)},
      {"created_at", r.created_at},
      {"updated_at", r.updated_at},
      {"purged_at", text_or_null(r.purged_at)},
  };
}

json::object snp_event_json(const SnpEvent& e) {
  return json::object{{"at", e.at},
                      {"from", e.from ? json::value(to_string(*e.from)) : json::value(nullptr)},
                      {"to", to_string(e.to)},
                      {"detail", text_or_null(e.detail)},
                      {"by", e.by_label}};
}

}  // namespace maillage::access
