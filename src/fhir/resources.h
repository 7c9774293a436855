// The FHIR R4 resources of the directory, as JSON: public data only, as the national files
// publish it (the capacity attributes and anything entered in Maillage are left out). Pure.
#pragma once

#include <boost/json/object.hpp>
#include <optional>
#include <string>

#include "fhir/city_index.h"
#include "fhir/model.h"

namespace maillage::fhir {

/// Practitioner: id = national id; IDNPS identifier; official name (civility as prefix);
/// profession as qualification (TRE_G15); the work addresses of the practice sites.
boost::json::object practitioner(const PractitionerRow& row, const CityIndex& cities);

/// PractitionerRole of a practice site: the practitioner, the structure (Organization) when the
/// site is a FINESS establishment Maillage knows, the site's Location, the profession (code),
/// the savoir-faire (specialty) and the site's published phones and e-mail.
boost::json::object practitioner_role(const SiteRow& row);

/// A professional's name as a reference's display: given name, then family name.
std::string display_name(const directory::Professional& p);

/// The savoir-faire of a practice site as a CodeableConcept (TRE_R38 for spécialités ordinales, no
/// system for the other types); nothing when the site has none.
std::optional<boost::json::object> specialty(const directory::PracticeSite& site);

/// Location of a practice site (its address; the position of its structure when known) or of a
/// structure (address, position, the structure as managing organization).
boost::json::object location(const LocationRow& row, const CityIndex& cities);

/// Organization of a structure: FINESS and IDNST identifiers, category (TRE_R66), name,
/// address, phone.
boost::json::object organization(const StructureRow& row, const CityIndex& cities);

/// HealthcareService of a structure: provided by its Organization at its Location, typed by the
/// structure's category.
boost::json::object healthcare_service(const StructureRow& row);

}  // namespace maillage::fhir
