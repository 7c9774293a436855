// What a handler returns: status, content type, body and extra headers.
#pragma once

#include <boost/json/value.hpp>
#include <string>
#include <utility>
#include <vector>

namespace maillage::http {

struct Response {
  unsigned status = 200;
  std::string content_type = "application/json";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;

  /// A JSON response (serialized with Boost.JSON).
  static Response json(const boost::json::value& value, unsigned status = 200);

  /// A file to save: `body` of `content_type`, named `filename` (Content-Disposition attachment).
  static Response attachment(std::string body, std::string content_type, const std::string& filename);

  /// A response without body (204 by default).
  static Response empty(unsigned status = 204);

  Response& header(std::string name, std::string value) {
    headers.emplace_back(std::move(name), std::move(value));
    return *this;
  }
};

}  // namespace maillage::http
