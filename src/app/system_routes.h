// Platform routes: `/api/health` (status, database, referential version), `/api/openapi.json`
// (docs/openapi.json, embedded) and `/api/ui-config`.
#pragma once

#include "platform/db/database.h"
#include "platform/http/router.h"
#include "referential/referential.h"

namespace maillage::app {

struct UiConfig;

void register_system_routes(http::Router& router, db::Database& db, const referential::ReferentialService& referential,
                            const UiConfig& ui);

}  // namespace maillage::app
