#include "platform/http/request.h"

#include <boost/beast/http/verb.hpp>
#include <boost/url/parse.hpp>
#include <strings.h>

#include "platform/http/problem.h"

namespace maillage::http {
namespace {

/// `|` is not allowed unencoded in a URL, but FHIR clients send it raw (the ANS's SAS guide writes
/// `system|value` tokens so): it is read as its encoding, %7C.
std::string with_bars_encoded(std::string_view target) {
  std::string out;
  out.reserve(target.size());
  for (char ch : target) {
    if (ch == '|') out += "%7C";
    else out += ch;
  }
  return out;
}

}  // namespace

Request::Request(Method method, std::string_view target, Pairs headers, std::string body,
                 std::string client_address)
    : method_(method), headers_(std::move(headers)), body_(std::move(body)), client_address_(std::move(client_address)) {
  std::string encoded = target.find('|') == std::string_view::npos ? std::string(target) : with_bars_encoded(target);
  auto parsed = boost::urls::parse_origin_form(encoded);
  if (!parsed) throw HttpError(400, "Invalid request", "the request target is not a valid URL path");
  path_ = parsed->path();
  for (auto param : parsed->params()) query_.emplace_back(param.key, param.has_value ? param.value : std::string());
}

bool Request::is_state_changing() const {
  return method_ == Method::post || method_ == Method::put || method_ == Method::patch || method_ == Method::delete_;
}

std::string_view Request::method_name() const { return boost::beast::http::to_string(method_); }

std::optional<std::string> Request::query(std::string_view name) const {
  for (const auto& [k, v] : query_) {
    if (k == name) return v;
  }
  return std::nullopt;
}

const std::string& Request::param(std::string_view name) const {
  for (const auto& [k, v] : params_) {
    if (k == name) return v;
  }
  static const std::string kEmpty;
  return kEmpty;
}

std::string_view Request::header(std::string_view name) const {
  for (const auto& [k, v] : headers_) {
    if (k.size() == name.size() && strncasecmp(k.data(), name.data(), k.size()) == 0) return v;
  }
  return {};
}

}  // namespace maillage::http
