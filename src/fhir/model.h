// The directory as the FHIR view reads it: plain rows, one per resource (or pair of resources:
// a practice site is both a PractitionerRole and a Location; a structure is an Organization, a
// Location and a HealthcareService).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "directory/model.h"

namespace maillage::fhir {

/// A postal address as the national files give it; the city is resolved from the INSEE code.
struct PostalAddress {
  std::string line;
  std::string postcode;
  std::string commune_code;
  std::string commune;  // the file's label, used when the code is not in the referential

  bool operator==(const PostalAddress&) const = default;
};

/// A professional (a Practitioner) with the addresses of their practice sites.
struct PractitionerRow {
  directory::Professional professional;
  std::string updated_at;
  std::vector<PostalAddress> addresses;  // distinct, in site order
};

/// One practice site of a professional: a PractitionerRole and a Location.
struct SiteRow {
  directory::Professional professional;  // identity and profession only
  directory::PracticeSite site;
  std::string updated_at;
  std::string organization;                   // FINESS of the structure the site is, when it is in `structures`
  std::optional<double> latitude, longitude;  // that structure's position, when known
};

/// A FINESS establishment: an Organization, a Location and a HealthcareService.
struct StructureRow {
  std::string finess;
  std::string name, long_name;
  std::string category_code, category;
  PostalAddress address;
  std::string phone;
  std::optional<double> latitude, longitude;
  std::string updated_at;
};

/// A Location is a structure's or a practice site's.
using LocationRow = std::variant<StructureRow, SiteRow>;

/// One page of search results and the number of matches over all pages.
template <class Row>
struct Page {
  std::int64_t total = 0;
  std::vector<Row> rows;
};

}  // namespace maillage::fhir
