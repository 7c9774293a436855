// SQL of the FHIR view: searches (every parameter of search_params.h as an indexed condition,
// counted, then one page in a stable order) and reads by id, over `professionals`,
// `practice_sites` and `structures`. Read-only.
#pragma once

#include <optional>
#include <string>

#include "fhir/city_index.h"
#include "fhir/model.h"
#include "fhir/search_params.h"
#include "platform/db/database.h"

namespace maillage::fhir {

Page<PractitionerRow> search_practitioners(db::Connection& c, const SearchRequest& search, const CityIndex& cities);
Page<SiteRow> search_roles(db::Connection& c, const SearchRequest& search);
/// Organizations and HealthcareServices: both are the structures.
Page<StructureRow> search_structures(db::Connection& c, const SearchRequest& search, const CityIndex& cities);
/// Structures' Locations first (by FINESS), then practice sites' (by professional and site).
Page<LocationRow> search_locations(db::Connection& c, const SearchRequest& search, const CityIndex& cities);

std::optional<PractitionerRow> read_practitioner(db::Connection& c, const std::string& national_id);
/// The practice site a PractitionerRole or Location id names.
std::optional<SiteRow> read_site(db::Connection& c, const std::string& resource_id);
std::optional<StructureRow> read_structure(db::Connection& c, const std::string& finess);

}  // namespace maillage::fhir
