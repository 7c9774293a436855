// The rules of the médecin-traitant procedure (pure: no I/O).
//
// Workflow, one dated transition at a time, each by the actors allowed to make it:
//   nouvelle      → qualifiee | sans_solution | abandonnee         (coordination)
//   qualifiee     → proposee (to a doctor) | sans_solution | abandonnee   (coordination)
//   proposee      → acceptee | refusee (with a reason)             (the doctor, or the coordination
//                                                                    recording the doctor's answer)
//                 → abandonnee                                     (coordination)
//   refusee       → proposee (to another doctor, or the same) | sans_solution | abandonnee
//   acceptee      → declaree                                       (the doctor or the coordination)
//                 → abandonnee                                     (coordination)
//   declaree      → cloturee                                       (coordination)
//   sans_solution → qualifiee (back in the queue)                  (coordination)
//   cloturee, abandonnee: final.
// A refusal sends the request back to the queue: the refusing doctor no longer sees it.
//
// Priority groups: the flags of the request (ALD, precarity, pregnancy, leaving hospital,
// disability), and two computed from the birth date on the day of entry: age ≥ 70 and child
// (< 18). A request is a priority request when it belongs to at least one group.
//
// Duplicates: the same person (same birth date, same last and first names without accents or
// case) is already waiting when an open request of the CPTS (not closed, not abandoned) has them.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "access/mt_model.h"
#include "platform/time/local_time.h"

namespace maillage::access {

std::string_view to_string(MtStatus status);
std::optional<MtStatus> mt_status_from_string(std::string_view text);
std::string_view to_string(MtSource source);
std::optional<MtSource> mt_source_from_string(std::string_view text);

/// Every status, in workflow order.
const std::vector<MtStatus>& all_mt_statuses();

/// Who acts on a request.
enum class MtActor {
  coordination,  // the CPTS's coordinators
  doctor,        // the doctor the request is proposed to
};

/// A broken rule: its name (as in API errors) and why, in words.
struct MtBroken {
  std::string rule;
  std::string message;
};

/// Checks one transition by `actor`; a refusal needs a reason, a proposal a doctor.
std::optional<MtBroken> check_transition(MtStatus from, MtStatus to, MtActor actor, bool has_reason,
                                         bool has_doctor);

/// The statuses `actor` may move a request to from `from`, in workflow order.
std::vector<MtStatus> allowed_transitions(MtStatus from, MtActor actor);

/// True for statuses the procedure is over in (cloturee, abandonnee).
bool is_final(MtStatus status);

/// True while a request waits for a doctor: nouvelle, qualifiee, refusee, sans_solution.
bool is_waiting(MtStatus status);

/// Checks that a doctor's declaration (none: the site never declared) takes this request on
/// `today`: declared, still valid, accepting, places left, and the patient fits its criteria
/// (priority patients only, age range, communes served).
std::optional<MtBroken> check_census_fit(const std::optional<CensusEntry>& census, const MtRequest& request,
                                         const std::string& today);

/// The settings of a CPTS that never changed them: a week to qualify a request or to answer a
/// proposal, two weeks to propose one, a month to declare and to close; identities kept a year
/// after a request is closed, abandoned or left without solution.
MtSettings default_mt_settings();

/// Checks settings: delays of 1 to 365 days, on statuses that are not final; a retention of 0 to
/// 3,650 days.
std::optional<MtBroken> check_settings(const MtSettings& settings);

/// The last day a request may stay in its status (empty when the status has no delay): the day it
/// entered the status, in `time_zone` (the CPTS's), plus the delay.
std::string due_on(const MtRequest& request, const MtSettings& settings, std::string_view time_zone);

/// True when `today` is after the request's due day.
bool is_overdue(const MtRequest& request, const MtSettings& settings, const LocalDay& today);

/// The instant (UTC with milliseconds, comparable with `status_since` as text) before which a
/// status entered with a delay of `delay_days` is overdue on `today`: the local midnight that
/// starts the day `today − delay_days`. The store filters on it; it agrees with is_overdue.
std::string overdue_before(const LocalDay& today, int delay_days);

/// Whole years between a birth date and a day (both ISO dates).
int age_on(const std::string& birth_date, const std::string& day);

/// The priority groups of a request, by name: ald, age_70, child, precarity, pregnancy,
/// leaving_hospital, disability.
std::vector<std::string> priority_groups(const PriorityFlags& flags, int age);

/// The key two requests of the same person share: birth date and folded names.
std::string person_key(const std::string& last_name, const std::string& first_name, const std::string& birth_date);

/// Checks a French phone number: 10 digits starting with 0, or +33 and 9 digits (spaces, dots
/// and hyphens ignored). Returns the digits as written without separators, or nothing.
std::optional<std::string> normalize_phone(std::string_view phone);

}  // namespace maillage::access
