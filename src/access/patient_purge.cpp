#include "access/patient_purge.h"

#include <fmt/format.h>

#include <array>
#include <vector>

#include "access/mt_store.h"
#include "access/patient_privacy.h"

namespace maillage::access {
namespace {

/// Where a kind of request keeps its patient: the one place to add a new procedure.
struct PatientRecords {
  std::string_view kind, table, ended_statuses, identity_columns, events_table, events_text_column;
};

constexpr std::array<PatientRecords, 2> kRecords{{
    {"mt_request", "mt_requests", "'cloturee', 'abandonnee', 'sans_solution'",
     "last_name = NULL, first_name = NULL, birth_date = NULL, phone = NULL, contact = NULL", "mt_request_events",
     "reason"},
    {"snp_request", "snp_requests", "'cloturee', 'annulee'",
     "last_name = NULL, first_name = NULL, birth_date = NULL, phone = NULL, contact = NULL, reason_text = NULL",
     "snp_request_events", "detail"},
}};

struct Ended {
  std::string id, cpts_id, since;
};

}  // namespace

PurgeReport purge_identities(
    db::Connection& c, const std::string& today, const std::string& now, bool dry_run,
    const std::function<void(std::string_view, const std::string&, const std::string&)>& each) {
  PurgeReport report;
  std::map<std::string, int> retention;  // CPTS → days, read once
  for (const auto& records : kRecords) {
    std::vector<Ended> ended;
    {
      auto& st = c.query(fmt::format("SELECT id, cpts_id, status_since FROM {} WHERE purged_at IS NULL"
                                     " AND status IN ({}) ORDER BY cpts_id, created_at, id",
                                     records.table, records.ended_statuses));
      while (st.step()) ended.push_back({st.text(0), st.text(1), st.text(2)});
    }
    for (const auto& r : ended) {
      auto days = retention.find(r.cpts_id);
      if (days == retention.end()) days = retention.emplace(r.cpts_id, get_settings(c, r.cpts_id).retention_days).first;
      if (!is_past_retention(r.since, days->second, today)) continue;
      if (!dry_run) {
        c.query(fmt::format("UPDATE {} SET {}, purged_at = ? WHERE id = ? AND cpts_id = ?", records.table,
                            records.identity_columns),
                now, r.id, r.cpts_id)
            .run();
        c.query(fmt::format("UPDATE {} SET {} = NULL WHERE request_id = ?", records.events_table,
                            records.events_text_column),
                r.id)
            .run();
        each(records.kind, r.cpts_id, r.id);
      }
      ++report.by_cpts[r.cpts_id];
      ++report.total;
    }
  }
  return report;
}

}  // namespace maillage::access
