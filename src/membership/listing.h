// The membership list of a CPTS (pure): filters, order, and the coordinator's summary. A CPTS has
// at most a few thousand memberships, so the store reads them all and this file does the rest.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "membership/model.h"

namespace maillage::membership {

/// The filters of `GET …/memberships`; empty fields filter nothing.
struct ListFilter {
  std::optional<Status> status;
  std::string college_id;       // a college's id, or "none" for memberships without a college
  std::string profession_code;  // professionals of this profession
  std::optional<bool> unpaid;   // true: fee of the current year unpaid; false: not unpaid
  std::string query;            // words of the member's name, compared without case or accents
};

/// The rows matching `filter`, by member name (folded), then membership id.
std::vector<const MemberRow*> select_rows(const std::vector<MemberRow>& rows, const ListFilter& filter);

/// Counts for the coordinator, over every membership of the CPTS.
struct Summary {
  std::map<Status, std::int64_t> by_status;  // every status, 0 included
  std::int64_t pending_requests = 0;         // status demande
  std::int64_t unpaid_fees = 0;              // current year: an amount recorded, not paid
  std::int64_t unpaid_cents = 0;             // their total
  std::int64_t active_without_fee = 0;       // active members with no fee recorded this year
};

Summary summarize(const std::vector<MemberRow>& rows);

}  // namespace maillage::membership
