// POST /api/territory-imports: the bulk import of territories (bulk_import.h) over HTTP, for
// administrators and platform-wide funders (the ARS).
#pragma once

#include "platform/db/database.h"
#include "platform/http/router.h"
#include "referential/referential.h"

namespace maillage::territory {

void register_import_routes(http::Router& router, db::Database& db, const referential::ReferentialService& referential);

}  // namespace maillage::territory
