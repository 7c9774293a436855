// Today's date in a fixed-offset time zone, computed by the C library apart from the server's
// own time-zone code, for tests of the dates a CPTS's people type (Wallis is UTC+12, Tahiti
// UTC−10, neither has summer time).
#pragma once

#include <string>

namespace maillage::testing {

/// Today where the clock is `offset_hours` from UTC, "2026-11-24". In the last five seconds of
/// that day it waits for the next one, so that the server asked just after sees the same date.
std::string today_at_utc_offset(int offset_hours);

}  // namespace maillage::testing
