// Memberships, colleges and the rate as JSON. Fee fields are written only when `with_fees` (the
// CPTS's coordinator): for anyone else they are absent, not null.
#pragma once

#include <boost/json.hpp>
#include <vector>

#include "membership/listing.h"
#include "membership/model.h"
#include "membership/rate.h"
#include "referential/referential.h"

namespace maillage::membership {

boost::json::object college_json(const College& college);

boost::json::object fee_json(const Fee& fee);

/// A membership as listed: member (name, profession or category, communes of practice — named
/// as the referential names them), college, status and dates, and the fee of the current year.
boost::json::object row_json(const referential::Referential& ref, const MemberRow& row, bool with_fees);

/// A membership with its events (and, with fees, every fee by year).
boost::json::object detail_json(const referential::Referential& ref, const MemberRow& row,
                                const std::vector<Event>& events, const std::vector<Fee>& fees, bool with_fees);

boost::json::object summary_json(const Summary& summary, std::int64_t year, bool with_fees);

boost::json::object rate_json(const RateReport& report);

}  // namespace maillage::membership
