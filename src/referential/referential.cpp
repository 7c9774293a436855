#include "referential/referential.h"

#include "referential/store.h"

namespace maillage::referential {
namespace {

template <class Map>
const auto* find_in(const Map& map, std::string_view key, const auto& vector) {
  auto it = map.find(key);
  return it == map.end() ? nullptr : &vector[it->second];
}

template <class T, class Map>
std::vector<const T*> pick(const Map& map, std::string_view key, const std::vector<T>& vector) {
  std::vector<const T*> out;
  if (auto it = map.find(key); it != map.end()) {
    for (auto i : it->second) out.push_back(&vector[i]);
  }
  return out;
}

}  // namespace

std::shared_ptr<const Referential> Referential::build(Dataset dataset, std::string imported_at) {
  std::shared_ptr<Referential> r(new Referential());
  r->data_ = std::move(dataset);
  r->imported_at_ = std::move(imported_at);
  auto& d = r->data_;
  for (std::size_t i = 0; i < d.communes.size(); ++i) r->communes_[d.communes[i].code] = i;
  // Arrondissements belong to their commune's EPCI (the source lists only communes as members).
  for (auto& c : d.communes) {
    if (c.kind == CommuneKind::arrondissement) {
      c.epci_siren = d.communes[r->communes_.at(c.parent_code)].epci_siren;
      r->arrondissements_[d.communes[r->communes_.at(c.parent_code)].code].push_back(r->communes_.at(c.code));
    }
  }
  for (std::size_t i = 0; i < d.departements.size(); ++i) r->departements_[d.departements[i].code] = i;
  for (std::size_t i = 0; i < d.regions.size(); ++i) r->regions_[d.regions[i].code] = i;
  for (std::size_t i = 0; i < d.epci.size(); ++i) r->epci_[d.epci[i].siren] = i;
  for (std::size_t i = 0; i < d.former_communes.size(); ++i) {
    r->former_.emplace(d.former_communes[i].code, i);
    r->former_by_current_[d.former_communes[i].current_code].push_back(i);
  }
  for (std::size_t i = 0; i < d.postcodes.size(); ++i) {
    r->postcodes_by_commune_[d.postcodes[i].commune_code].push_back(i);
    r->postcodes_by_code_[d.postcodes[i].postcode].push_back(i);
  }
  r->index_ = std::make_unique<SearchIndex>(d.communes, d.former_communes);
  return r;
}

const Commune* Referential::commune(std::string_view code) const { return find_in(communes_, code, data_.communes); }
const Departement* Referential::departement(std::string_view code) const {
  return find_in(departements_, code, data_.departements);
}
const Region* Referential::region(std::string_view code) const { return find_in(regions_, code, data_.regions); }
const Epci* Referential::epci(std::string_view siren) const { return find_in(epci_, siren, data_.epci); }
const FormerCommune* Referential::former_commune(std::string_view code) const {
  return find_in(former_, code, data_.former_communes);
}

std::vector<const Commune*> Referential::arrondissements_of(const Commune& c) const {
  return pick(arrondissements_, c.code, data_.communes);
}
std::vector<const FormerCommune*> Referential::former_names_of(const Commune& c) const {
  return pick(former_by_current_, c.code, data_.former_communes);
}
std::vector<const Postcode*> Referential::postcodes_of(const Commune& c) const {
  return pick(postcodes_by_commune_, c.code, data_.postcodes);
}
std::vector<const Postcode*> Referential::postcode(std::string_view postcode) const {
  return pick(postcodes_by_code_, postcode, data_.postcodes);
}

void ReferentialService::reload() {
  db::Lease lease = db_.read();
  std::string imported_at = last_import_time(*lease);
  current_.store(Referential::build(read_stored_dataset(*lease), std::move(imported_at)));
}

}  // namespace maillage::referential
