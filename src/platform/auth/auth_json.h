// JSON shapes of accounts shared by several routes (session, administration, CPTS people).
#pragma once

#include <boost/json/object.hpp>

#include "platform/auth/credential_store.h"
#include "platform/auth/roles.h"
#include "platform/auth/user_store.h"

namespace maillage::auth {

/// {id, role, cpts: {id, name} | null}
boost::json::object role_json(const RoleAssignment& role);

/// {id, email, display_name, disabled, must_change_password, created_at, last_login_at, roles}
boost::json::object user_json(const User& user);

/// {id, name, role, cpts, created_at, expires_at, last_used_at, revoked}
boost::json::object token_json(const ApiToken& token);

}  // namespace maillage::auth
