// The time zones a calendar's TZID parameters can name: the calendar's own VTIMEZONEs first (a
// VTIMEZONE states the rules its author meant), then the system's zone of that name.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "access/ical_content.h"
#include "platform/time/libical_zone.h"

namespace maillage::access {

/// The zones of one calendar. REQUIRES: the libical lock is held for the object's whole life.
class IcalZones {
 public:
  /// Reads the VTIMEZONEs of `calendar`: each needs a TZID and STANDARD or DAYLIGHT rules with
  /// DTSTART, TZOFFSETFROM and TZOFFSETTO; a broken one is refused (IcalError) with its line.
  explicit IcalZones(const IcalComponent& calendar);

  /// The zone `tzid` names, or nullptr when neither the calendar nor the system has it.
  icaltimezone* find(std::string_view tzid) const;

 private:
  struct FreeZone {
    void operator()(icaltimezone* zone) const { icaltimezone_free(zone, 1); }
  };
  std::vector<std::pair<std::string, std::unique_ptr<icaltimezone, FreeZone>>> own_;  // (TZID, its zone)
};

}  // namespace maillage::access
