#include "fhir/date_search.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <regex>
#include <stdexcept>
#include <string>

#include "platform/http/problem.h"
#include "platform/time/civil_time.h"
#include "platform/time/local_time.h"

namespace maillage::fhir {
namespace {

constexpr std::int64_t kDay = 86400;

[[noreturn]] void refuse(std::string_view param, std::string_view rule, std::string message) {
  throw http::invalid_field(std::string(param), std::string(rule), std::move(message));
}

// The UTC instant of a wall-clock reading (seconds, as civil_seconds gives them) in the default zone.
std::int64_t local_instant(std::int64_t wall) {
  std::string utc = local_to_utc(format_civil(wall, false), kDefaultTimeZone);
  return *parse_civil(utc, true);
}

}  // namespace

DateValue parse_date_value(std::string_view value, std::string_view param) {
  static const std::regex kValue(
      R"(^([a-z]{2})?(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+\- ]\d{2}:\d{2})?)?$)");
  static constexpr std::array<std::pair<std::string_view, DatePrefix>, 5> kPrefixes = {{
      {"eq", DatePrefix::eq},
      {"ge", DatePrefix::ge},
      {"gt", DatePrefix::gt},
      {"le", DatePrefix::le},
      {"lt", DatePrefix::lt},
  }};
  std::string text(value);
  std::smatch m;
  if (!std::regex_match(text, m, kValue)) {
    refuse(param, "format", "must be a date (2026-11-23) or a date-time (2026-11-23T08:00:00Z), after ge, gt, le or lt");
  }
  DateValue out;
  if (m[1].matched) {
    auto known = std::find_if(kPrefixes.begin(), kPrefixes.end(), [&](const auto& p) { return p.first == m.str(1); });
    if (known == kPrefixes.end()) {
      refuse(param, "not_supported", fmt::format("the prefix {} is not supported (eq, ge, gt, le, lt)", m.str(1)));
    }
    out.prefix = known->second;
  }
  auto number = [&](int group) { return m[group].matched ? std::stoi(m.str(group)) : 0; };
  CivilFields fields{number(2), number(3), number(4), number(5), number(6), number(7)};
  if (!is_valid_civil(fields)) refuse(param, "format", "is not a real date and time");
  std::int64_t wall = civil_seconds(fields);
  if (!m[5].matched) {  // a day, from local midnight to the next
    out.low = local_instant(wall);
    out.high = local_instant(wall + kDay);
    return out;
  }
  std::string zone = m.str(8);
  if (zone.empty()) {
    out.low = local_instant(wall);
  } else if (zone == "Z") {
    out.low = wall;
  } else {
    int hours = std::stoi(zone.substr(1, 2)), minutes = std::stoi(zone.substr(4, 2));
    if (hours > 14 || minutes > 59) refuse(param, "format", "has a time zone offset out of range");
    std::int64_t offset = (hours * 60 + minutes) * 60;
    out.low = zone[0] == '-' ? wall + offset : wall - offset;
  }
  out.high = out.low + (m[7].matched ? 1 : 60);
  return out;
}

DateWindow date_window(const std::vector<DateValue>& values) {
  DateWindow w;
  auto raise = [&](std::int64_t from) { w.from = w.from ? std::max(*w.from, from) : from; };
  auto lower = [&](std::int64_t to) { w.to = w.to ? std::min(*w.to, to) : to; };
  for (const auto& v : values) {
    switch (v.prefix) {
      case DatePrefix::eq:
        raise(v.low);
        lower(v.high);
        break;
      case DatePrefix::ge: raise(v.low); break;
      case DatePrefix::gt: raise(v.high); break;
      case DatePrefix::le: lower(v.high); break;
      case DatePrefix::lt: lower(v.low); break;
    }
  }
  return w;
}

}  // namespace maillage::fhir
