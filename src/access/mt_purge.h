// The purge of patient identities: a request closed, abandoned or left without solution for
// longer than its CPTS's retention loses the patient's names, birth date, phone and contact, and
// the free text of its timeline (reasons may name the patient). What the statistics count stays:
// dates, statuses, sex, birth year, age at entry, commune, priority flags, source.
#pragma once

#include <functional>
#include <map>
#include <string>

#include "platform/db/database.h"

namespace maillage::access {

struct PurgeReport {
  std::map<std::string, int> by_cpts;  // CPTS id → requests purged
  int total = 0;
};

/// Purges, on `today`, every request past its CPTS's retention (in the caller's transaction);
/// `each(cpts_id, request_id)` is called for each one (the caller audits). With `dry_run`, only
/// counts them.
PurgeReport purge_identities(db::Connection& c, const std::string& today, const std::string& now, bool dry_run,
                             const std::function<void(const std::string&, const std::string&)>& each);

}  // namespace maillage::access
