#include "platform/auth/account_rules.h"

#include <algorithm>
#include <cctype>

namespace maillage::auth {

std::string normalize_email(std::string_view email) {
  while (!email.empty() && std::isspace(static_cast<unsigned char>(email.front()))) email.remove_prefix(1);
  while (!email.empty() && std::isspace(static_cast<unsigned char>(email.back()))) email.remove_suffix(1);
  std::string out(email);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

std::optional<std::string> check_email(std::string_view email) {
  auto at = email.find('@');
  if (email.size() > 254 || at == std::string_view::npos || at == 0 || email.find('@', at + 1) != std::string_view::npos) {
    return "must be an e-mail address";
  }
  auto domain = email.substr(at + 1);
  if (domain.find('.') == std::string_view::npos || domain.front() == '.' || domain.back() == '.') {
    return "must be an e-mail address";
  }
  if (std::any_of(email.begin(), email.end(), [](unsigned char c) { return std::isspace(c) || c < 0x20; })) {
    return "must not contain spaces";
  }
  return std::nullopt;
}

std::optional<std::pair<std::string, std::string>> check_new_password(std::string_view password, std::string_view email) {
  // Length counts characters, not bytes: "é" is one.
  std::size_t characters = std::count_if(password.begin(), password.end(),
                                         [](unsigned char c) { return (c & 0xC0) != 0x80; });
  if (characters < kMinPasswordLength) {
    return std::pair{"min_length", "must be at least " + std::to_string(kMinPasswordLength) + " characters long"};
  }
  if (password.size() > kMaxPasswordLength) {
    return std::pair{"max_length", "must be at most " + std::to_string(kMaxPasswordLength) + " bytes long"};
  }
  std::string lower = normalize_email(password);
  auto local = normalize_email(email.substr(0, email.find('@')));
  if (local.size() >= 4 && lower.find(local) != std::string::npos) {
    return std::pair{"contains_email", "must not contain your e-mail address"};
  }
  return std::nullopt;
}

}  // namespace maillage::auth
