#include "referential/model.h"

namespace maillage::referential {

std::string_view to_string(Zone zone) {
  switch (zone) {
    case Zone::metro: return "metro";
    case Zone::drom: return "drom";
    case Zone::com: return "com";
  }
  return "metro";
}

std::optional<Zone> zone_from_string(std::string_view s) {
  if (s == "metro") return Zone::metro;
  if (s == "drom") return Zone::drom;
  if (s == "com") return Zone::com;
  return std::nullopt;
}

std::string_view to_string(FormerKind kind) { return kind == FormerKind::deleguee ? "deleguee" : "associee"; }

}  // namespace maillage::referential
