// The rules of unscheduled care (pure: no I/O).
//
// Workflow of a request, one dated transition at a time:
//   nouvelle → orientee   a slot is booked, or the patient is sent elsewhere (urgences,
//                         téléconsultation, pharmacien, autre)
//   orientee → orientee   re-orientation: the previous slot is released
//   orientee → cloturee   the outcome is recorded (seen, not seen, redirected)
//   nouvelle | orientee → annulee   (a booked slot is released)
//   cloturee, annulee: final.
// Who acts: the coordination, the person who entered the request (regulator, pharmacist, member);
// the outcome may also be recorded by the professional whose slot was booked.
//
// Urgency windows: "same day" ends at the next local midnight of the CPTS's time zone; "24 h" and
// "48 h" end 24 or 48 hours after entry. A request is oriented within its window when its
// orientation was recorded before the end of the window and, for a slot, the slot starts before it
// (the ACI "within 48 h" indicator).
//
// Slots: one patient each; a professional cannot offer two slots starting at the same time; a
// booked slot cannot be cancelled (the request must release it first).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "access/snp_model.h"

namespace maillage::access {

std::string_view to_string(SnpStatus v);
std::string_view to_string(SnpSource v);
std::string_view to_string(Urgency v);
std::string_view to_string(Orientation v);
std::string_view to_string(Outcome v);
std::string_view to_string(SlotMode v);
std::string_view to_string(SlotStatus v);
std::optional<SnpStatus> snp_status_from_string(std::string_view text);
std::optional<SnpSource> snp_source_from_string(std::string_view text);
std::optional<Urgency> urgency_from_string(std::string_view text);
std::optional<Orientation> orientation_from_string(std::string_view text);
std::optional<Outcome> outcome_from_string(std::string_view text);
std::optional<SlotMode> slot_mode_from_string(std::string_view text);
std::optional<SlotStatus> slot_status_from_string(std::string_view text);

/// Every value, in the order screens and indicators list them.
const std::vector<SnpSource>& all_snp_sources();
const std::vector<Urgency>& all_urgencies();
const std::vector<Orientation>& all_orientations();
const std::vector<Outcome>& all_outcomes();

/// The coded reasons of a request (fievre, douleur, …, autre).
const std::vector<std::string_view>& snp_reason_codes();

/// The kinds of resources (cabinet_horaires_elargis, msp, …, autre).
const std::vector<std::string_view>& snp_resource_kinds();

/// A broken rule: its name (as in API errors) and why, in words.
struct SnpBroken {
  std::string rule;
  std::string message;
};

/// What may be done to a request in `status`.
enum class SnpAction { orient, outcome, cancel };
std::string_view to_string(SnpAction a);

/// Checks an action on a request in `status` (not_open when it is closed or cancelled, not_oriented
/// for an outcome before any orientation).
std::optional<SnpBroken> check_action(SnpStatus status, SnpAction action);

/// The actions a request in `status` offers, in order.
std::vector<SnpAction> open_actions(SnpStatus status);

/// The end of the urgency window of a request entered at `created_at` (UTC) in zone `time_zone`.
std::string due_at(const std::string& created_at, Urgency urgency, const std::string& time_zone);

/// True when the request was oriented within its window (nullopt when not oriented yet).
std::optional<bool> oriented_within_window(const SnpRequest& r);

/// True when an open request (nouvelle) is past its window at `now`.
bool is_overdue(const SnpRequest& r, const std::string& now);

/// The search grid square of a point: squares of 0.1° of latitude by 0.1° of longitude
/// (about 11 km × 7.5 km in metropolitan France). Remote slots live in square kRemoteCell.
constexpr std::int64_t kRemoteCell = -1;
std::int64_t search_cell(double latitude, double longitude);

/// The squares that may hold points within `radius_km` of a point (a superset: distances are
/// checked on each slot).
std::vector<std::int64_t> cells_around(double latitude, double longitude, double radius_km);

/// The slots of a pattern, as (start, end) UTC pairs in date order. Refuses (rule, field in the
/// message) weekdays outside 1–7, a start time that is not "HH:MM", a range ending before it starts
/// or longer than 366 days, slots that overrun midnight.
std::vector<std::pair<std::string, std::string>> expand_pattern(const SnpPattern& p);
std::optional<SnpBroken> check_pattern(const SnpPattern& p);

/// Opening hours: each period on a weekday 1–7, opening and closing "HH:MM", closing after it opens.
constexpr std::size_t kMaxOpeningPeriods = 50;
std::optional<SnpBroken> check_opening_hours(const std::vector<OpeningHours>& hours);

/// True for a local time written "HH:MM" (00:00–23:59).
bool is_local_time(std::string_view text);

}  // namespace maillage::access
