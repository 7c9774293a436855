// FHIR answers: the media type, OperationOutcome for every refusal or failure under /fhir/
// (instead of the API's problem+json), and the base URL links are built on.
#pragma once

#include <boost/json/value.hpp>
#include <functional>
#include <string>

#include "platform/http/problem.h"
#include "platform/http/request.h"
#include "platform/http/response.h"

namespace maillage::fhir {

/// True for the paths the FHIR view answers (`/fhir` and below).
bool is_fhir_path(const std::string& path);

/// A FHIR resource as the answer, `application/fhir+json; charset=utf-8`.
http::Response resource_response(const boost::json::value& resource, unsigned status = 200);

/// The OperationOutcome of a refusal: one issue per invalid parameter (`expression` names it),
/// with the FHIR issue code of the status (invalid, not-supported, not-found, login…).
http::Response outcome_response(const http::HttpError& error);

/// Runs `handle` and answers an unexpected exception with a generic 500 OperationOutcome (the
/// details go to the log, as for the API).
http::Response guard(const http::Request& request, const std::function<http::Response()>& handle);

/// The service base URL of the request (`http://host[:port]/fhir`), from its Host header and
/// `X-Forwarded-Proto: https` when a proxy terminates TLS; 400 when Host is missing or malformed.
std::string base_url(const http::Request& request);

}  // namespace maillage::fhir
