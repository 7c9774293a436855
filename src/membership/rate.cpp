#include "membership/rate.h"

#include <map>
#include <set>

namespace maillage::membership {
namespace {

std::optional<double> ratio(std::int64_t members, std::int64_t professionals) {
  if (professionals == 0) return std::nullopt;
  return static_cast<double>(members) / static_cast<double>(professionals);
}

// Member id → whether one of its sites is in the territory (every member listed).
std::map<std::string, bool> inside_by_member(const directory::Places& territory, const std::vector<SiteRow>& sites) {
  std::map<std::string, bool> inside;
  for (const auto& s : sites) {
    bool here = !s.commune_code.empty() && territory.contains(s.commune_code, s.postcode);
    inside[s.member_id] = inside[s.member_id] || here;
  }
  return inside;
}

}  // namespace

RateReport compute_rate(const directory::Places& territory, const std::vector<SiteRow>& practising,
                        const std::vector<SiteRow>& members, const std::vector<SiteRow>& structures) {
  std::map<std::string, ProfessionRate> by_code;
  auto profession = [&](const SiteRow& s) -> ProfessionRate& {
    ProfessionRate& p = by_code[s.profession_code];
    p.code = s.profession_code;
    if (p.label.empty()) p.label = s.profession.empty() ? s.profession_code : s.profession;
    return p;
  };
  std::set<std::string> counted;
  for (const auto& s : practising) {
    if (territory.contains(s.commune_code, s.postcode) && counted.insert(s.member_id).second) ++profession(s).professionals;
  }
  auto member_inside = inside_by_member(territory, members);
  std::set<std::string> seen;
  for (const auto& s : members) {
    if (!seen.insert(s.member_id).second) continue;
    ProfessionRate& p = profession(s);
    if (member_inside[s.member_id]) ++p.members;
    else ++p.members_outside;
  }

  RateReport report;
  for (auto& [code, p] : by_code) {
    p.rate = ratio(p.members, p.professionals);
    report.total.professionals += p.professionals;
    report.total.members += p.members;
    report.total.members_outside += p.members_outside;
    report.professions.push_back(std::move(p));
  }
  report.total.rate = ratio(report.total.members, report.total.professionals);
  for (const auto& [id, inside] : inside_by_member(territory, structures)) {
    if (inside) ++report.structure_members;
    else ++report.structure_members_outside;
  }
  return report;
}

}  // namespace maillage::membership
