// Who reads the patient requests of a CPTS (médecin traitant and unscheduled care alike), enforced
// in the stores' SQL: the coordination reads them all; a user reads the requests they referred; a
// professional reads those addressed to them (a proposal, a booked slot). The link between a user
// account and the directory professional it is lives here too.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "platform/db/database.h"

namespace maillage::access {

/// Who reads requests, and which ones they may see in `cpts_id`: all of them (the coordination),
/// or those they referred, or those addressed to the professional their account is.
struct Viewer {
  std::string cpts_id;
  bool coordination = false;
  std::string user_id;          // requests this user referred
  std::string professional_id;  // requests addressed to this professional
};

/// The SQL condition selecting what a viewer sees of a request table, and its values in order.
struct VisibleClause {
  std::string sql;
  std::vector<db::Value> values;
};

/// `cpts_id = ? AND (coordination OR referrer_user_id = user OR <addressed>)`, where `addressed`
/// is a condition with one `?` (the viewer's professional id), e.g. "slot_professional_id = ?".
VisibleClause visible_clause(const Viewer& viewer, std::string_view addressed);

/// The professional a user account is, if an administrator linked one.
std::optional<std::string> professional_of_user(db::Connection& c, const std::string& user_id);

/// Links (or unlinks, when `professional_id` is empty) a user account to a directory professional.
void link_user_professional(db::Connection& c, const std::string& user_id, const std::string& professional_id);

/// True when a request closed on `closed_at` (timestamp) is past a retention of `retention_days`
/// on `today`: its patient's identity must go.
bool is_past_retention(const std::string& closed_at, int retention_days, const std::string& today);

}  // namespace maillage::access
