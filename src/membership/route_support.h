// What the membership routes share: the CPTS a request reaches, whether its caller sees fees,
// dates read from bodies, and today's date where the CPTS is.
#pragma once

#include <string>

#include "platform/auth/permissions.h"
#include "platform/db/database.h"
#include "platform/http/json_body.h"
#include "platform/http/request.h"
#include "referential/referential.h"
#include "territory/model.h"

namespace maillage::membership {

/// The CPTS of the request's `{cpts_id}` within the caller's scope for `permission` (404 else).
territory::Cpts request_cpts(db::Connection& c, const http::Request& req, auth::Permission permission);

/// True when the caller holds `membership_fees` in the request's CPTS: its coordinator only. Fee
/// fields are left out of every answer for anyone else.
bool sees_fees(const http::Request& req);

/// Today where the request's CPTS is (its seat's time zone), "2026-11-23": the day membership
/// dates are judged against, read before a write (404 like request_cpts).
std::string request_cpts_today(db::Database& db, const referential::Referential& ref, const http::Request& req,
                               auth::Permission permission);

/// The year of a date ("2026-11-23" → 2026).
std::int64_t year_of(const std::string& date);

/// A date field: required or not (absent gives ""); a value that is not a calendar date, or is
/// after `today`, is recorded as an error of the body (`format`, `date_future`).
std::string date_field(http::JsonBody& body, std::string_view field, bool required, const std::string& today);

}  // namespace maillage::membership
