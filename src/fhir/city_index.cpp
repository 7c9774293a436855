#include "fhir/city_index.h"

#include <algorithm>

#include "platform/util/text.h"

namespace maillage::fhir {

CityIndex::CityIndex(const referential::Referential& referential) {
  for (const auto& commune : referential.data().communes) {
    const referential::Commune* city = &commune;
    if (commune.kind == referential::CommuneKind::arrondissement) {
      if (const auto* parent = referential.commune(commune.parent_code)) city = parent;
    }
    city_by_code_.emplace(commune.code, city->name);
    by_folded_city_.emplace_back(text::fold(city->name), commune.code);
  }
  std::sort(by_folded_city_.begin(), by_folded_city_.end());
}

const std::string* CityIndex::city(std::string_view code) const {
  auto it = city_by_code_.find(std::string(code));
  return it == city_by_code_.end() ? nullptr : &it->second;
}

std::vector<std::string> CityIndex::codes_starting_with(std::string_view folded_prefix) const {
  std::vector<std::string> codes;
  auto it = std::lower_bound(by_folded_city_.begin(), by_folded_city_.end(), folded_prefix,
                             [](const auto& entry, std::string_view p) { return entry.first < p; });
  for (; it != by_folded_city_.end() && std::string_view(it->first).starts_with(folded_prefix); ++it) {
    codes.push_back(it->second);
  }
  return codes;
}

std::shared_ptr<const CityIndex> CityIndexCache::get() {
  auto snapshot = referential_.current();
  std::lock_guard lock(mutex_);
  if (!index_ || snapshot != snapshot_) {
    index_ = std::make_shared<const CityIndex>(*snapshot);
    snapshot_ = std::move(snapshot);
  }
  return index_;
}

}  // namespace maillage::fhir
