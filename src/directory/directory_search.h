// Searching the directory: professionals by words (names, profession, specialties, structures),
// profession, specialty, place (a commune or a CPTS's territory), capacity, and distance from a
// point; structures by words, category and place. Results are paged; sorted by distance when a
// point is given, else by name.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "directory/model.h"
#include "directory/places.h"
#include "platform/db/database.h"
#include "referential/referential.h"

namespace maillage::directory {

struct DirectoryQuery {
  std::string text;                  // words, each a prefix, all required
  std::string profession;            // profession code
  std::string specialty;             // savoir-faire code (professionals) or category code (structures)
  std::optional<Places> places;      // commune= or cpts=
  std::optional<Circle> near;        // near= and radius_km=
  std::optional<bool> accepts_new_patients;
  std::optional<bool> snp;
  std::size_t offset = 0;
  std::size_t limit = 20;
};

/// A site of a professional as the search shows it.
struct SiteHit {
  PracticeSite site;
  SiteCapacity capacity;
  std::optional<double> distance_km;  // from the query's point, to the site's commune point
};

struct ProfessionalHit {
  Professional professional;
  std::string languages;
  std::optional<bool> teleconsultation;
  std::vector<SiteHit> sites;  // the sites matching the query (all of them when it names no place)
  std::optional<double> distance_km;  // of the nearest site
};

struct StructureHit {
  std::string finess, finess_legal, name, long_name, category_code, category;
  std::string address, postcode, commune_code, commune, departement, phone, siret;
  std::optional<double> latitude, longitude;
  std::optional<double> distance_km;
};

template <class Hit>
struct DirectoryPage {
  std::vector<Hit> items;
  std::optional<std::size_t> total;      // unknown when a capacity criterion is walked, or above more_than
  std::optional<std::size_t> more_than;  // set when counting stopped at this many
  bool more = false;                     // a next page exists
};

/// Professionals matching `query`.
DirectoryPage<ProfessionalHit> search_professionals(db::Connection& c, const referential::Referential& ref,
                                                    const DirectoryQuery& query);

/// Structures matching `query` (its profession, capacity and snp criteria do not apply).
DirectoryPage<StructureHit> search_structures(db::Connection& c, const referential::Referential& ref,
                                              const DirectoryQuery& query);

/// One professional with every site, or nothing.
std::optional<ProfessionalHit> find_professional(db::Connection& c, const std::string& national_id);

/// One structure, or nothing.
std::optional<StructureHit> find_structure(db::Connection& c, const std::string& finess);

/// The professionals practising at a structure (sites whose FINESS is `finess`), by name.
std::vector<ProfessionalHit> professionals_at(db::Connection& c, const std::string& finess);

}  // namespace maillage::directory
