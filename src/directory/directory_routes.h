// HTTP routes of the directory: search (GET /api/directory), a professional's page and a
// structure's page, and a CPTS's territory directory as CSV or printable HTML.
#pragma once

#include "platform/db/database.h"
#include "platform/http/router.h"
#include "referential/referential.h"

namespace maillage::directory {

void register_directory_routes(http::Router& router, db::Database& db, const referential::ReferentialService& referential);

}  // namespace maillage::directory
