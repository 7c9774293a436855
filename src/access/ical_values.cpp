#include "access/ical_values.h"

#include "platform/time/civil_time.h"

namespace maillage::access {
namespace {

bool all_digits(std::string_view text) {
  for (char c : text)
    if (c < '0' || c > '9') return false;
  return !text.empty();
}

int number(std::string_view digits) {
  int value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

}  // namespace

std::optional<IcalTime> parse_ical_time(std::string_view value) {
  IcalTime time;
  time.utc = value.size() == 16 && value.back() == 'Z';
  if (time.utc) value.remove_suffix(1);
  time.is_date = value.size() == 8;
  if (!all_digits(value.substr(0, 8)) ||
      !(time.is_date || (value.size() == 15 && value[8] == 'T' && all_digits(value.substr(9)))))
    return std::nullopt;
  CivilFields fields{number(value.substr(0, 4)), number(value.substr(4, 2)), number(value.substr(6, 2))};
  if (!time.is_date) {
    fields.hour = number(value.substr(9, 2));
    fields.minute = number(value.substr(11, 2));
    fields.second = number(value.substr(13, 2));
  }
  if (!is_valid_civil(fields)) return std::nullopt;
  time.wall = civil_seconds(fields);
  return time;
}

std::optional<std::int64_t> parse_ical_duration(std::string_view value) {
  int sign = 1;
  if (!value.empty() && (value[0] == '+' || value[0] == '-')) {
    sign = value[0] == '-' ? -1 : 1;
    value.remove_prefix(1);
  }
  if (value.size() < 3 || value[0] != 'P') return std::nullopt;
  value.remove_prefix(1);
  // Each part is a number and a unit, the units in this order (W alone), time units after 'T'.
  constexpr std::string_view kUnits = "WDTHMS";
  constexpr std::int64_t kSeconds[] = {604800, 86400, 0, 3600, 60, 1};
  std::int64_t total = 0;
  std::size_t next_unit = 0;  // index in kUnits of the first unit still allowed
  bool in_time = false, any = false, any_in_time = false;
  while (!value.empty()) {
    if (value[0] == 'T') {
      if (in_time || next_unit > 2) return std::nullopt;
      in_time = true;
      next_unit = 3;
      value.remove_prefix(1);
      continue;
    }
    std::size_t digits = 0;
    while (digits < value.size() && digits < 9 && value[digits] >= '0' && value[digits] <= '9') ++digits;
    if (digits == 0 || digits == value.size()) return std::nullopt;
    std::size_t unit = kUnits.find(value[digits], next_unit);
    if (unit == std::string_view::npos || unit == 2 || (unit >= 3) != in_time)
      return std::nullopt;
    total += number(value.substr(0, digits)) * kSeconds[unit];
    any = true;
    any_in_time = any_in_time || in_time;
    next_unit = unit == 0 ? kUnits.size() : unit + 1;
    value.remove_prefix(digits + 1);
  }
  if (!any || (in_time && !any_in_time)) return std::nullopt;
  return sign * total;
}

bool is_ical_utc_offset(std::string_view value) {
  if (value.size() != 5 && value.size() != 7) return false;
  if ((value[0] != '+' && value[0] != '-') || !all_digits(value.substr(1))) return false;
  return number(value.substr(1, 2)) <= 23 && number(value.substr(3, 2)) <= 59 &&
         (value.size() == 5 || number(value.substr(5, 2)) <= 59);
}

std::string unescape_ical_text(std::string_view value) {
  std::string text;
  text.reserve(value.size());
  for (std::size_t i = 0; i < value.size(); ++i) {
    if (value[i] == '\\' && i + 1 < value.size()) {
      char next = value[++i];
      text.push_back(next == 'n' || next == 'N' ? '\n' : next);
    } else {
      text.push_back(value[i]);
    }
  }
  return text;
}

}  // namespace maillage::access
