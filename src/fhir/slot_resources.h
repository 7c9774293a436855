// The FHIR R4 Slot and Schedule of unscheduled-care slots, as the SAS flow of the CPTS use case
// expects them (IG service-acces-aux-soins: profiles sas-cpts-slot-aggregator and
// FrScheduleAgregateur). No patient data: a booked slot is only `busy`. Pure.
#pragma once

#include <boost/json/object.hpp>

#include "fhir/model.h"

namespace maillage::fhir {

/// Slot: id = the slot number; its Schedule; status free or busy (booked); start and end (UTC
/// instants); the slot types SNP and CPTS (TRE_R314) in meta.security; serviceType AMB (at the
/// practice) or VR (téléconsultation, a remote slot); the site's spécialité ordinale (TRE_R38);
/// appointmentType ROUTINE. A free slot declares the SAS profile.
boost::json::object slot(const SlotRow& row);

/// Schedule: id = the site's id (as its PractitionerRole's); actors: the Practitioner (by IDNPS
/// identifier when the directory no longer holds them), and the site's PractitionerRole and
/// Location when the directory holds the site.
boost::json::object schedule(const ScheduleRow& row);

}  // namespace maillage::fhir
