// The iCalendar value types the slot reader needs (RFC 5545 §3.3), read strictly: a value that
// does not parse gives nothing, and the caller refuses it with its line.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace maillage::access {

/// A DATE ("20260316") or DATE-TIME ("20260316T090000", "20260316T080000Z") as written.
struct IcalTime {
  std::int64_t wall = 0;  // civil seconds (civil_time.h) of the fields written; midnight for a date
  bool is_date = false;
  bool utc = false;       // written with "Z"
};

/// The DATE or DATE-TIME `value`, or nothing when it is neither or not a real date and time.
std::optional<IcalTime> parse_ical_time(std::string_view value);

/// The DURATION `value` ("PT1H30M", "P1D", "-PT15M", "P2W") in seconds (days as 86,400 s).
std::optional<std::int64_t> parse_ical_duration(std::string_view value);

/// True for a UTC-OFFSET value: "+0100", "-0330", "+013045".
bool is_ical_utc_offset(std::string_view value);

/// A TEXT value with its escapes (\\ \; \, \n) undone.
std::string unescape_ical_text(std::string_view value);

}  // namespace maillage::access
