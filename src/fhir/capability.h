// The CapabilityStatement at /fhir/metadata: FHIR 4.0.1, JSON, every resource type with its
// interactions (read, search-type) and search parameters, from search_params.h.
#pragma once

#include <boost/json/object.hpp>
#include <string>

namespace maillage::fhir {

boost::json::object capability_statement(const std::string& base);

}  // namespace maillage::fhir
