// What the membership routes share: the CPTS a request reaches, whether its caller sees fees,
// dates read from bodies, and today's date.
#pragma once

#include <string>

#include "platform/auth/permissions.h"
#include "platform/db/database.h"
#include "platform/http/json_body.h"
#include "platform/http/request.h"
#include "territory/model.h"

namespace maillage::membership {

/// The CPTS of the request's `{cpts_id}` within the caller's scope for `permission` (404 else).
territory::Cpts request_cpts(db::Connection& c, const http::Request& req, auth::Permission permission);

/// True when the caller holds `membership_fees` in the request's CPTS: its coordinator only. Fee
/// fields are left out of every answer for anyone else.
bool sees_fees(const http::Request& req);

/// Today's date (UTC), "2026-11-23".
std::string today();

/// A date field: required or not (absent gives ""); a value that is not a calendar date, or is
/// in the future, is recorded as an error of the body (`format`, `date_future`).
std::string date_field(http::JsonBody& body, std::string_view field, bool required);

}  // namespace maillage::membership
