#include "fhir/slot_search.h"

#include <fmt/format.h>

#include <algorithm>

#include "fhir/codes.h"
#include "fhir/date_search.h"
#include "fhir/ids.h"
#include "platform/http/problem.h"
#include "platform/time/civil_time.h"

namespace maillage::fhir {
namespace {

/// The code system of Slot.status.
constexpr std::string_view kSlotStatusSystem = "http://hl7.org/fhir/slotstatus";

std::string trimmed(const std::string& s) {
  auto first = s.find_first_not_of(' ');
  if (first == std::string::npos) return {};
  return s.substr(first, s.find_last_not_of(' ') - first + 1);
}

std::vector<std::string> professionals(const SearchRequest& search) {
  std::string param(kSlotActorParam);
  const auto* values = search.values(kSlotActorParam);
  if (!values) {
    throw http::invalid_field(param, "required",
                              fmt::format("is required: 1 to {} IDNPS ({}|8 + RPPS), separated by commas",
                                          kMaxSlotActors, kIdnpsSystem));
  }
  if (values->size() > kMaxSlotActors) {
    throw http::invalid_field(param, "max_items",
                              fmt::format("names {} professionals: at most {} per search", values->size(),
                                          kMaxSlotActors));
  }
  std::vector<std::string> tokens;
  // The IG's example separates values with ", ".
  for (const auto& v : *values) tokens.push_back(trimmed(v));
  return codes_in_system(tokens, kIdnpsSystem, param);
}

void read_window(const SearchRequest& search, std::int64_t now, SlotQuery& q) {
  std::vector<DateValue> bounds;
  for (const auto& v : search.every("start")) bounds.push_back(parse_date_value(v, "start"));
  DateWindow w = date_window(bounds);
  if (!w.from || !w.to) {
    throw http::invalid_field("start", "required",
                              "needs a window: a lower bound (start=ge…) and an upper bound (start=le…)");
  }
  // An hour more: a month of 31 days written in local dates across the autumn change of time.
  if (*w.to - *w.from > std::int64_t{kMaxSlotWindowDays} * 86400 + 3600) {
    throw http::invalid_field("start", "max_window",
                              fmt::format("the window may span at most {} days", kMaxSlotWindowDays));
  }
  q.from = format_civil(std::max(*w.from, now), true);
  q.to = format_civil(std::max(*w.to, now), true);
}

std::vector<std::string> statuses(const SearchRequest& search) {
  const auto* values = search.values("status");
  if (!values) return {"free"};
  std::vector<std::string> out;
  for (const auto& code : codes_in_system(*values, kSlotStatusSystem, "status")) {
    // busy-unavailable, busy-tentative, entered-in-error: no slot of Maillage is one.
    if (code == "free") out.emplace_back("free");
    if (code == "busy") out.emplace_back("booked");
  }
  return out;
}

bool includes(const SearchRequest& search, std::string_view value) {
  for (const char* name : {"_include", "_include:iterate"}) {
    auto values = search.every(name);
    if (std::find(values.begin(), values.end(), value) != values.end()) return true;
  }
  return false;
}

}  // namespace

SlotQuery read_slot_query(const SearchRequest& search, std::int64_t now) {
  SlotQuery q;
  q.national_ids = professionals(search);
  read_window(search, now, q);
  q.statuses = statuses(search);
  if (const auto* ids = search.values("_id")) {
    q.slot_ids.emplace();
    for (const auto& id : *ids) {
      if (auto n = parse_slot_resource_id(id)) q.slot_ids->push_back(*n);
    }
  }
  q.include_schedules = includes(search, "Slot:schedule");
  q.include_actors = q.include_schedules && includes(search, "Schedule:actor");
  return q;
}

}  // namespace maillage::fhir
