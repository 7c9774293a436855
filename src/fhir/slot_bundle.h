// The answers of the SAS flow: the searchset Bundle of a Slot search with what it includes
// (`_include=Slot:schedule`: the page's Schedules; `_include:iterate=Schedule:actor`: their
// Practitioners, PractitionerRoles and Locations), and the reads of a Slot or a Schedule.
#pragma once

#include <boost/json/object.hpp>
#include <cstdint>
#include <optional>
#include <string>

#include "fhir/city_index.h"
#include "fhir/search_params.h"
#include "platform/db/database.h"

namespace maillage::fhir {

/// The Bundle of a Slot search (from parse_search) at `now` (seconds since the epoch, UTC).
boost::json::object slot_searchset(db::Connection& c, const CityIndex& cities, const std::string& base,
                                   const SearchRequest& search, std::int64_t now);

/// The Slot or Schedule `id` names; nothing when there is none.
std::optional<boost::json::object> read_slot_resource(db::Connection& c, std::string_view type, const std::string& id);

}  // namespace maillage::fhir
