// Reading a professional's iCalendar (.ics, RFC 5545) file or feed of unscheduled-care slots:
// each event (VEVENT) is availability; recurring events (RRULE, RDATE) are expanded, with their
// exceptions (EXDATE, cancelled or moved occurrences by RECURRENCE-ID), in their time zones
// (TZID with the file's VTIMEZONE or the system's zone, UTC, floating times in the default zone).
// A malformed file is refused with the line where it goes wrong.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace maillage::access {

/// A malformed iCalendar text: the (1-based, physical) line and what is wrong there. what() is the
/// message alone, in English ("DTSTART value '20261301T090000' is not a date…"): callers add the
/// place ("agenda.ics:12: …"). Line 0 is the file as a whole (too large).
class IcalError : public std::runtime_error {
 public:
  IcalError(int line, const std::string& message);
  int line() const { return line_; }

 private:
  int line_;
};

/// What to read from a calendar.
struct IcalWindow {
  std::string from_utc, until_utc;   // occurrences starting in [from, until), "YYYY-MM-DDTHH:MM:SSZ"
  std::string default_time_zone = "Europe/Paris";  // for floating times (no TZID, no Z)
  int slot_minutes = 0;              // > 0: an event longer than this is cut into slots of this length
};

/// One slot read from the calendar.
struct IcalSlot {
  std::string key;                   // UID and original start: stable across re-imports of the same feed
  std::string starts_at, ends_at;    // UTC "YYYY-MM-DDTHH:MM:SSZ"
  std::string summary;
};

/// The slots of `text` in `window`, by start time. Throws IcalError (with the line) when the text
/// is not a valid calendar: no VCALENDAR, unbalanced BEGIN/END, a line without a name and a colon,
/// a DTSTART/DTEND/RRULE/EXDATE value that does not parse, an unknown TZID, an event without
/// DTSTART or ending before it starts. All-day and cancelled events give no slot (see snp_ical.cpp
/// for the other choices and the limits: 5 MB, 100,000 occurrences a series, 100,000 slots).
/// Throws std::invalid_argument for a malformed window or an unknown default_time_zone.
/// Thread-safe (libical is used under one lock, see libical_zone.h).
std::vector<IcalSlot> read_ical_slots(std::string_view text, const IcalWindow& window);

}  // namespace maillage::access
