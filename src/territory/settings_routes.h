// HTTP routes of the territory settings: the taille thresholds (read by anyone signed in,
// changed by administrators).
#pragma once

#include "platform/db/database.h"
#include "platform/http/router.h"

namespace maillage::territory {

void register_settings_routes(http::Router& router, db::Database& db);

}  // namespace maillage::territory
