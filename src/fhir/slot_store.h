// SQL of the SAS flow: unscheduled-care slots (`snp_slots`, written by src/access/) found by
// professional and start on the index (professional_id, starts_at), their Schedules (one per
// professional and practice site) and the directory rows those point to. Read-only; never a
// request id nor anything about the patient.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "fhir/model.h"
#include "fhir/slot_search.h"
#include "platform/db/database.h"

namespace maillage::fhir {

/// The slots `query` finds: the number of them, and `count` from `offset` in start order.
Page<SlotRow> search_slots(db::Connection& c, const SlotQuery& query, std::size_t count, std::size_t offset);

/// A slot by number, free or booked (a cancelled slot is no longer offered: nothing).
std::optional<SlotRow> read_slot(db::Connection& c, std::int64_t slot_id);

/// The Schedule of `national_id` at `site_key`, with what the directory holds of them.
ScheduleRow schedule_of(db::Connection& c, const std::string& national_id, const std::string& site_key);

/// The Schedule a resource id names (see site_resource_id): the professional's site whose key has
/// that digest and where they have published a slot not cancelled; nothing otherwise.
std::optional<ScheduleRow> read_schedule(db::Connection& c, const std::string& resource_id);

}  // namespace maillage::fhir
