#include "referential/store.h"

#include <unordered_map>

namespace maillage::referential {
using db::Value;

namespace {

Value text_or_null(const std::string& s) { return s.empty() ? Value{} : Value{s}; }
Value int_or_null(const std::optional<std::int64_t>& v) { return v ? Value{*v} : Value{}; }

std::vector<std::vector<Value>> region_rows(const Dataset& d) {
  std::vector<std::vector<Value>> rows;
  for (const auto& r : d.regions) rows.push_back({r.code, r.name, std::string(to_string(r.zone)), text_or_null(r.chef_lieu)});
  return rows;
}

std::vector<std::vector<Value>> departement_rows(const Dataset& d) {
  std::vector<std::vector<Value>> rows;
  for (const auto& x : d.departements) {
    rows.push_back({x.code, x.name, x.region_code, std::string(to_string(x.zone)), text_or_null(x.chef_lieu)});
  }
  return rows;
}

std::vector<std::vector<Value>> epci_rows(const Dataset& d) {
  std::vector<std::vector<Value>> rows;
  for (const auto& e : d.epci) {
    rows.push_back({e.siren, e.name, e.type, text_or_null(e.financing), int_or_null(e.population_municipale),
                    int_or_null(e.population_totale)});
  }
  return rows;
}

std::vector<std::vector<Value>> commune_rows(const Dataset& d) {
  std::vector<std::vector<Value>> rows;
  for (const auto& c : d.communes) {
    const auto& p = c.coordinates;
    rows.push_back({c.code, c.name, std::string(c.kind == CommuneKind::commune ? "commune" : "arrondissement"),
                    text_or_null(c.parent_code), c.departement_code, c.region_code, std::string(to_string(c.zone)),
                    text_or_null(c.epci_siren), text_or_null(c.siren), int_or_null(c.population),
                    p ? Value{p->latitude} : Value{}, p ? Value{p->longitude} : Value{},
                    Value{std::int64_t{p && p->estimated}}, p ? Value{p->method} : Value{}});
  }
  return rows;
}

std::vector<std::vector<Value>> former_rows(const Dataset& d) {
  std::vector<std::vector<Value>> rows;
  for (const auto& f : d.former_communes) {
    rows.push_back({f.code, std::string(to_string(f.kind)), f.name, f.current_code});
  }
  return rows;
}

std::vector<std::vector<Value>> postcode_rows(const Dataset& d) {
  std::vector<std::vector<Value>> rows;
  for (const auto& p : d.postcodes) rows.push_back({p.commune_code, p.postcode, p.libelle_acheminement});
  return rows;
}

}  // namespace

WriteReport write_dataset(db::Connection& c, const Dataset& d, const std::string& imported_at) {
  db::TableSync regions("ref_regions", {"code", "name", "zone", "chef_lieu"}, 1);
  db::TableSync departements("ref_departements", {"code", "name", "region_code", "zone", "chef_lieu"}, 1);
  db::TableSync epci("ref_epci", {"siren", "name", "type", "financing", "population_municipale", "population_totale"}, 1);
  db::TableSync communes("ref_communes",
                         {"code", "name", "kind", "parent_code", "departement_code", "region_code", "zone", "epci_siren",
                          "siren", "population", "latitude", "longitude", "coordinates_estimated", "coordinates_method"},
                         1);
  db::TableSync former("ref_former_communes", {"code", "kind", "name", "current_code"}, 2);
  db::TableSync postcodes("ref_postcodes", {"commune_code", "postcode", "libelle_acheminement"}, 2);

  // Parents before children on the way in; children before parents on the way out.
  regions.upsert(c, region_rows(d));
  departements.upsert(c, departement_rows(d));
  epci.upsert(c, epci_rows(d));
  communes.upsert(c, commune_rows(d));
  former.upsert(c, former_rows(d));
  postcodes.upsert(c, postcode_rows(d));
  postcodes.delete_missing(c);
  former.delete_missing(c);
  communes.delete_missing(c);
  epci.delete_missing(c);
  departements.delete_missing(c);
  regions.delete_missing(c);

  c.execute("DELETE FROM ref_sources");
  for (const auto& s : d.sources) {
    c.execute("INSERT INTO ref_sources (package, version, imported_at) VALUES (?, ?, ?)", s.package, s.version, imported_at);
  }
  return {{"regions", regions.counts()},     {"departements", departements.counts()},
          {"epci", epci.counts()},           {"communes", communes.counts()},
          {"former_communes", former.counts()}, {"postcodes", postcodes.counts()}};
}

Dataset read_stored_dataset(db::Connection& c) {
  Dataset d;
  auto& regions = c.query("SELECT code, name, zone, chef_lieu FROM ref_regions ORDER BY code");
  while (regions.step()) {
    d.regions.push_back({regions.text(0), regions.text(1), *zone_from_string(regions.text(2)), regions.text(3)});
  }
  auto& deps = c.query("SELECT code, name, region_code, zone, chef_lieu FROM ref_departements ORDER BY code");
  while (deps.step()) {
    d.departements.push_back({deps.text(0), deps.text(1), deps.text(2), *zone_from_string(deps.text(3)), deps.text(4)});
  }
  auto& epci = c.query(
      "SELECT siren, name, type, financing, population_municipale, population_totale FROM ref_epci ORDER BY siren");
  while (epci.step()) {
    d.epci.push_back({epci.text(0), epci.text(1), epci.text(2), epci.text(3), epci.optional_int64(4),
                      epci.optional_int64(5), {}});
  }
  std::unordered_map<std::string, std::size_t> commune_index;
  auto& communes = c.query(
      "SELECT code, name, kind, parent_code, departement_code, region_code, zone, epci_siren, siren, population,"
      " latitude, longitude, coordinates_estimated, coordinates_method FROM ref_communes"
      " ORDER BY kind DESC, code");  // communes before arrondissements
  while (communes.step()) {
    Commune x;
    x.code = communes.text(0);
    x.name = communes.text(1);
    x.kind = communes.text(2) == "commune" ? CommuneKind::commune : CommuneKind::arrondissement;
    x.parent_code = communes.text(3);
    x.departement_code = communes.text(4);
    x.region_code = communes.text(5);
    x.zone = *zone_from_string(communes.text(6));
    x.epci_siren = communes.text(7);
    x.siren = communes.text(8);
    x.population = communes.optional_int64(9);
    if (!communes.is_null(10)) {
      x.coordinates = Coordinates{communes.real(10), communes.real(11), communes.int64(12) != 0, communes.text(13)};
    }
    commune_index[x.code] = d.communes.size();
    d.communes.push_back(std::move(x));
  }
  auto& postcodes = c.query("SELECT commune_code, postcode, libelle_acheminement FROM ref_postcodes ORDER BY commune_code, postcode");
  while (postcodes.step()) {
    d.postcodes.push_back({postcodes.text(0), postcodes.text(1), postcodes.text(2)});
    d.communes[commune_index.at(d.postcodes.back().commune_code)].postcodes.push_back(d.postcodes.back().postcode);
  }
  auto& former = c.query("SELECT code, kind, name, current_code FROM ref_former_communes ORDER BY current_code, code");
  while (former.step()) {
    d.former_communes.push_back({former.text(0), former.text(1) == "deleguee" ? FormerKind::deleguee : FormerKind::associee,
                                 former.text(2), former.text(3)});
  }
  std::unordered_map<std::string, Epci*> epci_by_siren;
  for (auto& e : d.epci) epci_by_siren[e.siren] = &e;
  for (const auto& x : d.communes) {
    if (!x.epci_siren.empty()) epci_by_siren.at(x.epci_siren)->member_codes.push_back(x.code);
  }
  d.sources = stored_sources(c);
  return d;
}

std::vector<SourcePackage> stored_sources(db::Connection& c) {
  std::vector<SourcePackage> out;
  auto& st = c.query("SELECT package, version FROM ref_sources ORDER BY package");
  while (st.step()) out.push_back({st.text(0), st.text(1)});
  return out;
}

std::string last_import_time(db::Connection& c) {
  auto& st = c.query("SELECT MAX(imported_at) FROM ref_sources");
  return st.step() && !st.is_null(0) ? st.text(0) : std::string();
}

}  // namespace maillage::referential
