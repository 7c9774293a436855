#include "referential/coordinates.h"

#include <algorithm>
#include <cctype>
#include <tuple>
#include <unordered_map>

#include "platform/util/text.h"

namespace maillage::referential {
namespace {

int feature_rank(const std::string& code) {
  static const std::unordered_map<std::string, int> kRank = {
      {"PPLC", 0}, {"PPLA", 1}, {"PPLA2", 2}, {"PPLA3", 3}, {"PPLA4", 4}, {"PPL", 5}, {"PPLA5", 6}};
  auto it = kRank.find(code);
  return it == kRank.end() ? 7 : it->second;
}

/// The number in an arrondissement's name: "Marseille 3e Arrondissement" → "3".
std::string arrondissement_number(const std::string& name) {
  std::string digits;
  for (char c : name) {
    if (std::isdigit(static_cast<unsigned char>(c))) digits.push_back(c);
    else if (!digits.empty()) break;
  }
  return digits;
}

struct Centroid {
  double lat = 0, lon = 0;
  int n = 0;
  void add(const Coordinates& c) {
    lat += c.latitude;
    lon += c.longitude;
    ++n;
  }
  std::optional<Coordinates> estimate(const char* method) const {
    if (n == 0) return std::nullopt;
    return Coordinates{lat / n, lon / n, true, method};
  }
};

using PointsByCode = std::unordered_map<std::string, std::vector<const GeonamesPoint*>>;

const GeonamesPoint* best_point(const std::vector<const GeonamesPoint*>& candidates, const std::string& name) {
  std::string folded = text::fold(name);
  auto key = [&](const GeonamesPoint* p) {
    return std::make_tuple(text::fold(p->name) == folded ? 0 : 1, feature_rank(p->feature_code), -p->population);
  };
  return *std::min_element(candidates.begin(), candidates.end(),
                           [&](const auto* a, const auto* b) { return key(a) < key(b); });
}

Coordinates exact(const GeonamesPoint& p) { return {p.latitude, p.longitude, false, "geonames"}; }

}  // namespace

std::map<std::string, int> assign_coordinates(Dataset& dataset, const std::vector<GeonamesPoint>& points) {
  PointsByCode by_code;
  for (const auto& p : points) {
    if (!p.admin4.empty()) by_code[p.admin4].push_back(&p);
  }

  std::unordered_map<std::string, Commune*> by_commune_code;
  for (auto& c : dataset.communes) by_commune_code[c.code] = &c;

  // Former codes of each current commune: code changes and former communes with their own code.
  std::unordered_map<std::string, std::vector<std::string>> former_codes;
  for (const auto& c : dataset.communes) former_codes[c.code] = c.former_codes;
  for (const auto& f : dataset.former_communes) {
    if (!by_commune_code.contains(f.code)) former_codes[f.current_code].push_back(f.code);
  }

  // 1. Points of the commune itself (communes first: arrondissements may need their parent's).
  for (auto& c : dataset.communes) {
    if (c.kind == CommuneKind::arrondissement) continue;
    if (auto it = by_code.find(c.code); it != by_code.end()) c.coordinates = exact(*best_point(it->second, c.name));
  }
  for (auto& c : dataset.communes) {
    if (c.kind == CommuneKind::commune || !by_commune_code.contains(c.parent_code)) continue;
    const Commune& parent = *by_commune_code[c.parent_code];
    std::string number = arrondissement_number(c.name);
    std::string wanted = text::fold(parent.name) + " " + (number.size() == 1 ? "0" + number : number);
    if (auto it = by_code.find(parent.code); it != by_code.end()) {
      for (const auto* p : it->second) {
        if (text::fold(p->name) == wanted) c.coordinates = exact(*p);
      }
    }
  }

  // 1b. Overseas places without INSEE code, by name within the territory.
  static const std::unordered_map<std::string, std::string> kTerritory = {
      {"971", "GP"}, {"972", "MQ"}, {"973", "GF"}, {"974", "RE"}, {"975", "PM"}, {"976", "YT"},
      {"977", "BL"}, {"978", "MF"}, {"986", "WF"}, {"987", "PF"}, {"988", "NC"}};
  std::unordered_map<std::string, std::vector<const GeonamesPoint*>> overseas_by_name;  // "YT|mamoudzou"
  for (const auto& p : points) {
    if (p.country != "FR") overseas_by_name[p.country + "|" + text::fold(p.name)].push_back(&p);
  }
  for (auto& c : dataset.communes) {
    auto territory = kTerritory.find(c.departement_code);
    if (c.coordinates || territory == kTerritory.end()) continue;
    if (auto it = overseas_by_name.find(territory->second + "|" + text::fold(c.name)); it != overseas_by_name.end()) {
      Coordinates point = exact(*best_point(it->second, c.name));
      point.method = "geonames_name";
      c.coordinates = point;
    }
  }

  // 2. A place filed under a former code, or the commune of an arrondissement.
  for (auto& c : dataset.communes) {
    if (c.coordinates) continue;
    if (c.kind == CommuneKind::arrondissement) {
      const Commune& parent = *by_commune_code.at(c.parent_code);
      if (parent.coordinates) c.coordinates = Coordinates{parent.coordinates->latitude, parent.coordinates->longitude, true, "parent_commune"};
      continue;
    }
    std::vector<const GeonamesPoint*> candidates;
    for (const auto& code : former_codes[c.code]) {
      if (auto it = by_code.find(code); it != by_code.end()) candidates.insert(candidates.end(), it->second.begin(), it->second.end());
    }
    if (!candidates.empty()) {
      Coordinates point = exact(*best_point(candidates, c.name));
      point.estimated = true;
      point.method = "former_commune";
      c.coordinates = point;
    }
  }

  // 3–5. Centroids of exactly placed neighbours: same postcode, same EPCI, same département.
  std::unordered_map<std::string, Centroid> by_postcode, by_epci, by_departement;
  for (const auto& c : dataset.communes) {
    if (!c.coordinates || c.coordinates->estimated) continue;
    for (const auto& pc : c.postcodes) by_postcode[pc].add(*c.coordinates);
    if (!c.epci_siren.empty()) by_epci[c.epci_siren].add(*c.coordinates);
    by_departement[c.departement_code].add(*c.coordinates);
  }
  for (auto& c : dataset.communes) {
    if (c.coordinates) continue;
    Centroid postcode;
    for (const auto& pc : c.postcodes) {
      if (auto it = by_postcode.find(pc); it != by_postcode.end()) {
        postcode.lat += it->second.lat;
        postcode.lon += it->second.lon;
        postcode.n += it->second.n;
      }
    }
    c.coordinates = postcode.estimate("postcode_centroid");
    if (!c.coordinates && !c.epci_siren.empty()) c.coordinates = by_epci[c.epci_siren].estimate("epci_centroid");
    if (!c.coordinates) c.coordinates = by_departement[c.departement_code].estimate("departement_centroid");
  }

  std::map<std::string, int> counts;
  for (const auto& c : dataset.communes) ++counts[c.coordinates ? c.coordinates->method : "none"];
  return counts;
}

}  // namespace maillage::referential
