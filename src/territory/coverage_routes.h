// GET /api/coverage: Plan 100 % coverage of the nation, a région or a département, with its
// zones blanches (sortable, paged).
#pragma once

#include "platform/db/database.h"
#include "platform/http/router.h"
#include "referential/referential.h"

namespace maillage::territory {

void register_coverage_routes(http::Router& router, db::Database& db,
                              const referential::ReferentialService& referential);

}  // namespace maillage::territory
