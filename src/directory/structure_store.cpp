#include "directory/structure_store.h"

namespace maillage::directory {
namespace {

constexpr const char* kSelect =
    "SELECT finess, COALESCE(finess_legal, ''), name, COALESCE(long_name, ''), COALESCE(category_code, ''),"
    " COALESCE(category, ''), COALESCE(address, ''), COALESCE(postcode, ''), COALESCE(commune_code, ''),"
    " COALESCE(commune, ''), COALESCE(departement, ''), COALESCE(phone, ''), COALESCE(siret, '')"
    " FROM structures WHERE finess = ?";

Structure read_structure(db::Statement& st) {
  Structure s;
  std::string* fields[] = {&s.finess,       &s.finess_legal, &s.name,     &s.long_name, &s.category_code,
                           &s.category,     &s.address,      &s.postcode, &s.commune_code, &s.commune,
                           &s.departement,  &s.phone,        &s.siret};
  for (int i = 0; i < 13; ++i) *fields[i] = st.text(i);
  return s;
}

db::Value text_or_null(const std::string& s) {
  db::Value v;
  if (!s.empty()) v = s;
  return v;
}

}  // namespace

Upsert upsert_structure(db::Connection& c, const Structure& s, const std::string& import_id, const std::string& at) {
  auto& find = c.query(kSelect, s.finess);
  bool exists = find.step();
  if (exists && read_structure(find) == s) {
    c.execute("UPDATE structures SET last_import = ? WHERE finess = ?", import_id, s.finess);
    return Upsert::unchanged;
  }
  c.execute(
      "INSERT INTO structures (finess, finess_legal, name, long_name, category_code, category, address, postcode,"
      " commune_code, commune, departement, phone, siret, last_import, created_at, updated_at)"
      " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
      " ON CONFLICT (finess) DO UPDATE SET finess_legal = excluded.finess_legal, name = excluded.name,"
      " long_name = excluded.long_name, category_code = excluded.category_code, category = excluded.category,"
      " address = excluded.address, postcode = excluded.postcode, commune_code = excluded.commune_code,"
      " commune = excluded.commune, departement = excluded.departement, phone = excluded.phone,"
      " siret = excluded.siret, last_import = excluded.last_import, updated_at = excluded.updated_at",
      s.finess, text_or_null(s.finess_legal), s.name, text_or_null(s.long_name), text_or_null(s.category_code),
      text_or_null(s.category), text_or_null(s.address), text_or_null(s.postcode), text_or_null(s.commune_code),
      text_or_null(s.commune), text_or_null(s.departement), text_or_null(s.phone), text_or_null(s.siret), import_id,
      at, at);
  return exists ? Upsert::updated : Upsert::created;
}

bool set_structure_point(db::Connection& c, const std::string& finess, const std::optional<GeoPoint>& point,
                         const std::string& at) {
  auto& find = c.query("SELECT latitude, longitude FROM structures WHERE finess = ?", finess);
  if (!find.step()) return false;
  std::optional<GeoPoint> stored;
  if (!find.is_null(0) && !find.is_null(1)) stored = GeoPoint{find.real(0), find.real(1)};
  if (stored == point) return false;
  std::optional<double> latitude, longitude;
  if (point) {
    latitude = point->latitude;
    longitude = point->longitude;
  }
  c.execute("UPDATE structures SET latitude = ?, longitude = ?, updated_at = ? WHERE finess = ?", latitude, longitude,
            at, finess);
  return true;
}

}  // namespace maillage::directory
