// The patient of an access-to-care request as typed — in the intake form or a line of a CPAM (or
// hospital, social service) list — checked and normalized in one place: required names, a real
// birth date after 1900 and not in the future, sex F or M, a known commune and one of its
// postcodes, a French phone number, a consent date not in the future.
#pragma once

#include <string>
#include <vector>

#include "access/patient.h"
#include "referential/referential.h"

namespace maillage::access {

/// The patient's fields as typed (empty: not given).
struct PatientInput {
  std::string last_name, first_name, birth_date, sex, commune_code, postcode, phone, contact, consent_on;
  PriorityFlags flags;
};

/// A field refused: its name (as in the API), the rule, and why.
struct FieldProblem {
  std::string field, rule, message;
};

/// Checks `in` on `today` and, field by field, copies what holds into `out` (names, birth date and
/// year, age at entry, sex, commune, postcode, phone as digits, contact, flags, consent date).
/// Returns every problem; `out` is complete only when there is none.
std::vector<FieldProblem> check_patient(const PatientInput& in, const referential::Referential& ref,
                                        const std::string& today, Patient& out);

}  // namespace maillage::access
