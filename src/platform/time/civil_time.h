// Civil dates and times with no zone attached, as seconds: a UTC instant or a wall-clock reading
// (the fields of "2026-03-29T02:30" read as if they were UTC). The arithmetic of the local-time
// conversions and of the iCalendar reader.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace maillage {

/// The fields of a civil date and time.
struct CivilFields {
  int year = 1970, month = 1, day = 1, hour = 0, minute = 0, second = 0;
};

/// True for a real calendar date (proleptic Gregorian, years 1–9999) and a time of day
/// 00:00:00–23:59:59.
bool is_valid_civil(const CivilFields& fields);

/// Seconds since 1970-01-01T00:00:00 of `fields` (no leap seconds). `fields` must be valid.
std::int64_t civil_seconds(const CivilFields& fields);

/// The fields of `seconds` since 1970-01-01T00:00:00.
CivilFields civil_fields(std::int64_t seconds);

/// "YYYY-MM-DDTHH:MM:SS", followed by "Z" when `utc`.
std::string format_civil(std::int64_t seconds, bool utc);

/// Reads "YYYY-MM-DDTHH:MM" or "YYYY-MM-DDTHH:MM:SS", followed by "Z" exactly when `utc`; nothing
/// when the text is not that or not a real date and time.
std::optional<std::int64_t> parse_civil(std::string_view text, bool utc);

}  // namespace maillage
