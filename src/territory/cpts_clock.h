// Where a CPTS is in time: the zone of its seat, and today's date there. Dates people type or read
// about a CPTS (a consent, a membership, a declaration's validity, a delay in days) are its local
// dates; instants stay UTC.
#pragma once

#include <string>

#include "platform/time/local_time.h"
#include "referential/referential.h"
#include "territory/model.h"

namespace maillage::territory {

/// The time zone of a CPTS: its seat's département's (Europe/Paris when it has no seat).
std::string cpts_time_zone(const referential::Referential& ref, const Cpts& cpts);

/// Today in the CPTS's zone: the date people there type (a consent given "today" at 00:30 in Paris
/// is still yesterday in UTC; in Guadeloupe at 21:00 it is already tomorrow in UTC).
std::string cpts_today(const referential::Referential& ref, const Cpts& cpts);

/// Today in the CPTS's zone, with the zone: for delays counted in days from an instant.
LocalDay cpts_local_day(const referential::Referential& ref, const Cpts& cpts);

}  // namespace maillage::territory
