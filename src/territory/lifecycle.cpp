#include "territory/lifecycle.h"

namespace maillage::territory {
namespace {

constexpr std::pair<Status, std::string_view> kNames[] = {
    {Status::projet, "projet"},
    {Status::lettre_intention_validee, "lettre_intention_validee"},
    {Status::projet_sante_valide, "projet_sante_valide"},
    {Status::contrat_signe, "contrat_signe"},
    {Status::dissoute, "dissoute"},
};

}  // namespace

std::string_view to_string(Status status) {
  for (const auto& [s, name] : kNames) {
    if (s == status) return name;
  }
  return "projet";
}

std::optional<Status> status_from_string(std::string_view text) {
  for (const auto& [s, name] : kNames) {
    if (name == text) return s;
  }
  return std::nullopt;
}

std::optional<std::pair<std::string, std::string>> check_transition(Status from, const std::string& last_date,
                                                                     Status to, const std::string& date) {
  if (from == Status::dissoute) {
    return std::pair{"transition", "a dissolved CPTS does not change status any more"};
  }
  bool next_step = static_cast<int>(to) == static_cast<int>(from) + 1;
  if (to != Status::dissoute && !next_step) {
    return std::pair{"transition", "from " + std::string(to_string(from)) + " the next step is " +
                                       std::string(to_string(static_cast<Status>(static_cast<int>(from) + 1))) +
                                       " (or dissoute), not " + std::string(to_string(to))};
  }
  if (!last_date.empty() && date < last_date) {
    return std::pair{"date_order", "the step cannot be dated before the previous one (" + last_date + ")"};
  }
  return std::nullopt;
}

}  // namespace maillage::territory
