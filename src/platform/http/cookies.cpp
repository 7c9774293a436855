#include "platform/http/cookies.h"

namespace maillage::http {

std::string cookie_value(const Request& request, std::string_view name) {
  std::string_view header = request.header("Cookie");
  while (!header.empty()) {
    std::size_t end = header.find(';');
    std::string_view pair = header.substr(0, end);
    while (!pair.empty() && pair.front() == ' ') pair.remove_prefix(1);
    std::size_t eq = pair.find('=');
    if (eq != std::string_view::npos && pair.substr(0, eq) == name) return std::string(pair.substr(eq + 1));
    if (end == std::string_view::npos) break;
    header.remove_prefix(end + 1);
  }
  return {};
}

std::string set_cookie(std::string_view name, std::string_view value, long max_age_seconds, bool secure) {
  std::string out = std::string(name) + "=" + std::string(value) + "; Path=/; Max-Age=" + std::to_string(max_age_seconds) +
                    "; HttpOnly; SameSite=Strict";
  if (secure) out += "; Secure";
  return out;
}

std::string clear_cookie(std::string_view name, bool secure) { return set_cookie(name, "", 0, secure); }

}  // namespace maillage::http
