#include "fhir/slot_resources.h"

#include <boost/json.hpp>

#include "fhir/codes.h"
#include "fhir/elements.h"
#include "fhir/ids.h"
#include "fhir/resources.h"

namespace maillage::fhir {
namespace json = boost::json;

json::object slot(const SlotRow& row) {
  json::object r = resource("Slot", slot_resource_id(row.id), {});
  bool free = row.status == "free";
  json::object meta;
  if (free) meta["profile"] = json::array{json::string(kSasSlotProfile)};
  // Published for unscheduled care, to the regulators and the CPTS (not to the public).
  meta["security"] = json::array{{{"system", kSlotTypeSystem}, {"code", "SNP"}},
                                 {{"system", kSlotTypeSystem}, {"code", "CPTS"}}};
  r["meta"] = std::move(meta);
  bool remote = row.mode == "remote";
  r["serviceType"] = json::array{
      {{"coding", json::array{{{"system", kActCodeSystem},
                               {"code", remote ? "VR" : "AMB"},
                               {"display", remote ? "virtual" : "ambulatory"}}}},
       {"text", remote ? "Téléconsultation" : "Consultation au cabinet"}}};
  // FrSlot binds specialty to the spécialités ordinales: other savoir-faire are left out.
  bool ordinal = row.site.specialty_type.empty() || row.site.specialty_type == "S";
  if (ordinal) put(r, "specialty", codeables({specialty(row.site)}));
  r["appointmentType"] = {{"coding", json::array{{{"system", kAppointmentReasonSystem}, {"code", "ROUTINE"}}}}};
  r["schedule"] = reference("Schedule", site_resource_id(row.professional_id, row.site_key));
  r["status"] = free ? "free" : "busy";
  r["start"] = row.starts_at;
  r["end"] = row.ends_at;
  return r;
}

json::object schedule(const ScheduleRow& row) {
  std::string id = site_resource_id(row.national_id, row.site_key);
  json::object r = resource("Schedule", id, {});
  r["meta"] = {{"profile", json::array{json::string(kSasScheduleProfile)}}};
  r["active"] = true;
  json::array actors;
  if (row.professional) {
    actors.push_back(reference("Practitioner", row.national_id, display_name(*row.professional)));
  } else {
    actors.push_back({{"type", "Practitioner"}, {"identifier", {{"system", kIdnpsSystem}, {"value", row.national_id}}}});
  }
  if (row.site_in_directory) {
    actors.push_back(reference("PractitionerRole", id));
    actors.push_back(reference("Location", id));
  }
  r["actor"] = std::move(actors);
  return r;
}

}  // namespace maillage::fhir
