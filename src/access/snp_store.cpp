#include "access/snp_store.h"

#include <boost/json.hpp>
#include <fmt/format.h>

#include "access/snp_json.h"
#include "access/snp_rules.h"

namespace maillage::access {
namespace json = boost::json;
namespace {

db::Value optional_text(const std::string& s) { return s.empty() ? db::Value{} : db::Value(s); }

std::string json_strings(const std::vector<std::string>& v) {
  json::array a;
  for (const auto& s : v) a.emplace_back(s);
  return json::serialize(a);
}

std::vector<std::string> strings_of(const std::string& text) {
  std::vector<std::string> out;
  json::value parsed = json::parse(text);
  for (const auto& v : parsed.as_array()) out.emplace_back(v.as_string());
  return out;
}

// --- Resources

constexpr std::string_view kResourceColumns =
    "id, cpts_id, kind, name, coalesce(finess, ''), address, postcode, commune_code, phone, services, hours, public,"
    " created_at, updated_at";

std::string hours_json(const std::vector<OpeningHours>& hours) {
  json::array a;
  for (const auto& h : hours) a.push_back(json::object{{"weekday", h.weekday}, {"opens", h.opens}, {"closes", h.closes}});
  return json::serialize(a);
}

SnpResource read_resource(const db::Statement& st) {
  SnpResource r;
  int i = 0;
  for (std::string* f : {&r.id, &r.cpts_id, &r.kind, &r.name, &r.finess, &r.address, &r.postcode, &r.commune_code,
                         &r.phone}) {
    *f = st.text(i++);
  }
  r.services = strings_of(st.text(i++));
  json::value hours = json::parse(st.text(i++));
  for (const auto& h : hours.as_array()) {
    const auto& o = h.as_object();
    r.hours.push_back({static_cast<int>(o.at("weekday").as_int64()), std::string(o.at("opens").as_string()),
                       std::string(o.at("closes").as_string())});
  }
  r.published = st.int64(i++) != 0;
  r.created_at = st.text(i++);
  r.updated_at = st.text(i++);
  return r;
}

void save_resource_professionals(db::Connection& c, const SnpResource& r) {
  c.query("DELETE FROM snp_resource_professionals WHERE resource_id = ?", r.id).run();
  for (const auto& p : r.professionals) {
    c.query("INSERT INTO snp_resource_professionals (resource_id, professional_id) VALUES (?, ?)"
            " ON CONFLICT DO NOTHING",
            r.id, p)
        .run();
  }
}

void load_resource_professionals(db::Connection& c, SnpResource& r) {
  auto& st = c.query("SELECT professional_id FROM snp_resource_professionals WHERE resource_id = ?"
                     " ORDER BY professional_id",
                     r.id);
  while (st.step()) r.professionals.push_back(st.text(0));
}

// --- Slots

constexpr std::string_view kSlotColumns =
    "id, cpts_id, professional_id, profession_code, site_key, commune_code, latitude, longitude, starts_at, ends_at,"
    " mode, origin, coalesce(pattern_id, ''), coalesce(ical_uid, ''), status, coalesce(request_id, ''),"
    " coalesce(booked_at, ''), created_at";

SnpSlot read_slot(const db::Statement& st) {
  SnpSlot s;
  int i = 0;
  s.id = st.int64(i++);
  for (std::string* f : {&s.cpts_id, &s.professional_id, &s.profession_code, &s.site_key, &s.commune_code}) {
    *f = st.text(i++);
  }
  s.latitude = st.optional_real(i++);
  s.longitude = st.optional_real(i++);
  s.starts_at = st.text(i++);
  s.ends_at = st.text(i++);
  s.mode = slot_mode_from_string(st.text(i++)).value_or(SlotMode::in_person);
  s.origin = st.text(i++);
  s.pattern_id = st.text(i++);
  s.ical_uid = st.text(i++);
  s.status = slot_status_from_string(st.text(i++)).value_or(SlotStatus::free);
  s.request_id = st.text(i++);
  s.booked_at = st.text(i++);
  s.created_at = st.text(i++);
  return s;
}

// --- Requests

// A request's columns in the order read_request reads them; the statistics read them without the
// patient's identity, contact and free text (left empty).
constexpr std::string_view kIdentityColumns =
    "coalesce(last_name, ''), coalesce(first_name, ''), coalesce(birth_date, ''), coalesce(phone, ''),"
    " coalesce(contact, ''), coalesce(reason_text, '')";
constexpr std::string_view kNoIdentity = "'', '', '', '', '', ''";
constexpr std::string_view kOtherColumns =
    "sex, birth_year, age_at_entry, commune_code, postcode, source, reason_code, urgency, due_at, profession_code,"
    " mode_wanted, coalesce(referrer_user_id, ''), referrer_label, consent_on, coalesce(orientation, ''),"
    " coalesce(oriented_at, ''), slot_id, coalesce(slot_professional_id, ''), coalesce(slot_starts_at, ''),"
    " coalesce(outcome, ''), coalesce(outcome_at, ''), created_at, updated_at, coalesce(purged_at, '')";

std::string request_columns(bool with_identity) {
  return fmt::format("id, cpts_id, status, status_since, {}, {}", with_identity ? kIdentityColumns : kNoIdentity,
                     kOtherColumns);
}

// What a professional sees: the requests booked on their slots.
constexpr std::string_view kAddressed = "slot_professional_id = ?";

SnpRequest read_request(const db::Statement& st) {
  SnpRequest r;
  int i = 0;
  r.id = st.text(i++);
  r.cpts_id = st.text(i++);
  r.status = snp_status_from_string(st.text(i++)).value_or(SnpStatus::nouvelle);
  r.status_since = st.text(i++);
  for (std::string* f : {&r.last_name, &r.first_name, &r.birth_date, &r.phone, &r.contact, &r.reason_text, &r.sex}) {
    *f = st.text(i++);
  }
  r.birth_year = static_cast<int>(st.int64(i++));
  r.age_at_entry = static_cast<int>(st.int64(i++));
  r.commune_code = st.text(i++);
  r.postcode = st.text(i++);
  r.source = snp_source_from_string(st.text(i++)).value_or(SnpSource::coordination);
  r.reason_code = st.text(i++);
  r.urgency = urgency_from_string(st.text(i++)).value_or(Urgency::same_day);
  for (std::string* f : {&r.due_at, &r.profession_code, &r.mode_wanted, &r.referrer_user_id, &r.referrer_label,
                         &r.consent_on}) {
    *f = st.text(i++);
  }
  r.orientation = orientation_from_string(st.text(i++));
  r.oriented_at = st.text(i++);
  r.slot_id = st.optional_int64(i++);
  r.slot_professional_id = st.text(i++);
  r.slot_starts_at = st.text(i++);
  r.outcome = outcome_from_string(st.text(i++));
  for (std::string* f : {&r.outcome_at, &r.created_at, &r.updated_at, &r.purged_at}) *f = st.text(i++);
  return r;
}

db::Value text_of(const std::optional<std::string_view>& v) { return v ? db::Value(std::string(*v)) : db::Value{}; }

}  // namespace

// --- Resources

void insert_resource(db::Connection& c, const SnpResource& r) {
  c.query("INSERT INTO snp_resources (id, cpts_id, kind, name, finess, address, postcode, commune_code, phone,"
          " services, hours, public, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          r.id, r.cpts_id, r.kind, r.name, optional_text(r.finess), r.address, r.postcode, r.commune_code, r.phone,
          json_strings(r.services), hours_json(r.hours), r.published, r.created_at, r.updated_at)
      .run();
  save_resource_professionals(c, r);
}

void update_resource(db::Connection& c, const SnpResource& r) {
  c.query("UPDATE snp_resources SET kind = ?, name = ?, finess = ?, address = ?, postcode = ?, commune_code = ?,"
          " phone = ?, services = ?, hours = ?, public = ?, updated_at = ? WHERE id = ? AND cpts_id = ?",
          r.kind, r.name, optional_text(r.finess), r.address, r.postcode, r.commune_code, r.phone,
          json_strings(r.services), hours_json(r.hours), r.published, r.updated_at, r.id, r.cpts_id)
      .run();
  save_resource_professionals(c, r);
}

void delete_resource(db::Connection& c, const std::string& cpts_id, const std::string& id) {
  c.query("DELETE FROM snp_resources WHERE id = ? AND cpts_id = ?", id, cpts_id).run();
}

std::optional<SnpResource> find_resource(db::Connection& c, const std::string& cpts_id, const std::string& id) {
  std::optional<SnpResource> r;
  {
    auto& st = c.query(fmt::format("SELECT {} FROM snp_resources WHERE id = ? AND cpts_id = ?", kResourceColumns), id,
                       cpts_id);
    if (st.step()) r = read_resource(st);
  }
  if (r) load_resource_professionals(c, *r);
  return r;
}

std::map<std::string, ProfessionalLabel> professional_labels(db::Connection& c, const std::vector<std::string>& ids) {
  std::map<std::string, ProfessionalLabel> out;
  if (ids.empty()) return out;
  auto& st = c.query("SELECT national_id, profession_code, coalesce(first_name, ''), last_name, coalesce(profession, '')"
                     " FROM professionals WHERE national_id IN (SELECT value FROM json_each(?))",
                     json_strings(ids));
  while (st.step()) out[st.text(0)] = {professional_name(st.text(1), st.text(2), st.text(3)), st.text(4)};
  return out;
}

std::vector<SnpResource> list_resources(db::Connection& c, const std::string& cpts_id, bool published_only) {
  std::vector<SnpResource> out;
  {
    auto& st = c.query(fmt::format("SELECT {} FROM snp_resources WHERE cpts_id = ? AND (? = 0 OR public = 1)"
                                   " ORDER BY name, id",
                                   kResourceColumns),
                       cpts_id, published_only);
    while (st.step()) out.push_back(read_resource(st));
  }
  for (auto& r : out) load_resource_professionals(c, r);
  return out;
}

// --- Slots

namespace {

/// The columns read_slot_site reads, from `practice_sites s JOIN professionals p`.
constexpr const char* kSlotSiteColumns =
    "p.national_id, p.profession_code, coalesce(p.profession, ''), p.last_name, coalesce(p.first_name, ''),"
    " s.site_key, coalesce(nullif(s.structure_name, ''), s.address, ''), coalesce(s.address, ''),"
    " coalesce(s.postcode, ''), coalesce(s.commune_code, ''), coalesce(s.commune, '')";

SlotSite read_slot_site(const db::Statement& st) {
  SlotSite out;
  int i = 0;
  for (std::string* f : {&out.professional_id, &out.profession_code, &out.profession, &out.last_name, &out.first_name,
                         &out.site_key, &out.label, &out.address, &out.postcode, &out.commune_code, &out.commune}) {
    *f = st.text(i++);
  }
  return out;
}

}  // namespace

std::vector<SlotSite> sites_of_professional(db::Connection& c, const std::string& professional_id) {
  std::vector<SlotSite> out;
  auto& st = c.query(fmt::format("SELECT {} FROM practice_sites s JOIN professionals p ON p.national_id = s.professional_id"
                                 " WHERE s.professional_id = ? ORDER BY s.site_key",
                                 kSlotSiteColumns),
                     professional_id);
  while (st.step()) out.push_back(read_slot_site(st));
  return out;
}

std::optional<SlotSite> find_slot_site(db::Connection& c, const std::string& professional_id,
                                       const std::string& site_key) {
  // A professional has a few sites: reading them all keeps one query for both.
  for (auto& site : sites_of_professional(c, professional_id)) {
    if (site.site_key == site_key) return std::move(site);
  }
  return std::nullopt;
}

void mark_site_snp(db::Connection& c, const std::string& professional_id, const std::string& site_key) {
  c.query("UPDATE practice_sites SET snp = 1 WHERE professional_id = ? AND site_key = ? AND snp IS NOT 1",
          professional_id, site_key)
      .run();
}

std::optional<std::int64_t> insert_slot(db::Connection& c, const SnpSlot& s) {
  std::int64_t cell = s.mode == SlotMode::remote || !s.latitude || !s.longitude
                          ? kRemoteCell
                          : search_cell(*s.latitude, *s.longitude);
  auto& st = c.query(
      "INSERT INTO snp_slots (cpts_id, professional_id, profession_code, site_key, commune_code, latitude, longitude,"
      " cell, starts_at, ends_at, mode, origin, pattern_id, ical_uid, status, created_at)"
      " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'free', ?) ON CONFLICT DO NOTHING RETURNING id",
      s.cpts_id, s.professional_id, s.profession_code, s.site_key, s.commune_code, s.latitude, s.longitude, cell,
      s.starts_at, s.ends_at, to_string(s.mode), s.origin, optional_text(s.pattern_id), optional_text(s.ical_uid),
      s.created_at);
  if (!st.step()) return std::nullopt;
  std::int64_t id = st.int64(0);
  st.run();
  return id;
}

std::optional<SnpSlot> find_slot(db::Connection& c, const std::string& cpts_id, std::int64_t id) {
  auto& st = c.query(fmt::format("SELECT {} FROM snp_slots WHERE id = ? AND cpts_id = ?", kSlotColumns), id, cpts_id);
  if (!st.step()) return std::nullopt;
  return read_slot(st);
}

bool book_slot(db::Connection& c, const std::string& cpts_id, std::int64_t slot_id, const std::string& request_id,
               const std::string& at) {
  return c.query("UPDATE snp_slots SET status = 'booked', request_id = ?, booked_at = ?"
                 " WHERE id = ? AND cpts_id = ? AND status = 'free'",
                 request_id, at, slot_id, cpts_id)
             .run() == 1;
}

void release_slot(db::Connection& c, const std::string& request_id) {
  c.query("UPDATE snp_slots SET status = 'free', request_id = NULL, booked_at = NULL WHERE request_id = ?", request_id)
      .run();
}

bool cancel_free_slot(db::Connection& c, const std::string& cpts_id, std::int64_t slot_id) {
  return c.query("UPDATE snp_slots SET status = 'cancelled' WHERE id = ? AND cpts_id = ? AND status = 'free'", slot_id,
                 cpts_id)
             .run() == 1;
}

std::vector<SnpSlot> list_slots(db::Connection& c, const std::string& cpts_id, const SlotFilter& f,
                                std::size_t limit) {
  std::vector<SnpSlot> out;
  auto& st = c.query(fmt::format("SELECT {} FROM snp_slots WHERE cpts_id = ? AND starts_at >= ? AND starts_at < ?"
                                 " AND (? = '' OR professional_id = ?) AND (? = '' OR status = ?)"
                                 " ORDER BY starts_at, professional_id, id LIMIT ?",
                                 kSlotColumns),
                     cpts_id, f.from_utc, f.until_utc, f.professional_id, f.professional_id,
                     f.status ? std::string(to_string(*f.status)) : std::string(),
                     f.status ? std::string(to_string(*f.status)) : std::string(), static_cast<std::int64_t>(limit));
  while (st.step()) out.push_back(read_slot(st));
  return out;
}

std::vector<SnpSlot> search_free_slots(db::Connection& c, const SlotQuery& q) {
  std::vector<std::int64_t> cells = q.cells;
  if (q.remote) cells.push_back(kRemoteCell);
  std::vector<SnpSlot> out;
  if (cells.empty()) return out;
  json::array cell_list;
  for (auto cell : cells) cell_list.emplace_back(cell);
  // One walk of the CPTS's free slots by start time (snp_slots_free_by_cpts), squares and
  // profession checked in the index: the table is read only for the slots returned, and an early
  // stop reads a few dozen of them where a whole window would hold thousands.
  auto& st = c.query(fmt::format("SELECT {} FROM snp_slots WHERE status = 'free' AND cpts_id = ?"
                                 " AND starts_at >= ? AND starts_at < ? AND cell IN (SELECT value FROM json_each(?))"
                                 " AND (? = '' OR profession_code = ?) ORDER BY starts_at",
                                 kSlotColumns),
                     q.cpts_id, q.from_utc, q.until_utc, json::serialize(cell_list), q.profession_code,
                     q.profession_code);
  std::size_t counted = 0;
  std::string last_start;  // of the `enough`-th counted slot
  while (st.step()) {
    SnpSlot s = read_slot(st);
    if (!last_start.empty() && s.starts_at > last_start) break;
    if (q.enough > 0 && (!q.counts || q.counts(s)) && ++counted == q.enough) last_start = s.starts_at;
    out.push_back(std::move(s));
  }
  return out;
}

// --- Patterns and iCalendar feeds

void insert_pattern(db::Connection& c, const SnpPattern& p) {
  json::array weekdays;
  for (int d : p.weekdays) weekdays.emplace_back(d);
  c.query("INSERT INTO snp_patterns (id, cpts_id, professional_id, site_key, mode, weekdays, start_time, slot_minutes,"
          " slot_count, valid_from, valid_until, exceptions, time_zone, created_at, created_by)"
          " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          p.id, p.cpts_id, p.professional_id, p.site_key, to_string(p.mode), json::serialize(weekdays), p.start_time,
          p.slot_minutes, p.slot_count, p.valid_from, p.valid_until, json_strings(p.exceptions), p.time_zone,
          p.created_at, p.created_by)
      .run();
}

namespace {
constexpr std::string_view kPatternColumns =
    "id, cpts_id, professional_id, site_key, mode, weekdays, start_time, slot_minutes, slot_count, valid_from,"
    " valid_until, exceptions, time_zone, created_at, created_by";

SnpPattern read_pattern(const db::Statement& st) {
  SnpPattern p;
  int i = 0;
  for (std::string* f : {&p.id, &p.cpts_id, &p.professional_id, &p.site_key}) *f = st.text(i++);
  p.mode = slot_mode_from_string(st.text(i++)).value_or(SlotMode::in_person);
  json::value weekdays = json::parse(st.text(i++));
  for (const auto& d : weekdays.as_array()) p.weekdays.push_back(static_cast<int>(d.as_int64()));
  p.start_time = st.text(i++);
  p.slot_minutes = static_cast<int>(st.int64(i++));
  p.slot_count = static_cast<int>(st.int64(i++));
  p.valid_from = st.text(i++);
  p.valid_until = st.text(i++);
  p.exceptions = strings_of(st.text(i++));
  p.time_zone = st.text(i++);
  p.created_at = st.text(i++);
  p.created_by = st.text(i++);
  return p;
}
}  // namespace

std::vector<SnpPattern> list_patterns(db::Connection& c, const std::string& cpts_id) {
  std::vector<SnpPattern> out;
  auto& st = c.query(fmt::format("SELECT {} FROM snp_patterns WHERE cpts_id = ? ORDER BY created_at, id", kPatternColumns),
                     cpts_id);
  while (st.step()) out.push_back(read_pattern(st));
  return out;
}

std::optional<SnpPattern> find_pattern(db::Connection& c, const std::string& cpts_id, const std::string& id) {
  auto& st = c.query(fmt::format("SELECT {} FROM snp_patterns WHERE id = ? AND cpts_id = ?", kPatternColumns), id,
                     cpts_id);
  if (!st.step()) return std::nullopt;
  return read_pattern(st);
}

int delete_pattern(db::Connection& c, const std::string& cpts_id, const std::string& id, const std::string& now) {
  auto cancelled = c.query("UPDATE snp_slots SET status = 'cancelled' WHERE pattern_id = ? AND cpts_id = ?"
                           " AND status = 'free' AND starts_at >= ?",
                           id, cpts_id, now)
                       .run();
  c.query("DELETE FROM snp_patterns WHERE id = ? AND cpts_id = ?", id, cpts_id).run();
  return static_cast<int>(cancelled);
}

std::vector<SnpSlot> ical_slots(db::Connection& c, const std::string& cpts_id, const std::string& professional_id,
                                const std::string& site_key, const std::string& from_utc) {
  std::vector<SnpSlot> out;
  auto& st = c.query(fmt::format("SELECT {} FROM snp_slots WHERE cpts_id = ? AND professional_id = ? AND site_key = ?"
                                 " AND origin = 'ical' AND status <> 'cancelled' AND starts_at >= ? ORDER BY starts_at",
                                 kSlotColumns),
                     cpts_id, professional_id, site_key, from_utc);
  while (st.step()) out.push_back(read_slot(st));
  return out;
}

void move_free_slot(db::Connection& c, std::int64_t slot_id, const std::string& starts_at, const std::string& ends_at) {
  c.query("UPDATE snp_slots SET starts_at = ?, ends_at = ? WHERE id = ? AND status = 'free'", starts_at, ends_at,
          slot_id)
      .run();
}

// --- Requests

void insert_snp_request(db::Connection& c, const SnpRequest& r) {
  c.prepare(
       "INSERT INTO snp_requests (id, cpts_id, status, status_since, last_name, first_name, birth_date, phone, contact,"
       " reason_text, sex, birth_year, age_at_entry, commune_code, postcode, source, reason_code, urgency, due_at,"
       " profession_code, mode_wanted, referrer_user_id, referrer_label, consent_on, created_at, updated_at)"
       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
      .bind_values({r.id, r.cpts_id, std::string(to_string(r.status)), r.status_since, r.last_name, r.first_name,
                    r.birth_date, r.phone, optional_text(r.contact), optional_text(r.reason_text), r.sex,
                    static_cast<std::int64_t>(r.birth_year), static_cast<std::int64_t>(r.age_at_entry), r.commune_code,
                    r.postcode, std::string(to_string(r.source)), r.reason_code, std::string(to_string(r.urgency)),
                    r.due_at, r.profession_code, r.mode_wanted, optional_text(r.referrer_user_id), r.referrer_label,
                    r.consent_on, r.created_at, r.updated_at})
      .run();
}

void update_snp_request(db::Connection& c, const SnpRequest& r) {
  std::optional<std::string_view> orientation, outcome;
  if (r.orientation) orientation = to_string(*r.orientation);
  if (r.outcome) outcome = to_string(*r.outcome);
  c.prepare(
       "UPDATE snp_requests SET status = ?, status_since = ?, orientation = ?, oriented_at = ?, slot_id = ?,"
       " slot_professional_id = ?, slot_starts_at = ?, outcome = ?, outcome_at = ?, updated_at = ?"
       " WHERE id = ? AND cpts_id = ?")
      .bind_values({std::string(to_string(r.status)), r.status_since, text_of(orientation), optional_text(r.oriented_at),
                    r.slot_id ? db::Value(*r.slot_id) : db::Value{}, optional_text(r.slot_professional_id),
                    optional_text(r.slot_starts_at), text_of(outcome), optional_text(r.outcome_at), r.updated_at, r.id,
                    r.cpts_id})
      .run();
}

std::optional<SnpRequest> find_snp_request(db::Connection& c, const Viewer& viewer, const std::string& id) {
  auto visible = visible_clause(viewer, kAddressed);
  visible.values.emplace_back(id);
  auto& st = c.prepare(fmt::format("SELECT {} FROM snp_requests WHERE {} AND id = ?", request_columns(true), visible.sql));
  st.bind_values(visible.values);
  if (!st.step()) return std::nullopt;
  return read_request(st);
}

SnpRequestList list_snp_requests(db::Connection& c, const Viewer& viewer, std::optional<SnpStatus> status,
                                 std::size_t offset, std::size_t limit) {
  auto visible = visible_clause(viewer, kAddressed);
  std::string where = visible.sql + " AND (? = '' OR status = ?)";
  std::string wanted = status ? std::string(to_string(*status)) : std::string();
  visible.values.emplace_back(wanted);
  visible.values.emplace_back(wanted);
  SnpRequestList out;
  {
    auto& count = c.prepare(fmt::format("SELECT count(*) FROM snp_requests WHERE {}", where));
    count.bind_values(visible.values);
    count.step();
    out.total = static_cast<std::size_t>(count.int64(0));
  }
  visible.values.emplace_back(static_cast<std::int64_t>(limit));
  visible.values.emplace_back(static_cast<std::int64_t>(offset));
  auto& st = c.prepare(fmt::format("SELECT {} FROM snp_requests WHERE {} ORDER BY created_at DESC, id LIMIT ? OFFSET ?",
                                   request_columns(true), where));
  st.bind_values(visible.values);
  while (st.step()) out.items.push_back(read_request(st));
  return out;
}

std::vector<std::string> visible_request_ids(db::Connection& c, const Viewer& viewer,
                                             const std::vector<std::string>& request_ids) {
  std::vector<std::string> out;
  if (request_ids.empty()) return out;
  auto visible = visible_clause(viewer, kAddressed);
  visible.values.emplace_back(json_strings(request_ids));
  auto& st = c.prepare(fmt::format("SELECT id FROM snp_requests WHERE {} AND id IN (SELECT value FROM json_each(?))",
                                   visible.sql));
  st.bind_values(visible.values);
  while (st.step()) out.push_back(st.text(0));
  return out;
}

void append_snp_event(db::Connection& c, const std::string& cpts_id, const std::string& request_id,
                      const SnpEvent& e) {
  std::optional<std::string_view> from;
  if (e.from) from = to_string(*e.from);
  c.prepare("INSERT INTO snp_request_events (request_id, cpts_id, at, from_status, to_status, detail, by_label)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)")
      .bind_values({request_id, cpts_id, e.at, text_of(from), std::string(to_string(e.to)), optional_text(e.detail),
                    e.by_label})
      .run();
}

std::vector<SnpEvent> list_snp_events(db::Connection& c, const std::string& request_id) {
  std::vector<SnpEvent> out;
  auto& st = c.query("SELECT at, coalesce(from_status, ''), to_status, coalesce(detail, ''), by_label"
                     " FROM snp_request_events WHERE request_id = ? ORDER BY id",
                     request_id);
  while (st.step()) {
    SnpEvent e;
    e.at = st.text(0);
    e.from = snp_status_from_string(st.text(1));
    e.to = snp_status_from_string(st.text(2)).value_or(SnpStatus::nouvelle);
    e.detail = st.text(3);
    e.by_label = st.text(4);
    out.push_back(std::move(e));
  }
  return out;
}

std::vector<SnpRequest> requests_entered(db::Connection& c, const std::string& cpts_id, const std::string& from_utc,
                                         const std::string& until_utc) {
  std::vector<SnpRequest> out;
  auto& st = c.query(fmt::format("SELECT {} FROM snp_requests WHERE cpts_id = ? AND created_at >= ? AND created_at < ?"
                                 " ORDER BY created_at, id",
                                 request_columns(false)),
                     cpts_id, from_utc, until_utc);
  while (st.step()) out.push_back(read_request(st));
  return out;
}

}  // namespace maillage::access
