// The directory of health professionals, as plain data.
#pragma once

#include <optional>
#include <string>

namespace maillage::directory {

/// A health professional, identified nationally (RPPS or ADELI).
struct Professional {
  std::string national_id;  // id_type + identifier, e.g. "810001045367"
  std::string id_type;      // "8" RPPS, "0" ADELI
  std::string identifier;
  std::string civility_code, civility;
  std::string last_name, first_name;
  std::string profession_code, profession;
  std::string category_code, category;

  bool operator==(const Professional&) const = default;
};

/// Where and how a professional practises (one activity line of the RPPS extraction).
struct PracticeSite {
  std::string site_key;
  std::string mode_code, mode;
  std::string sector_code, sector;
  std::string specialty_type, specialty_code, specialty;
  std::string siret, finess_site, finess_legal;
  std::string structure_name;
  std::string address;
  std::string postcode, commune_code, commune, departement;
  std::string phone, phone2, email;

  bool operator==(const PracticeSite&) const = default;
};

/// What a site says about its capacity, entered in Maillage (never by an import): the census the
/// access-to-care missions use, and a phone line reserved to colleagues.
struct SiteCapacity {
  std::string accepts_new_patients;  // "yes", "no", a number of patients, or "" when unknown
  std::string accepts_updated_at;
  std::optional<bool> snp;             // takes part in unscheduled care
  std::optional<bool> extended_hours;  // opens early, late or on Saturdays
  std::string direct_phone;            // not published: members' CPTS only
};

/// One activity line: the professional and one of their sites.
struct Activity {
  Professional professional;
  PracticeSite site;
};

/// A point in degrees (WGS 84).
struct GeoPoint {
  double latitude = 0;
  double longitude = 0;

  bool operator==(const GeoPoint&) const = default;
};

/// A health or medico-social establishment of the FINESS file (MSP, centre de santé, EHPAD,
/// hospital, pharmacy…), identified by its FINESS géographique number.
struct Structure {
  std::string finess;        // nofinesset: 9 characters, "2A"/"2B" first in Corsica
  std::string finess_legal;  // nofinessej
  std::string name, long_name;
  std::string category_code, category;  // TRE_R66 code, with the file's label
  std::string address;
  std::string postcode, commune_code, commune, departement;  // INSEE codes: "13202", "13"
  std::string phone, siret;

  bool operator==(const Structure&) const = default;
};

}  // namespace maillage::directory
