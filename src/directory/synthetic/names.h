// French-looking names and street names for the synthetic directory: the most frequent family
// names and first names in France, and the street names found in most towns.
#pragma once

#include <span>
#include <string_view>

namespace maillage::directory::synthetic {

std::span<const std::string_view> family_names();
std::span<const std::string_view> female_first_names();
std::span<const std::string_view> male_first_names();

/// A street type: the RPPS and FINESS code ("R", "AV"…) and its label ("Rue", "Avenue"…).
struct StreetType {
  std::string_view code, label;
};
std::span<const StreetType> street_types();

/// Street names as they follow the type: "de la République", "Victor Hugo"…
std::span<const std::string_view> street_names();

}  // namespace maillage::directory::synthetic
