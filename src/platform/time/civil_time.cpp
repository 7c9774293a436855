#include "platform/time/civil_time.h"

#include <fmt/format.h>

#include <chrono>

namespace maillage {
namespace {

constexpr std::int64_t kDay = 86400;

// The number written with exactly `text.size()` digits, or -1.
int digits_value(std::string_view text) {
  int value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return -1;
    value = value * 10 + (c - '0');
  }
  return value;
}

std::chrono::year_month_day date_of(const CivilFields& f) {
  return {std::chrono::year{f.year}, std::chrono::month{static_cast<unsigned>(f.month)},
          std::chrono::day{static_cast<unsigned>(f.day)}};
}

}  // namespace

bool is_valid_civil(const CivilFields& f) {
  return f.year >= 1 && f.year <= 9999 && f.month >= 1 && f.month <= 12 && f.day >= 1 && f.day <= 31 &&
         date_of(f).ok() && f.hour >= 0 && f.hour <= 23 && f.minute >= 0 && f.minute <= 59 && f.second >= 0 &&
         f.second <= 59;
}

std::int64_t civil_seconds(const CivilFields& f) {
  std::int64_t days = std::chrono::sys_days{date_of(f)}.time_since_epoch().count();
  return days * kDay + f.hour * 3600 + f.minute * 60 + f.second;
}

CivilFields civil_fields(std::int64_t seconds) {
  std::int64_t days = seconds >= 0 ? seconds / kDay : -((-seconds + kDay - 1) / kDay);
  std::int64_t in_day = seconds - days * kDay;
  std::chrono::year_month_day date{std::chrono::sys_days{std::chrono::days{days}}};
  return {static_cast<int>(date.year()), static_cast<int>(static_cast<unsigned>(date.month())),
          static_cast<int>(static_cast<unsigned>(date.day())), static_cast<int>(in_day / 3600),
          static_cast<int>(in_day % 3600 / 60), static_cast<int>(in_day % 60)};
}

std::string format_civil(std::int64_t seconds, bool utc) {
  CivilFields f = civil_fields(seconds);
  return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}{}", f.year, f.month, f.day, f.hour, f.minute, f.second,
                     utc ? "Z" : "");
}

std::optional<std::int64_t> parse_civil(std::string_view text, bool utc) {
  if (utc) {
    if (text.empty() || text.back() != 'Z') return std::nullopt;
    text.remove_suffix(1);
  }
  if ((text.size() != 16 && text.size() != 19) || text[4] != '-' || text[7] != '-' || text[10] != 'T' ||
      text[13] != ':' || (text.size() == 19 && text[16] != ':'))
    return std::nullopt;
  CivilFields f{digits_value(text.substr(0, 4)), digits_value(text.substr(5, 2)), digits_value(text.substr(8, 2)),
                digits_value(text.substr(11, 2)), digits_value(text.substr(14, 2)),
                text.size() == 19 ? digits_value(text.substr(17, 2)) : 0};
  if (!is_valid_civil(f)) return std::nullopt;
  return civil_seconds(f);
}

}  // namespace maillage
