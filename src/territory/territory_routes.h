// HTTP routes of a CPTS's territory: read it (now or at a past time), its history, add and
// remove communes and parts (by code, EPCI, département or radius), all rules enforced.
#pragma once

#include "platform/db/database.h"
#include "platform/http/router.h"
#include "referential/referential.h"

namespace maillage::territory {

void register_territory_routes(http::Router& router, db::Database& db,
                               const referential::ReferentialService& referential);

}  // namespace maillage::territory
