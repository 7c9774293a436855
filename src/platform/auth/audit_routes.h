// GET /api/audit: the audit log, filtered, newest first; limited to the caller's CPTS.
#pragma once

#include "platform/db/database.h"
#include "platform/http/router.h"

namespace maillage::auth {

void register_audit_routes(http::Router& router, db::Database& db);

}  // namespace maillage::auth
