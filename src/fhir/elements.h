// FHIR R4 elements as JSON, shared by every resource the view builds: members set only when they
// have a value (FHIR forbids empty strings, arrays and objects), the resource skeleton, references,
// CodeableConcepts and identifiers. Pure.
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

namespace maillage::fhir {

/// Sets `o[key]` when the value is not empty (or not nothing).
void put(boost::json::object& o, std::string_view key, const std::string& value);
void put(boost::json::object& o, std::string_view key, boost::json::array value);
void put(boost::json::object& o, std::string_view key, std::optional<boost::json::object> value);

/// `{"resourceType": type, "id": id}`, with `meta.lastUpdated` when `updated_at` is an instant.
boost::json::object resource(std::string_view type, const std::string& id, const std::string& updated_at);

/// A literal reference `Type/id`, with its display when there is one.
boost::json::object reference(std::string_view type, const std::string& id, const std::string& display = {});

/// A CodeableConcept of one coding, or nothing without a code. An empty system: a code outside
/// the nomenclature, kept with its label.
std::optional<boost::json::object> codeable(std::string_view system, const std::string& code,
                                            const std::string& display);

/// The concepts that are there, in order.
boost::json::array codeables(std::initializer_list<std::optional<boost::json::object>> items);

/// An official identifier typed by the French core profiles (IDNPS, IDNST, FINEG).
boost::json::object identifier(std::string_view type_code, std::string_view system, const std::string& value);

}  // namespace maillage::fhir
