// The lifecycle of a CPTS (pure rules): projet → lettre_intention_validee (validated by the ARS)
// → projet_sante_valide → contrat_signe (ACI signed with the CPAM and the ARS) → dissoute. Steps
// go forward one at a time; dissolution may come at any step and is final. Each step is dated,
// and dates never go back in time.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace maillage::territory {

enum class Status { projet, lettre_intention_validee, projet_sante_valide, contrat_signe, dissoute };

std::string_view to_string(Status status);
std::optional<Status> status_from_string(std::string_view s);

/// Nothing when a CPTS at `from`, whose last step is dated `last_date`, may move to `to` on
/// `date` (ISO dates); otherwise the rule broken and why: {"transition"|"date_order", message}.
std::optional<std::pair<std::string, std::string>> check_transition(Status from, const std::string& last_date,
                                                                     Status to, const std::string& date);

}  // namespace maillage::territory
