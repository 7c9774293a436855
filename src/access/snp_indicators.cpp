#include "access/snp_indicators.h"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "access/mt_indicators.h"
#include "access/snp_rules.h"
#include "platform/time/local_time.h"
#include "platform/util/time.h"

namespace maillage::access {
namespace {

/// 0 for Monday … 6 for Sunday (1970-01-05 was a Monday).
int weekday_from_monday(const std::string& iso_date) {
  return ((days_between("1970-01-05", iso_date) % 7) + 7) % 7;
}

/// The ISO week of a UTC time's local date in `zone`.
std::string local_week(const std::string& utc, const std::string& zone) {
  return iso_week_of(utc_to_local(utc.substr(0, 19) + "Z", zone).substr(0, 10));
}

bool is_oriented(const SnpRequest& r) {
  return r.orientation && (r.status == SnpStatus::orientee || r.status == SnpStatus::cloturee);
}

/// Every value of an enumeration with its count, in the enumeration's order.
template <typename Enum>
std::vector<std::pair<std::string, int>> zeros(const std::vector<Enum>& values) {
  std::vector<std::pair<std::string, int>> out;
  for (Enum v : values) out.emplace_back(std::string(to_string(v)), 0);
  return out;
}

template <typename Enum>
void count(std::vector<std::pair<std::string, int>>& counts, Enum value) {
  auto name = to_string(value);
  for (auto& [key, n] : counts) {
    if (key == name) ++n;
  }
}

std::optional<double> ratio(int part, int whole) {
  if (whole == 0) return std::nullopt;
  return static_cast<double>(part) / static_cast<double>(whole);
}

}  // namespace

std::optional<double> WindowCount::share() const { return ratio(within, oriented); }

std::string iso_week_of(const std::string& iso_date) {
  // The ISO week belongs to the year of its Thursday, and week 1 holds the year's first Thursday.
  std::string thursday = add_days(iso_date, 3 - weekday_from_monday(iso_date));
  std::string year = thursday.substr(0, 4);
  int week = days_between(year + "-01-01", thursday) / 7 + 1;
  return fmt::format("{}-W{:02}", year, week);
}

std::optional<std::string> monday_of_iso_week(const std::string& week) {
  if (week.size() != 8 || week.substr(4, 2) != "-W") return std::nullopt;
  std::string year = week.substr(0, 4), number = week.substr(6, 2);
  if (year.find_first_not_of("0123456789") != std::string::npos ||
      number.find_first_not_of("0123456789") != std::string::npos || year < "1971" || year > "9998") {
    return std::nullopt;
  }
  int n = std::stoi(number);
  if (n < 1 || n > 53) return std::nullopt;
  // 4 January is always in week 1.
  std::string jan4 = year + "-01-04";
  std::string monday = add_days(add_days(jan4, -weekday_from_monday(jan4)), 7 * (n - 1));
  if (iso_week_of(monday) != week) return std::nullopt;  // week 53 of a year with 52
  return monday;
}

std::string rpps_of(const std::string& national_id) {
  return national_id.size() > 1 && national_id.front() == '8' ? national_id.substr(1) : national_id;
}

std::vector<std::string> snp_indicator_professionals(const std::vector<SnpRequest>& requests,
                                                     const std::vector<SnpSlot>& slots) {
  std::set<std::string> ids;
  for (const auto& s : slots) ids.insert(s.professional_id);
  for (const auto& r : requests) {
    if (is_oriented(r) && !r.slot_professional_id.empty()) ids.insert(r.slot_professional_id);
  }
  return {ids.begin(), ids.end()};
}

SnpIndicators compute_snp_indicators(const SnpIndicatorInput& in) {
  SnpIndicators m;
  m.by_status = zeros(std::vector<SnpStatus>{SnpStatus::nouvelle, SnpStatus::orientee, SnpStatus::cloturee,
                                             SnpStatus::annulee});
  m.by_source = zeros(all_snp_sources());
  m.by_urgency = zeros(all_urgencies());
  m.by_orientation = zeros(all_orientations());
  m.by_outcome = zeros(all_outcomes());
  for (SnpSource s : all_snp_sources()) {
    for (Urgency u : all_urgencies()) m.by_source_urgency.push_back({{std::string(to_string(s)), std::string(to_string(u))}, 0});
  }
  for (Urgency u : all_urgencies()) m.within_by_urgency.emplace_back(std::string(to_string(u)), WindowCount{});

  std::map<std::string, SnpWeekFigures> weeks;
  for (std::string day = in.from; day <= in.to; day = add_days(day, 7)) weeks[iso_week_of(day)];
  weeks[iso_week_of(in.to)];
  std::map<std::string, SnpProfessionalFigures> pros;
  for (const auto& id : snp_indicator_professionals(in.requests, in.slots)) {
    auto& p = pros[id];
    p.id = id;
    if (auto label = in.labels.find(id); label != in.labels.end()) {
      p.name = label->second.name;
      p.profession = label->second.profession;
    }
  }

  for (const auto& s : in.slots) {
    auto& pro = pros[s.professional_id];
    if (s.status == SlotStatus::cancelled) {
      ++m.cancelled;
      continue;
    }
    auto& week = weeks[local_week(s.starts_at, in.time_zone)];
    ++m.published;
    ++week.published;
    ++pro.published;
    if (s.status == SlotStatus::booked) {
      ++m.booked;
      ++week.booked;
      ++pro.booked;
    }
  }
  m.use_rate = ratio(m.booked, m.published);

  for (const auto& r : in.requests) {
    ++m.requests;
    count(m.by_status, r.status);
    count(m.by_source, r.source);
    count(m.by_urgency, r.urgency);
    for (auto& [key, n] : m.by_source_urgency) {
      if (key.first == to_string(r.source) && key.second == to_string(r.urgency)) ++n;
    }
    auto& week = weeks[local_week(r.created_at, in.time_zone)];
    ++week.requests;
    if (!is_oriented(r)) continue;
    count(m.by_orientation, *r.orientation);
    if (r.outcome) count(m.by_outcome, *r.outcome);
    bool within = oriented_within_window(r).value_or(false);
    auto& by_urgency = std::find_if(m.within_by_urgency.begin(), m.within_by_urgency.end(), [&](const auto& u) {
                         return u.first == to_string(r.urgency);
                       })->second;
    for (WindowCount* w : {&m.within, &by_urgency}) {
      ++w->oriented;
      if (within) ++w->within;
    }
    ++week.oriented;
    if (within) ++week.within;
    if (r.slot_professional_id.empty() || *r.orientation != Orientation::slot) continue;
    auto& pro = pros[r.slot_professional_id];
    if (r.source == SnpSource::regulation) ++pro.regulation;
    if (r.outcome == Outcome::seen) ++pro.seen;
  }

  for (auto& [key, week] : weeks) {
    week.week = key;
    m.weeks.push_back(week);
  }
  for (auto& [id, pro] : pros) m.professionals.push_back(pro);
  std::sort(m.professionals.begin(), m.professionals.end(),
            [](const auto& a, const auto& b) { return std::tie(a.name, a.id) < std::tie(b.name, b.id); });
  return m;
}

}  // namespace maillage::access
