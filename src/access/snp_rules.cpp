#include "access/snp_rules.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <set>

#include "platform/time/local_time.h"
#include "platform/util/time.h"

namespace maillage::access {
namespace {

template <typename E, std::size_t N>
std::optional<E> from_names(const std::array<std::string_view, N>& names, std::string_view text) {
  for (std::size_t i = 0; i < N; ++i) {
    if (names[i] == text) return static_cast<E>(i);
  }
  return std::nullopt;
}

constexpr std::array<std::string_view, 4> kStatuses{"nouvelle", "orientee", "cloturee", "annulee"};
constexpr std::array<std::string_view, 5> kSources{"coordination", "regulation", "pharmacy", "member", "partner"};
constexpr std::array<std::string_view, 3> kUrgencies{"same_day", "h24", "h48"};
constexpr std::array<std::string_view, 5> kOrientations{"slot", "urgences", "teleconsultation", "pharmacien", "autre"};
constexpr std::array<std::string_view, 3> kOutcomes{"seen", "not_seen", "redirected"};
constexpr std::array<std::string_view, 2> kModes{"in_person", "remote"};
constexpr std::array<std::string_view, 3> kSlotStatuses{"free", "booked", "cancelled"};
constexpr std::array<std::string_view, 3> kActions{"orient", "outcome", "cancel"};

constexpr double kCellDegrees = 0.1;
constexpr std::int64_t kCellColumns = 3600;  // 360° / 0.1°

/// Days since 1970-01-01 of an ISO date.
std::chrono::sys_days day_of(const std::string& iso) {
  int y = std::stoi(iso.substr(0, 4));
  unsigned m = static_cast<unsigned>(std::stoi(iso.substr(5, 2)));
  unsigned d = static_cast<unsigned>(std::stoi(iso.substr(8, 2)));
  return std::chrono::sys_days{std::chrono::year{y} / std::chrono::month{m} / std::chrono::day{d}};
}

int iso_weekday(const std::string& iso) {
  return static_cast<int>(std::chrono::weekday{day_of(iso)}.iso_encoding());
}

int minutes_of(std::string_view hhmm) {
  return ((hhmm[0] - '0') * 10 + (hhmm[1] - '0')) * 60 + (hhmm[3] - '0') * 10 + (hhmm[4] - '0');
}

}  // namespace

std::string_view to_string(SnpStatus v) { return kStatuses[static_cast<std::size_t>(v)]; }
std::string_view to_string(SnpSource v) { return kSources[static_cast<std::size_t>(v)]; }
std::string_view to_string(Urgency v) { return kUrgencies[static_cast<std::size_t>(v)]; }
std::string_view to_string(Orientation v) { return kOrientations[static_cast<std::size_t>(v)]; }
std::string_view to_string(Outcome v) { return kOutcomes[static_cast<std::size_t>(v)]; }
std::string_view to_string(SlotMode v) { return kModes[static_cast<std::size_t>(v)]; }
std::string_view to_string(SlotStatus v) { return kSlotStatuses[static_cast<std::size_t>(v)]; }
std::string_view to_string(SnpAction a) { return kActions[static_cast<std::size_t>(a)]; }

std::optional<SnpStatus> snp_status_from_string(std::string_view t) { return from_names<SnpStatus>(kStatuses, t); }
std::optional<SnpSource> snp_source_from_string(std::string_view t) { return from_names<SnpSource>(kSources, t); }
std::optional<Urgency> urgency_from_string(std::string_view t) { return from_names<Urgency>(kUrgencies, t); }
std::optional<Orientation> orientation_from_string(std::string_view t) {
  return from_names<Orientation>(kOrientations, t);
}
std::optional<Outcome> outcome_from_string(std::string_view t) { return from_names<Outcome>(kOutcomes, t); }
std::optional<SlotMode> slot_mode_from_string(std::string_view t) { return from_names<SlotMode>(kModes, t); }
std::optional<SlotStatus> slot_status_from_string(std::string_view t) {
  return from_names<SlotStatus>(kSlotStatuses, t);
}

const std::vector<SnpSource>& all_snp_sources() {
  static const std::vector<SnpSource> all{SnpSource::coordination, SnpSource::regulation, SnpSource::pharmacy,
                                          SnpSource::member, SnpSource::partner};
  return all;
}
const std::vector<Urgency>& all_urgencies() {
  static const std::vector<Urgency> all{Urgency::same_day, Urgency::h24, Urgency::h48};
  return all;
}
const std::vector<Orientation>& all_orientations() {
  static const std::vector<Orientation> all{Orientation::slot, Orientation::urgences, Orientation::teleconsultation,
                                            Orientation::pharmacien, Orientation::autre};
  return all;
}
const std::vector<Outcome>& all_outcomes() {
  static const std::vector<Outcome> all{Outcome::seen, Outcome::not_seen, Outcome::redirected};
  return all;
}

const std::vector<std::string_view>& snp_reason_codes() {
  static const std::vector<std::string_view> codes{"fievre",   "douleur",  "traumatologie", "respiratoire",
                                                   "orl",      "digestif", "urinaire",      "cutane",
                                                   "renouvellement", "autre"};
  return codes;
}

const std::vector<std::string_view>& snp_resource_kinds() {
  static const std::vector<std::string_view> kinds{"cabinet_horaires_elargis", "msp", "centre_sante", "centre_snp",
                                                   "maison_medicale_garde", "sos_medecins", "autre"};
  return kinds;
}

std::optional<SnpBroken> check_action(SnpStatus status, SnpAction action) {
  if (status == SnpStatus::cloturee || status == SnpStatus::annulee) {
    return SnpBroken{"not_open", fmt::format("the request is {}: nothing more can be done", to_string(status))};
  }
  if (action == SnpAction::outcome && status != SnpStatus::orientee) {
    return SnpBroken{"not_oriented", "an outcome is recorded once the request is oriented"};
  }
  return std::nullopt;
}

std::vector<SnpAction> open_actions(SnpStatus status) {
  std::vector<SnpAction> out;
  for (SnpAction a : {SnpAction::orient, SnpAction::outcome, SnpAction::cancel}) {
    if (!check_action(status, a)) out.push_back(a);
  }
  return out;
}

std::string due_at(const std::string& created_at, Urgency urgency, const std::string& time_zone) {
  std::string created = created_at.substr(0, 19) + "Z";
  switch (urgency) {
    case Urgency::h24:
      return add_minutes_utc(created, 24 * 60);
    case Urgency::h48:
      return add_minutes_utc(created, 48 * 60);
    case Urgency::same_day:
      break;
  }
  std::string local_day = utc_to_local(created, time_zone).substr(0, 10);
  return local_to_utc(add_days(local_day, 1) + "T00:00", time_zone);
}

std::optional<bool> oriented_within_window(const SnpRequest& r) {
  if (!r.orientation || r.oriented_at.empty()) return std::nullopt;
  bool in_time = r.oriented_at.substr(0, 19) <= r.due_at.substr(0, 19);
  if (*r.orientation == Orientation::slot) in_time = in_time && r.slot_starts_at < r.due_at;
  return in_time;
}

bool is_overdue(const SnpRequest& r, const std::string& now) {
  return r.status == SnpStatus::nouvelle && now.substr(0, 19) > r.due_at.substr(0, 19);
}

std::int64_t search_cell(double latitude, double longitude) {
  auto row = static_cast<std::int64_t>(std::floor((latitude + 90.0) / kCellDegrees));
  auto column = static_cast<std::int64_t>(std::floor((longitude + 180.0) / kCellDegrees));
  return row * kCellColumns + column;
}

std::vector<std::int64_t> cells_around(double latitude, double longitude, double radius_km) {
  // One degree of latitude is ~111.2 km; a degree of longitude shrinks with the cosine of the
  // latitude (taken at the pole-most edge of the box, so the box is never too small).
  double dlat = radius_km / 111.19;
  double edge = std::min(89.0, std::abs(latitude) + dlat);
  double dlon = std::min(180.0, radius_km / (111.19 * std::cos(edge * M_PI / 180.0)));
  std::set<std::int64_t> cells;
  for (double lat = latitude - dlat;; lat += kCellDegrees) {
    double row_lat = std::min(lat, latitude + dlat);
    for (double lon = longitude - dlon;; lon += kCellDegrees) {
      cells.insert(search_cell(row_lat, std::min(lon, longitude + dlon)));
      if (lon >= longitude + dlon) break;
    }
    if (lat >= latitude + dlat) break;
  }
  return {cells.begin(), cells.end()};
}

bool is_local_time(std::string_view t) {
  return t.size() == 5 && t[2] == ':' && std::isdigit(static_cast<unsigned char>(t[0])) &&
         std::isdigit(static_cast<unsigned char>(t[1])) && std::isdigit(static_cast<unsigned char>(t[3])) &&
         std::isdigit(static_cast<unsigned char>(t[4])) && minutes_of(t) < 24 * 60 && t[3] < '6';
}

std::optional<SnpBroken> check_opening_hours(const std::vector<OpeningHours>& hours) {
  for (const auto& h : hours) {
    if (h.weekday < 1 || h.weekday > 7) {
      return SnpBroken{"hours", "each period needs a weekday from 1 (Monday) to 7 (Sunday)"};
    }
    if (!is_local_time(h.opens) || !is_local_time(h.closes)) {
      return SnpBroken{"hours", "each period needs opens and closes as HH:MM"};
    }
    if (!(h.opens < h.closes)) return SnpBroken{"hours", "a period closes after it opens"};
  }
  return std::nullopt;
}

std::optional<SnpBroken> check_pattern(const SnpPattern& p) {
  if (p.weekdays.empty()) return SnpBroken{"required", "weekdays: at least one weekday (1 Monday … 7 Sunday)"};
  for (int d : p.weekdays) {
    if (d < 1 || d > 7) return SnpBroken{"weekday", fmt::format("weekdays: {} is not 1 (Monday) … 7 (Sunday)", d)};
  }
  if (!is_local_time(p.start_time)) return SnpBroken{"time", "start_time: must be HH:MM"};
  if (!is_iso_date(p.valid_from)) return SnpBroken{"date", "valid_from: must be a date YYYY-MM-DD"};
  if (!is_iso_date(p.valid_until)) return SnpBroken{"date", "valid_until: must be a date YYYY-MM-DD"};
  if (p.valid_until < p.valid_from) return SnpBroken{"date_order", "valid_until: before valid_from"};
  if (add_days(p.valid_from, 366) < p.valid_until) {
    return SnpBroken{"range", "valid_until: a pattern covers at most 366 days"};
  }
  if (p.slot_minutes < 5 || p.slot_minutes > 240) return SnpBroken{"range", "slot_minutes: from 5 to 240"};
  if (p.slot_count < 1 || p.slot_count > 48) return SnpBroken{"range", "slot_count: from 1 to 48"};
  if (minutes_of(p.start_time) + p.slot_minutes * p.slot_count > 24 * 60) {
    return SnpBroken{"overruns_day", "slot_count: the slots would run past midnight"};
  }
  for (const auto& d : p.exceptions) {
    if (!is_iso_date(d)) return SnpBroken{"date", fmt::format("exceptions: '{}' is not a date YYYY-MM-DD", d)};
  }
  return std::nullopt;
}

std::vector<std::pair<std::string, std::string>> expand_pattern(const SnpPattern& p) {
  std::vector<std::pair<std::string, std::string>> out;
  if (check_pattern(p)) return out;
  std::set<std::string> skipped(p.exceptions.begin(), p.exceptions.end());
  std::set<int> weekdays(p.weekdays.begin(), p.weekdays.end());
  for (std::string day = p.valid_from; day <= p.valid_until; day = add_days(day, 1)) {
    if (skipped.count(day) || !weekdays.count(iso_weekday(day))) continue;
    // Each slot starts at its local wall time, so a pattern keeps its hours across DST changes.
    int start = minutes_of(p.start_time);
    for (int i = 0; i < p.slot_count; ++i, start += p.slot_minutes) {
      std::string local = fmt::format("{}T{:02}:{:02}", day, start / 60, start % 60);
      std::string begins = local_to_utc(local, p.time_zone);
      out.emplace_back(begins, add_minutes_utc(begins, p.slot_minutes));
    }
  }
  return out;
}

}  // namespace maillage::access
