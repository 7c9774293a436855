#include "access/mt_store.h"

#include <boost/json.hpp>
#include <fmt/format.h>

#include "access/mt_rules.h"

namespace maillage::access {
namespace {

constexpr std::string_view kRequestColumns =
    "id, cpts_id, status, status_since, coalesce(last_name, ''), coalesce(first_name, ''),"
    " coalesce(birth_date, ''), coalesce(phone, ''), coalesce(contact, ''), sex, birth_year, age_at_entry,"
    " commune_code, postcode, ald, precarity, pregnancy, leaving_hospital, disability, source,"
    " coalesce(referrer_user_id, ''), referrer_label, consent_on, coalesce(proposed_professional_id, ''),"
    " coalesce(proposed_site_key, ''), created_at, updated_at, coalesce(purged_at, '')";

// What a professional sees: the requests proposed to them, and what followed their acceptance.
constexpr std::string_view kAddressed =
    "proposed_professional_id = ? AND status IN ('proposee', 'acceptee', 'declaree', 'cloturee')";

MtRequest read_request(const db::Statement& st) {
  MtRequest r;
  int i = 0;
  r.id = st.text(i++);
  r.cpts_id = st.text(i++);
  r.status = mt_status_from_string(st.text(i++)).value_or(MtStatus::nouvelle);
  r.status_since = st.text(i++);
  for (std::string* f : {&r.last_name, &r.first_name, &r.birth_date, &r.phone, &r.contact, &r.sex}) *f = st.text(i++);
  r.birth_year = static_cast<int>(st.int64(i++));
  r.age_at_entry = static_cast<int>(st.int64(i++));
  r.commune_code = st.text(i++);
  r.postcode = st.text(i++);
  for (bool* f : {&r.flags.ald, &r.flags.precarity, &r.flags.pregnancy, &r.flags.leaving_hospital, &r.flags.disability}) {
    *f = st.int64(i++) != 0;
  }
  r.source = mt_source_from_string(st.text(i++)).value_or(MtSource::coordination);
  for (std::string* f : {&r.referrer_user_id, &r.referrer_label, &r.consent_on, &r.proposed_professional_id,
                         &r.proposed_site_key, &r.created_at, &r.updated_at, &r.purged_at}) {
    *f = st.text(i++);
  }
  return r;
}

db::Value optional_text(const std::string& s) { return s.empty() ? db::Value{} : db::Value(s); }

CensusEntry read_census(const db::Statement& st) {
  CensusEntry e;
  e.cpts_id = st.text(0);
  e.professional_id = st.text(1);
  e.site_key = st.text(2);
  e.accepts = st.int64(3) != 0;
  if (!st.is_null(4)) e.places = static_cast<int>(st.int64(4));
  e.priority_only = st.int64(5) != 0;
  if (!st.is_null(6)) e.age_min = static_cast<int>(st.int64(6));
  if (!st.is_null(7)) e.age_max = static_cast<int>(st.int64(7));
  boost::json::value communes = boost::json::parse(st.text(8));
  for (const auto& code : communes.as_array()) e.communes.emplace_back(code.as_string());
  e.valid_until = st.text(9);
  e.channel = st.text(10);
  e.declared_at = st.text(11);
  e.declared_by = st.text(12);
  return e;
}

constexpr std::string_view kCensusColumns =
    "m.cpts_id, m.professional_id, m.site_key, m.accepts, m.places, m.priority_only, m.age_min, m.age_max,"
    " m.communes, m.valid_until, m.channel, m.declared_at, m.declared_by";

}  // namespace

void insert_request(db::Connection& c, const MtRequest& r) {
  auto& st = c.prepare(
      "INSERT INTO mt_requests (id, cpts_id, status, status_since, last_name, first_name, birth_date, phone, contact,"
      " sex, birth_year, age_at_entry, commune_code, postcode, ald, precarity, pregnancy, leaving_hospital, disability,"
      " source, referrer_user_id, referrer_label, consent_on, created_at, updated_at)"
      " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  st.bind_values({r.id, r.cpts_id, std::string(to_string(r.status)), r.status_since, r.last_name, r.first_name,
                r.birth_date, optional_text(r.phone), optional_text(r.contact), r.sex,
                static_cast<std::int64_t>(r.birth_year), static_cast<std::int64_t>(r.age_at_entry), r.commune_code,
                r.postcode, static_cast<std::int64_t>(r.flags.ald), static_cast<std::int64_t>(r.flags.precarity),
                static_cast<std::int64_t>(r.flags.pregnancy), static_cast<std::int64_t>(r.flags.leaving_hospital),
                static_cast<std::int64_t>(r.flags.disability), std::string(to_string(r.source)),
                optional_text(r.referrer_user_id), r.referrer_label, r.consent_on, r.created_at, r.updated_at});
  st.run();
}

void update_request_status(db::Connection& c, const MtRequest& r) {
  c.query("UPDATE mt_requests SET status = ?, status_since = ?, proposed_professional_id = ?, proposed_site_key = ?,"
          " updated_at = ? WHERE id = ? AND cpts_id = ?",
          std::string(to_string(r.status)), r.status_since, optional_text(r.proposed_professional_id),
          optional_text(r.proposed_site_key), r.updated_at, r.id, r.cpts_id)
      .run();
}

std::optional<MtRequest> find_request(db::Connection& c, const Viewer& viewer, const std::string& id) {
  auto visible = visible_clause(viewer, kAddressed);
  auto& st = c.prepare(fmt::format("SELECT {} FROM mt_requests WHERE {} AND id = ?", kRequestColumns, visible.sql));
  visible.values.emplace_back(id);
  st.bind_values(visible.values);
  if (!st.step()) return std::nullopt;
  return read_request(st);
}

RequestList list_requests(db::Connection& c, const Viewer& viewer, const RequestFilter& filter, std::size_t offset,
                          std::size_t limit) {
  auto visible = visible_clause(viewer, kAddressed);
  std::string where = std::move(visible.sql);
  auto values = std::move(visible.values);
  if (!filter.statuses.empty()) {
    boost::json::array names;
    for (auto s : filter.statuses) names.emplace_back(to_string(s));
    where += " AND status IN (SELECT value FROM json_each(?))";
    values.emplace_back(boost::json::serialize(names));
  }
  if (filter.overdue_by) {
    boost::json::object before;  // status → the instant before which it is overdue
    for (const auto& [status, days] : filter.overdue_by->delay_days) {
      before[to_string(status)] = overdue_before(filter.today, days);
    }
    where += " AND EXISTS (SELECT 1 FROM json_each(?) d WHERE d.key = status AND status_since < d.value)";
    values.emplace_back(boost::json::serialize(before));
  }
  RequestList out;
  auto& count = c.prepare(fmt::format("SELECT count(*) FROM mt_requests WHERE {}", where));
  count.bind_values(values);
  count.step();
  out.total = static_cast<std::size_t>(count.int64(0));
  auto& st = c.prepare(fmt::format("SELECT {} FROM mt_requests WHERE {} ORDER BY created_at, rowid LIMIT ? OFFSET ?",
                                   kRequestColumns, where));
  values.emplace_back(static_cast<std::int64_t>(limit));
  values.emplace_back(static_cast<std::int64_t>(offset));
  st.bind_values(values);
  while (st.step()) out.items.push_back(read_request(st));
  return out;
}

std::vector<std::string> open_requests_of_person(db::Connection& c, const std::string& cpts_id, const MtRequest& person) {
  std::vector<std::string> ids;
  // Few open requests share a birth date: the names are compared folded, here.
  const std::string& birth_date = person.birth_date;
  std::string key = person_key(person.last_name, person.first_name, birth_date);
  auto& st = c.query(
      "SELECT id, last_name, first_name, birth_date FROM mt_requests WHERE cpts_id = ? AND birth_date = ?"
      " AND status NOT IN ('cloturee', 'abandonnee') AND purged_at IS NULL",
      cpts_id, birth_date);
  while (st.step()) {
    if (person_key(st.text(1), st.text(2), st.text(3)) == key) ids.push_back(st.text(0));
  }
  return ids;
}

void append_event(db::Connection& c, const std::string& cpts_id, const std::string& request_id, const MtEvent& e) {
  c.query("INSERT INTO mt_request_events (request_id, cpts_id, at, from_status, to_status, professional_id, site_key,"
          " reason, by_label) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
          request_id, cpts_id, e.at, e.from ? db::Value(std::string(to_string(*e.from))) : db::Value{},
          std::string(to_string(e.to)), optional_text(e.professional_id), optional_text(e.site_key),
          optional_text(e.reason), e.by_label)
      .run();
}

std::vector<MtEvent> list_events(db::Connection& c, const std::string& request_id) {
  std::vector<MtEvent> events;
  auto& st = c.query(
      "SELECT at, coalesce(from_status, ''), to_status, coalesce(professional_id, ''), coalesce(site_key, ''),"
      " coalesce(reason, ''), by_label FROM mt_request_events WHERE request_id = ? ORDER BY id",
      request_id);
  while (st.step()) {
    MtEvent e;
    e.at = st.text(0);
    e.from = mt_status_from_string(st.text(1));
    e.to = mt_status_from_string(st.text(2)).value_or(MtStatus::nouvelle);
    e.professional_id = st.text(3);
    e.site_key = st.text(4);
    e.reason = st.text(5);
    e.by_label = st.text(6);
    events.push_back(std::move(e));
  }
  return events;
}

void put_census(db::Connection& c, const CensusEntry& e) {
  boost::json::array communes;
  for (const auto& code : e.communes) communes.emplace_back(code);
  auto& st = c.prepare(std::string(
      "INSERT INTO mt_census (cpts_id, professional_id, site_key, accepts, places, priority_only, age_min, age_max,"
      " communes, valid_until, channel, declared_at, declared_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
      " ON CONFLICT (cpts_id, professional_id, site_key) DO UPDATE SET accepts = excluded.accepts,"
      " places = excluded.places, priority_only = excluded.priority_only, age_min = excluded.age_min,"
      " age_max = excluded.age_max, communes = excluded.communes, valid_until = excluded.valid_until,"
      " channel = excluded.channel, declared_at = excluded.declared_at, declared_by = excluded.declared_by"));
  auto optional_int = [](const std::optional<int>& v) { return v ? db::Value(static_cast<std::int64_t>(*v)) : db::Value{}; };
  st.bind_values({e.cpts_id, e.professional_id, e.site_key, static_cast<std::int64_t>(e.accepts), optional_int(e.places),
                static_cast<std::int64_t>(e.priority_only), optional_int(e.age_min), optional_int(e.age_max),
                boost::json::serialize(communes), e.valid_until, e.channel, e.declared_at, e.declared_by});
  st.run();
  // The directory shows the capacity: a number of places, yes, or no.
  std::string accepts = "no";
  if (e.accepts && e.places) accepts = fmt::format("{}", *e.places);
  else if (e.accepts) accepts = "yes";
  c.query("UPDATE practice_sites SET accepts_new_patients = ?, accepts_updated_at = ?"
          " WHERE professional_id = ? AND site_key = ?",
          accepts, e.declared_at.substr(0, 10), e.professional_id, e.site_key)
      .run();
}

std::optional<CensusEntry> find_census(db::Connection& c, const std::string& cpts_id,
                                       const std::string& professional_id, const std::string& site_key) {
  auto& st = c.query(fmt::format("SELECT {} FROM mt_census m WHERE cpts_id = ? AND professional_id = ? AND site_key = ?",
                                 kCensusColumns),
                     cpts_id, professional_id, site_key);
  if (!st.step()) return std::nullopt;
  return read_census(st);
}

std::vector<CensusEntry> list_census(db::Connection& c, const std::string& cpts_id) {
  std::vector<CensusEntry> out;
  auto& st = c.query(fmt::format("SELECT {} FROM mt_census m WHERE cpts_id = ? ORDER BY valid_until, professional_id,"
                                 " site_key",
                                 kCensusColumns),
                     cpts_id);
  while (st.step()) out.push_back(read_census(st));
  return out;
}

bool site_exists(db::Connection& c, const std::string& professional_id, const std::string& site_key) {
  return c.query("SELECT 1 FROM practice_sites WHERE professional_id = ? AND site_key = ?", professional_id, site_key)
      .step();
}

std::vector<CensusSite> census_sites(db::Connection& c, const std::string& cpts_id,
                                     const std::optional<std::string>& only) {
  std::vector<CensusSite> out;
  auto& st = c.query(fmt::format("SELECT {}, p.last_name, coalesce(p.first_name, ''), coalesce(p.profession, ''),"
                                 " coalesce(s.address, ''), coalesce(s.postcode, ''), coalesce(s.commune_code, ''),"
                                 " coalesce(s.commune, '')"
                                 " FROM mt_census m JOIN practice_sites s ON s.professional_id = m.professional_id"
                                 " AND s.site_key = m.site_key JOIN professionals p ON p.national_id = m.professional_id"
                                 " WHERE m.cpts_id = ? AND (? = 0 OR m.professional_id = ?)"
                                 " ORDER BY m.valid_until, m.professional_id, m.site_key",
                                 kCensusColumns),
                     cpts_id, static_cast<std::int64_t>(only.has_value()), only.value_or(""));
  while (st.step()) {
    CensusSite site{read_census(st)};
    int i = 13;
    for (std::string* f : {&site.last_name, &site.first_name, &site.profession, &site.address, &site.postcode,
                           &site.commune_code, &site.commune}) {
      *f = st.text(i++);
    }
    out.push_back(std::move(site));
  }
  return out;
}

std::vector<MtRequest> requests_to_propose(db::Connection& c, const std::string& cpts_id) {
  std::vector<MtRequest> out;
  auto& st = c.query(fmt::format("SELECT {} FROM mt_requests WHERE cpts_id = ? AND status IN ('qualifiee', 'refusee')"
                                 " ORDER BY created_at, rowid",
                                 kRequestColumns),
                     cpts_id);
  while (st.step()) out.push_back(read_request(st));
  return out;
}

std::vector<IndicatorRow> indicator_rows(db::Connection& c, const std::string& cpts_id, const std::string& from_utc,
                                         const std::string& until_utc, const std::string& time_zone) {
  std::vector<IndicatorRow> out;
  auto& st = c.query(
      "SELECT r.created_at, r.age_at_entry, r.ald, r.precarity, r.pregnancy, r.leaving_hospital, r.disability,"
      " (SELECT min(at) FROM mt_request_events e WHERE e.request_id = r.id AND e.to_status = 'proposee'),"
      " (SELECT min(at) FROM mt_request_events e WHERE e.request_id = r.id AND e.to_status = 'acceptee'),"
      " (SELECT min(at) FROM mt_request_events e WHERE e.request_id = r.id AND e.to_status = 'declaree')"
      " FROM mt_requests r WHERE r.cpts_id = ? AND (? = '' OR r.created_at >= ?)"
      " AND (? = '' OR r.created_at < ?) ORDER BY r.created_at, r.rowid",
      cpts_id, from_utc, from_utc, until_utc, until_utc);
  // Stored instants carry milliseconds; the local conversion reads whole seconds.
  auto local_date = [&](std::string_view at) {
    return utc_to_local(std::string(at.substr(0, 19)) + "Z", time_zone).substr(0, 10);
  };
  while (st.step()) {
    IndicatorRow row;
    row.entered_on = local_date(st.text(0));
    PriorityFlags f;
    f.ald = st.int64(2) != 0;
    f.precarity = st.int64(3) != 0;
    f.pregnancy = st.int64(4) != 0;
    f.leaving_hospital = st.int64(5) != 0;
    f.disability = st.int64(6) != 0;
    row.groups = priority_groups(f, static_cast<int>(st.int64(1)));
    if (!st.is_null(7)) row.proposed_on = local_date(st.text(7));
    if (!st.is_null(8)) row.accepted_on = local_date(st.text(8));
    if (!st.is_null(9)) row.declared_on = local_date(st.text(9));
    out.push_back(std::move(row));
  }
  return out;
}

MtSettings get_settings(db::Connection& c, const std::string& cpts_id) {
  auto& st = c.query("SELECT delays, retention_days FROM mt_settings WHERE cpts_id = ?", cpts_id);
  if (!st.step()) return default_mt_settings();
  MtSettings s;
  boost::json::value delays = boost::json::parse(st.text(0));
  for (const auto& [key, days] : delays.as_object()) {
    if (auto status = mt_status_from_string(key)) s.delay_days[*status] = static_cast<int>(days.as_int64());
  }
  s.retention_days = static_cast<int>(st.int64(1));
  return s;
}

void put_settings(db::Connection& c, const std::string& cpts_id, const MtSettings& settings, const std::string& at,
                  const std::string& by) {
  boost::json::object delays;
  for (const auto& [status, days] : settings.delay_days) delays[to_string(status)] = days;
  c.query("INSERT INTO mt_settings (cpts_id, delays, retention_days, updated_at, updated_by) VALUES (?, ?, ?, ?, ?)"
          " ON CONFLICT (cpts_id) DO UPDATE SET delays = excluded.delays, retention_days = excluded.retention_days,"
          " updated_at = excluded.updated_at, updated_by = excluded.updated_by",
          cpts_id, boost::json::serialize(delays), static_cast<std::int64_t>(settings.retention_days), at, by)
      .run();
}

std::map<std::string, int> pending_proposals(db::Connection& c, const std::string& cpts_id) {
  std::map<std::string, int> out;
  auto& st = c.query(
      "SELECT proposed_professional_id || '/' || proposed_site_key, count(*) FROM mt_requests WHERE cpts_id = ?"
      " AND status = 'proposee' GROUP BY 1",
      cpts_id);
  while (st.step()) out[st.text(0)] = static_cast<int>(st.int64(1));
  return out;
}

std::map<std::string, int> acceptances_since(db::Connection& c, const std::string& cpts_id, const std::string& since) {
  std::map<std::string, int> out;
  auto& st = c.query(
      "SELECT professional_id || '/' || site_key, count(*) FROM mt_request_events WHERE cpts_id = ?"
      " AND to_status = 'acceptee' AND at >= ? GROUP BY 1",
      cpts_id, since);
  while (st.step()) out[st.text(0)] = static_cast<int>(st.int64(1));
  return out;
}

}  // namespace maillage::access
