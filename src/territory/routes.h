// HTTP routes of CPTS: list, create, read (with the lifecycle history), edit the profile, record
// a lifecycle step, and the people holding roles in one.
#pragma once

#include "platform/db/database.h"
#include "platform/http/router.h"
#include "referential/referential.h"

namespace maillage::territory {

void register_routes(http::Router& router, db::Database& db, const referential::ReferentialService& referential);

}  // namespace maillage::territory
