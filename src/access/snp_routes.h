// The HTTP routes of unscheduled care (soins non programmés), one file per part.
#pragma once

#include "platform/db/database.h"
#include "platform/http/router.h"
#include "referential/referential.h"

namespace maillage::access {

/// Every unscheduled-care route (the ones below).
void register_snp_routes(http::Router& router, db::Database& db, const referential::ReferentialService& referential);

/// The inventory of resources and its published list (snp_resource_routes.cpp).
void register_snp_resource_routes(http::Router& router, db::Database& db,
                                  const referential::ReferentialService& referential);

/// Slots, the planning, patterns, iCalendar imports and the slot search (snp_slot_routes.cpp,
/// snp_slot_import_routes.cpp).
void register_snp_slot_routes(http::Router& router, db::Database& db, const referential::ReferentialService& referential);
void register_snp_slot_import_routes(http::Router& router, db::Database& db,
                                     const referential::ReferentialService& referential);

/// Requests, orientation, outcome (snp_request_routes.cpp).
void register_snp_request_routes(http::Router& router, db::Database& db,
                                 const referential::ReferentialService& referential);

/// Which directory professional the signed-in account is, with its sites (own_professional_routes.cpp).
void register_own_professional_route(http::Router& router, db::Database& db);

/// Indicators and the weekly SAS summary (snp_indicator_routes.cpp).
void register_snp_indicator_routes(http::Router& router, db::Database& db,
                                   const referential::ReferentialService& referential);

}  // namespace maillage::access
