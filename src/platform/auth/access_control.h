// The access check run before every route handler: permission (from the route's declaration and
// the caller's roles), tenant isolation, and CSRF protection of cookie-authenticated writes.
#pragma once

#include "platform/http/request.h"
#include "platform/http/router.h"

namespace maillage::auth {

/// Throws 401 (not signed in), 403 (signed in, not allowed; or password change pending) or 404
/// (a CPTS the caller has no role in: its existence is not disclosed) unless the request's
/// principal may use `route`.
void authorize(const http::Request& request, const http::Route& route);

/// Throws 403 when a state-changing request authenticated by the session cookie does not carry
/// the session's CSRF token in `X-CSRF-Token`.
void check_csrf(const http::Request& request);

/// The principal of a request that passed `authorize` with a permission other than public.
const Principal& caller(const http::Request& request);

}  // namespace maillage::auth
