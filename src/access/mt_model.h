// The médecin-traitant procedure (issue #6): a patient without a médecin traitant is registered
// by the CPTS (a request), qualified, proposed to a doctor of the census, accepted, declared to
// the Assurance Maladie, and closed. Plain data; the rules are in mt_rules.h.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "access/patient.h"

namespace maillage::access {

enum class MtStatus {
  nouvelle,       // registered, not yet checked by the coordination
  qualifiee,      // checked (identity, need, consent): waiting for a doctor
  proposee,       // proposed to a doctor, who has not answered
  acceptee,       // the doctor takes the patient
  declaree,       // the médecin-traitant declaration is done
  cloturee,       // closed after the declaration
  refusee,        // the doctor said no (with a reason): back in the queue
  sans_solution,  // no doctor could be found for now
  abandonnee,     // the patient no longer needs it (found one alone, moved, …)
};

/// Where a request comes from.
enum class MtSource { coordination, member, partner, pharmacy, hospital, social_service, cpam };

/// A request: the patient (patient.h) and the procedure's state.
struct MtRequest : Patient {
  std::string id, cpts_id;
  MtStatus status = MtStatus::nouvelle;
  std::string status_since;  // timestamp of the last transition
  MtSource source = MtSource::coordination;
  std::string referrer_user_id, referrer_label;
  std::string proposed_professional_id, proposed_site_key;
  std::string created_at, updated_at, purged_at;
};

/// One transition of a request's timeline.
struct MtEvent {
  std::string at;
  std::optional<MtStatus> from;
  MtStatus to = MtStatus::nouvelle;
  std::string professional_id, site_key, reason, by_label;
};

/// A CPTS's settings of the procedure.
struct MtSettings {
  std::map<MtStatus, int> delay_days;  // how long a request may stay in a status; absent: no limit
  int retention_days = 0;              // how long a closed request keeps the patient's identity
};

/// A doctor's declaration about new médecin-traitant patients at one practice site.
struct CensusEntry {
  std::string cpts_id, professional_id, site_key;
  bool accepts = false;
  std::optional<int> places;  // remaining places; none: not said
  bool priority_only = false;
  std::optional<int> age_min, age_max;
  std::vector<std::string> communes;  // INSEE codes served; empty: any
  std::string valid_until;            // date
  std::string channel;                // self, phone, mail, meeting
  std::string declared_at, declared_by;
};

}  // namespace maillage::access
