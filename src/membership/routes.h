// HTTP routes of membership (adhésions), all under a CPTS:
//   colleges          GET/POST …/colleges, PATCH/DELETE …/colleges/{college_id}   (college_routes.cpp)
//   memberships       GET/POST …/memberships, GET/PATCH …/memberships/{id},
//                     POST …/{id}/status, PUT …/{id}/fees/{year}                 (membership_routes.cpp)
//   membership rate   GET …/membership-rate                                       (rate_routes.cpp)
#pragma once

#include "platform/db/database.h"
#include "platform/http/router.h"
#include "referential/referential.h"

namespace maillage::membership {

/// Registers every membership route.
void register_routes(http::Router& router, db::Database& db, const referential::ReferentialService& referential);

void register_college_routes(http::Router& router, db::Database& db);
void register_membership_routes(http::Router& router, db::Database& db, const referential::ReferentialService& referential);
void register_rate_routes(http::Router& router, db::Database& db, const referential::ReferentialService& referential);

}  // namespace maillage::membership
