// Lists of patients looking for a médecin traitant, as partners send them (the CPAM's list of
// patients without one, a hospital's discharges, a social service's): CSV read by header name,
// accents, case and separators aside — nom, prenom, date_naissance (2026-11-23 or 23/11/2026),
// sexe (F/M, or 2/1 as the Assurance Maladie writes it), commune (INSEE code), code_postal,
// telephone, contact, the priority flags ald, c2s, grossesse, sortie_hospitalisation, handicap
// (oui/non, 1/0, vrai/faux, x or empty), and consentement (the date the patient agreed). Each line
// is checked as the intake form checks a patient (patient_fields.h); problems name the line and
// the column.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "access/mt_model.h"
#include "referential/referential.h"

namespace maillage::access {

struct ListLine {
  std::size_t line = 0;
  MtRequest request;  // the patient's fields only
};

struct ListProblem {
  std::size_t line = 0;
  std::string column, rule, message;
};

struct PatientList {
  std::vector<ListLine> lines;
  std::vector<ListProblem> problems;
};

/// Reads a list (UTF-8 or Windows-1252 bytes) on `today`.
PatientList read_patient_list(std::string_view bytes, const referential::Referential& ref, const std::string& today);

}  // namespace maillage::access
