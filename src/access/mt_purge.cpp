#include "access/mt_purge.h"

#include <vector>

#include "access/mt_rules.h"
#include "access/mt_store.h"

namespace maillage::access {

PurgeReport purge_identities(db::Connection& c, const std::string& today, const std::string& now, bool dry_run,
                             const std::function<void(const std::string&, const std::string&)>& each) {
  PurgeReport report;
  std::vector<std::string> cpts_ids;
  {
    auto& st = c.query(
        "SELECT DISTINCT cpts_id FROM mt_requests WHERE purged_at IS NULL"
        " AND status IN ('cloturee', 'abandonnee', 'sans_solution') ORDER BY cpts_id");
    while (st.step()) cpts_ids.push_back(st.text(0));
  }
  for (const auto& cpts_id : cpts_ids) {
    MtSettings settings = get_settings(c, cpts_id);
    std::vector<std::string> due;
    {
      // Only the status and its date matter here; the coordination's view reads them all.
      Viewer everything{cpts_id, true, {}, {}};
      RequestFilter filter;
      filter.statuses = {MtStatus::cloturee, MtStatus::abandonnee, MtStatus::sans_solution};
      for (std::size_t offset = 0;; offset += 500) {
        auto page = list_requests(c, everything, filter, offset, 500);
        for (const auto& r : page.items) {
          if (is_past_retention(r, settings, today)) due.push_back(r.id);
        }
        if (offset + page.items.size() >= page.total) break;
      }
    }
    for (const auto& id : due) {
      if (!dry_run) {
        c.query("UPDATE mt_requests SET last_name = NULL, first_name = NULL, birth_date = NULL, phone = NULL,"
                " contact = NULL, purged_at = ? WHERE id = ? AND cpts_id = ?",
                now, id, cpts_id)
            .run();
        c.query("UPDATE mt_request_events SET reason = NULL WHERE request_id = ?", id).run();
        each(cpts_id, id);
      }
      ++report.by_cpts[cpts_id];
      ++report.total;
    }
  }
  return report;
}

}  // namespace maillage::access
