#include "membership/rate_store.h"

namespace maillage::membership {
namespace {

std::vector<SiteRow> read_sites(db::Statement& st) {
  std::vector<SiteRow> out;
  while (st.step()) out.push_back({st.text(0), st.text(1), st.text(2), st.text(3), st.text(4)});
  return out;
}

}  // namespace

std::vector<SiteRow> sites_in_communes(db::Connection& c, const std::vector<std::string>& commune_codes) {
  std::vector<SiteRow> out;
  for (const auto& code : commune_codes) {
    auto& st = c.query(
        "SELECT p.national_id, p.profession_code, COALESCE(p.profession, ''), s.commune_code, COALESCE(s.postcode, '')"
        " FROM practice_sites s JOIN professionals p ON p.national_id = s.professional_id WHERE s.commune_code = ?",
        code);
    auto rows = read_sites(st);
    out.insert(out.end(), std::make_move_iterator(rows.begin()), std::make_move_iterator(rows.end()));
  }
  return out;
}

std::vector<SiteRow> active_member_sites(db::Connection& c, const std::string& cpts_id) {
  auto& st = c.query(
      "SELECT m.member_id, COALESCE(p.profession_code, ''), COALESCE(p.profession, ''), COALESCE(s.commune_code, ''),"
      " COALESCE(s.postcode, '') FROM memberships m"
      " LEFT JOIN professionals p ON p.national_id = m.member_id"
      " LEFT JOIN practice_sites s ON s.professional_id = m.member_id"
      " WHERE m.cpts_id = ? AND m.status = 'active' AND m.member_kind = 'professional'",
      cpts_id);
  return read_sites(st);
}

std::vector<SiteRow> active_structure_sites(db::Connection& c, const std::string& cpts_id) {
  auto& st = c.query(
      "SELECT m.member_id, '', '', COALESCE(s.commune_code, ''), COALESCE(s.postcode, '') FROM memberships m"
      " LEFT JOIN structures s ON s.finess = m.member_id"
      " WHERE m.cpts_id = ? AND m.status = 'active' AND m.member_kind = 'structure'",
      cpts_id);
  return read_sites(st);
}

}  // namespace maillage::membership
