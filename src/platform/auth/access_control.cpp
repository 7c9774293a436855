#include "platform/auth/access_control.h"

#include "platform/auth/crypto.h"
#include "platform/auth/principal.h"
#include "platform/http/problem.h"

namespace maillage::auth {

void authorize(const http::Request& request, const http::Route& route) {
  if (route.permission == Permission::public_access) return;
  const Principal* who = request.principal();
  if (!who) throw http::HttpError(401, "Unauthorized", "sign in to use this resource");
  // Being signed in is enough, even without any role yet (a new account choosing its password).
  if (route.permission == Permission::signed_in) return;
  if (who->must_change_password) {
    throw http::HttpError(403, "Password change required", "choose a new password before going on");
  }
  if (route.is_tenant_route()) {
    switch (who->access(route.permission, request.param(http::Route::kTenantParam))) {
      case Access::granted: return;
      case Access::forbidden: throw http::HttpError(403, "Forbidden", "your role in this CPTS does not allow this");
      case Access::hidden: throw http::not_found("no resource at " + request.path());
    }
  }
  if (!who->has(route.permission)) throw http::HttpError(403, "Forbidden", "your roles do not allow this");
}

void check_csrf(const http::Request& request) {
  const Principal* who = request.principal();
  if (!request.is_state_changing() || !who || !who->via_session()) return;
  std::string_view sent = request.header("X-CSRF-Token");
  if (sent.empty() || !constant_time_equals(sent, who->csrf_token)) {
    throw http::HttpError(403, "CSRF token missing or invalid",
                          "state-changing requests must send the session's token in the X-CSRF-Token header");
  }
}

const Principal& caller(const http::Request& request) {
  if (!request.principal()) throw http::HttpError(401, "Unauthorized", "sign in to use this resource");
  return *request.principal();
}

}  // namespace maillage::auth
