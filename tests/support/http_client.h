// A minimal synchronous HTTP/1.1 client for tests (Boost.Beast), one connection per call unless
// a `Connection` is kept for keep-alive checks.
#pragma once

#include <boost/json/value.hpp>
#include <map>
#include <memory>
#include <string>

namespace maillage::testing {

struct HttpResult {
  unsigned status = 0;
  std::map<std::string, std::string> headers;  // lower-case names
  std::string body;
  bool keep_alive = false;

  std::string header(const std::string& lower_name) const {
    auto it = headers.find(lower_name);
    return it == headers.end() ? std::string() : it->second;
  }
  boost::json::value json() const;
};

/// One TCP connection to 127.0.0.1:port, reusable for several requests.
class HttpConnection {
 public:
  explicit HttpConnection(unsigned short port);
  ~HttpConnection();
  HttpResult request(const std::string& method, const std::string& target, const std::string& body = {},
                     const std::map<std::string, std::string>& headers = {});
  /// True when the server has closed the connection (a read returns end of stream).
  bool closed_by_peer();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// Opens a connection, sends one request, returns the answer.
HttpResult http_request(unsigned short port, const std::string& method, const std::string& target,
                        const std::string& body = {}, const std::map<std::string, std::string>& headers = {});
inline HttpResult http_get(unsigned short port, const std::string& target) { return http_request(port, "GET", target); }

/// Percent-encodes a query value.
std::string url_encode(const std::string& s);

}  // namespace maillage::testing
