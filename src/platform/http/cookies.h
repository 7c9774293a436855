// Reading the Cookie header and writing Set-Cookie values.
#pragma once

#include <string>
#include <string_view>

#include "platform/http/request.h"

namespace maillage::http {

/// The value of cookie `name` in the request, or empty.
std::string cookie_value(const Request& request, std::string_view name);

/// A Set-Cookie value: HttpOnly, SameSite=Strict, Path=/, and Secure when `secure`.
std::string set_cookie(std::string_view name, std::string_view value, long max_age_seconds, bool secure);

/// A Set-Cookie value that deletes the cookie.
std::string clear_cookie(std::string_view name, bool secure);

}  // namespace maillage::http
