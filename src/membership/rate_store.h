// The SQL side of the membership rate: the sites of the professionals practising in a set of
// communes, and the sites of a CPTS's active members.
#pragma once

#include <string>
#include <vector>

#include "membership/rate.h"
#include "platform/db/database.h"

namespace maillage::membership {

/// Every practice site whose commune code is one of `commune_codes`, with its professional's
/// profession (one indexed query per code).
std::vector<SiteRow> sites_in_communes(db::Connection& c, const std::vector<std::string>& commune_codes);

/// Every practice site of the active professional members of `cpts_id` (one row with an empty
/// commune for a member without a known site).
std::vector<SiteRow> active_member_sites(db::Connection& c, const std::string& cpts_id);

/// The addresses of the active structure members of `cpts_id`.
std::vector<SiteRow> active_structure_sites(db::Connection& c, const std::string& cpts_id);

}  // namespace maillage::membership
