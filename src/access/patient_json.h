// The patient of an access-to-care request as JSON, the same object for both procedures.
#pragma once

#include <boost/json.hpp>

#include <string>

#include "access/patient.h"
#include "referential/referential.h"

namespace maillage::access {

/// `{last_name, first_name, birth_date, birth_year, age_at_entry, sex, phone, contact, commune_code,
/// commune, postcode}`; identity fields are null once purged.
boost::json::object patient_json(const referential::Referential& ref, const Patient& p);

/// A string, or null when empty.
boost::json::value text_or_null(const std::string& s);

}  // namespace maillage::access
