#include "directory/directory_store.h"

namespace maillage::directory {
namespace {

db::Value text_or_null(const std::string& s) {
  db::Value v;
  if (!s.empty()) v = s;
  return v;
}

Professional read_professional(db::Statement& st) {
  Professional p;
  p.national_id = st.text(0);
  p.id_type = st.text(1);
  p.identifier = st.text(2);
  p.civility_code = st.text(3);
  p.civility = st.text(4);
  p.last_name = st.text(5);
  p.first_name = st.text(6);
  p.profession_code = st.text(7);
  p.profession = st.text(8);
  p.category_code = st.text(9);
  p.category = st.text(10);
  return p;
}

constexpr const char* kSiteColumns =
    "site_key, mode_code, mode, sector_code, sector, specialty_type, specialty_code, specialty, siret, finess_site,"
    " finess_legal, structure_name, address, postcode, commune_code, commune, departement, phone, phone2, email";

PracticeSite read_site(db::Statement& st) {
  PracticeSite s;
  std::string* fields[] = {&s.site_key,     &s.mode_code,   &s.mode,          &s.sector_code,  &s.sector,
                           &s.specialty_type, &s.specialty_code, &s.specialty, &s.siret,        &s.finess_site,
                           &s.finess_legal, &s.structure_name, &s.address,   &s.postcode,     &s.commune_code,
                           &s.commune,      &s.departement, &s.phone,         &s.phone2,       &s.email};
  for (int i = 0; i < 20; ++i) *fields[i] = st.text(i);
  return s;
}

}  // namespace

Upsert upsert_professional(db::Connection& c, const Professional& p, const std::string& at) {
  auto& find = c.query(
      "SELECT national_id, id_type, identifier, COALESCE(civility_code, ''), COALESCE(civility, ''), last_name,"
      " COALESCE(first_name, ''), profession_code, COALESCE(profession, ''), COALESCE(category_code, ''),"
      " COALESCE(category, '') FROM professionals WHERE national_id = ?",
      p.national_id);
  bool exists = find.step();
  if (exists && read_professional(find) == p) return Upsert::unchanged;
  c.execute(
      "INSERT INTO professionals (national_id, id_type, identifier, civility_code, civility, last_name, first_name,"
      " profession_code, profession, category_code, category, created_at, updated_at)"
      " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
      " ON CONFLICT (national_id) DO UPDATE SET civility_code = excluded.civility_code, civility = excluded.civility,"
      " last_name = excluded.last_name, first_name = excluded.first_name, profession_code = excluded.profession_code,"
      " profession = excluded.profession, category_code = excluded.category_code, category = excluded.category,"
      " updated_at = excluded.updated_at",
      p.national_id, p.id_type, p.identifier, text_or_null(p.civility_code), text_or_null(p.civility), p.last_name,
      text_or_null(p.first_name), p.profession_code, text_or_null(p.profession), text_or_null(p.category_code),
      text_or_null(p.category), at, at);
  return exists ? Upsert::updated : Upsert::created;
}

Upsert upsert_site(db::Connection& c, const std::string& professional_id, const PracticeSite& s,
                   const std::string& import_id, const std::string& at) {
  static const std::string kSelect =
      std::string("SELECT ") + kSiteColumns + " FROM practice_sites WHERE professional_id = ? AND site_key = ?";
  auto& find = c.query(kSelect, professional_id, s.site_key);
  bool exists = find.step();
  if (exists && read_site(find) == s) {
    c.execute("UPDATE practice_sites SET last_import = ? WHERE professional_id = ? AND site_key = ?", import_id,
              professional_id, s.site_key);
    return Upsert::unchanged;
  }
  c.execute(
      "INSERT INTO practice_sites (professional_id, site_key, mode_code, mode, sector_code, sector, specialty_type,"
      " specialty_code, specialty, siret, finess_site, finess_legal, structure_name, address, postcode, commune_code,"
      " commune, departement, phone, phone2, email, last_import, created_at, updated_at)"
      " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
      " ON CONFLICT (professional_id, site_key) DO UPDATE SET mode_code = excluded.mode_code, mode = excluded.mode,"
      " sector_code = excluded.sector_code, sector = excluded.sector, specialty_type = excluded.specialty_type,"
      " specialty_code = excluded.specialty_code, specialty = excluded.specialty, siret = excluded.siret,"
      " finess_site = excluded.finess_site, finess_legal = excluded.finess_legal,"
      " structure_name = excluded.structure_name, address = excluded.address, postcode = excluded.postcode,"
      " commune_code = excluded.commune_code, commune = excluded.commune, departement = excluded.departement,"
      " phone = excluded.phone, phone2 = excluded.phone2, email = excluded.email,"
      " last_import = excluded.last_import, updated_at = excluded.updated_at",
      professional_id, s.site_key, s.mode_code, s.mode, s.sector_code, s.sector, s.specialty_type, s.specialty_code,
      s.specialty, s.siret, s.finess_site, s.finess_legal, s.structure_name, s.address, s.postcode, s.commune_code,
      s.commune, s.departement, s.phone, s.phone2, s.email, import_id, at, at);
  return exists ? Upsert::updated : Upsert::created;
}

std::int64_t remove_unseen_sites(db::Connection& c, const std::string& import_id) {
  return c.execute(
      "DELETE FROM practice_sites WHERE last_import <> ? AND professional_id IN"
      " (SELECT professional_id FROM practice_sites WHERE last_import = ?)",
      import_id, import_id);
}

}  // namespace maillage::directory
