// An HTTP request as handlers see it: method, decoded path and query, path parameters from the
// router, headers, body and the client's address. Independent of the server implementation.
#pragma once

#include <boost/beast/http/verb.hpp>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace maillage::auth {
struct Principal;
}

namespace maillage::http {

using Method = boost::beast::http::verb;

class Request {
 public:
  using Pairs = std::vector<std::pair<std::string, std::string>>;

  /// Builds a request from its raw target ("/api/communes?q=evry"); throws HttpError(400) when
  /// the target is not a valid origin-form URL.
  Request(Method method, std::string_view target, Pairs headers = {}, std::string body = {},
          std::string client_address = {});

  Method method() const { return method_; }
  std::string_view method_name() const;
  /// Decoded path, without the query string.
  const std::string& path() const { return path_; }

  /// The decoded value of a query parameter, or nothing when absent. An empty value (`?q=`) is
  /// returned as an empty string.
  std::optional<std::string> query(std::string_view name) const;
  const Pairs& query_params() const { return query_; }

  /// A path parameter captured by the router (`{code}` in `/api/communes/{code}`).
  const std::string& param(std::string_view name) const;
  void set_params(Pairs params) { params_ = std::move(params); }

  /// A header value (case-insensitive name), or empty when absent.
  std::string_view header(std::string_view name) const;
  const std::string& body() const { return body_; }
  /// The file holding the body of an upload route (see ServerOptions::uploads), which the
  /// server deletes once the response is sent: a handler keeping it moves it elsewhere first.
  /// Empty for other routes, whose body is in `body()`.
  const std::filesystem::path& body_file() const { return body_file_; }
  void set_body_file(std::filesystem::path file) { body_file_ = std::move(file); }
  const std::string& client_address() const { return client_address_; }
  /// Replaces the peer address by the client's when the peer is a trusted reverse proxy.
  void set_client_address(std::string address) { client_address_ = std::move(address); }

  /// Who is asking, once authenticated (nullptr for an anonymous request).
  const auth::Principal* principal() const { return principal_.get(); }
  void set_principal(std::shared_ptr<const auth::Principal> principal) { principal_ = std::move(principal); }

  /// True for the methods that change state (POST, PUT, PATCH, DELETE).
  bool is_state_changing() const;

 private:
  Method method_;
  std::string path_;
  Pairs query_;
  Pairs params_;
  Pairs headers_;
  std::string body_;
  std::filesystem::path body_file_;
  std::string client_address_;
  std::shared_ptr<const auth::Principal> principal_;
};

}  // namespace maillage::http
