// Rules for accounts (pure): e-mail addresses, display names and passwords.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace maillage::auth {

inline constexpr std::size_t kMinPasswordLength = 12;
inline constexpr std::size_t kMaxPasswordLength = 256;

/// Trimmed and lower-cased: e-mail addresses are compared without case.
std::string normalize_email(std::string_view email);

/// Nothing when `email` (normalized) looks like an address; otherwise why not.
std::optional<std::string> check_email(std::string_view email);

/// Nothing when `password` may be chosen by the user `email`; otherwise the rule broken and why:
/// {"min_length"|"max_length"|"contains_email", message}.
std::optional<std::pair<std::string, std::string>> check_new_password(std::string_view password, std::string_view email);

}  // namespace maillage::auth
