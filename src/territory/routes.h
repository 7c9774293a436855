// HTTP routes of CPTS: list, create, read, and the people holding roles in one.
#pragma once

#include "platform/db/database.h"
#include "platform/http/router.h"

namespace maillage::territory {

void register_routes(http::Router& router, db::Database& db);

}  // namespace maillage::territory
