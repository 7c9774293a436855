// The purge of patient identities, for every kind of access-to-care request (médecin traitant,
// unscheduled care): a request ended (closed, abandoned, cancelled, left without solution) for
// longer than its CPTS's retention loses the patient's names, birth date, phone, contact and the
// free text that may name them (reasons, timeline details). What the statistics count stays:
// dates, statuses, sex, birth year, age at entry, commune, flags, source, urgency, orientation.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <string_view>

#include "platform/db/database.h"

namespace maillage::access {

struct PurgeReport {
  std::map<std::string, int> by_cpts;  // CPTS id → requests purged
  int total = 0;
};

/// Purges, on `today`, every request past its CPTS's retention (in the caller's transaction);
/// `each(kind, cpts_id, request_id)` is called for each one (the caller audits; kind is
/// mt_request or snp_request). With `dry_run`, only counts them.
PurgeReport purge_identities(
    db::Connection& c, const std::string& today, const std::string& now, bool dry_run,
    const std::function<void(std::string_view, const std::string&, const std::string&)>& each);

}  // namespace maillage::access
