// The time zones of libical (the system's zoneinfo, or a calendar's VTIMEZONE), its times as civil
// seconds, and the one lock that every use of libical in the program takes.
#pragma once

#include <libical/ical.h>

#include <cstdint>
#include <mutex>
#include <string_view>

#include "platform/time/civil_time.h"

namespace maillage {

/// Takes the libical lock. libical is not thread-safe where we use it: the list of built-in zones
/// is loaded on first use, each zone's table of transitions is extended lazily as later years are
/// asked for (both in shared caches with no lock of their own), and its error state is a global.
/// The server answers on several threads, so every call into libical is made with this lock held.
std::unique_lock<std::mutex> lock_libical();

/// The system's zone named `tzid` ("Europe/Paris"; also libical's own
/// "/freeassociation.sourceforge.net/Europe/Paris"), or nullptr when there is none.
/// REQUIRES: the libical lock is held.
icaltimezone* builtin_zone(std::string_view tzid);

/// The UTC instant of wall-clock time `wall` (civil seconds, see civil_time.h) in `zone`. A wall
/// time skipped by a change (the spring-forward gap) is moved forward by the gap; a repeated one
/// (autumn) is its first occurrence. libical itself does neither (it reads both with the offset
/// in force after the change), hence this function.
/// REQUIRES: the libical lock is held.
std::int64_t wall_to_utc(icaltimezone* zone, std::int64_t wall);

/// The wall-clock time (civil seconds) in `zone` of UTC instant `utc` (civil seconds).
/// REQUIRES: the libical lock is held.
std::int64_t utc_to_wall(icaltimezone* zone, std::int64_t utc);

/// libical's time with the fields of `civil` (civil seconds), no zone, not a date.
icaltimetype ical_time_of(std::int64_t civil);

/// The fields of libical's time `time` (whatever its zone), unchecked.
CivilFields civil_fields_of(const icaltimetype& time);

}  // namespace maillage
