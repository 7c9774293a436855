#include "platform/auth/auth_json.h"

#include <boost/json.hpp>
#include <chrono>

#include "platform/util/time.h"

namespace maillage::auth {
namespace json = boost::json;

namespace {

std::string iso(std::int64_t unix_seconds) {
  return format_timestamp_utc(std::chrono::system_clock::time_point(std::chrono::seconds(unix_seconds)));
}

json::value text_or_null(const std::string& s) { return s.empty() ? json::value(nullptr) : json::value(s); }

json::value cpts_json(const std::string& id, const std::string& name) {
  return id.empty() ? json::value(nullptr) : json::value({{"id", id}, {"name", name}});
}

}  // namespace

json::object role_json(const RoleAssignment& r) {
  return {{"id", r.id}, {"role", to_string(r.role)}, {"cpts", cpts_json(r.cpts_id, r.cpts_name)}};
}

json::object user_json(const User& u) {
  json::array roles;
  for (const auto& r : u.roles) roles.push_back(role_json(r));
  return {{"id", u.id},
          {"email", u.email},
          {"display_name", u.display_name},
          {"disabled", u.disabled},
          {"must_change_password", u.must_change_password},
          {"created_at", u.created_at},
          {"last_login_at", text_or_null(u.last_login_at)},
          {"roles", std::move(roles)}};
}

json::object token_json(const ApiToken& t) {
  return {{"id", t.id},
          {"name", t.name},
          {"role", to_string(t.role)},
          {"cpts", cpts_json(t.cpts_id, t.cpts_name)},
          {"created_at", t.created_at},
          {"expires_at", iso(t.expires)},
          {"last_used_at", t.last_used ? json::value(iso(*t.last_used)) : json::value(nullptr)},
          {"revoked", !t.revoked_at.empty()}};
}

}  // namespace maillage::auth
