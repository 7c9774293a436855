// The FHIR R4 view of the directory under /fhir/: `metadata` (CapabilityStatement), and for
// Practitioner, PractitionerRole, Organization, Location and HealthcareService a search
// (`GET /fhir/{type}?…`, a searchset Bundle) and a read (`GET /fhir/{type}/{id}`); the SAS flow
// of unscheduled-care slots: Slot (search and read) and Schedule (read). Public data only
// (public_access). Errors are OperationOutcomes (see outcome.h).
#pragma once

#include "platform/db/database.h"
#include "platform/http/router.h"
#include "referential/referential.h"

namespace maillage::fhir {

void register_routes(http::Router& router, db::Database& db, const referential::ReferentialService& referential);

}  // namespace maillage::fhir
