#include "access/snp_search_plan.h"

namespace maillage::testing {

std::string snp_search_plan(db::Connection& c) {
  auto& st = c.query(
      "EXPLAIN QUERY PLAN SELECT * FROM snp_slots WHERE status = 'free' AND cpts_id = ?"
      " AND starts_at >= ? AND starts_at < ? AND cell IN (SELECT value FROM json_each(?))"
      " AND (? = '' OR profession_code = ?) ORDER BY starts_at",
      "cpts", "2030-01-07T00:00:00Z", "2030-01-09T00:00:00Z", "[1, -1]", "10", "10");
  std::string plan;
  while (st.step()) {
    if (!plan.empty()) plan += " | ";
    plan += st.text(st.column_count() - 1);
  }
  return plan;
}

bool snp_search_plan_walks_index(const std::string& plan) {
  return plan.find("USING INDEX snp_slots_free_by_cpts (cpts_id=? AND status=? AND starts_at>? AND starts_at<?)") !=
             std::string::npos &&
         plan.find("TEMP B-TREE") == std::string::npos;
}

}  // namespace maillage::testing
