#include "territory/cpts_store.h"

#include "platform/auth/crypto.h"
#include "platform/util/time.h"

namespace maillage::territory {

namespace {

// A macro so that the queries below are single literals.
#define MAILLAGE_CPTS_SELECT                                                                           \
  "SELECT id, name, created_at, COALESCE(short_name, ''), COALESCE(legal_form, ''), COALESCE(siret, ''),"  \
  " COALESCE(seat_commune_code, ''), COALESCE(contact_email, ''), COALESCE(contact_phone, ''),"          \
  " COALESCE(website, ''), status FROM cpts"

Cpts read_cpts(db::Statement& st) {
  return {st.text(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5),
          st.text(6), st.text(7), st.text(8), st.text(9), st.text(10)};
}

db::Value text_or_null(const std::string& s) {
  db::Value value;
  if (!s.empty()) value = s;
  return value;
}

}  // namespace

Cpts create_cpts(db::Connection& c, const std::string& name) {
  Cpts cpts;
  cpts.id = auth::random_id();
  cpts.name = name;
  cpts.created_at = current_timestamp_utc();
  c.execute("INSERT INTO cpts (id, name, created_at) VALUES (?, ?, ?)", cpts.id, cpts.name, cpts.created_at);
  return cpts;
}

std::optional<Cpts> find_cpts(db::Connection& c, const std::string& id, const auth::TenantScope& scope) {
  if (!scope.includes(id)) return std::nullopt;
  auto& st = c.query(MAILLAGE_CPTS_SELECT " WHERE id = ?", id);
  if (!st.step()) return std::nullopt;
  return read_cpts(st);
}

std::vector<Cpts> list_cpts(db::Connection& c, const auth::TenantScope& scope) {
  std::vector<Cpts> out;
  auto& st = c.query(MAILLAGE_CPTS_SELECT " ORDER BY name");
  while (st.step()) {
    if (scope.includes(st.text(0))) out.push_back(read_cpts(st));
  }
  return out;
}

std::optional<Cpts> find_cpts_by_name(db::Connection& c, const std::string& name) {
  auto& st = c.query(MAILLAGE_CPTS_SELECT " WHERE name = ?", name);
  if (!st.step()) return std::nullopt;
  return read_cpts(st);
}

void update_profile(db::Connection& c, const Cpts& p) {
  c.execute(
      "UPDATE cpts SET name = ?, short_name = ?, legal_form = ?, siret = ?, seat_commune_code = ?,"
      " contact_email = ?, contact_phone = ?, website = ? WHERE id = ?",
      p.name, text_or_null(p.short_name), text_or_null(p.legal_form), text_or_null(p.siret),
      text_or_null(p.seat_commune_code), text_or_null(p.contact_email), text_or_null(p.contact_phone),
      text_or_null(p.website), p.id);
}

void record_status(db::Connection& c, const std::string& cpts_id, const StatusChange& s) {
  c.execute(
      "INSERT INTO cpts_status_history (id, cpts_id, status, effective_date, recorded_at, recorded_by, note)"
      " VALUES (?, ?, ?, ?, ?, ?, ?)",
      auth::random_id(), cpts_id, s.status, s.effective_date, s.recorded_at, s.recorded_by, text_or_null(s.note));
  c.execute("UPDATE cpts SET status = ? WHERE id = ?", s.status, cpts_id);
}

std::vector<StatusChange> status_history(db::Connection& c, const std::string& cpts_id) {
  std::vector<StatusChange> out;
  auto& st = c.query(
      "SELECT status, effective_date, recorded_at, recorded_by, COALESCE(note, '') FROM cpts_status_history"
      " WHERE cpts_id = ? ORDER BY recorded_at",
      cpts_id);
  while (st.step()) out.push_back({st.text(0), st.text(1), st.text(2), st.text(3), st.text(4)});
  return out;
}

}  // namespace maillage::territory
