// What the routes of both access-to-care procedures share about the caller: the CPTS of the path,
// whether the caller coordinates it, who they are for its patient requests (Viewer), and the audit
// of every read of patient data.
#pragma once

#include <string>
#include <string_view>

#include "access/patient_fields.h"
#include "access/patient_privacy.h"
#include "platform/auth/permissions.h"
#include "platform/auth/principal.h"
#include "platform/db/database.h"
#include "platform/http/json_body.h"
#include "platform/http/request.h"
#include "referential/referential.h"
#include "territory/cpts_clock.h"
#include "territory/model.h"

namespace maillage::access {

/// The CPTS of the request's `{cpts_id}` within the caller's scope for `permission` (404 else).
territory::Cpts request_cpts(db::Connection& c, const http::Request& req, auth::Permission permission);

/// The CPTS of the request's `{cpts_id}`, read before a write (the routes' own check already ran).
territory::Cpts read_request_cpts(db::Database& db, const http::Request& req, auth::Permission permission);

/// True when `p` coordinates CPTS `cpts_id`.
bool is_coordinator(const auth::Principal& p, const std::string& cpts_id);

/// True when `p` is a member of CPTS `cpts_id`.
bool is_member(const auth::Principal& p, const std::string& cpts_id);

/// Who the caller is for the patient requests of `cpts_id`.
Viewer viewer_of(db::Connection& c, const http::Request& req, const std::string& cpts_id);

/// The patient fields of a request body (last_name, first_name, birth_date, sex, commune_code,
/// postcode, phone, contact, consent_on and the priority flags), as typed: check_patient judges them.
PatientInput patient_input(http::JsonBody& body);

/// Reading patient data is audited: one entry per request shown (`kind`: mt_request, snp_request).
void audit_patient_read(db::Connection& c, const http::Request& req, std::string_view kind, const std::string& id,
                        const std::string& cpts_id);

}  // namespace maillage::access
