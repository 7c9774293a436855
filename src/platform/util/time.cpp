#include "platform/util/time.h"

#include <fmt/chrono.h>
#include <fmt/format.h>

#include <array>
#include <charconv>

namespace maillage {

std::string format_timestamp_utc(std::chrono::system_clock::time_point t) {
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(t.time_since_epoch()) % 1000;
  return fmt::format("{:%Y-%m-%dT%H:%M:%S}.{:03d}Z", fmt::gmtime(std::chrono::system_clock::to_time_t(t)),
                     static_cast<int>(ms.count()));
}

std::string current_timestamp_utc() { return format_timestamp_utc(std::chrono::system_clock::now()); }

std::string today_utc() { return current_timestamp_utc().substr(0, 10); }

std::string add_days(const std::string& iso_date, int days) {
  using namespace std::chrono;
  year_month_day date{year{std::stoi(iso_date.substr(0, 4))}, month{static_cast<unsigned>(std::stoi(iso_date.substr(5, 2)))},
                      day{static_cast<unsigned>(std::stoi(iso_date.substr(8, 2)))}};
  year_month_day later{sys_days{date} + std::chrono::days{days}};
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(later.year()), static_cast<unsigned>(later.month()),
                     static_cast<unsigned>(later.day()));
}

bool is_iso_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  auto number = [](std::string_view digits) {
    int n = 0;
    auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
    return ec == std::errc() && end == digits.data() + digits.size() ? n : -1;
  };
  int year = number(text.substr(0, 4)), month = number(text.substr(5, 2)), day = number(text.substr(8, 2));
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return day <= kDays[static_cast<std::size_t>(month - 1)] + (month == 2 && leap ? 1 : 0);
}

}  // namespace maillage
