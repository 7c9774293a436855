// Wall-clock helpers. Timestamps are stored and exchanged as ISO 8601 UTC strings.
#pragma once

#include <chrono>
#include <string>

namespace maillage {

/// Now, as "2026-11-23T10:41:07.123Z".
std::string current_timestamp_utc();

/// Formats a system-clock time point as an ISO 8601 UTC string with milliseconds.
std::string format_timestamp_utc(std::chrono::system_clock::time_point t);

}  // namespace maillage
