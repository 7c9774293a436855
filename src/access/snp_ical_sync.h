// Applying an iCalendar file or feed to a professional's slots at one site: new events become
// slots, moved events move their free slot, vanished events cancel their free slot; a booked slot
// is never touched (the patient keeps it). Re-importing the same feed changes nothing.
#pragma once

#include <string>
#include <vector>

#include "access/snp_ical.h"
#include "access/snp_model.h"
#include "platform/db/database.h"

namespace maillage::access {

struct IcalSyncReport {
  int read = 0, created = 0, updated = 0, unchanged = 0, cancelled = 0, kept_booked = 0, skipped = 0;
};

/// Brings the iCalendar slots of `base`'s professional and site from `from_utc` in line with
/// `slots` (read from the file for the same window). `base` gives every other field of new slots.
/// Runs in the caller's transaction.
IcalSyncReport sync_ical_slots(db::Connection& c, const SnpSlot& base, const std::vector<IcalSlot>& slots,
                               const std::string& from_utc);

}  // namespace maillage::access
