#include "membership/membership_store.h"

#include <map>

#include "membership/rules.h"

namespace maillage::membership {
namespace {

// NULL for an empty text.
std::optional<std::string> nullable(const std::string& s) { return s.empty() ? std::nullopt : std::optional(s); }

#define MAILLAGE_MEMBERSHIP_SELECT                                                                      \
  "SELECT m.id, m.cpts_id, m.member_kind, m.member_id, COALESCE(m.college_id, ''), m.status, m.status_since," \
  " m.requested_on, COALESCE(m.note, ''), m.created_at, m.updated_at FROM memberships m"

Membership read_membership(db::Statement& st) {
  Membership m;
  m.id = st.text(0);
  m.cpts_id = st.text(1);
  m.member_kind = member_kind_from_string(st.text(2)).value_or(MemberKind::professional);
  m.member_id = st.text(3);
  m.college_id = st.text(4);
  m.status = status_from_string(st.text(5)).value_or(Status::demande);
  m.status_since = st.text(6);
  m.requested_on = st.text(7);
  m.note = st.text(8);
  m.created_at = st.text(9);
  m.updated_at = st.text(10);
  return m;
}

// A professional from columns last_name, first_name, profession_code, profession at `at`.
void read_professional(db::Statement& st, int at, MemberInfo& info) {
  info.known = true;
  info.last_name = st.text(at);
  info.first_name = st.text(at + 1);
  info.name = info.first_name.empty() ? info.last_name : info.first_name + " " + info.last_name;
  info.profession_code = st.text(at + 2);
  info.profession = st.text(at + 3);
}

// A structure from columns name, category_code, category at `at`.
void read_structure(db::Statement& st, int at, MemberInfo& info) {
  info.known = true;
  info.name = st.text(at);
  info.category_code = st.text(at + 1);
  info.category = st.text(at + 2);
}

}  // namespace

MemberInfo find_member(db::Connection& c, MemberKind kind, const std::string& member_id) {
  MemberInfo info;
  if (kind == MemberKind::professional) {
    auto& st = c.query(
        "SELECT last_name, COALESCE(first_name, ''), profession_code, COALESCE(profession, '') FROM professionals"
        " WHERE national_id = ?",
        member_id);
    if (st.step()) read_professional(st, 0, info);
    return info;
  }
  auto& st = c.query("SELECT name, COALESCE(category_code, ''), COALESCE(category, '') FROM structures WHERE finess = ?",
                     member_id);
  if (st.step()) read_structure(st, 0, info);
  return info;
}

std::optional<Membership> find_membership(db::Connection& c, const std::string& cpts_id, const std::string& id) {
  auto& st = c.query(MAILLAGE_MEMBERSHIP_SELECT " WHERE m.cpts_id = ? AND m.id = ?", cpts_id, id);
  if (!st.step()) return std::nullopt;
  return read_membership(st);
}

std::optional<Membership> find_membership_of(db::Connection& c, const std::string& cpts_id, MemberKind kind,
                                             const std::string& member_id) {
  auto& st = c.query(MAILLAGE_MEMBERSHIP_SELECT " WHERE m.cpts_id = ? AND m.member_kind = ? AND m.member_id = ?", cpts_id,
                     to_string(kind), member_id);
  if (!st.step()) return std::nullopt;
  return read_membership(st);
}

void insert_membership(db::Connection& c, const Membership& m) {
  c.execute(
      "INSERT INTO memberships (id, cpts_id, member_kind, member_id, college_id, status, status_since, requested_on,"
      " note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      m.id, m.cpts_id, to_string(m.member_kind), m.member_id, nullable(m.college_id), to_string(m.status),
      m.status_since, m.requested_on, nullable(m.note), m.created_at, m.updated_at);
}

void update_membership(db::Connection& c, const Membership& m) {
  c.execute(
      "UPDATE memberships SET college_id = ?, status = ?, status_since = ?, requested_on = ?, note = ?, updated_at = ?"
      " WHERE id = ? AND cpts_id = ?",
      nullable(m.college_id), to_string(m.status), m.status_since, m.requested_on, nullable(m.note),
      m.updated_at, m.id, m.cpts_id);
}

void append_event(db::Connection& c, const std::string& membership_id, const Event& e) {
  c.execute(
      "INSERT INTO membership_events (membership_id, seq, status, on_date, note, recorded_by, recorded_at)"
      " VALUES (?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM membership_events WHERE membership_id = ?), ?, ?, ?, ?, ?)",
      membership_id, membership_id, to_string(e.status), e.on, nullable(e.note), e.recorded_by, e.recorded_at);
}

std::vector<Event> list_events(db::Connection& c, const std::string& membership_id) {
  std::vector<Event> out;
  auto& st = c.query(
      "SELECT seq, status, on_date, COALESCE(note, ''), recorded_by, recorded_at FROM membership_events"
      " WHERE membership_id = ? ORDER BY seq",
      membership_id);
  while (st.step()) {
    out.push_back({st.int64(0), status_from_string(st.text(1)).value_or(Status::demande), st.text(2), st.text(3),
                   st.text(4), st.text(5)});
  }
  return out;
}

std::vector<Fee> list_fees(db::Connection& c, const std::string& membership_id) {
  std::vector<Fee> out;
  auto& st = c.query(
      "SELECT year, amount_cents, COALESCE(paid_on, '') FROM membership_fees WHERE membership_id = ? ORDER BY year DESC",
      membership_id);
  while (st.step()) out.push_back({st.int64(0), st.int64(1), st.text(2)});
  return out;
}

void put_fee(db::Connection& c, const std::string& membership_id, const Fee& fee, const std::string& by,
             const std::string& at) {
  c.execute(
      "INSERT INTO membership_fees (membership_id, year, amount_cents, paid_on, updated_by, updated_at)"
      " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (membership_id, year) DO UPDATE SET amount_cents = excluded.amount_cents,"
      " paid_on = excluded.paid_on, updated_by = excluded.updated_by, updated_at = excluded.updated_at",
      membership_id, fee.year, fee.amount_cents, nullable(fee.paid_on), by, at);
}

std::vector<MemberRow> member_rows(db::Connection& c, const std::string& cpts_id, std::int64_t year,
                                   const std::string& membership_id) {
  std::vector<MemberRow> rows;
  std::map<std::string, std::size_t> by_member;  // professional's national id → row (one per CPTS)
  auto& st = c.query(
      "SELECT m.id, m.cpts_id, m.member_kind, m.member_id, COALESCE(m.college_id, ''), m.status, m.status_since,"
      " m.requested_on, COALESCE(m.note, ''), m.created_at, m.updated_at, COALESCE(g.name, ''),"
      " p.national_id, p.last_name, COALESCE(p.first_name, ''), p.profession_code, COALESCE(p.profession, ''),"
      " s.finess, s.name, COALESCE(s.category_code, ''), COALESCE(s.category, ''), COALESCE(s.commune_code, ''),"
      " COALESCE(s.commune, ''), COALESCE(s.postcode, ''), f.amount_cents, COALESCE(f.paid_on, '')"
      " FROM memberships m"
      " LEFT JOIN cpts_colleges g ON g.id = m.college_id"
      " LEFT JOIN professionals p ON m.member_kind = 'professional' AND p.national_id = m.member_id"
      " LEFT JOIN structures s ON m.member_kind = 'structure' AND s.finess = m.member_id"
      " LEFT JOIN membership_fees f ON f.membership_id = m.id AND f.year = ?"
      " WHERE m.cpts_id = ? AND (? = '' OR m.id = ?)",
      year, cpts_id, membership_id, membership_id);
  while (st.step()) {
    MemberRow row;
    row.membership = read_membership(st);
    row.college_name = st.text(11);
    MemberInfo& info = row.member;
    if (!st.is_null(12)) {
      read_professional(st, 13, info);
      by_member[row.membership.member_id] = rows.size();
    } else if (!st.is_null(17)) {
      read_structure(st, 18, info);
      if (!st.text(21).empty()) info.places.push_back({st.text(21), st.text(22), st.text(23)});
    } else {
      info.name = row.membership.member_id;
    }
    if (!st.is_null(24)) row.current_fee = Fee{year, st.int64(24), st.text(25)};
    rows.push_back(std::move(row));
  }
  if (by_member.empty()) return rows;
  auto& sites = c.query(
      "SELECT DISTINCT ps.professional_id, COALESCE(ps.commune_code, ''), COALESCE(ps.commune, ''),"
      " COALESCE(ps.postcode, '') FROM memberships m JOIN practice_sites ps ON ps.professional_id = m.member_id"
      " WHERE m.cpts_id = ? AND m.member_kind = 'professional' AND (? = '' OR m.id = ?)"
      " ORDER BY 1, 2, 4",
      cpts_id, membership_id, membership_id);
  while (sites.step()) {
    auto it = by_member.find(sites.text(0));
    if (it != by_member.end() && !sites.text(1).empty()) {
      rows[it->second].member.places.push_back({sites.text(1), sites.text(2), sites.text(3)});
    }
  }
  return rows;
}

}  // namespace maillage::membership
