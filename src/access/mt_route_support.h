// What the médecin-traitant routes share (besides patient_access.h): the request of the path if the
// caller may see it, the actions it offers them, audited reads, and rule refusals as 409 problems.
#pragma once

#include <boost/json.hpp>

#include <string>

#include "access/mt_rules.h"
#include "access/patient_access.h"
#include "access/mt_store.h"
#include "platform/auth/permissions.h"
#include "platform/auth/principal.h"
#include "platform/db/database.h"
#include "platform/http/problem.h"
#include "platform/http/request.h"
#include "territory/model.h"

namespace maillage::access {

/// The request of the path's `{request_id}`, if `viewer` may see it (404 else).
MtRequest visible_request(db::Connection& c, const Viewer& viewer, const http::Request& req);

/// What the viewer may move the request to (the buttons a screen shows): the coordination's
/// transitions, the doctor's when it is proposed to them, none for a referrer.
boost::json::array actions_for(const Viewer& viewer, const MtRequest& r);

/// Reading patient data is audited: one entry per request shown.
void audit_read(db::Connection& c, const http::Request& req, const MtRequest& r);

/// A broken rule as a 409 problem naming `field`.
http::HttpError rule_broken(const std::string& field, const MtBroken& broken);

}  // namespace maillage::access
