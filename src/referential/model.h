// The French territorial referential as plain data: régions, départements, EPCI, communes and
// arrondissements municipaux, former communes, postcodes and coordinates.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace maillage::referential {

/// Where a territory lies for health-insurance purposes: metropolitan France, the DROM
/// (Guadeloupe, Martinique, Guyane, La Réunion, Mayotte) or the COM (reported apart).
enum class Zone { metro, drom, com };

std::string_view to_string(Zone zone);
std::optional<Zone> zone_from_string(std::string_view s);

struct Region {
  std::string code;
  std::string name;
  Zone zone = Zone::metro;
  std::string chef_lieu;
};

struct Departement {
  std::string code;
  std::string name;
  std::string region_code;
  Zone zone = Zone::metro;
  std::string chef_lieu;
};

struct Epci {
  std::string siren;
  std::string name;
  std::string type;       // CC, CA, CU, METRO, MET69
  std::string financing;  // FPU, FA, …
  std::optional<std::int64_t> population_municipale;
  std::optional<std::int64_t> population_totale;
  std::vector<std::string> member_codes;  // INSEE codes of member communes
};

/// A point and how it was obtained: "geonames" (a GeoNames point of the commune itself) or, when
/// `estimated`, the estimation method (see coordinates.h).
struct Coordinates {
  double latitude = 0;
  double longitude = 0;
  bool estimated = false;
  std::string method;
};

enum class CommuneKind { commune, arrondissement };

/// A current commune, or an arrondissement municipal of Paris, Lyon or Marseille.
struct Commune {
  std::string code;  // INSEE code
  std::string name;
  CommuneKind kind = CommuneKind::commune;
  std::string parent_code;  // the commune of an arrondissement; empty otherwise
  std::string departement_code;
  std::string region_code;
  Zone zone = Zone::metro;
  std::string epci_siren;  // empty when none (arrondissements inherit their commune's)
  std::string siren;
  std::optional<std::int64_t> population;  // population municipale
  std::vector<std::string> postcodes;
  std::vector<std::string> former_codes;  // anciensCodes (code changes, e.g. Corsica 20004 → 2A004)
  std::optional<Coordinates> coordinates;
};

enum class FormerKind { deleguee, associee };
std::string_view to_string(FormerKind kind);

/// A commune déléguée or associée: a former commune's name, now part of `current_code`.
struct FormerCommune {
  std::string code;
  FormerKind kind = FormerKind::deleguee;
  std::string name;
  std::string current_code;
};

struct Postcode {
  std::string commune_code;
  std::string postcode;
  std::string libelle_acheminement;
};

/// A package the referential was read from, with its version (recorded at each import).
struct SourcePackage {
  std::string package;
  std::string version;
};

/// Everything one import writes.
struct Dataset {
  std::vector<Region> regions;
  std::vector<Departement> departements;
  std::vector<Epci> epci;
  std::vector<Commune> communes;  // communes then arrondissements
  std::vector<FormerCommune> former_communes;
  std::vector<Postcode> postcodes;
  std::vector<SourcePackage> sources;
};

}  // namespace maillage::referential
