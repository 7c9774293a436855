#include "platform/time/local_time.h"

#include <fmt/chrono.h>
#include <fmt/format.h>

#include <array>
#include <chrono>
#include <stdexcept>
#include <utility>

#include "platform/time/civil_time.h"
#include "platform/time/libical_zone.h"

namespace maillage {
namespace {

// The zone `tzid`, or std::invalid_argument. REQUIRES: the libical lock is held.
icaltimezone* known_zone(std::string_view tzid) {
  icaltimezone* zone = builtin_zone(tzid);
  if (!zone) throw std::invalid_argument(fmt::format("unknown time zone '{}'", tzid));
  return zone;
}

std::int64_t parsed(std::string_view text, bool utc) {
  auto seconds = parse_civil(text, utc);
  if (!seconds)
    throw std::invalid_argument(fmt::format("'{}' is not a {} time (YYYY-MM-DDTHH:MM[:SS]{})", text,
                                            utc ? "UTC" : "local", utc ? "Z" : ""));
  return *seconds;
}

}  // namespace

std::string local_to_utc(std::string_view local, std::string_view tzid) {
  std::int64_t wall = parsed(local, false);
  auto lock = lock_libical();
  return format_civil(wall_to_utc(known_zone(tzid), wall), true);
}

std::string utc_to_local(std::string_view utc, std::string_view tzid) {
  std::int64_t instant = parsed(utc, true);
  auto lock = lock_libical();
  return format_civil(utc_to_wall(known_zone(tzid), instant), false);
}

std::string local_day_start_ms(std::string_view date, std::string_view tzid) {
  std::string start = local_to_utc(std::string(date) + "T00:00", tzid);
  return start.substr(0, 19) + ".000Z";
}

bool is_known_time_zone(std::string_view tzid) {
  auto lock = lock_libical();
  return builtin_zone(tzid) != nullptr;
}

std::string time_zone_of_departement(std::string_view departement) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 11> kOverseas = {{
      {"971", "America/Guadeloupe"},
      {"972", "America/Martinique"},
      {"973", "America/Cayenne"},
      {"974", "Indian/Reunion"},
      {"975", "America/Miquelon"},
      {"976", "Indian/Mayotte"},
      {"977", "America/St_Barthelemy"},
      {"978", "America/Marigot"},
      {"986", "Pacific/Wallis"},
      {"987", "Pacific/Tahiti"},
      {"988", "Pacific/Noumea"},
  }};
  for (const auto& [code, zone] : kOverseas)
    if (code == departement) return std::string(zone);
  return "Europe/Paris";
}

std::string add_minutes_utc(std::string_view utc, int minutes) {
  return format_civil(parsed(utc, true) + std::int64_t{minutes} * 60, true);
}

std::string now_utc_seconds() {
  return fmt::format("{:%Y-%m-%dT%H:%M:%SZ}",
                     fmt::gmtime(std::chrono::system_clock::to_time_t(std::chrono::system_clock::now())));
}

}  // namespace maillage
