// Wall-clock helpers. Timestamps are stored and exchanged as ISO 8601 UTC strings.
#pragma once

#include <chrono>
#include <string>
#include <string_view>

namespace maillage {

/// Now, as "2026-11-23T10:41:07.123Z".
std::string current_timestamp_utc();

/// Formats a system-clock time point as an ISO 8601 UTC string with milliseconds.
std::string format_timestamp_utc(std::chrono::system_clock::time_point t);

/// Today (UTC), as "2026-11-23".
std::string today_utc();

/// True for a real calendar date written "2026-11-23".
bool is_iso_date(std::string_view text);

/// The date `days` days after (or before, when negative) an ISO date: add_days("2026-02-27", 2)
/// is "2026-03-01".
std::string add_days(const std::string& iso_date, int days);

}  // namespace maillage
