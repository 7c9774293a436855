#include "platform/time/libical_zone.h"

#include <algorithm>
#include <map>
#include <string>

namespace maillage {
namespace {

std::mutex libical_mutex;

// The offset from UTC (seconds) in force in `zone` at UTC instant `utc`.
int offset_at(icaltimezone* zone, std::int64_t utc) {
  icaltimetype time = ical_time_of(utc);
  time.zone = icaltimezone_get_utc_timezone();
  int is_daylight = 0;
  return icaltimezone_get_utc_offset_of_utc_time(zone, &time, &is_daylight);
}

}  // namespace

icaltimetype ical_time_of(std::int64_t civil) {
  CivilFields f = civil_fields(civil);
  icaltimetype time = icaltime_null_time();
  time.year = f.year;
  time.month = f.month;
  time.day = f.day;
  time.hour = f.hour;
  time.minute = f.minute;
  time.second = f.second;
  return time;
}

CivilFields civil_fields_of(const icaltimetype& time) {
  return {time.year, time.month, time.day, time.hour, time.minute, time.second};
}

std::unique_lock<std::mutex> lock_libical() { return std::unique_lock<std::mutex>(libical_mutex); }

icaltimezone* builtin_zone(std::string_view tzid) {
  // libical finds a zone by a linear scan of some 400 names; built-in zones live as long as the
  // program, so the answers are kept (known names only: unknown ones cannot fill the map).
  static std::map<std::string, icaltimezone*, std::less<>> found;
  if (auto known = found.find(tzid); known != found.end()) return known->second;
  if (tzid.empty() || tzid.find("..") != std::string_view::npos) return nullptr;
  std::string name(tzid);
  icaltimezone* zone = icaltimezone_get_builtin_timezone(name.c_str());
  if (!zone) zone = icaltimezone_get_builtin_timezone_from_tzid(name.c_str());
  icalerror_clear_errno();
  if (zone) found.emplace(std::move(name), zone);
  return zone;
}

std::int64_t wall_to_utc(icaltimezone* zone, std::int64_t wall) {
  // The offsets a day before and a day after: zones change at most once in two days, so the wall
  // time is read with one of them (both are valid in a repeated hour, neither in a gap).
  constexpr std::int64_t kDay = 86400;
  int before = offset_at(zone, wall - kDay), after = offset_at(zone, wall + kDay);
  std::int64_t with_before = wall - before, with_after = wall - after;
  bool before_valid = with_before + offset_at(zone, with_before) == wall;
  bool after_valid = with_after + offset_at(zone, with_after) == wall;
  if (before_valid && after_valid) return std::min(with_before, with_after);  // repeated: the first
  if (after_valid) return with_after;
  // Valid with the earlier offset, or in a gap: the earlier offset carries it past the change,
  // forward by the gap (02:30 read at UTC+1 is 01:30Z, which is 03:30 at UTC+2).
  return with_before;
}

std::int64_t utc_to_wall(icaltimezone* zone, std::int64_t utc) { return utc + offset_at(zone, utc); }

}  // namespace maillage
