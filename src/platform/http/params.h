// Reading and validating query parameters; every failure is a 400 naming the parameter and rule.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

#include "platform/http/request.h"

namespace maillage::http {

/// Refuses any query parameter not in `allowed` (catches typos such as `?departemnt=13`).
void allow_only(const Request& request, std::initializer_list<std::string_view> allowed);

/// An optional text parameter of at most `max_length` bytes ("" when absent).
std::string text_param(const Request& request, std::string_view name, std::size_t max_length = 200);

/// An optional integer parameter in [min, max], `fallback` when absent.
long integer_param(const Request& request, std::string_view name, long fallback, long min, long max);

/// An optional date ("2026-11-23") or UTC time ("2026-11-23T10:00:00Z"), "" when absent; such
/// strings compare in time order with the stored ISO 8601 timestamps.
std::string timestamp_param(const Request& request, std::string_view name);

/// A paging cursor (opaque to clients): the offset of the next page, 0 when absent.
std::size_t cursor_param(const Request& request);
std::string make_cursor(std::size_t offset);

}  // namespace maillage::http
