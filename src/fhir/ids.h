// Resource ids. FHIR ids are [A-Za-z0-9-.]{1,64}: a Practitioner's is its national id, a
// structure's (Organization, Location, HealthcareService) its FINESS number; a practice site's
// (PractitionerRole and Location) is derived from its key, which holds spaces and pipes, and so is
// the Schedule of a professional's unscheduled-care slots at a site; a Slot's is its number.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace maillage::fhir {

/// True when `id` is a valid FHIR id.
bool is_valid_id(std::string_view id);

/// The id of a practice site's PractitionerRole and Location: the professional's national id,
/// "-", then the first 16 hex digits of the BLAKE2b digest of the site key. Stable across imports
/// (the key is), and readable back without a lookup table (see `SiteId`).
std::string site_resource_id(std::string_view national_id, std::string_view site_key);

/// A practice site's resource id, split: the professional, and the digest that names one of
/// their sites.
struct SiteId {
  std::string national_id;
  std::string digest;
};

/// Splits an id made by `site_resource_id`; nothing when it is not one.
std::optional<SiteId> parse_site_resource_id(std::string_view id);

/// The digest part of a site key's resource id.
std::string site_digest(std::string_view site_key);

/// The id of an unscheduled-care slot: its number in decimal.
std::string slot_resource_id(std::int64_t slot_id);

/// The slot number a Slot id names; nothing when it is not one.
std::optional<std::int64_t> parse_slot_resource_id(std::string_view id);

}  // namespace maillage::fhir
