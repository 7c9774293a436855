#include "fhir/slot_bundle.h"

#include <boost/json.hpp>
#include <set>
#include <utility>

#include "fhir/bundle.h"
#include "fhir/ids.h"
#include "fhir/resources.h"
#include "fhir/slot_resources.h"
#include "fhir/slot_store.h"
#include "fhir/store.h"

namespace maillage::fhir {
namespace json = boost::json;

namespace {

// The resources a Schedule's actors reference, as the directory holds them.
void add_actors(db::Connection& c, const CityIndex& cities, const ScheduleRow& s, json::array& out) {
  if (!s.professional) return;
  if (auto p = read_practitioner(c, s.national_id)) out.push_back(practitioner(*p, cities));
  if (!s.site_in_directory) return;
  if (auto site = read_site(c, site_resource_id(s.national_id, s.site_key))) {
    out.push_back(practitioner_role(*site));
    out.push_back(location(LocationRow(*site), cities));
  }
}

}  // namespace

json::object slot_searchset(db::Connection& c, const CityIndex& cities, const std::string& base,
                            const SearchRequest& search, std::int64_t now) {
  SlotQuery query = read_slot_query(search, now);
  Page<SlotRow> page = search_slots(c, query, search.count, search.offset);
  json::array slots, included;
  std::set<std::pair<std::string, std::string>> schedules;  // (professional, site) already included
  json::array actors;
  for (const auto& row : page.rows) {
    slots.push_back(slot(row));
    if (!query.include_schedules || !schedules.emplace(row.professional_id, row.site_key).second) continue;
    ScheduleRow s = schedule_of(c, row.professional_id, row.site_key);
    included.push_back(schedule(s));
    if (query.include_actors) add_actors(c, cities, s, actors);
  }
  // A practitioner with several sites is included once.
  std::set<std::string> seen;
  for (auto& a : actors) {
    const auto& o = a.as_object();
    std::string key = std::string(o.at("resourceType").as_string()) + "/" + std::string(o.at("id").as_string());
    if (seen.insert(key).second) included.push_back(std::move(a));
  }
  return searchset(base, search, page.total, std::move(slots), std::move(included));
}

std::optional<json::object> read_slot_resource(db::Connection& c, std::string_view type, const std::string& id) {
  if (type == "Slot") {
    auto number = parse_slot_resource_id(id);
    if (!number) return std::nullopt;
    if (auto row = read_slot(c, *number)) return slot(*row);
  } else if (auto row = read_schedule(c, id)) {
    return schedule(*row);
  }
  return std::nullopt;
}

}  // namespace maillage::fhir
