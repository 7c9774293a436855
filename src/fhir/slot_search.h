// The SAS search of free slots (IG service-acces-aux-soins, flow of the CPTS use case):
// `GET /fhir/Slot?schedule.actor:Practitioner.identifier=…&start=ge…&start=le…&status=free
// &_include=Slot:schedule&_include:iterate=Schedule:actor`, read into what the store asks of
// `snp_slots`. Pure (the current time is given).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "fhir/search_params.h"

namespace maillage::fhir {

/// The parameter naming the professionals: their IDNPS, 8 + RPPS.
inline constexpr std::string_view kSlotActorParam = "schedule.actor:Practitioner.identifier";
/// At most this many professionals per search (the IG's 1..25).
inline constexpr std::size_t kMaxSlotActors = 25;
/// The window of `start` spans at most this many days.
inline constexpr int kMaxSlotWindowDays = 31;

/// A Slot search as the store runs it.
struct SlotQuery {
  std::vector<std::string> national_ids;             // the professionals (IDNPS of another system: none)
  std::string from, to;                              // starts in [from, to), UTC "YYYY-MM-DDTHH:MM:SSZ"
  std::vector<std::string> statuses;                 // snp_slots statuses: free, booked
  std::optional<std::vector<std::int64_t>> slot_ids;  // `_id`, when given
  bool include_schedules = false;                    // _include=Slot:schedule
  bool include_actors = false;                       // and _include:iterate=Schedule:actor
};

/// Reads `search` (a Slot search from parse_search) at `now` (seconds since the epoch, UTC):
/// 1 to 25 professionals (400 naming the parameter otherwise), a window with a lower and an upper
/// bound at most 31 days apart whose start is moved to `now` when earlier (only future slots are
/// served), the statuses (free by default; busy is a booked slot).
SlotQuery read_slot_query(const SearchRequest& search, std::int64_t now);

}  // namespace maillage::fhir
