// The membership rules (pure: no I/O).
//
// Statuses: a membership starts as a request (`demande`) or directly `active` (a coordinator
// registering a member who joined on paper). Then one transition at a time:
//   demande   → active | radiee        (accepted, or refused)
//   active    → suspendue | radiee
//   suspendue → active | radiee
//   radiee    → nothing: a struck-off membership is final. A NEW REQUEST for the same member in the
//               same CPTS re-opens that membership (status `demande`, or `active` when registered
//               directly), keeping its history of events, fees and college.
// A member may belong to several CPTS, but has at most one membership per CPTS: a second request
// while the first is not struck off is refused (`one_membership_per_cpts`).
// Dates: every status change is dated (ISO date), never in the future (`date_future`) and never
// before the previous change of the same membership (`date_order`).
// Fees: one per year; a fee is unpaid when an amount above zero is recorded without a payment date.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "membership/model.h"

namespace maillage::membership {

std::string_view to_string(Status status);
std::optional<Status> status_from_string(std::string_view text);
std::string_view to_string(MemberKind kind);
std::optional<MemberKind> member_kind_from_string(std::string_view text);

/// A broken rule: its name (as in API errors) and why, in words.
struct Broken {
  std::string rule;
  std::string message;
};

/// True for a real calendar date written "2026-11-23".
bool is_date(std::string_view text);

/// Checks the date of a status change against today and the date of the previous change (empty
/// for the first one). All dates are ISO dates.
std::optional<Broken> check_date(const std::string& on, const std::string& previous, const std::string& today);

/// Checks the status a membership starts with (`demande` or `active`).
std::optional<Broken> check_start(Status status);

/// Checks one transition between statuses (see above).
std::optional<Broken> check_transition(Status from, Status to);

/// What a request for a member does in a CPTS, given their membership there, if any.
enum class RequestOutcome { create, reopen, duplicate };
RequestOutcome request_outcome(std::optional<Status> existing);

/// The years a fee may be recorded for: from 2000 to next year (fees are often called in advance).
std::optional<Broken> check_fee_year(std::int64_t year, const std::string& today);

/// True when a fee is due and not paid: an amount above zero without a payment date.
bool is_unpaid(const std::optional<Fee>& fee);

}  // namespace maillage::membership
