#include "support/api_client.h"

#include <stdexcept>

namespace maillage::testing {

DemoAccount demo_account(const std::string& role) {
  return {role + "@demo.maillage.test", "maillage-demo-" + role};
}

HttpResult ApiClient::login(const std::string& email, const std::string& password,
                            const std::map<std::string, std::string>& headers) {
  boost::json::object body{{"email", email}, {"password", password}};
  HttpResult r = http_request(port_, "POST", "/api/session", boost::json::serialize(body), headers);
  if (r.status == 200) {
    std::string set_cookie = r.header("set-cookie");
    auto eq = set_cookie.find('=');
    cookie_ = set_cookie.substr(eq + 1, set_cookie.find(';') - eq - 1);
    csrf_ = std::string(r.json().at("csrf_token").as_string());
  }
  return r;
}

HttpResult ApiClient::request(const std::string& method, const std::string& target, const std::string& body,
                              std::map<std::string, std::string> headers) {
  if (!cookie_.empty()) headers["Cookie"] = "maillage_session=" + cookie_;
  if (!bearer_.empty()) headers["Authorization"] = "Bearer " + bearer_;
  if (!csrf_.empty() && method != "GET" && method != "HEAD") headers["X-CSRF-Token"] = csrf_;
  std::string payload = body;
  if (payload.empty() && method != "GET" && method != "HEAD" && method != "DELETE") payload = "{}";
  return http_request(port_, method, target, payload, headers);
}

}  // namespace maillage::testing
