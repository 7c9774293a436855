// Storage of médecin-traitant requests, their timelines and the census. Requests are only ever
// read through a Viewer: the store filters by CPTS and by who may see which request, so no route
// can forget it.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "access/mt_indicators.h"
#include "access/mt_model.h"
#include "access/patient_privacy.h"
#include "platform/db/database.h"
#include "platform/time/local_time.h"

namespace maillage::access {

void insert_request(db::Connection& c, const MtRequest& r);

/// Saves the status, its date, the current proposal and updated_at.
void update_request_status(db::Connection& c, const MtRequest& r);

/// One request, if `viewer` may see it.
std::optional<MtRequest> find_request(db::Connection& c, const Viewer& viewer, const std::string& id);

struct RequestFilter {
  std::vector<MtStatus> statuses;  // empty: any
  const MtSettings* overdue_by = nullptr;  // set: only the requests overdue by these delays on `today`
  LocalDay today;
};

/// The requests `viewer` may see, oldest first, with the total.
struct RequestList {
  std::vector<MtRequest> items;
  std::size_t total = 0;
};
RequestList list_requests(db::Connection& c, const Viewer& viewer, const RequestFilter& filter, std::size_t offset,
                          std::size_t limit);

/// The open requests (not final) of `cpts_id` of the same person (person_key), whoever may see
/// them: duplicate detection.
std::vector<std::string> open_requests_of_person(db::Connection& c, const std::string& cpts_id, const MtRequest& person);

void append_event(db::Connection& c, const std::string& cpts_id, const std::string& request_id, const MtEvent& e);

/// A request's timeline, oldest first.
std::vector<MtEvent> list_events(db::Connection& c, const std::string& request_id);

/// Records (or replaces) a declaration, and reflects it in the directory's capacity fields.
void put_census(db::Connection& c, const CensusEntry& e);

std::optional<CensusEntry> find_census(db::Connection& c, const std::string& cpts_id,
                                       const std::string& professional_id, const std::string& site_key);

/// Every declaration of `cpts_id`, by valid_until (the stalest first).
std::vector<CensusEntry> list_census(db::Connection& c, const std::string& cpts_id);

/// True when the directory has this practice site.
bool site_exists(db::Connection& c, const std::string& professional_id, const std::string& site_key);

/// What the matching shows of a census site: the doctor and where they practise.
struct CensusSite {
  CensusEntry census;
  std::string last_name, first_name, profession, address, postcode, commune_code, commune;
};

/// The declarations of `cpts_id` with their directory site, the stalest first (declarations whose
/// site left the directory are skipped) — only those of professional `only` when given (a doctor
/// reading their own; empty: none).
std::vector<CensusSite> census_sites(db::Connection& c, const std::string& cpts_id,
                                     const std::optional<std::string>& only = std::nullopt);

/// The requests of `cpts_id` waiting for a proposal (qualifiee, refusee), oldest first — for the
/// coordination only (the batch allocation).
std::vector<MtRequest> requests_to_propose(db::Connection& c, const std::string& cpts_id);

/// What the indicators read of the requests of `cpts_id` entered from the instant `from_utc` to
/// before `until_utc` (empty: no bound): no identity; the rows' dates are local in `time_zone`.
std::vector<IndicatorRow> indicator_rows(db::Connection& c, const std::string& cpts_id, const std::string& from_utc,
                                         const std::string& until_utc, const std::string& time_zone);

/// The settings of `cpts_id` (the defaults when it never changed them).
MtSettings get_settings(db::Connection& c, const std::string& cpts_id);

/// Saves the settings of `cpts_id`.
void put_settings(db::Connection& c, const std::string& cpts_id, const MtSettings& settings, const std::string& at,
                  const std::string& by);

/// Per practice site ("national id/site key"), the requests of `cpts_id` proposed to it and not yet
/// answered: they hold a place until the doctor answers.
std::map<std::string, int> pending_proposals(db::Connection& c, const std::string& cpts_id);

/// Per practice site ("national id/site key"), the requests of `cpts_id` it accepted since `since`.
std::map<std::string, int> acceptances_since(db::Connection& c, const std::string& cpts_id, const std::string& since);

}  // namespace maillage::access
