// CPTS (the tenants of Maillage) and their territories, as plain data.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace maillage::territory {

/// The profile of a CPTS; the optional fields are empty when unknown.
struct Cpts {
  std::string id;
  std::string name;
  std::string created_at;
  std::string short_name;
  std::string legal_form;  // e.g. "association loi 1901"
  std::string siret;
  std::string seat_commune_code;
  std::string contact_email;
  std::string contact_phone;
  std::string website;
  std::string status = "projet";  // see lifecycle.h
};

/// One dated step of a CPTS's lifecycle, with who recorded it.
struct StatusChange {
  std::string status;
  std::string effective_date;
  std::string recorded_at;
  std::string recorded_by;
  std::string note;
};

/// What a territory is made of. A CPTS covers whole communes and/or parts of communes with
/// several postcodes: an arrondissement municipal (Paris, Lyon, Marseille — its own INSEE code)
/// or a (commune, postcode) pair.
enum class ElementKind { commune, arrondissement, postcode_part };

std::string_view to_string(ElementKind kind);

/// Identifies an element: `code` is the commune's or the arrondissement's INSEE code; `postcode`
/// is set for a (commune, postcode) part only.
struct ElementKey {
  std::string code;
  std::string postcode;

  bool operator==(const ElementKey&) const = default;
  auto operator<=>(const ElementKey&) const = default;
};

/// An element as held by a CPTS now.
struct Holding {
  ElementKey key;
  std::string cpts_id;
  std::string cpts_name;
  std::optional<std::int64_t> entered_population;  // postcode parts only
};

/// A population figure and whether any part of it is an estimate.
struct Population {
  std::int64_t value = 0;
  bool estimated = false;
};

/// The minimum population of tailles 2, 3 and 4. The brief: taille 1 below 40,000; taille 2 from
/// 40,000 to 80,000; taille 3 from 80,000 to 175,000; taille 4 above 175,000. Boundaries: a CPTS
/// of exactly 40,000 is taille 2, of exactly 80,000 taille 3, of exactly 175,000 still taille 3
/// ("above 175,000" is strict) — hence 40,000, 80,000 and 175,001. An administrator may change
/// them (the ACI tables live in data).
struct TailleThresholds {
  std::int64_t taille2 = 40'000;
  std::int64_t taille3 = 80'000;
  std::int64_t taille4 = 175'001;
};

}  // namespace maillage::territory
