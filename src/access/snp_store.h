// Storage of unscheduled care: resources, slots (with the booking that makes double booking
// impossible), patterns, and requests with their timelines. Requests are only read through a
// Viewer (patient_privacy.h), so that no route can show a patient to someone who may not see them.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "access/patient_privacy.h"
#include "access/snp_model.h"
#include "platform/db/database.h"

namespace maillage::access {

// --- Resources ----------------------------------------------------------------------------------

void insert_resource(db::Connection& c, const SnpResource& r);
void update_resource(db::Connection& c, const SnpResource& r);
void delete_resource(db::Connection& c, const std::string& cpts_id, const std::string& id);
std::optional<SnpResource> find_resource(db::Connection& c, const std::string& cpts_id, const std::string& id);

/// Who a professional is, as screens name them.
struct ProfessionalLabel {
  std::string name, profession;  // "Dr Prénom NOM" for doctors, "Prénom NOM" otherwise
};

/// The directory's professionals among `ids` (those not found are left out).
std::map<std::string, ProfessionalLabel> professional_labels(db::Connection& c, const std::vector<std::string>& ids);

/// The resources of `cpts_id` by name (only the published ones with `published_only`).
std::vector<SnpResource> list_resources(db::Connection& c, const std::string& cpts_id, bool published_only);

// --- Slots --------------------------------------------------------------------------------------

/// Where a professional practises, as a slot needs it: profession and commune of the site.
struct SlotSite {
  std::string professional_id, profession_code, profession, last_name, first_name;
  std::string site_key, label, address, postcode, commune_code, commune;
};

/// The directory site `site_key` of `professional_id`, if it exists.
std::optional<SlotSite> find_slot_site(db::Connection& c, const std::string& professional_id,
                                       const std::string& site_key);

/// Every directory site of `professional_id` (by site key; none when unknown).
std::vector<SlotSite> sites_of_professional(db::Connection& c, const std::string& professional_id);

/// Flags the directory site as taking part in unscheduled care (the directory search shows it).
void mark_site_snp(db::Connection& c, const std::string& professional_id, const std::string& site_key);

/// Inserts a slot unless the professional already has one (not cancelled) starting then; returns
/// its id, or nothing on that conflict.
std::optional<std::int64_t> insert_slot(db::Connection& c, const SnpSlot& s);

std::optional<SnpSlot> find_slot(db::Connection& c, const std::string& cpts_id, std::int64_t id);

/// Books a free slot for a request: true when this call took it. The UPDATE only matches a free
/// slot, and request_id is unique, so two requests can never hold one slot, whatever the timing.
bool book_slot(db::Connection& c, const std::string& cpts_id, std::int64_t slot_id, const std::string& request_id,
               const std::string& at);

/// Frees the slot a request holds (re-orientation, cancellation).
void release_slot(db::Connection& c, const std::string& request_id);

/// Cancels a free slot: false when it is booked (or already cancelled).
bool cancel_free_slot(db::Connection& c, const std::string& cpts_id, std::int64_t slot_id);

struct SlotFilter {
  std::string from_utc, until_utc;  // starts in [from, until)
  std::string professional_id;      // empty: any
  std::optional<SlotStatus> status;
};

/// The slots of `cpts_id` (cancelled ones included unless filtered), by start time; at most `limit`.
std::vector<SnpSlot> list_slots(db::Connection& c, const std::string& cpts_id, const SlotFilter& f, std::size_t limit);

/// What a slot search asks for.
struct SlotQuery {
  std::string cpts_id;
  std::string from_utc, until_utc;
  std::string profession_code;          // empty: any
  std::vector<std::int64_t> cells;      // in-person squares to read (empty: none)
  bool remote = false;                  // read remote slots too
  /// When not 0, reading (by start time) stops once `enough` slots for which `counts` holds have
  /// been read and the start time has moved past the last of them: every slot that can be among
  /// the first `enough` counted ones by start time is then read, and no more.
  std::size_t enough = 0;
  std::function<bool(const SnpSlot&)> counts;
};

/// The free slots matching `q`, by start time (the caller ranks them by time and distance).
std::vector<SnpSlot> search_free_slots(db::Connection& c, const SlotQuery& q);

// --- Patterns and iCalendar feeds ----------------------------------------------------------------

void insert_pattern(db::Connection& c, const SnpPattern& p);
std::vector<SnpPattern> list_patterns(db::Connection& c, const std::string& cpts_id);
std::optional<SnpPattern> find_pattern(db::Connection& c, const std::string& cpts_id, const std::string& id);

/// Deletes a pattern and cancels its free slots from `now`; returns how many were cancelled.
int delete_pattern(db::Connection& c, const std::string& cpts_id, const std::string& id, const std::string& now);

/// The slots from iCalendar of a professional's site starting from `from_utc` (not cancelled).
std::vector<SnpSlot> ical_slots(db::Connection& c, const std::string& cpts_id, const std::string& professional_id,
                                const std::string& site_key, const std::string& from_utc);

/// Moves a free slot (an iCalendar event that changed).
void move_free_slot(db::Connection& c, std::int64_t slot_id, const std::string& starts_at, const std::string& ends_at);

// --- Requests -----------------------------------------------------------------------------------

void insert_snp_request(db::Connection& c, const SnpRequest& r);

/// Saves the status, orientation, slot, outcome and updated_at.
void update_snp_request(db::Connection& c, const SnpRequest& r);

std::optional<SnpRequest> find_snp_request(db::Connection& c, const Viewer& viewer, const std::string& id);

struct SnpRequestList {
  std::vector<SnpRequest> items;
  std::size_t total = 0;
};

/// The requests `viewer` may see (of `status` when given), newest first.
SnpRequestList list_snp_requests(db::Connection& c, const Viewer& viewer, std::optional<SnpStatus> status,
                             std::size_t offset, std::size_t limit);

/// The ids of the requests booked on these slots that `viewer` may see.
std::vector<std::string> visible_request_ids(db::Connection& c, const Viewer& viewer,
                                             const std::vector<std::string>& request_ids);

void append_snp_event(db::Connection& c, const std::string& cpts_id, const std::string& request_id, const SnpEvent& e);
std::vector<SnpEvent> list_snp_events(db::Connection& c, const std::string& request_id);

/// Every request of `cpts_id` entered from `from_utc` to `until_utc`, for the indicators: the
/// patient's identity, contact and free text are not read (left empty).
std::vector<SnpRequest> requests_entered(db::Connection& c, const std::string& cpts_id, const std::string& from_utc,
                                         const std::string& until_utc);

}  // namespace maillage::access
