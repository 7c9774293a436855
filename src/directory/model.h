// The directory of health professionals, as plain data.
#pragma once

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

/// One activity line: the professional and one of their sites.
struct Activity {
  Professional professional;
  PracticeSite site;
};

}  // namespace maillage::directory
