// Local wall-clock time in a CPTS's time zone ↔ UTC, on the IANA rules (libical's built-in zones,
// read from the system's zoneinfo). Slots are stored in UTC; people type and read local times.
#pragma once

#include <string>
#include <string_view>

namespace maillage {

/// The local time "YYYY-MM-DDTHH:MM" (seconds optional) in zone `tzid` as UTC "YYYY-MM-DDTHH:MM:SSZ".
/// A local time skipped by a spring-forward change is moved forward by the gap (02:30 on the last
/// Sunday of March in Paris is 03:30 CEST); a repeated one (autumn) is its first occurrence.
/// Throws std::invalid_argument for an unknown zone or a malformed time.
std::string local_to_utc(std::string_view local, std::string_view tzid);

/// The UTC time "YYYY-MM-DDTHH:MM:SSZ" as local "YYYY-MM-DDTHH:MM:SS" in zone `tzid`.
std::string utc_to_local(std::string_view utc, std::string_view tzid);

/// The UTC instant at which local midnight starts `date` ("YYYY-MM-DD") in `tzid`, with
/// milliseconds ("2026-03-22T23:00:00.000Z"): comparable as text with the timestamps stored with
/// milliseconds (created_at, status_since of médecin-traitant requests).
std::string local_day_start_ms(std::string_view date, std::string_view tzid);

/// True when `tzid` names a zone the system knows (Europe/Paris, Indian/Reunion, …).
bool is_known_time_zone(std::string_view tzid);

/// The zone of a département (INSEE code): Europe/Paris for metropolitan France, the DROM's own
/// (971 America/Guadeloupe, 972 America/Martinique, 973 America/Cayenne, 974 Indian/Reunion,
/// 976 Indian/Mayotte) and the COM's.
std::string time_zone_of_departement(std::string_view departement);

/// A calendar date in a time zone: "today" where a CPTS is, for the rules counted in days.
struct LocalDay {
  std::string date;       // YYYY-MM-DD
  std::string time_zone;  // IANA name
};

/// `utc` plus `minutes`, as UTC "YYYY-MM-DDTHH:MM:SSZ".
std::string add_minutes_utc(std::string_view utc, int minutes);

/// Now as UTC "YYYY-MM-DDTHH:MM:SSZ" (seconds: the precision of slot times, so that strings compare).
std::string now_utc_seconds();

}  // namespace maillage
