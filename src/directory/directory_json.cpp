#include "directory/directory_json.h"

#include <charconv>
#include <cmath>

namespace maillage::directory {
namespace json = boost::json;

namespace {

json::value text_or_null(const std::string& s) { return s.empty() ? json::value(nullptr) : json::value(s); }

json::value coded(const std::string& code, const std::string& label) {
  if (code.empty() && label.empty()) return nullptr;
  return json::object{{"code", text_or_null(code)}, {"label", text_or_null(label)}};
}

json::value flag(const std::optional<bool>& b) { return b ? json::value(*b) : json::value(nullptr); }

json::value number_or_null(const std::optional<double>& d) {
  return d ? json::value(std::round(*d * 10) / 10) : json::value(nullptr);
}

json::array split_languages(const std::string& stored) {
  json::array out;
  std::size_t start = 0;
  while (start < stored.size()) {
    std::size_t end = stored.find(',', start);
    if (end == std::string::npos) end = stored.size();
    if (end > start) out.emplace_back(stored.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

json::object site_json(const SiteHit& hit, bool member_only) {
  const auto& s = hit.site;
  json::object o{
      {"key", s.site_key},
      {"mode", coded(s.mode_code, s.mode)},
      {"sector", coded(s.sector_code, s.sector)},
      {"specialty", coded(s.specialty_code, s.specialty)},
      {"structure_name", text_or_null(s.structure_name)},
      {"finess", text_or_null(s.finess_site)},
      {"finess_legal", text_or_null(s.finess_legal)},
      {"siret", text_or_null(s.siret)},
      {"address", text_or_null(s.address)},
      {"postcode", text_or_null(s.postcode)},
      {"commune", coded(s.commune_code, s.commune)},
      {"departement", text_or_null(s.departement)},
      {"phone", text_or_null(s.phone)},
      {"phone2", text_or_null(s.phone2)},
      {"email", text_or_null(s.email)},
      {"accepts_new_patients", accepts_json(hit.capacity.accepts_new_patients)},
      {"accepts_updated_at", text_or_null(hit.capacity.accepts_updated_at)},
      {"snp", flag(hit.capacity.snp)},
      {"extended_hours", flag(hit.capacity.extended_hours)},
      {"distance_km", number_or_null(hit.distance_km)},
  };
  if (member_only) o["direct_phone"] = text_or_null(hit.capacity.direct_phone);
  return o;
}

}  // namespace

json::value accepts_json(const std::string& stored) {
  if (stored.empty()) return nullptr;
  if (stored == "yes") return true;
  if (stored == "no") return false;
  std::int64_t n = 0;
  auto [end, ec] = std::from_chars(stored.data(), stored.data() + stored.size(), n);
  if (ec == std::errc() && end == stored.data() + stored.size()) return n;
  return json::value(stored);
}

json::object professional_json(const ProfessionalHit& hit, const MemberView& view) {
  const auto& p = hit.professional;
  bool member_only = view.member_only_visible.contains(p.national_id);
  json::array sites;
  for (const auto& s : hit.sites) sites.push_back(site_json(s, member_only));
  json::array memberships;
  if (auto it = view.memberships.find(p.national_id); it != view.memberships.end()) {
    for (const auto& [cpts, status] : it->second) memberships.push_back(json::object{{"cpts_id", cpts}, {"status", status}});
  }
  return {
      {"kind", "professional"},
      {"national_id", p.national_id},
      {"id_type", p.id_type == "8" ? "rpps" : "adeli"},
      {"identifier", p.identifier},
      {"civility", text_or_null(p.civility)},
      {"last_name", p.last_name},
      {"first_name", text_or_null(p.first_name)},
      {"profession", coded(p.profession_code, p.profession)},
      {"category", coded(p.category_code, p.category)},
      {"languages", split_languages(hit.languages)},
      {"teleconsultation", flag(hit.teleconsultation)},
      {"distance_km", number_or_null(hit.distance_km)},
      {"sites", std::move(sites)},
      {"memberships", std::move(memberships)},
  };
}

json::object structure_json(const StructureHit& h) {
  json::value position = nullptr;
  if (h.latitude && h.longitude) position = json::object{{"latitude", *h.latitude}, {"longitude", *h.longitude}};
  return {
      {"kind", "structure"},
      {"finess", h.finess},
      {"finess_legal", text_or_null(h.finess_legal)},
      {"name", h.name},
      {"long_name", text_or_null(h.long_name)},
      {"category", coded(h.category_code, h.category)},
      {"address", text_or_null(h.address)},
      {"postcode", text_or_null(h.postcode)},
      {"commune", coded(h.commune_code, h.commune)},
      {"departement", text_or_null(h.departement)},
      {"phone", text_or_null(h.phone)},
      {"siret", text_or_null(h.siret)},
      {"position", std::move(position)},
      {"distance_km", number_or_null(h.distance_km)},
  };
}

}  // namespace maillage::directory
