#include "access/patient_privacy.h"

#include <fmt/format.h>

#include "platform/util/time.h"

namespace maillage::access {

VisibleClause visible_clause(const Viewer& v, std::string_view addressed) {
  return {fmt::format("cpts_id = ? AND (? = 1 OR (? <> '' AND referrer_user_id = ?) OR (? <> '' AND {}))", addressed),
          {v.cpts_id, static_cast<std::int64_t>(v.coordination), v.user_id, v.user_id, v.professional_id,
           v.professional_id}};
}

std::optional<std::string> professional_of_user(db::Connection& c, const std::string& user_id) {
  auto& st = c.query("SELECT professional_id FROM user_professionals WHERE user_id = ?", user_id);
  if (!st.step()) return std::nullopt;
  return st.text(0);
}

void link_user_professional(db::Connection& c, const std::string& user_id, const std::string& professional_id) {
  if (professional_id.empty()) {
    c.query("DELETE FROM user_professionals WHERE user_id = ?", user_id).run();
    return;
  }
  c.query("INSERT INTO user_professionals (user_id, professional_id) VALUES (?, ?)"
          " ON CONFLICT (user_id) DO UPDATE SET professional_id = excluded.professional_id",
          user_id, professional_id)
      .run();
}

bool is_past_retention(const std::string& closed_at, int retention_days, const std::string& today) {
  return add_days(closed_at.substr(0, 10), retention_days) < today;
}

}  // namespace maillage::access
