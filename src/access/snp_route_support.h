// What the unscheduled-care routes share (besides patient_access.h): the request of the path if the caller may see it, what the caller may do with it, who may publish
// slots for whom, and rule refusals as 409 problems.
#pragma once

#include <boost/json.hpp>

#include <string>

#include "access/patient_access.h"
#include "access/snp_json.h"
#include "access/snp_rules.h"
#include "access/snp_store.h"
#include "platform/http/problem.h"
#include "platform/http/request.h"
#include "referential/referential.h"
#include "territory/model.h"

namespace maillage::access {

/// The request of the path's `{request_id}`, if `viewer` may see it (404 else).
SnpRequest visible_snp_request(db::Connection& c, const Viewer& viewer, const http::Request& req);

/// What the viewer may do with the request: its author and the coordination everything the status
/// allows; the professional whose slot was booked, the outcome.
std::vector<SnpAction> snp_actions_for(const Viewer& viewer, const SnpRequest& r);

/// 403 unless the viewer may do `action`; 409 when the request's status does not allow it.
void check_may(const Viewer& viewer, const SnpRequest& r, SnpAction action);

/// 403 unless the caller may publish slots for `professional_id` in `cpts_id`: the coordination for
/// anyone, a member for the professional their account is.
void check_may_publish(db::Connection& c, const http::Request& req, const std::string& cpts_id,
                       const std::string& professional_id);

/// The directory site slots are published for, once the caller may publish for its professional
/// (403 else; 400 naming site_key when the directory has no such site). The directory then shows
/// the site as taking part in unscheduled care.
SlotSite publishing_site(db::Connection& c, const http::Request& req, const std::string& cpts_id,
                         const std::string& professional_id, const std::string& site_key);

/// A new free slot at `site` (its commune's point, for the search).
SnpSlot new_slot(const referential::Referential& ref, const SlotSite& site, const std::string& cpts_id, SlotMode mode,
                 const std::string& origin);

/// A broken rule as a 409 problem naming `field`.
http::HttpError snp_rule_broken(const std::string& field, const SnpBroken& broken);

/// The slot a request holds, with its site, for the request's JSON.
std::optional<BookedSlot> booked_slot_of(db::Connection& c, const SnpRequest& r);

/// The request as JSON with its CPTS's `time_zone` (the zone its times are shown in), the viewer's
/// actions (and the timeline when `with_timeline`).
boost::json::object snp_request_detail(db::Connection& c, const referential::Referential& ref,
                                       const territory::Cpts& cpts, const Viewer& viewer, const SnpRequest& r,
                                       bool with_timeline);

}  // namespace maillage::access
