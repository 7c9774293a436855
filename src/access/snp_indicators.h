// The indicators of unscheduled care (pure: no I/O), computed from the requests entered in a
// period and the slots starting in it — never from an identity:
// - requests: total, by status, source, urgency, (source, urgency), by orientation and by outcome
//   (orientations and outcomes of the requests oriented, that is orientee or cloturee: a cancelled
//   request counts in the total and by status only);
// - oriented within the window: among the oriented requests, those whose orientation was recorded
//   before the end of their urgency window and, for a slot, whose slot started before it
//   (oriented_within_window in snp_rules.h); overall and by urgency;
// - slots: published (free or booked), booked, cancelled, and the use rate booked / published;
// - by ISO week ("2026-W48", of the local date in the CPTS's zone): slots published and booked by
//   week of their start, requests entered, oriented and oriented within the window by week of entry;
//   every week the period touches is listed, in order, even when empty;
// - by professional: slots published and booked, requests oriented to their slots by the
//   regulation (source regulation, still oriented or closed), and patients seen (outcome seen on
//   their slot) — among the requests entered in the period.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "access/snp_model.h"
#include "access/snp_store.h"

namespace maillage::access {

/// Oriented requests and those oriented within their window.
struct WindowCount {
  int oriented = 0, within = 0;
  /// within / oriented, nothing when no request was oriented.
  std::optional<double> share() const;
};

/// The figures of one ISO week.
struct SnpWeekFigures {
  std::string week;  // "2026-W48"
  int published = 0, booked = 0;
  int requests = 0, oriented = 0, within = 0;
};

/// The figures of one professional.
struct SnpProfessionalFigures {
  std::string id, name, profession;
  int published = 0, booked = 0;
  int regulation = 0;  // requests oriented to their slots by the regulation
  int seen = 0;
};

struct SnpIndicators {
  int requests = 0;
  // Every value is listed (zeros included), in the order of snp_rules.h.
  std::vector<std::pair<std::string, int>> by_status, by_source, by_urgency, by_orientation, by_outcome;
  std::vector<std::pair<std::pair<std::string, std::string>, int>> by_source_urgency;  // (source, urgency)
  WindowCount within;
  std::vector<std::pair<std::string, WindowCount>> within_by_urgency;
  int published = 0, booked = 0, cancelled = 0;
  std::optional<double> use_rate;  // booked / published, nothing when none was published
  std::vector<SnpWeekFigures> weeks;
  std::vector<SnpProfessionalFigures> professionals;  // by name, then id
};

/// What the indicators are computed from.
struct SnpIndicatorInput {
  std::string from, to;    // local dates of the period, inclusive
  std::string time_zone;   // the CPTS's
  std::vector<SnpRequest> requests;  // entered in the period
  std::vector<SnpSlot> slots;        // starting in the period, every status
  std::map<std::string, ProfessionalLabel> labels;  // by national id (those missing get empty labels)
};

/// The indicators of `input`. Professionals listed: those with a slot in the period (even
/// cancelled) or a request oriented to their slot.
SnpIndicators compute_snp_indicators(const SnpIndicatorInput& input);

/// The professionals the indicators name: the slots' and the oriented requests'.
std::vector<std::string> snp_indicator_professionals(const std::vector<SnpRequest>& requests,
                                                     const std::vector<SnpSlot>& slots);

/// The ISO 8601 week of a date ("2026-11-23" → "2026-W48"; "2027-01-01" → "2026-W53").
std::string iso_week_of(const std::string& iso_date);

/// The Monday of an ISO week written "2026-W48", nothing when it is not one (week 53 only in the
/// years that have it).
std::optional<std::string> monday_of_iso_week(const std::string& week);

/// The RPPS number of a national id: without its leading type digit "8" (an RPPS id); other ids
/// (ADELI, "0…") as they are.
std::string rpps_of(const std::string& national_id);

}  // namespace maillage::access
