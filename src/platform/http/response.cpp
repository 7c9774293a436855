#include "platform/http/response.h"

#include <fmt/format.h>

#include <boost/json/serialize.hpp>

namespace maillage::http {

Response Response::json(const boost::json::value& value, unsigned status) {
  Response r;
  r.status = status;
  r.body = boost::json::serialize(value);
  return r;
}

Response Response::attachment(std::string body, std::string content_type, const std::string& filename) {
  Response r;
  r.body = std::move(body);
  r.content_type = std::move(content_type);
  r.headers.emplace_back("Content-Disposition", fmt::format("attachment; filename=\"{}\"", filename));
  return r;
}

Response Response::empty(unsigned status) {
  Response r;
  r.status = status;
  r.content_type.clear();
  return r;
}

}  // namespace maillage::http
