#include "access/mt_rules.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <utility>

#include "platform/util/text.h"
#include "platform/util/time.h"

namespace maillage::access {
namespace {

constexpr std::array<std::pair<MtStatus, std::string_view>, 9> kStatuses = {{
    {MtStatus::nouvelle, "nouvelle"},
    {MtStatus::qualifiee, "qualifiee"},
    {MtStatus::proposee, "proposee"},
    {MtStatus::acceptee, "acceptee"},
    {MtStatus::declaree, "declaree"},
    {MtStatus::cloturee, "cloturee"},
    {MtStatus::refusee, "refusee"},
    {MtStatus::sans_solution, "sans_solution"},
    {MtStatus::abandonnee, "abandonnee"},
}};

constexpr std::array<std::pair<MtSource, std::string_view>, 7> kSources = {{
    {MtSource::coordination, "coordination"},
    {MtSource::member, "member"},
    {MtSource::partner, "partner"},
    {MtSource::pharmacy, "pharmacy"},
    {MtSource::hospital, "hospital"},
    {MtSource::social_service, "social_service"},
    {MtSource::cpam, "cpam"},
}};

/// One allowed transition and who may make it.
struct Transition {
  MtStatus from, to;
  bool coordination, doctor;
};

constexpr std::array<Transition, 17> kTransitions = {{
    {MtStatus::nouvelle, MtStatus::qualifiee, true, false},
    {MtStatus::nouvelle, MtStatus::sans_solution, true, false},
    {MtStatus::nouvelle, MtStatus::abandonnee, true, false},
    {MtStatus::qualifiee, MtStatus::proposee, true, false},
    {MtStatus::qualifiee, MtStatus::sans_solution, true, false},
    {MtStatus::qualifiee, MtStatus::abandonnee, true, false},
    {MtStatus::proposee, MtStatus::acceptee, true, true},
    {MtStatus::proposee, MtStatus::refusee, true, true},
    {MtStatus::proposee, MtStatus::abandonnee, true, false},
    {MtStatus::refusee, MtStatus::proposee, true, false},
    {MtStatus::refusee, MtStatus::sans_solution, true, false},
    {MtStatus::refusee, MtStatus::abandonnee, true, false},
    {MtStatus::acceptee, MtStatus::declaree, true, true},
    {MtStatus::acceptee, MtStatus::abandonnee, true, false},
    {MtStatus::declaree, MtStatus::cloturee, true, false},
    {MtStatus::sans_solution, MtStatus::qualifiee, true, false},
    {MtStatus::sans_solution, MtStatus::abandonnee, true, false},
}};

template <class Enum, std::size_t N>
std::optional<Enum> from_name(const std::array<std::pair<Enum, std::string_view>, N>& names, std::string_view text) {
  for (const auto& [value, name] : names) {
    if (name == text) return value;
  }
  return std::nullopt;
}

template <class Enum, std::size_t N>
std::string_view name_of(const std::array<std::pair<Enum, std::string_view>, N>& names, Enum value) {
  for (const auto& [v, name] : names) {
    if (v == value) return name;
  }
  return "?";
}

}  // namespace

std::string_view to_string(MtStatus status) { return name_of(kStatuses, status); }
std::optional<MtStatus> mt_status_from_string(std::string_view text) { return from_name(kStatuses, text); }
std::string_view to_string(MtSource source) { return name_of(kSources, source); }
std::optional<MtSource> mt_source_from_string(std::string_view text) { return from_name(kSources, text); }

const std::vector<MtStatus>& all_mt_statuses() {
  static const std::vector<MtStatus> statuses = [] {
    std::vector<MtStatus> out;
    for (const auto& [status, name] : kStatuses) out.push_back(status);
    return out;
  }();
  return statuses;
}

std::optional<MtBroken> check_transition(MtStatus from, MtStatus to, MtActor actor, bool has_reason,
                                         bool has_doctor) {
  auto found = std::find_if(kTransitions.begin(), kTransitions.end(),
                            [&](const Transition& t) { return t.from == from && t.to == to; });
  if (found == kTransitions.end()) {
    return MtBroken{"transition", fmt::format("a request cannot go from {} to {}", to_string(from), to_string(to))};
  }
  bool allowed = actor == MtActor::coordination ? found->coordination : found->doctor;
  if (!allowed) {
    return MtBroken{"actor", fmt::format("only the coordination moves a request from {} to {}", to_string(from),
                                         to_string(to))};
  }
  if (to == MtStatus::refusee && !has_reason) {
    return MtBroken{"reason_required", "a refusal says why (reason)"};
  }
  if (to == MtStatus::proposee && !has_doctor) {
    return MtBroken{"doctor_required", "a proposal names the doctor and the practice site"};
  }
  return std::nullopt;
}

std::optional<MtBroken> check_census_fit(const std::optional<CensusEntry>& census, const MtRequest& request,
                                         const std::string& today) {
  if (!census) return MtBroken{"census_missing", "this practice site has made no declaration in the census"};
  const CensusEntry& e = *census;
  if (e.valid_until < today) {
    return MtBroken{"census_expired", fmt::format("the declaration of this site expired on {}", e.valid_until)};
  }
  if (!e.accepts) return MtBroken{"census_not_accepting", "this site takes no new médecin-traitant patients"};
  if (e.places && *e.places <= 0) return MtBroken{"census_full", "this site has no place left"};
  int age = request.age_at_entry;
  if (e.priority_only && priority_groups(request.flags, age).empty()) {
    return MtBroken{"census_priority_only", "this site takes priority patients only"};
  }
  if ((e.age_min && age < *e.age_min) || (e.age_max && age > *e.age_max)) {
    return MtBroken{"census_age", fmt::format("this site takes patients aged {} to {}", e.age_min.value_or(0),
                                              e.age_max ? std::to_string(*e.age_max) : std::string("any age"))};
  }
  if (!e.communes.empty() &&
      std::find(e.communes.begin(), e.communes.end(), request.commune_code) == e.communes.end()) {
    return MtBroken{"census_commune", fmt::format("this site does not serve commune {}", request.commune_code)};
  }
  return std::nullopt;
}

MtSettings default_mt_settings() {
  MtSettings s;
  s.delay_days = {{MtStatus::nouvelle, 7},  {MtStatus::qualifiee, 14}, {MtStatus::proposee, 7},
                  {MtStatus::refusee, 7},   {MtStatus::acceptee, 30}, {MtStatus::declaree, 30},
                  {MtStatus::sans_solution, 60}};
  s.retention_days = 365;
  return s;
}

std::optional<MtBroken> check_settings(const MtSettings& settings) {
  for (const auto& [status, days] : settings.delay_days) {
    if (is_final(status)) {
      return MtBroken{"final_status", fmt::format("{} is final: it has no delay", to_string(status))};
    }
    if (days < 1 || days > 365) {
      return MtBroken{"range", fmt::format("the delay of {} must be 1 to 365 days", to_string(status))};
    }
  }
  if (settings.retention_days < 0 || settings.retention_days > 3650) {
    return MtBroken{"range", "the retention must be 0 to 3,650 days"};
  }
  return std::nullopt;
}

std::string due_on(const MtRequest& request, const MtSettings& settings, std::string_view time_zone) {
  auto delay = settings.delay_days.find(request.status);
  if (delay == settings.delay_days.end()) return {};
  // status_since carries milliseconds; the local conversion reads whole seconds.
  std::string entered = utc_to_local(request.status_since.substr(0, 19) + "Z", time_zone).substr(0, 10);
  return add_days(entered, delay->second);
}

bool is_overdue(const MtRequest& request, const MtSettings& settings, const LocalDay& today) {
  std::string due = due_on(request, settings, today.time_zone);
  return !due.empty() && today.date > due;
}

std::string overdue_before(const LocalDay& today, int delay_days) {
  return local_day_start_ms(add_days(today.date, -delay_days), today.time_zone);
}

std::vector<MtStatus> allowed_transitions(MtStatus from, MtActor actor) {
  std::vector<MtStatus> out;
  for (MtStatus to : all_mt_statuses()) {
    auto found = std::find_if(kTransitions.begin(), kTransitions.end(),
                              [&](const Transition& t) { return t.from == from && t.to == to; });
    if (found != kTransitions.end() && (actor == MtActor::coordination ? found->coordination : found->doctor)) {
      out.push_back(to);
    }
  }
  return out;
}

bool is_final(MtStatus status) { return status == MtStatus::cloturee || status == MtStatus::abandonnee; }

bool is_waiting(MtStatus status) {
  return status == MtStatus::nouvelle || status == MtStatus::qualifiee || status == MtStatus::refusee ||
         status == MtStatus::sans_solution;
}

int age_on(const std::string& birth_date, const std::string& day) {
  int years = std::stoi(day.substr(0, 4)) - std::stoi(birth_date.substr(0, 4));
  if (day.substr(5) < birth_date.substr(5)) --years;  // birthday not reached yet this year
  return years;
}

std::vector<std::string> priority_groups(const PriorityFlags& flags, int age) {
  std::vector<std::string> groups;
  if (flags.ald) groups.emplace_back("ald");
  if (age >= 70) groups.emplace_back("age_70");
  if (age < 18) groups.emplace_back("child");
  if (flags.precarity) groups.emplace_back("precarity");
  if (flags.pregnancy) groups.emplace_back("pregnancy");
  if (flags.leaving_hospital) groups.emplace_back("leaving_hospital");
  if (flags.disability) groups.emplace_back("disability");
  return groups;
}

std::string person_key(const std::string& last_name, const std::string& first_name, const std::string& birth_date) {
  return fmt::format("{}|{}|{}", birth_date, text::fold(last_name), text::fold(first_name));
}

std::optional<std::string> normalize_phone(std::string_view phone) {
  std::string digits;
  for (char ch : phone) {
    if (ch >= '0' && ch <= '9') digits += ch;
    else if (ch == '+' && digits.empty()) digits += ch;
    else if (ch != ' ' && ch != '.' && ch != '-') return std::nullopt;
  }
  if (digits.size() == 10 && digits[0] == '0' && digits[1] != '0') return digits;
  if (digits.size() == 12 && digits.starts_with("+33") && digits[3] != '0') return digits;
  return std::nullopt;
}

}  // namespace maillage::access
