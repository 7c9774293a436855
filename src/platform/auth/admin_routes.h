// HTTP routes of platform administration: users, their role assignments, and API tokens.
#pragma once

#include "platform/db/database.h"
#include "platform/http/router.h"

namespace maillage::auth {

void register_admin_routes(http::Router& router, db::Database& db);

}  // namespace maillage::auth
