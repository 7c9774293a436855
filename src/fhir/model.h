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

/// An unscheduled-care slot (`snp_slots`) as the SAS flow shows it: when, how, and whether it is
/// still free; nothing about the request it may be booked for.
struct SlotRow {
  std::int64_t id = 0;
  std::string professional_id, site_key;
  std::string starts_at, ends_at;  // UTC "YYYY-MM-DDTHH:MM:SSZ"
  std::string mode;                // in_person, remote
  std::string status;              // free, booked
  directory::PracticeSite site;    // its savoir-faire, from the directory (empty when the site is not there)
};

/// The Schedule of a professional's slots at one practice site.
struct ScheduleRow {
  std::string national_id, site_key;
  std::optional<directory::Professional> professional;  // when the directory holds them
  bool site_in_directory = false;                       // the site's PractitionerRole and Location exist
};

/// One page of search results and the number of matches over all pages.
template <class Row>
struct Page {
  std::int64_t total = 0;
  std::vector<Row> rows;
};

}  // namespace maillage::fhir
