#include "membership/rules.h"

#include "platform/util/time.h"

#include <fmt/format.h>

#include <array>
#include <charconv>
#include <utility>

namespace maillage::membership {
namespace {

constexpr std::array<std::pair<Status, std::string_view>, 4> kStatuses = {{
    {Status::demande, "demande"},
    {Status::active, "active"},
    {Status::suspendue, "suspendue"},
    {Status::radiee, "radiee"},
}};

}  // namespace

std::string_view to_string(Status status) {
  for (const auto& [s, name] : kStatuses) {
    if (s == status) return name;
  }
  return "demande";
}

std::optional<Status> status_from_string(std::string_view text) {
  for (const auto& [s, name] : kStatuses) {
    if (name == text) return s;
  }
  return std::nullopt;
}

std::string_view to_string(MemberKind kind) { return kind == MemberKind::professional ? "professional" : "structure"; }

std::optional<MemberKind> member_kind_from_string(std::string_view text) {
  if (text == "professional") return MemberKind::professional;
  if (text == "structure") return MemberKind::structure;
  return std::nullopt;
}

bool is_date(std::string_view text) { return is_iso_date(text); }

std::optional<Broken> check_date(const std::string& on, const std::string& previous, const std::string& today) {
  if (on > today) return Broken{"date_future", fmt::format("{} is in the future (today is {})", on, today)};
  if (!previous.empty() && on < previous) {
    return Broken{"date_order", fmt::format("{} is before the previous change of this membership ({})", on, previous)};
  }
  return std::nullopt;
}

std::optional<Broken> check_start(Status status) {
  if (status == Status::demande || status == Status::active) return std::nullopt;
  return Broken{"initial_status", fmt::format("a membership starts as demande or active, not {}", to_string(status))};
}

std::optional<Broken> check_transition(Status from, Status to) {
  if (from == Status::radiee) {
    return Broken{"transition", "a struck-off membership (radiee) is final: a new request re-opens it"};
  }
  if (from == to) return Broken{"transition", fmt::format("the membership is already {}", to_string(to))};
  bool allowed = to == Status::radiee || (from == Status::demande && to == Status::active) ||
                 (from == Status::active && to == Status::suspendue) ||
                 (from == Status::suspendue && to == Status::active);
  if (allowed) return std::nullopt;
  std::string_view next = from == Status::demande ? "active or radiee" : from == Status::active ? "suspendue or radiee"
                                                                                                  : "active or radiee";
  return Broken{"transition", fmt::format("from {} the status can become {}, not {}", to_string(from), next, to_string(to))};
}

RequestOutcome request_outcome(std::optional<Status> existing) {
  if (!existing) return RequestOutcome::create;
  return *existing == Status::radiee ? RequestOutcome::reopen : RequestOutcome::duplicate;
}

std::optional<Broken> check_fee_year(std::int64_t year, const std::string& today) {
  int this_year = std::stoi(today.substr(0, 4));
  if (year < 2000 || year > this_year + 1) {
    return Broken{"range", fmt::format("the year must be between 2000 and {}", this_year + 1)};
  }
  return std::nullopt;
}

bool is_unpaid(const std::optional<Fee>& fee) { return fee && fee->amount_cents > 0 && fee->paid_on.empty(); }

}  // namespace maillage::membership
