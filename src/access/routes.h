// The HTTP routes of the access-to-care capability: médecin traitant (unscheduled care: snp_routes.h).
#pragma once

#include "platform/db/database.h"
#include "platform/http/router.h"
#include "referential/referential.h"

namespace maillage::access {

/// Requests, census, account ↔ professional link (mt_routes.cpp), then the matching.
void register_routes(http::Router& router, db::Database& db, const referential::ReferentialService& referential);

/// The import of a list of patients (mt_list_routes.cpp).
void register_list_routes(http::Router& router, db::Database& db, const referential::ReferentialService& referential);

/// The indicators, JSON and CSV (mt_indicator_routes.cpp).
void register_indicator_routes(http::Router& router, db::Database& db,
                               const referential::ReferentialService& referential);

/// Suggestions, batch allocation and its confirmation (mt_matching_routes.cpp).
void register_matching_routes(http::Router& router, db::Database& db, const referential::ReferentialService& referential);

}  // namespace maillage::access
