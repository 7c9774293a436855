#include "fhir/search_params.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>

#include "fhir/ids.h"
#include "platform/http/problem.h"
#include "platform/util/text.h"

namespace maillage::fhir {
namespace {

constexpr std::size_t kMaxValueLength = 200;
constexpr std::size_t kMaxAlternatives = 100;

// Parameters that shape the answer rather than select resources.
constexpr std::string_view kCount = "_count", kCursor = "_cursor", kFormat = "_format", kPretty = "_pretty";
constexpr std::string_view kInclude = "_include", kIncludeIterate = "_include:iterate";

const SearchParamDef kId{"_id", ParamType::token, {}, "Logical id of the resource"};
const SearchParamDef kCity{"address-city",
                           ParamType::string,
                           {},
                           "City of the address (the commune's official name; for a Paris, Lyon or Marseille "
                           "arrondissement, the city's), prefix, accent- and case-insensitive"};
const SearchParamDef kPostcode{"address-postalcode", ParamType::string, {}, "Postcode of the address, prefix"};

std::vector<ResourceDef> make_definitions() {
  return {
      {"Practitioner",
       {kId,
        {"identifier", ParamType::token, {}, "IDNPS (urn:oid:1.2.250.1.71.4.2.1): 8 + RPPS or 0 + ADELI number"},
        {"name", ParamType::string, {}, "Family or given name, prefix, accent- and case-insensitive"},
        {"family", ParamType::string, {}, "Family name, prefix, accent- and case-insensitive"},
        {"given", ParamType::string, {}, "Given name, prefix, accent- and case-insensitive"},
        kCity,
        kPostcode}},
      {"PractitionerRole",
       {kId,
        {"practitioner", ParamType::reference, "Practitioner", "The practitioner (Practitioner/{national id})"},
        {"role", ParamType::token, {}, "Profession (TRE_G15 code, e.g. 10 médecin, 60 infirmier)"},
        {"specialty", ParamType::token, {}, "Savoir-faire (TRE_R38 code for spécialités ordinales, e.g. SM54)"},
        {"organization", ParamType::reference, "Organization", "The structure the site is (Organization/{FINESS})"},
        {"location", ParamType::reference, "Location", "The site's Location"}}},
      {"Organization",
       {kId,
        {"identifier",
         ParamType::token,
         {},
         "FINESS number (https://finess.esante.gouv.fr) or IDNST (urn:oid:1.2.250.1.71.4.2.2, 1 + FINESS)"},
        {"name", ParamType::string, {}, "Name, prefix, accent- and case-insensitive"},
        {"type", ParamType::token, {}, "Category (TRE_R66 code, e.g. 603 maison de santé)"},
        kCity,
        kPostcode}},
      {"Location",
       {kId,
        kCity,
        kPostcode,
        {"organization", ParamType::reference, "Organization", "The managing structure (Organization/{FINESS})"}}},
      {"HealthcareService",
       {kId,
        {"name", ParamType::string, {}, "Name of the structure, prefix, accent- and case-insensitive"},
        {"organization", ParamType::reference, "Organization", "The structure providing it"},
        {"location", ParamType::reference, "Location", "The structure's Location"},
        {"service-type", ParamType::token, {}, "Category of the structure (TRE_R66 code)"}}},
      // The SAS flow of free unscheduled-care slots (IG service-acces-aux-soins, CPTS use case).
      {"Slot",
       {kId,
        {"schedule.actor:Practitioner.identifier",
         ParamType::token,
         {},
         "Required: 1 to 25 IDNPS (urn:oid:1.2.250.1.71.4.2.1|8 + RPPS), separated by commas"},
        {"start",
         ParamType::date,
         {},
         "Required window: a lower bound (ge, gt) and an upper bound (le, lt), at most 31 days apart; "
         "only slots starting from now on are served"},
        {"status", ParamType::token, {}, "free (the default) or busy (booked)"}},
       {"Slot:schedule", "Schedule:actor", "Slot:service-type-reference", "HealthcareService:organization"}},
      {"Schedule", {}, {}, false},
  };
}

bool lenient(const http::Request& request) {
  std::string prefer = text::fold(request.header("Prefer"));
  return prefer.find("handling lenient") != std::string::npos;
}

// Splits a value on the commas that are not escaped (`\,`), unescaping `\,`, `\|`, `\$`, `\\`.
std::vector<std::string> alternatives(std::string_view value, const std::string& param) {
  std::vector<std::string> out(1);
  for (std::size_t i = 0; i < value.size(); ++i) {
    char c = value[i];
    if (c == '\\' && i + 1 < value.size() && std::string_view(",|$\\").find(value[i + 1]) != std::string_view::npos) {
      out.back() += value[++i];
    } else if (c == ',') {
      out.emplace_back();
    } else {
      out.back() += c;
    }
  }
  for (const auto& alternative : out) {
    if (alternative.empty()) throw http::invalid_field(param, "required", "has an empty value");
    if (alternative.size() > kMaxValueLength) {
      throw http::invalid_field(param, "max_length",
                                fmt::format("each value must be at most {} characters", kMaxValueLength));
    }
  }
  if (out.size() > kMaxAlternatives) {
    throw http::invalid_field(param, "max_items",
                              fmt::format("at most {} values separated by commas", kMaxAlternatives));
  }
  return out;
}

std::size_t count_value(std::string_view value) {
  long parsed = 0;
  auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), parsed);
  if (ec != std::errc() || end != value.data() + value.size() || parsed < 0) {
    throw http::invalid_field(std::string(kCount), "integer", "must be a whole number, 0 or more");
  }
  return static_cast<std::size_t>(std::min(parsed, kMaxCount));  // FHIR lets a server return fewer
}

std::size_t cursor_value(std::string_view value) {
  if (value.size() < 2 || value.size() > 12 || value.front() != 'o' || !text::is_digits(value.substr(1))) {
    throw http::invalid_field(std::string(kCursor), "format", "is not a cursor returned by this server");
  }
  return std::stoul(std::string(value.substr(1)));
}

// Refuses a parameter this server does not apply, or ignores it under lenient handling.
void not_supported(const http::Request& request, const std::string& name, std::string_view why) {
  if (!lenient(request)) throw http::invalid_field(name, "not_supported", std::string(why));
}

// Adds the `_include` values of `def` that `value` names, one entry each; others are refused (or
// ignored under lenient handling).
void add_includes(const http::Request& request, const ResourceDef& def, const std::string& name,
                  std::string_view value, SearchRequest& search) {
  for (auto& include : alternatives(value, name)) {
    if (std::find(def.includes.begin(), def.includes.end(), include) == def.includes.end()) {
      not_supported(request, name, fmt::format("{} is not an include of {} on this server", include, def.type));
    } else if (auto seen = search.every(name); std::find(seen.begin(), seen.end(), include) == seen.end()) {
      search.params.emplace_back(name, std::vector<std::string>{std::move(include)});
    }
  }
}

}  // namespace

std::string_view to_string(ParamType type) {
  switch (type) {
    case ParamType::string: return "string";
    case ParamType::token: return "token";
    case ParamType::reference: return "reference";
    case ParamType::date: return "date";
  }
  return "string";
}

const std::vector<ResourceDef>& resource_definitions() {
  static const std::vector<ResourceDef> kDefinitions = make_definitions();
  return kDefinitions;
}

const ResourceDef& resource_definition(std::string_view type) {
  for (const auto& def : resource_definitions()) {
    if (def.type == type) return def;
  }
  throw std::logic_error(fmt::format("no FHIR resource type {}", type));
}

const std::vector<std::string>* SearchRequest::values(std::string_view name) const {
  for (const auto& [n, v] : params) {
    if (n == name) return &v;
  }
  return nullptr;
}

std::vector<std::string> SearchRequest::every(std::string_view name) const {
  std::vector<std::string> out;
  for (const auto& [n, v] : params) {
    if (n == name) out.insert(out.end(), v.begin(), v.end());
  }
  return out;
}

std::vector<std::pair<std::string, std::string>> SearchRequest::link_params() const {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& [name, values] : params) {
    std::string joined;
    for (const auto& v : values) {
      if (!joined.empty()) joined += ',';
      for (char c : v) {
        if (c == ',' || c == '\\') joined += '\\';
        joined += c;
      }
    }
    out.emplace_back(name, std::move(joined));
  }
  if (!format.empty()) out.emplace_back(std::string(kFormat), format);
  return out;
}

SearchRequest parse_search(const http::Request& request, std::string_view type) {
  check_format(request);
  const ResourceDef& def = resource_definition(type);
  SearchRequest search;
  search.type = std::string(type);
  for (const auto& [name, value] : request.query_params()) {
    if (name == kCount) {
      search.count = count_value(value);
    } else if (name == kCursor) {
      search.offset = cursor_value(value);
    } else if (name == kFormat) {
      search.format = value;
    } else if (name == kPretty) {
      // Accepted and without effect: answers are compact JSON.
    } else if ((name == kInclude || name == kIncludeIterate) && !def.includes.empty()) {
      add_includes(request, def, name, value, search);
    } else if (auto param = std::find_if(def.params.begin(), def.params.end(),
                                         [&](const auto& p) { return p.name == name; });
               param == def.params.end()) {
      not_supported(request, name,
                    name.find(':') != std::string::npos
                        ? "modifiers are not supported"
                        : fmt::format("is not a search parameter of {} on this server (see /fhir/metadata)", type));
    } else if (param->type == ParamType::date) {
      auto bound = alternatives(value, name);
      if (bound.size() > 1) {
        throw http::invalid_field(name, "single", "takes one value: repeat the parameter for each bound");
      }
      search.params.emplace_back(name, std::move(bound));
    } else if (search.values(name)) {
      throw http::invalid_field(name, "repeated",
                                "is given twice: give one value, with alternatives separated by commas");
    } else {
      search.params.emplace_back(name, alternatives(value, name));
    }
  }
  return search;
}

void check_read_params(const http::Request& request) {
  check_format(request);
  for (const auto& [name, value] : request.query_params()) {
    if (name != kFormat && name != kPretty) not_supported(request, name, "a read accepts _format and _pretty only");
  }
}

void check_format(const http::Request& request) {
  auto json_type = [](std::string_view t) {
    return t == "json" || t.starts_with("application/fhir+json") || t.starts_with("application/json");
  };
  if (auto format = request.query(kFormat); format && !json_type(*format)) {
    throw http::HttpError(406, "Not acceptable", "this server answers in JSON only (_format=json)",
                          {{std::string(kFormat), "not_supported", "only json is supported"}});
  }
  std::string_view accept = request.header("Accept");
  if (!accept.empty() && accept.find("json") == std::string_view::npos &&
      accept.find("*/*") == std::string_view::npos && accept.find("application/*") == std::string_view::npos) {
    throw http::HttpError(406, "Not acceptable", "this server answers in application/fhir+json only");
  }
}

Token parse_token(std::string_view value, std::string_view param) {
  Token token;
  auto bar = value.find('|');
  if (bar == std::string_view::npos) {
    token.code = std::string(value);
  } else {
    token.system = std::string(value.substr(0, bar));
    token.code = std::string(value.substr(bar + 1));
  }
  if (token.code.empty()) throw http::invalid_field(std::string(param), "required", "a code is required after the |");
  return token;
}

std::vector<std::string> codes_in_system(const std::vector<std::string>& values, std::string_view system,
                                         std::string_view param) {
  std::vector<std::string> codes;
  for (const auto& v : values) {
    Token t = parse_token(v, param);
    if (!t.system || *t.system == system) codes.push_back(std::move(t.code));
  }
  return codes;
}

std::string folded_prefix(std::string_view value, std::string_view param) {
  std::string folded = text::fold(value);
  if (folded.empty()) throw http::invalid_field(std::string(param), "required", "needs at least a letter or digit");
  return folded;
}

std::string prefix_end(std::string_view prefix) {
  // UTF-8 never uses the byte 0xFF, so the last byte can always be incremented.
  std::string end(prefix);
  end.back() = static_cast<char>(static_cast<unsigned char>(end.back()) + 1);
  return end;
}

std::string reference_id(std::string_view value, std::string_view target, std::string_view param) {
  std::string_view id = value;
  if (auto slash = value.rfind('/'); slash != std::string_view::npos) {
    id = value.substr(slash + 1);
    std::string_view rest = value.substr(0, slash);
    std::string_view type = rest.substr(rest.rfind('/') == std::string_view::npos ? 0 : rest.rfind('/') + 1);
    if (type != target) {
      throw http::invalid_field(std::string(param), "reference", fmt::format("must reference a {}", target));
    }
  }
  if (!is_valid_id(id)) throw http::invalid_field(std::string(param), "reference", "is not a valid resource id");
  return std::string(id);
}

}  // namespace maillage::fhir
