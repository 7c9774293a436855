#include "access/ical_zones.h"

#include <fmt/format.h>

#include "access/ical_events.h"
#include "access/ical_values.h"

namespace maillage::access {
namespace {

// Refuses a VTIMEZONE that libical could not turn into offsets.
void check_vtimezone(const IcalComponent& vtimezone) {
  const IcalProperty* tzid = vtimezone.property("TZID");
  if (!tzid || tzid->value.empty()) refuse_ical(vtimezone.line, "VTIMEZONE without TZID");
  bool has_rules = false;
  for (const IcalComponent& rules : vtimezone.components) {
    if (rules.name != "STANDARD" && rules.name != "DAYLIGHT") continue;
    has_rules = true;
    for (std::string_view name : {"DTSTART", "TZOFFSETFROM", "TZOFFSETTO"})
      if (!rules.property(name))
        refuse_ical(rules.line, fmt::format("{} of time zone '{}' has no {}", rules.name, tzid->value, name));
    for (const IcalProperty& property : rules.properties) {
      if (property.name == "DTSTART" && !parse_ical_time(property.value))
        refuse_ical(property.line, fmt::format("DTSTART value '{}' is not a date-time", property.value));
      if ((property.name == "TZOFFSETFROM" || property.name == "TZOFFSETTO") && !is_ical_utc_offset(property.value))
        refuse_ical(property.line, fmt::format("{} value '{}' is not a UTC offset (+HHMM)", property.name, property.value));
      if (property.name == "RRULE") read_ical_rule(property);
    }
  }
  if (!has_rules) refuse_ical(vtimezone.line, fmt::format("time zone '{}' has no STANDARD or DAYLIGHT rules", tzid->value));
}

}  // namespace

IcalZones::IcalZones(const IcalComponent& calendar) {
  for (const IcalComponent& vtimezone : calendar.components) {
    if (vtimezone.name != "VTIMEZONE") continue;
    check_vtimezone(vtimezone);
    icalcomponent* component = icalparser_parse_string(std::string(vtimezone.text).c_str());
    std::unique_ptr<icaltimezone, FreeZone> zone(icaltimezone_new());
    if (!component || icalcomponent_isa(component) != ICAL_VTIMEZONE_COMPONENT ||
        !icaltimezone_set_component(zone.get(), component)) {
      if (component) icalcomponent_free(component);
      icalerror_clear_errno();
      refuse_ical(vtimezone.line, "this VTIMEZONE cannot be read");
    }
    own_.emplace_back(vtimezone.property("TZID")->value, std::move(zone));
  }
}

icaltimezone* IcalZones::find(std::string_view tzid) const {
  for (const auto& [name, zone] : own_)
    if (name == tzid) return zone.get();
  return builtin_zone(tzid);
}

}  // namespace maillage::access
