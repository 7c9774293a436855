#include "platform/http/response.h"

#include <boost/json/serialize.hpp>

namespace maillage::http {

Response Response::json(const boost::json::value& value, unsigned status) {
  Response r;
  r.status = status;
  r.body = boost::json::serialize(value);
  return r;
}

Response Response::empty(unsigned status) {
  Response r;
  r.status = status;
  r.content_type.clear();
  return r;
}

}  // namespace maillage::http
