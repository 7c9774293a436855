#include "fhir/slot_store.h"

#include <fmt/format.h>

#include <boost/json.hpp>

#include "fhir/ids.h"

namespace maillage::fhir {
namespace {
namespace json = boost::json;

// The conditions of a search, bound as JSON arrays (json_each) so that the statement's text does
// not vary with the number of professionals. The professional's IN list and the range on
// starts_at make one walk of the index (professional_id, starts_at) per professional.
constexpr std::string_view kWhere =
    " WHERE s.professional_id IN (SELECT value FROM json_each(?)) AND s.starts_at >= ? AND s.starts_at < ?"
    " AND s.status IN (SELECT value FROM json_each(?))";
constexpr std::string_view kWhereIds = " AND s.id IN (SELECT value FROM json_each(?))";

constexpr std::string_view kSelect =
    "SELECT s.id, s.professional_id, s.site_key, s.starts_at, s.ends_at, s.mode, s.status,"
    " COALESCE(ps.specialty_type, ''), COALESCE(ps.specialty_code, ''), COALESCE(ps.specialty, '')"
    " FROM snp_slots s LEFT JOIN practice_sites ps"
    " ON ps.professional_id = s.professional_id AND ps.site_key = s.site_key";

SlotRow read_row(db::Statement& st) {
  SlotRow r;
  r.id = st.int64(0);
  std::string* fields[] = {&r.professional_id, &r.site_key, &r.starts_at, &r.ends_at, &r.mode, &r.status,
                           &r.site.specialty_type, &r.site.specialty_code, &r.site.specialty};
  int column = 1;
  for (auto* field : fields) *field = st.text(column++);
  r.site.site_key = r.site_key;
  return r;
}

// The query's arguments in the order of kWhere (and kWhereIds).
std::vector<db::Value> arguments(const SlotQuery& q) {
  std::vector<db::Value> args{json::serialize(json::value_from(q.national_ids)), q.from, q.to,
                              json::serialize(json::value_from(q.statuses))};
  if (q.slot_ids) args.emplace_back(json::serialize(json::value_from(*q.slot_ids)));
  return args;
}

}  // namespace

Page<SlotRow> search_slots(db::Connection& c, const SlotQuery& q, std::size_t count, std::size_t offset) {
  std::string where = fmt::format("{}{}", kWhere, q.slot_ids ? kWhereIds : "");
  std::vector<db::Value> args = arguments(q);
  Page<SlotRow> page;
  auto& counted = c.prepare(fmt::format("SELECT COUNT(*) FROM snp_slots s{}", where)).bind_values(args);
  counted.step();
  page.total = counted.int64(0);
  if (count == 0 || offset >= static_cast<std::size_t>(page.total)) return page;
  args.emplace_back(static_cast<std::int64_t>(count));
  args.emplace_back(static_cast<std::int64_t>(offset));
  auto& st = c.prepare(fmt::format("{}{} ORDER BY s.starts_at, s.id LIMIT ? OFFSET ?", kSelect, where))
                 .bind_values(args);
  while (st.step()) page.rows.push_back(read_row(st));
  return page;
}

std::optional<SlotRow> read_slot(db::Connection& c, std::int64_t slot_id) {
  auto& st = c.query(fmt::format("{} WHERE s.id = ? AND s.status IN ('free', 'booked')", kSelect), slot_id);
  if (!st.step()) return std::nullopt;
  return read_row(st);
}

ScheduleRow schedule_of(db::Connection& c, const std::string& national_id, const std::string& site_key) {
  ScheduleRow r{national_id, site_key, std::nullopt, false};
  auto& p = c.query(
      "SELECT COALESCE(first_name, ''), last_name, EXISTS (SELECT 1 FROM practice_sites WHERE professional_id = ?"
      " AND site_key = ?) FROM professionals WHERE national_id = ?",
      national_id, site_key, national_id);
  if (p.step()) {
    r.professional.emplace();
    r.professional->national_id = national_id;
    r.professional->first_name = p.text(0);
    r.professional->last_name = p.text(1);
    r.site_in_directory = p.int64(2) != 0;
  }
  return r;
}

std::optional<ScheduleRow> read_schedule(db::Connection& c, const std::string& resource_id) {
  auto site = parse_site_resource_id(resource_id);
  if (!site) return std::nullopt;
  // The professional's slots through the index on professional_id: the sites they publish at.
  auto& st = c.query("SELECT DISTINCT site_key FROM snp_slots WHERE professional_id = ? AND status <> 'cancelled'",
                     site->national_id);
  std::optional<std::string> key;
  while (st.step()) {
    std::string k = st.text(0);
    if (site_digest(k) == site->digest) key = std::move(k);
  }
  if (!key) return std::nullopt;
  return schedule_of(c, site->national_id, *key);
}

}  // namespace maillage::fhir
