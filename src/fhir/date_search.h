// FHIR `date` search values (`start=ge2026-11-23T08:00:00Z`): a prefix and a date or date-time,
// read as the range of instants the value stands for at its precision, and the window that
// several bounds leave. Pure.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace maillage::fhir {

/// The zone of a date or date-time written without one: Maillage's CPTS are in France, and the
/// SAS examples write local times ("2021-01-02T10:00:00").
inline constexpr std::string_view kDefaultTimeZone = "Europe/Paris";

enum class DatePrefix { eq, ge, gt, le, lt };

/// A date search value: its prefix (eq when none) and the instants it stands for, [low, high) in
/// seconds since 1970-01-01T00:00:00Z: a day (local midnight to midnight), a minute or a second.
struct DateValue {
  DatePrefix prefix = DatePrefix::eq;
  std::int64_t low = 0, high = 0;
};

/// Reads `[prefix]YYYY-MM-DD` or `[prefix]YYYY-MM-DDThh:mm[:ss[.fff]][Z|±hh:mm]`; a space before
/// the offset is a `+` that the query string decoded. 400 naming `param` otherwise (the prefixes
/// ne, sa, eb and ap are not supported).
DateValue parse_date_value(std::string_view value, std::string_view param);

/// The instants [from, to) that every value admits for a point in time (a slot's start): the
/// latest lower bound (ge: low, gt: high, eq: low) and the earliest upper bound (le: high, lt: low,
/// eq: high); nothing on a side no value bounds.
struct DateWindow {
  std::optional<std::int64_t> from, to;
};
DateWindow date_window(const std::vector<DateValue>& values);

}  // namespace maillage::fhir
