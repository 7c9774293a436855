// Unscheduled care (soins non programmés, issue #7): the territory's resources, the slots
// professionals publish, and the requests of patients who must be seen today or within 48 hours,
// oriented to a slot (or elsewhere) and followed to their outcome. Plain data; the rules are in
// snp_rules.h.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "access/patient.h"

namespace maillage::access {

/// Opening hours of a resource on one ISO weekday (1 Monday … 7 Sunday), local "HH:MM".
struct OpeningHours {
  int weekday = 1;
  std::string opens, closes;
};

/// A practice or structure taking unscheduled care.
struct SnpResource {
  std::string id, cpts_id;
  std::string kind;  // cabinet_horaires_elargis, msp, centre_sante, centre_snp, maison_medicale_garde, sos_medecins, autre
  std::string name, finess, address, postcode, commune_code, phone;
  std::vector<std::string> services;
  std::vector<OpeningHours> hours;
  std::vector<std::string> professionals;  // directory national ids taking part
  bool published = false;                  // in the list the CPTS publishes
  std::string created_at, updated_at;
};

enum class SlotMode { in_person, remote };
enum class SlotStatus { free, booked, cancelled };

/// One slot: one patient. Times are UTC "YYYY-MM-DDTHH:MM:SSZ".
struct SnpSlot {
  std::int64_t id = 0;
  std::string cpts_id, professional_id, profession_code, site_key, commune_code;
  std::optional<double> latitude, longitude;
  std::string starts_at, ends_at;
  SlotMode mode = SlotMode::in_person;
  std::string origin = "manual";  // manual, pattern, ical
  std::string pattern_id, ical_uid;
  SlotStatus status = SlotStatus::free;
  std::string request_id, booked_at, created_at;
};

/// A weekly pattern: `slot_count` slots of `slot_minutes` from `start_time` (local) on each of
/// `weekdays`, from `valid_from` to `valid_until`, except on `exceptions`.
struct SnpPattern {
  std::string id, cpts_id, professional_id, site_key;
  SlotMode mode = SlotMode::in_person;
  std::vector<int> weekdays;
  std::string start_time;
  int slot_minutes = 15, slot_count = 1;
  std::string valid_from, valid_until;
  std::vector<std::string> exceptions;
  std::string time_zone = "Europe/Paris";
  std::string created_at, created_by;
};

enum class SnpStatus {
  nouvelle,  // entered, not yet oriented
  orientee,  // a slot is booked, or the patient was sent elsewhere
  cloturee,  // the outcome is recorded
  annulee,   // the patient no longer needs it (or entered by mistake)
};

/// Where a request comes from.
enum class SnpSource { coordination, regulation, pharmacy, member, partner };

/// How soon the patient must be seen.
enum class Urgency { same_day, h24, h48 };

/// Where the patient was sent.
enum class Orientation { slot, urgences, teleconsultation, pharmacien, autre };

enum class Outcome { seen, not_seen, redirected };

struct SnpRequest : Patient {
  std::string id, cpts_id;
  SnpStatus status = SnpStatus::nouvelle;
  std::string status_since;
  SnpSource source = SnpSource::coordination;
  std::string reason_code, reason_text;
  Urgency urgency = Urgency::same_day;
  std::string due_at;                     // the end of the urgency window (UTC)
  std::string profession_code = "10";     // who the patient needs (10: a doctor)
  std::string mode_wanted = "any";        // in_person, remote, any
  std::string referrer_user_id, referrer_label;
  std::optional<Orientation> orientation;
  std::string oriented_at;
  std::optional<std::int64_t> slot_id;
  std::string slot_professional_id, slot_starts_at;
  std::optional<Outcome> outcome;
  std::string outcome_at;
  std::string created_at, updated_at, purged_at;
};

/// One transition of a request's timeline.
struct SnpEvent {
  std::string at;
  std::optional<SnpStatus> from;
  SnpStatus to = SnpStatus::nouvelle;
  std::string detail, by_label;
};

}  // namespace maillage::access
