// An API client for tests that signs in like the browser does: keeps the session cookie and
// sends the CSRF token with state-changing requests.
#pragma once

#include <boost/json.hpp>
#include <map>
#include <string>

#include "support/http_client.h"

namespace maillage::testing {

/// The passwords of the demo accounts (`maillage serve --demo`), as documented in README.md.
struct DemoAccount {
  std::string email;
  std::string password;
};
DemoAccount demo_account(const std::string& role);  // admin, coordination, membre, partenaire, financeur

class ApiClient {
 public:
  explicit ApiClient(unsigned short port) : port_(port) {}

  /// Signs in; returns the answer (the session is kept on success).
  HttpResult login(const std::string& email, const std::string& password,
                   const std::map<std::string, std::string>& headers = {});

  /// Any request, with the session cookie and CSRF token when signed in. A non-empty body is
  /// sent as JSON.
  HttpResult request(const std::string& method, const std::string& target, const std::string& body = {},
                     std::map<std::string, std::string> headers = {});
  HttpResult get(const std::string& target) { return request("GET", target); }
  HttpResult post(const std::string& target, const boost::json::value& body) {
    return request("POST", target, boost::json::serialize(body));
  }

  const std::string& session_token() const { return cookie_; }
  const std::string& csrf_token() const { return csrf_; }
  void forget_csrf() { csrf_.clear(); }
  void set_bearer(std::string token) { bearer_ = std::move(token); }

 private:
  unsigned short port_;
  std::string cookie_;
  std::string csrf_;
  std::string bearer_;
};

}  // namespace maillage::testing
