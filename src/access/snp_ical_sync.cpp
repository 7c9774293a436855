#include "access/snp_ical_sync.h"

#include <map>

#include "access/snp_store.h"

namespace maillage::access {

IcalSyncReport sync_ical_slots(db::Connection& c, const SnpSlot& base, const std::vector<IcalSlot>& slots,
                               const std::string& from_utc) {
  IcalSyncReport report;
  report.read = static_cast<int>(slots.size());
  std::map<std::string, SnpSlot> existing;
  for (auto& s : ical_slots(c, base.cpts_id, base.professional_id, base.site_key, from_utc)) {
    existing.emplace(s.ical_uid, std::move(s));
  }
  for (const auto& event : slots) {
    auto found = existing.find(event.key);
    if (found == existing.end()) {
      SnpSlot s = base;
      s.starts_at = event.starts_at;
      s.ends_at = event.ends_at;
      s.ical_uid = event.key;
      if (insert_slot(c, s)) ++report.created;
      else ++report.skipped;  // the professional already has a slot starting then
      continue;
    }
    const SnpSlot& old = found->second;
    if (old.starts_at == event.starts_at && old.ends_at == event.ends_at) ++report.unchanged;
    else if (old.status == SlotStatus::booked) ++report.kept_booked;
    else {
      move_free_slot(c, old.id, event.starts_at, event.ends_at);
      ++report.updated;
    }
    existing.erase(found);
  }
  for (const auto& [key, old] : existing) {
    if (cancel_free_slot(c, old.cpts_id, old.id)) ++report.cancelled;
    else ++report.kept_booked;
  }
  return report;
}

}  // namespace maillage::access
