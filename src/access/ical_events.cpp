#include "access/ical_events.h"

#include <fmt/format.h>

#include <algorithm>

#include "access/ical_values.h"
#include "platform/time/civil_time.h"

namespace maillage::access {
namespace {

// The values of a property that may hold a comma-separated list (EXDATE, RDATE).
std::vector<std::string_view> list_values(const IcalProperty& property) {
  std::vector<std::string_view> values;
  std::string_view rest = property.value;
  while (true) {
    std::size_t comma = rest.find(',');
    values.push_back(rest.substr(0, comma));
    if (comma == std::string_view::npos) return values;
    rest.remove_prefix(comma + 1);
  }
}

// STATUS:CANCELLED, in any case.
bool is_cancelled(std::string_view status) {
  constexpr std::string_view kCancelled = "CANCELLED";
  return std::equal(status.begin(), status.end(), kCancelled.begin(), kCancelled.end(),
                    [](char a, char b) { return (a >= 'a' && a <= 'z' ? a - 'a' + 'A' : a) == b; });
}

class EventReader {
 public:
  EventReader(const IcalZones& zones, icaltimezone* floating, std::int64_t default_duration)
      : zones_(zones), floating_(floating), default_duration_(default_duration) {}

  IcalEvent read(const IcalComponent& vevent) const {
    IcalEvent event;
    event.line = vevent.line;
    const IcalProperty* uid = vevent.property("UID");
    if (!uid || uid->value.empty()) refuse_ical(vevent.line, "VEVENT without UID");
    event.uid = uid->value;
    const IcalProperty* start = vevent.property("DTSTART");
    if (!start) refuse_ical(vevent.line, "VEVENT without DTSTART");
    event.start = instant(*start, start->value);
    event.duration = duration(vevent, event.start);
    for (const IcalProperty& property : vevent.properties) {
      if (property.name == "SUMMARY") {
        event.summary = unescape_ical_text(property.value);
      } else if (property.name == "STATUS") {
        event.cancelled = is_cancelled(property.value);
      } else if (property.name == "RECURRENCE-ID") {
        event.recurrence_id = instant(property, property.value);
      } else if (property.name == "RRULE") {
        if (event.rule) refuse_ical(property.line, "a second RRULE in one VEVENT");
        read_ical_rule(property);
        event.rule = &property;
      } else if (property.name == "EXDATE") {
        for (std::string_view value : list_values(property)) event.exdates.push_back(instant(property, value));
      } else if (property.name == "RDATE") {
        for (std::string_view value : list_values(property)) event.rdates.push_back(rdate(property, value, event));
      }
    }
    return event;
  }

 private:
  // The time `value` of `property` (one value of it), read in its zone.
  IcalInstant instant(const IcalProperty& property, std::string_view value) const {
    auto time = parse_ical_time(value);
    if (!time)
      refuse_ical(property.line, fmt::format("{} value '{}' is not a date (YYYYMMDD) or date-time (YYYYMMDDTHHMMSS)",
                                             property.name, value));
    icaltimezone* zone = floating_;
    if (std::string_view tzid = property.parameter("TZID"); !tzid.empty()) {
      zone = zones_.find(tzid);
      if (!zone)
        refuse_ical(property.line, fmt::format("unknown time zone '{}' (TZID of {}): not a VTIMEZONE of the file "
                                               "nor a known zone",
                                               tzid, property.name));
    }
    if (time->utc) zone = icaltimezone_get_utc_timezone();
    return {*time, zone, wall_to_utc(zone, time->wall)};
  }

  // How long the event lasts, from DTEND or DURATION.
  std::int64_t duration(const IcalComponent& vevent, const IcalInstant& start) const {
    const IcalProperty* end = vevent.property("DTEND");
    const IcalProperty* length = vevent.property("DURATION");
    if (end && length) refuse_ical(length->line, "a VEVENT has DTEND or DURATION, not both");
    if (length) return positive_duration(*length, length->value);
    if (!end) return default_duration_;
    IcalInstant finish = instant(*end, end->value);
    if (finish.time.is_date != start.time.is_date)
      refuse_ical(end->line, "DTEND and DTSTART must both be dates or both date-times");
    if (finish.utc < start.utc)
      refuse_ical(end->line, fmt::format("DTEND {} is before DTSTART", end->value));
    return finish.utc - start.utc;
  }

  std::int64_t positive_duration(const IcalProperty& property, std::string_view value) const {
    auto seconds = parse_ical_duration(value);
    if (!seconds) refuse_ical(property.line, fmt::format("{} value '{}' is not a duration (PT1H30M)", property.name, value));
    if (*seconds < 0) refuse_ical(property.line, fmt::format("{} value '{}' is negative", property.name, value));
    return *seconds;
  }

  // One RDATE value: a date-time (lasting as long as the event) or a period start/end or
  // start/duration.
  std::pair<IcalInstant, std::int64_t> rdate(const IcalProperty& property, std::string_view value,
                                             const IcalEvent& event) const {
    std::size_t slash = value.find('/');
    IcalInstant start = instant(property, value.substr(0, slash));
    if (slash == std::string_view::npos) return {start, event.duration};
    std::string_view end = value.substr(slash + 1);
    if (end.find('P') != std::string_view::npos) return {start, positive_duration(property, end)};
    IcalInstant finish = instant(property, end);
    if (finish.utc < start.utc) refuse_ical(property.line, fmt::format("RDATE period '{}' ends before it starts", value));
    return {start, finish.utc - start.utc};
  }

  const IcalZones& zones_;
  icaltimezone* floating_;
  std::int64_t default_duration_;
};

}  // namespace

icalrecurrencetype read_ical_rule(const IcalProperty& property) {
  icalerror_clear_errno();
  icalrecurrencetype rule = icalrecurrencetype_from_string(property.value.c_str());
  bool broken = rule.freq == ICAL_NO_RECURRENCE || icalerrno != ICAL_NO_ERROR ||
                (!icaltime_is_null_time(rule.until) && !is_valid_civil(civil_fields_of(rule.until)));
  icalerror_clear_errno();
  if (broken) refuse_ical(property.line, fmt::format("RRULE value '{}' is not a recurrence rule", property.value));
  return rule;
}

std::vector<IcalEvent> read_ical_events(const IcalComponent& calendar, const IcalZones& zones, icaltimezone* floating,
                                        std::int64_t default_duration) {
  EventReader reader(zones, floating, default_duration);
  std::vector<IcalEvent> events;
  for (const IcalComponent& component : calendar.components)
    if (component.name == "VEVENT") events.push_back(reader.read(component));
  return events;
}

}  // namespace maillage::access
