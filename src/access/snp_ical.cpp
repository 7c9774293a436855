// Reading slots from an iCalendar text, in three steps: the syntax (ical_content.*: lines,
// components, with line numbers), the meaning of each event checked before anything is expanded
// (ical_zones.*, ical_events.*), then the expansion here.
//
// Choices:
// - All-day events (DTSTART a DATE) are not slots (a day off, a holiday): they are read and
//   checked but give nothing, and neither do the overrides of an all-day series.
// - A cancelled event (STATUS:CANCELLED) gives nothing; a cancelled series gives nothing, its
//   overrides included; a cancelled override removes its occurrence.
// - An event with no length (DTEND = DTSTART, PT0S) gives nothing; one without DTEND or DURATION
//   lasts slot_minutes (15 minutes when slots are not cut).
// - An override (RECURRENCE-ID) replaces its occurrence even when the occurrence lies outside the
//   window; an override without its series is an event of its own.
// - RRULE's UNTIL is applied here, in UTC, rather than by libical (which compares a floating
//   occurrence with a UTC UNTIL as if both were UTC).
// - Limits against abuse: 5 MB of text, 100,000 occurrences of one series generated up to the end
//   of the window, 100,000 slots in all.
#include "access/snp_ical.h"

#include <fmt/format.h>

#include <algorithm>
#include <limits>
#include <map>
#include <memory>
#include <set>
#include <stdexcept>
#include <tuple>

#include "access/ical_content.h"
#include "access/ical_events.h"
#include "access/ical_zones.h"
#include "platform/time/civil_time.h"
#include "platform/time/libical_zone.h"

namespace maillage::access {
namespace {

constexpr std::size_t kMaxTextBytes = 5 * 1024 * 1024;
constexpr int kMaxOccurrences = 100000;
constexpr std::size_t kMaxSlots = 100000;
constexpr std::int64_t kDay = 86400;

// One occurrence of an event, by its original start (UTC) in its series.
struct Occurrence {
  std::int64_t start = 0, duration = 0;  // as it happens: UTC, seconds
  const IcalEvent* event = nullptr;      // the event it comes from: the series or an override
};
using Occurrences = std::map<std::int64_t, Occurrence>;

std::int64_t day_of(std::int64_t seconds) { return seconds >= 0 ? seconds / kDay : -((-seconds + kDay - 1) / kDay); }

// Removes the occurrences `exception` (EXDATE, RECURRENCE-ID) names: the one starting at that
// instant, or for a DATE, those on that day in the series' zone.
void remove_matching(Occurrences& occurrences, const IcalInstant& exception, icaltimezone* zone) {
  if (!exception.time.is_date) {
    occurrences.erase(exception.utc);
    return;
  }
  std::erase_if(occurrences, [&](const auto& entry) {
    return day_of(utc_to_wall(zone, entry.first)) == day_of(exception.time.wall);
  });
}

// The last instant (UTC) the rule's UNTIL allows, which it then forgets.
std::int64_t take_until(icalrecurrencetype& rule, const IcalInstant& start) {
  if (icaltime_is_null_time(rule.until)) return std::numeric_limits<std::int64_t>::max();
  std::int64_t wall = civil_seconds(civil_fields_of(rule.until));
  bool utc = icaltime_is_utc(rule.until);
  bool is_date = rule.until.is_date;
  rule.until = icaltime_null_time();
  if (utc) return wall;
  return wall_to_utc(start.zone, is_date ? wall + kDay - 1 : wall);  // a date: the whole day
}

// The occurrences of a series starting before `window_end`: DTSTART and its RRULE (kept at the
// same wall-clock time in the event's zone), plus RDATE, minus EXDATE.
Occurrences expand(const IcalEvent& event, std::int64_t window_end) {
  Occurrences occurrences;
  auto add = [&](std::int64_t start, std::int64_t duration) { occurrences[start] = {start, duration, &event}; };
  if (event.rule) {
    icalrecurrencetype rule = read_ical_rule(*event.rule);
    std::int64_t last = std::min(take_until(rule, event.start), window_end - 1);
    std::unique_ptr<icalrecur_iterator, void (*)(icalrecur_iterator*)> iterator(
        icalrecur_iterator_new(rule, ical_time_of(event.start.time.wall)), icalrecur_iterator_free);
    icalerror_clear_errno();
    if (!iterator) refuse_ical(event.rule->line, "this RRULE cannot be expanded (it matches no date)");
    int count = 0;
    for (icaltimetype t = icalrecur_iterator_next(iterator.get()); !icaltime_is_null_time(t);
         t = icalrecur_iterator_next(iterator.get())) {
      std::int64_t start = wall_to_utc(event.start.zone, civil_seconds(civil_fields_of(t)));
      if (start > last) break;
      if (++count > kMaxOccurrences)
        refuse_ical(event.rule->line, fmt::format("this RRULE gives more than {} occurrences", kMaxOccurrences));
      add(start, event.duration);
    }
  } else if (event.start.utc < window_end) {
    add(event.start.utc, event.duration);
  }
  for (const auto& [rdate, duration] : event.rdates)
    if (rdate.utc < window_end) add(rdate.utc, duration);
  for (const IcalInstant& exdate : event.exdates) remove_matching(occurrences, exdate, event.start.zone);
  return occurrences;
}

// The occurrences of every series, by UID, with their overrides applied.
std::map<std::string, Occurrences> occurrences_by_uid(const std::vector<IcalEvent>& events, std::int64_t window_end) {
  std::map<std::string, const IcalEvent*> series;
  for (const IcalEvent& event : events)
    if (!event.recurrence_id && !series.emplace(event.uid, &event).second)
      refuse_ical(event.line, fmt::format("a second VEVENT with UID '{}' (and no RECURRENCE-ID)", event.uid));
  auto gives_nothing = [](const IcalEvent& e) { return e.cancelled || e.start.time.is_date; };
  std::map<std::string, Occurrences> result;
  for (const auto& [uid, event] : series)
    if (!gives_nothing(*event)) result[uid] = expand(*event, window_end);
  std::set<std::pair<std::string, std::int64_t>> overridden;
  for (const IcalEvent& event : events) {
    if (!event.recurrence_id) continue;
    if (!overridden.emplace(event.uid, event.recurrence_id->utc).second)
      refuse_ical(event.line, fmt::format("a second VEVENT with UID '{}' and the same RECURRENCE-ID", event.uid));
    auto master = series.find(event.uid);
    if (master != series.end() && gives_nothing(*master->second)) continue;
    Occurrences& occurrences = result[event.uid];
    remove_matching(occurrences, *event.recurrence_id,
                    master != series.end() ? master->second->start.zone : event.recurrence_id->zone);
    if (!gives_nothing(event) && event.start.utc < window_end)
      occurrences[event.recurrence_id->utc] = {event.start.utc, event.duration, &event};
  }
  return result;
}

}  // namespace

IcalError::IcalError(int line, const std::string& message) : std::runtime_error(message), line_(line) {}

std::vector<IcalSlot> read_ical_slots(std::string_view text, const IcalWindow& window) {
  if (text.size() > kMaxTextBytes) throw IcalError(0, "the file is too large (over 5 MB)");
  auto from = parse_civil(window.from_utc, true), until = parse_civil(window.until_utc, true);
  if (!from || !until || window.slot_minutes < 0)
    throw std::invalid_argument("read_ical_slots: a window is two UTC times and slot_minutes >= 0");
  IcalComponent calendar = read_ical_content(text);

  auto lock = lock_libical();
  icaltimezone* floating = builtin_zone(window.default_time_zone);
  if (!floating) throw std::invalid_argument(fmt::format("unknown time zone '{}'", window.default_time_zone));
  IcalZones zones(calendar);
  std::int64_t slot_length = std::int64_t{window.slot_minutes} * 60;
  std::vector<IcalEvent> events = read_ical_events(calendar, zones, floating, slot_length > 0 ? slot_length : 15 * 60);

  std::vector<IcalSlot> slots;
  for (const auto& [uid, occurrences] : occurrences_by_uid(events, *until)) {
    for (const auto& [original, occurrence] : occurrences) {
      if (occurrence.duration <= 0) continue;
      std::string key = fmt::format("{}/{}", uid, format_civil(original, true));
      bool cut = slot_length > 0 && occurrence.duration > slot_length;
      std::int64_t length = cut ? slot_length : occurrence.duration;
      std::int64_t count = cut ? occurrence.duration / slot_length : 1;  // a shorter tail is dropped
      for (std::int64_t i = 0; i < count; ++i) {
        std::int64_t start = occurrence.start + i * length;
        if (start < *from || start >= *until) continue;
        if (slots.size() >= kMaxSlots)
          refuse_ical(occurrence.event->line, fmt::format("the calendar gives more than {} slots", kMaxSlots));
        slots.push_back({cut ? fmt::format("{}/{}", key, i) : key, format_civil(start, true),
                         format_civil(start + length, true), occurrence.event->summary});
      }
    }
  }
  std::sort(slots.begin(), slots.end(), [](const IcalSlot& a, const IcalSlot& b) {
    return std::tie(a.starts_at, a.key) < std::tie(b.starts_at, b.key);
  });
  return slots;
}

}  // namespace maillage::access
