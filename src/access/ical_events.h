// The events (VEVENT) of a calendar, each checked and read with its times in UTC: start,
// duration, recurrence rule, added and excluded dates, the occurrence it overrides.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "access/ical_content.h"
#include "access/ical_values.h"
#include "access/ical_zones.h"

namespace maillage::access {

/// A DATE or DATE-TIME value with the zone it is read in.
struct IcalInstant {
  IcalTime time;
  icaltimezone* zone = nullptr;  // UTC for "Z" values, the TZID's zone, or the default zone (floating)
  std::int64_t utc = 0;          // the instant, civil seconds in UTC (a date: its midnight in `zone`)
};

/// One VEVENT.
struct IcalEvent {
  std::string uid, summary;
  int line = 0;                 // its BEGIN:VEVENT
  IcalInstant start;            // DTSTART
  std::int64_t duration = 0;    // seconds, from DTEND or DURATION, else the default given
  bool cancelled = false;       // STATUS:CANCELLED
  std::optional<IcalInstant> recurrence_id;  // set on an event that overrides one occurrence
  const IcalProperty* rule = nullptr;        // RRULE, checked (read_ical_rule reads it)
  std::vector<IcalInstant> exdates;
  std::vector<std::pair<IcalInstant, std::int64_t>> rdates;  // (start, duration)
};

/// The RRULE value of `property` as libical reads it; refuses (IcalError) one that does not parse.
/// REQUIRES: the libical lock is held.
icalrecurrencetype read_ical_rule(const IcalProperty& property);

/// The VEVENTs of `calendar` in file order. Refuses (IcalError, with the line) an event without
/// UID or DTSTART, a time value that does not parse, a TZID that `zones` does not know, a DURATION
/// that does not parse, DTEND with DURATION, an end before the start, a second RRULE, an RRULE
/// that does not parse. Floating times are read in `floating`; an event without DTEND or DURATION
/// lasts `default_duration` seconds.
/// REQUIRES: the libical lock is held.
std::vector<IcalEvent> read_ical_events(const IcalComponent& calendar, const IcalZones& zones, icaltimezone* floating,
                                        std::int64_t default_duration);

}  // namespace maillage::access
