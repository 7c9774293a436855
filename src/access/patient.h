// The patient of an access-to-care request (médecin traitant or unscheduled care): the minimal
// fields both procedures keep. Identity and contact are removed by the purge past the CPTS's
// retention; what the statistics count (sex, birth year, age at entry, commune) stays.
#pragma once

#include <string>

namespace maillage::access {

/// The priority groups of the médecin-traitant procedure. Age groups come from the birth date.
struct PriorityFlags {
  bool ald = false;               // affection de longue durée
  bool precarity = false;         // C2S or social precarity
  bool pregnancy = false;
  bool leaving_hospital = false;
  bool disability = false;
};

struct Patient {
  // Identity and contact: empty once purged.
  std::string last_name, first_name, birth_date, phone, contact;
  std::string sex;  // F or M
  int birth_year = 0;
  int age_at_entry = 0;
  std::string commune_code, postcode;
  PriorityFlags flags;
  std::string consent_on;  // the date the patient agreed
};

}  // namespace maillage::access
