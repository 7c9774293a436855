// The search parameters each resource type accepts (one table, also the source of the
// CapabilityStatement) and the reading of a search request: parameter values split into their
// comma-separated alternatives, tokens, string prefixes, references, repeated date bounds,
// `_include`, `_count` and the page cursor.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "platform/http/request.h"

namespace maillage::fhir {

enum class ParamType { string, token, reference, date };
std::string_view to_string(ParamType type);

struct SearchParamDef {
  std::string_view name;
  ParamType type;
  std::string_view target;  // the resource type a reference points to
  std::string_view documentation;
};

struct ResourceDef {
  std::string_view type;
  std::vector<SearchParamDef> params;
  /// The `_include` (and `_include:iterate`) values a search accepts, e.g. "Slot:schedule".
  std::vector<std::string_view> includes = {};
  /// False for a type that is only read (`GET /fhir/{type}/{id}`), never searched.
  bool searchable = true;
};

/// Every resource type served, with its search parameters.
const std::vector<ResourceDef>& resource_definitions();
const ResourceDef& resource_definition(std::string_view type);

inline constexpr long kDefaultCount = 20;
inline constexpr long kMaxCount = 200;

/// A search as asked: the parameters applied (each at most once, its alternatives, the values
/// separated by commas, ORed; a date parameter once per bound and `_include` once per value, each
/// an entry of its own), the page size and where the page starts.
struct SearchRequest {
  std::string type;
  std::vector<std::pair<std::string, std::vector<std::string>>> params;
  std::size_t count = kDefaultCount;
  std::size_t offset = 0;
  std::string format;  // `_format` as given, repeated in the links

  /// The alternatives of `name`, or nothing when the parameter is not used.
  const std::vector<std::string>* values(std::string_view name) const;
  /// The values of every entry of `name` (a repeated parameter), in order.
  std::vector<std::string> every(std::string_view name) const;
  /// The applied parameters as they appear in the links (`name=value`, raw values re-joined).
  std::vector<std::pair<std::string, std::string>> link_params() const;
};

/// Reads a search on `type`. Unknown parameters and modifiers are refused (400) unless the
/// client asked for lenient handling (`Prefer: handling=lenient`), which ignores them; a
/// repeated parameter is refused (alternatives go in one value, separated by commas), except a
/// date (`start=ge…&start=le…`, one value each) and `_include`/`_include:iterate` (values from
/// the type's `includes`).
SearchRequest parse_search(const http::Request& request, std::string_view type);

/// Checks the parameters of a read: `_format` and `_pretty` only (lenient handling ignores others).
void check_read_params(const http::Request& request);

/// Refuses (406) a `_format` or an `Accept` header that asks for something other than JSON.
void check_format(const http::Request& request);

/// A token `[system|]code`: `system` is nothing when the value has no `|` (any system), and
/// empty for `|code` (a code without system).
struct Token {
  std::optional<std::string> system;
  std::string code;
};
/// Parses a token; `param` names the parameter in the 400 refusal of an empty code.
Token parse_token(std::string_view value, std::string_view param);

/// The codes among `tokens` that may belong to `system` (tokens of another system match nothing).
std::vector<std::string> codes_in_system(const std::vector<std::string>& values, std::string_view system,
                                         std::string_view param);

/// The folded form of a string search value (accent- and case-insensitive, see text::fold);
/// 400 when nothing is left of it.
std::string folded_prefix(std::string_view value, std::string_view param);

/// The smallest string greater than every string that starts with `prefix` (not empty): the
/// upper bound of a prefix range.
std::string prefix_end(std::string_view prefix);

/// The id a reference parameter designates: `id`, `Type/id` or an absolute URL ending in
/// `Type/id`; 400 when the type is not `target` or the id is not a FHIR id.
std::string reference_id(std::string_view value, std::string_view target, std::string_view param);

}  // namespace maillage::fhir
