// Cities of addresses, from the referential: the city an INSEE code names (an arrondissement's
// is its commune's: "Marseille" for 13202), and the codes whose city starts with a search value.
// Practice sites and structures carry the INSEE code, so `address-city` searches by code on the
// existing commune indexes.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "referential/referential.h"

namespace maillage::fhir {

class CityIndex {
 public:
  explicit CityIndex(const referential::Referential& referential);

  /// The city of an INSEE commune or arrondissement code; nullptr when the code is unknown.
  const std::string* city(std::string_view code) const;

  /// The codes whose city, folded (text::fold), starts with `folded_prefix`.
  std::vector<std::string> codes_starting_with(std::string_view folded_prefix) const;

 private:
  std::unordered_map<std::string, std::string> city_by_code_;
  std::vector<std::pair<std::string, std::string>> by_folded_city_;  // (folded city, code), sorted
};

/// The index of the referential's current snapshot, rebuilt when the snapshot changes.
class CityIndexCache {
 public:
  explicit CityIndexCache(const referential::ReferentialService& referential) : referential_(referential) {}
  std::shared_ptr<const CityIndex> get();

 private:
  const referential::ReferentialService& referential_;
  std::mutex mutex_;
  std::shared_ptr<const referential::Referential> snapshot_;
  std::shared_ptr<const CityIndex> index_;
};

}  // namespace maillage::fhir
