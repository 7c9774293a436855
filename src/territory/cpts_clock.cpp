#include "territory/cpts_clock.h"

namespace maillage::territory {

std::string cpts_time_zone(const referential::Referential& ref, const Cpts& cpts) {
  const auto* seat = ref.commune(cpts.seat_commune_code);
  return time_zone_of_departement(seat ? seat->departement_code : std::string());
}

std::string cpts_today(const referential::Referential& ref, const Cpts& cpts) {
  return cpts_local_day(ref, cpts).date;
}

LocalDay cpts_local_day(const referential::Referential& ref, const Cpts& cpts) {
  std::string zone = cpts_time_zone(ref, cpts);
  return {utc_to_local(now_utc_seconds(), zone).substr(0, 10), zone};
}

}  // namespace maillage::territory
