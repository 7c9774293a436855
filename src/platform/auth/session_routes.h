// HTTP routes of sign-in: POST/GET/DELETE /api/session and PUT /api/session/password.
#pragma once

#include "platform/auth/authenticator.h"
#include "platform/http/router.h"

namespace maillage::auth {

void register_session_routes(http::Router& router, db::Database& db, const Authenticator& authenticator);

}  // namespace maillage::auth
