#include "fhir/store.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <boost/json.hpp>

#include "fhir/codes.h"
#include "fhir/ids.h"
#include "platform/http/problem.h"

namespace maillage::fhir {
namespace {
namespace json = boost::json;

// Lists are bound as one JSON array, so that a statement's text does not depend on how many
// values a parameter has (prepared statements are cached by text). SQLite: json_each.
constexpr std::string_view kList = "(SELECT value FROM json_each(?))";
constexpr std::string_view kPairs = "(SELECT j.value ->> 0, j.value ->> 1 FROM json_each(?) j)";

// The conditions of a search, ANDed, with their arguments in order.
struct Filter {
  std::vector<std::string> conditions;
  std::vector<db::Value> args;

  void add(std::string condition, std::initializer_list<std::string> values) {
    conditions.push_back(std::move(condition));
    for (const auto& v : values) args.emplace_back(v);
  }
  std::string where() const {
    std::string sql;
    for (const auto& c : conditions) sql += fmt::format("{} {}", sql.empty() ? " WHERE" : " AND", c);
    return sql;
  }
};

std::string json_list(const std::vector<std::string>& values) {
  json::array list;
  for (const auto& v : values) list.emplace_back(v);
  return json::serialize(list);
}

// The `columns` of the rows of `table` (alias x) whose `expr` is in one of the [low, high)
// ranges bound as a JSON array of pairs: one index walk per range.
std::string in_ranges(const std::vector<std::string_view>& columns, std::string_view table, std::string_view expr) {
  std::string select;
  for (auto c : columns) select += fmt::format("{}x.{}", select.empty() ? "" : ", ", c);
  return fmt::format("SELECT {0} FROM json_each(?) j JOIN {1} x ON {2} >= j.value ->> 0 AND {2} < j.value ->> 1",
                     select, table, expr);
}

std::string ranges(const std::vector<std::string>& prefixes) {
  json::array list;
  for (const auto& p : prefixes) list.push_back(json::array{json::string(p), json::string(prefix_end(p))});
  return json::serialize(list);
}

std::vector<std::string> folded(const std::vector<std::string>& values, std::string_view param) {
  std::vector<std::string> prefixes;
  for (const auto& v : values) prefixes.push_back(folded_prefix(v, param));
  return prefixes;
}

std::vector<std::string> postcodes(const std::vector<std::string>& values) {
  std::vector<std::string> prefixes;
  for (const auto& v : values) {
    std::string p;
    for (char c : v) {
      if (c != ' ') p += c;
    }
    if (p.empty()) throw http::invalid_field("address-postalcode", "required", "needs a digit");
    prefixes.push_back(std::move(p));
  }
  return prefixes;
}

// A prefix search on expressions of the searched row (alias `alias`, e.g. maillage_fold(p.last_name)):
// any of `exprs` starts with any of `prefixes`. One prefix is one range per expression, which
// SQLite walks on the expression's index or checks on rows another condition found (`indexed`
// false forbids the walk: unary +). Several prefixes go through the `key` columns of the rows of
// `table` in their ranges (in_ranges).
void add_prefix(Filter& f, std::initializer_list<std::string_view> exprs, const std::vector<std::string>& prefixes,
                std::string_view alias, const std::vector<std::string_view>& key, std::string_view table,
                bool indexed = true) {
  std::vector<std::string> terms;
  if (prefixes.size() == 1) {
    for (auto expr : exprs) {
      terms.push_back(fmt::format("({0}{1} >= ? AND {0}{1} < ?)", indexed ? "" : "+", expr));
      f.args.emplace_back(prefixes[0]);
      f.args.emplace_back(prefix_end(prefixes[0]));
    }
  } else {
    std::vector<std::string> selects, left;
    std::string qualified = fmt::format("{}.", alias);
    for (auto expr : exprs) {
      std::string on_x(expr);
      on_x.replace(on_x.find(qualified), qualified.size(), "x.");
      selects.push_back(in_ranges(key, table, on_x));
      f.args.emplace_back(ranges(prefixes));
    }
    for (auto k : key) left.push_back(fmt::format("{}.{}", alias, k));
    terms.push_back(fmt::format("({}) IN ({})", fmt::join(left, ", "), fmt::join(selects, " UNION ")));
  }
  f.conditions.push_back(terms.size() == 1 ? terms[0] : fmt::format("({})", fmt::join(terms, " OR ")));
}

std::string city_codes(const std::vector<std::string>& values, const CityIndex& cities) {
  std::vector<std::string> codes;
  for (const auto& v : values) {
    auto found = cities.codes_starting_with(folded_prefix(v, "address-city"));
    codes.insert(codes.end(), found.begin(), found.end());
  }
  return json_list(codes);
}

std::vector<std::string> reference_ids(const std::vector<std::string>& values, std::string_view target,
                                       std::string_view param) {
  std::vector<std::string> ids;
  for (const auto& v : values) ids.push_back(reference_id(v, target, param));
  return ids;
}

// FINESS numbers from identifier tokens: the FINESS system, IDNST ("1" + FINESS), or no system
// (either form).
std::string finess_numbers(const std::vector<std::string>& values) {
  std::vector<std::string> numbers;
  for (const auto& v : values) {
    Token t = parse_token(v, "identifier");
    bool idnst_form = t.code.size() == 10 && t.code.front() == '1';
    if (!t.system || *t.system == kFinessSystem || *t.system == kLegacyFinessSystem) numbers.push_back(t.code);
    if ((!t.system || *t.system == kIdnstSystem) && idnst_form) numbers.push_back(t.code.substr(1));
  }
  return json_list(numbers);
}

// (professional, site key) of the practice sites that resource ids name; other ids are left out.
std::string site_pairs(db::Connection& c, const std::vector<std::string>& ids) {
  json::array pairs;
  for (const auto& id : ids) {
    auto site = parse_site_resource_id(id);
    if (!site) continue;
    auto& st = c.query("SELECT site_key FROM practice_sites WHERE professional_id = ?", site->national_id);
    while (st.step()) {
      std::string key = st.text(0);
      if (site_digest(key) == site->digest) {
        pairs.push_back(json::array{json::string(site->national_id), json::string(key)});
      }
    }
  }
  return json::serialize(pairs);
}

// Structure ids among Location ids (a FINESS number: no dash, unlike a site's id).
std::vector<std::string> structure_ids(const std::vector<std::string>& ids) {
  std::vector<std::string> out;
  for (const auto& id : ids) {
    if (id.find('-') == std::string::npos) out.push_back(id);
  }
  return out;
}

void bind_args(db::Statement& st, const std::vector<db::Value>& args) {
  int index = 0;
  for (const auto& a : args) st.bind(++index, a);
}

std::int64_t count(db::Connection& c, std::string_view from, const Filter& filter) {
  auto& st = c.prepare(fmt::format("SELECT COUNT(*) FROM {}{}", from, filter.where()));
  bind_args(st, filter.args);
  st.step();
  return st.int64(0);
}

template <class Read>
auto rows(db::Connection& c, std::string_view select, const Filter& filter, std::string_view order, std::size_t limit,
          std::size_t offset, Read read) {
  std::vector<decltype(read(std::declval<db::Statement&>()))> out;
  if (limit == 0) return out;
  auto& st = c.prepare(fmt::format("{}{} ORDER BY {} LIMIT ? OFFSET ?", select, filter.where(), order));
  bind_args(st, filter.args);
  st.bind(static_cast<int>(filter.args.size()) + 1, static_cast<std::int64_t>(limit));
  st.bind(static_cast<int>(filter.args.size()) + 2, static_cast<std::int64_t>(offset));
  while (st.step()) out.push_back(read(st));
  return out;
}

// The professional's columns, first in every select that has them.
constexpr std::string_view kProfessionalColumns =
    "p.national_id, p.id_type, p.identifier, COALESCE(p.civility_code, ''), COALESCE(p.civility, ''), p.last_name,"
    " COALESCE(p.first_name, ''), p.profession_code, COALESCE(p.profession, '')";
constexpr int kProfessionalWidth = 9;

directory::Professional read_professional(db::Statement& st) {
  directory::Professional p;
  std::string* fields[] = {&p.national_id, &p.id_type,    &p.identifier,      &p.civility_code, &p.civility,
                           &p.last_name,   &p.first_name, &p.profession_code, &p.profession};
  for (int i = 0; i < kProfessionalWidth; ++i) *fields[i] = st.text(i);
  return p;
}

const std::string kPractitionerSelect =
    fmt::format("SELECT {}, p.updated_at FROM professionals p", kProfessionalColumns);

PractitionerRow read_practitioner_row(db::Statement& st) {
  return {read_professional(st), st.text(kProfessionalWidth), {}};
}

std::vector<PostalAddress> addresses_of(db::Connection& c, const std::string& national_id) {
  std::vector<PostalAddress> out;
  auto& st = c.query(
      "SELECT COALESCE(address, ''), COALESCE(postcode, ''), COALESCE(commune_code, ''), COALESCE(commune, '')"
      " FROM practice_sites WHERE professional_id = ? ORDER BY site_key",
      national_id);
  while (st.step()) {
    PostalAddress a{st.text(0), st.text(1), st.text(2), st.text(3)};
    if (std::find(out.begin(), out.end(), a) == out.end()) out.push_back(std::move(a));
  }
  return out;
}

const std::string kSiteSelect = fmt::format(
    "SELECT {}, s.site_key, COALESCE(s.mode_code, ''), COALESCE(s.mode, ''), COALESCE(s.specialty_type, ''),"
    " COALESCE(s.specialty_code, ''), COALESCE(s.specialty, ''), COALESCE(s.finess_site, ''),"
    " COALESCE(s.structure_name, ''), COALESCE(s.address, ''), COALESCE(s.postcode, ''), COALESCE(s.commune_code, ''),"
    " COALESCE(s.commune, ''), COALESCE(s.phone, ''), COALESCE(s.phone2, ''), COALESCE(s.email, ''), s.updated_at,"
    " COALESCE(st.finess, ''), st.latitude, st.longitude"
    " FROM practice_sites s JOIN professionals p ON p.national_id = s.professional_id"
    " LEFT JOIN structures st ON st.finess = s.finess_site",
    kProfessionalColumns);
constexpr std::string_view kSiteOrder = "s.professional_id, s.site_key";

SiteRow read_site_row(db::Statement& st) {
  SiteRow r;
  r.professional = read_professional(st);
  auto& s = r.site;
  std::string* fields[] = {&s.site_key,     &s.mode_code,   &s.mode,           &s.specialty_type, &s.specialty_code,
                           &s.specialty,    &s.finess_site, &s.structure_name, &s.address,        &s.postcode,
                           &s.commune_code, &s.commune,     &s.phone,          &s.phone2,         &s.email,
                           &r.updated_at,   &r.organization};
  int column = kProfessionalWidth;
  for (auto* field : fields) *field = st.text(column++);
  r.latitude = st.optional_real(column++);
  r.longitude = st.optional_real(column);
  return r;
}

constexpr std::string_view kStructureSelect =
    "SELECT st.finess, st.name, COALESCE(st.long_name, ''), COALESCE(st.category_code, ''),"
    " COALESCE(st.category, ''), COALESCE(st.address, ''), COALESCE(st.postcode, ''), COALESCE(st.commune_code, ''),"
    " COALESCE(st.commune, ''), COALESCE(st.phone, ''), st.latitude, st.longitude, st.updated_at FROM structures st";

StructureRow read_structure_row(db::Statement& st) {
  StructureRow r;
  std::string* fields[] = {&r.finess,          &r.name,         &r.long_name,        &r.category_code,
                           &r.category,        &r.address.line, &r.address.postcode, &r.address.commune_code,
                           &r.address.commune, &r.phone};
  int column = 0;
  for (auto* field : fields) *field = st.text(column++);
  r.latitude = st.optional_real(column++);
  r.longitude = st.optional_real(column++);
  r.updated_at = st.text(column);
  return r;
}

Filter practitioner_filter(const SearchRequest& s, const CityIndex& cities) {
  Filter f;
  if (auto* v = s.values("_id")) f.add(fmt::format("p.national_id IN {}", kList), {json_list(*v)});
  if (auto* v = s.values("identifier")) {
    f.add(fmt::format("p.national_id IN {}", kList), {json_list(codes_in_system(*v, kIdnpsSystem, "identifier"))});
  }
  if (auto* v = s.values("family")) {
    add_prefix(f, {"maillage_fold(p.last_name)"}, folded(*v, "family"), "p", {"national_id"}, "professionals");
  }
  if (auto* v = s.values("given")) {
    // Without statistics SQLite cannot tell which range is narrower; a family name is far more
    // selective than a given name (Dubois: 9,000 of 1.9 million, Marie: 26,000; "mar": 90,000).
    bool family_too = s.values("family") || s.values("name");
    add_prefix(f, {"maillage_fold(p.first_name)"}, folded(*v, "given"), "p", {"national_id"}, "professionals",
               !family_too);
  }
  if (auto* v = s.values("name")) {
    add_prefix(f, {"maillage_fold(p.last_name)", "maillage_fold(p.first_name)"}, folded(*v, "name"), "p",
               {"national_id"}, "professionals");
  }
  if (auto* v = s.values("address-city")) {
    f.add(fmt::format("p.national_id IN (SELECT professional_id FROM practice_sites WHERE commune_code IN {})", kList),
          {city_codes(*v, cities)});
  }
  if (auto* v = s.values("address-postalcode")) {
    f.add(fmt::format("p.national_id IN ({})", in_ranges({"professional_id"}, "practice_sites", "x.postcode")),
          {ranges(postcodes(*v))});
  }
  return f;
}

// Conditions on practice sites (alias s) shared by PractitionerRole and Location searches.
void add_site_conditions(db::Connection& c, const SearchRequest& s, const CityIndex* cities, Filter& f) {
  auto pairs = [&](std::string_view param) {
    f.add(fmt::format("(s.professional_id, s.site_key) IN {}", kPairs),
          {site_pairs(c, param == "_id" ? *s.values(param) : reference_ids(*s.values(param), "Location", param))});
  };
  if (s.values("_id")) pairs("_id");
  if (s.type == "PractitionerRole" && s.values("location")) pairs("location");
  if (auto* v = s.values("organization")) {
    f.add(fmt::format("s.finess_site IN (SELECT finess FROM structures WHERE finess IN {})", kList),
          {json_list(reference_ids(*v, "Organization", "organization"))});
  }
  if (cities) {
    if (auto* v = s.values("address-city")) {
      f.add(fmt::format("s.commune_code IN {}", kList), {city_codes(*v, *cities)});
    }
  }
  if (auto* v = s.values("address-postalcode")) {
    add_prefix(f, {"s.postcode"}, postcodes(*v), "s", {"professional_id", "site_key"}, "practice_sites");
  }
}

Filter role_filter(db::Connection& c, const SearchRequest& s) {
  Filter f;
  add_site_conditions(c, s, nullptr, f);
  if (auto* v = s.values("practitioner")) {
    f.add(fmt::format("s.professional_id IN {}", kList),
          {json_list(reference_ids(*v, "Practitioner", "practitioner"))});
  }
  if (auto* v = s.values("role")) {
    // A specialty belongs to one profession: when both are asked, SQLite walks the specialty's
    // index and checks the profession (unary + keeps it off the profession's index).
    f.add(fmt::format("{}p.profession_code IN {}", s.values("specialty") ? "+" : "", kList),
          {json_list(codes_in_system(*v, kProfessionSystem, "role"))});
  }
  if (auto* v = s.values("specialty")) {
    // Savoir-faire of type S (spécialités ordinales) carry the TRE_R38 system; others none.
    std::vector<std::string> any, ordinal;
    for (const auto& value : *v) {
      Token t = parse_token(value, "specialty");
      if (!t.system) {
        any.push_back(t.code);
      } else if (*t.system == kSpecialtySystem) {
        ordinal.push_back(t.code);
      }
    }
    f.add(fmt::format(
              "(s.specialty_code IN {0} OR (s.specialty_code IN {0} AND COALESCE(s.specialty_type, '') IN ('', 'S')))",
              kList),
          {json_list(any), json_list(ordinal)});
  }
  return f;
}

Filter structure_filter(const SearchRequest& s, const CityIndex* cities) {
  Filter f;
  std::string in_finess = fmt::format("st.finess IN {}", kList);
  if (auto* v = s.values("_id")) f.add(in_finess, {json_list(s.type == "Location" ? structure_ids(*v) : *v)});
  if (auto* v = s.values("identifier")) f.add(in_finess, {finess_numbers(*v)});
  if (auto* v = s.values("organization")) {
    f.add(in_finess, {json_list(reference_ids(*v, "Organization", "organization"))});
  }
  if (auto* v = s.values("location")) {
    f.add(in_finess, {json_list(structure_ids(reference_ids(*v, "Location", "location")))});
  }
  if (auto* v = s.values("name")) {
    add_prefix(f, {"maillage_fold(st.name)"}, folded(*v, "name"), "st", {"finess"}, "structures");
  }
  for (const char* param : {"type", "service-type"}) {
    if (auto* v = s.values(param)) {
      f.add(fmt::format("st.category_code IN {}", kList), {json_list(codes_in_system(*v, kCategorySystem, param))});
    }
  }
  if (auto* v = s.values("address-city"); v && cities) {
    f.add(fmt::format("st.commune_code IN {}", kList), {city_codes(*v, *cities)});
  }
  if (auto* v = s.values("address-postalcode")) {
    add_prefix(f, {"st.postcode"}, postcodes(*v), "st", {"finess"}, "structures");
  }
  return f;
}

}  // namespace

Page<PractitionerRow> search_practitioners(db::Connection& c, const SearchRequest& search, const CityIndex& cities) {
  Filter f = practitioner_filter(search, cities);
  Page<PractitionerRow> page{count(c, "professionals p", f), rows(c, kPractitionerSelect, f, "p.national_id",
                                                                  search.count, search.offset, read_practitioner_row)};
  for (auto& r : page.rows) r.addresses = addresses_of(c, r.professional.national_id);
  return page;
}

Page<SiteRow> search_roles(db::Connection& c, const SearchRequest& search) {
  Filter f = role_filter(c, search);
  // Every site has its professional: the join only matters to a condition on the profession.
  std::string_view from = search.values("role")
                              ? "practice_sites s JOIN professionals p ON p.national_id = s.professional_id"
                              : "practice_sites s";
  return {count(c, from, f), rows(c, kSiteSelect, f, kSiteOrder, search.count, search.offset, read_site_row)};
}

Page<StructureRow> search_structures(db::Connection& c, const SearchRequest& search, const CityIndex& cities) {
  Filter f = structure_filter(search, &cities);
  return {count(c, "structures st", f),
          rows(c, kStructureSelect, f, "st.finess", search.count, search.offset, read_structure_row)};
}

Page<LocationRow> search_locations(db::Connection& c, const SearchRequest& search, const CityIndex& cities) {
  Filter structures = structure_filter(search, &cities);
  Filter sites;
  add_site_conditions(c, search, &cities, sites);
  std::size_t in_structures = static_cast<std::size_t>(count(c, "structures st", structures));
  Page<LocationRow> page;
  page.total = static_cast<std::int64_t>(in_structures) + count(c, "practice_sites s", sites);
  if (search.offset < in_structures) {
    std::size_t n = std::min(search.count, in_structures - search.offset);
    for (auto& r : rows(c, kStructureSelect, structures, "st.finess", n, search.offset, read_structure_row)) {
      page.rows.emplace_back(std::move(r));
    }
  }
  std::size_t wanted = search.count - page.rows.size();
  std::size_t offset = search.offset > in_structures ? search.offset - in_structures : 0;
  for (auto& r : rows(c, kSiteSelect, sites, kSiteOrder, wanted, offset, read_site_row)) {
    page.rows.emplace_back(std::move(r));
  }
  return page;
}

std::optional<PractitionerRow> read_practitioner(db::Connection& c, const std::string& national_id) {
  Filter f;
  f.add("p.national_id = ?", {national_id});
  auto found = rows(c, kPractitionerSelect, f, "p.national_id", 1, 0, read_practitioner_row);
  if (found.empty()) return std::nullopt;
  found[0].addresses = addresses_of(c, national_id);
  return found[0];
}

std::optional<SiteRow> read_site(db::Connection& c, const std::string& resource_id) {
  Filter f;
  f.add(fmt::format("(s.professional_id, s.site_key) IN {}", kPairs), {site_pairs(c, {resource_id})});
  auto found = rows(c, kSiteSelect, f, kSiteOrder, 1, 0, read_site_row);
  if (found.empty()) return std::nullopt;
  return found[0];
}

std::optional<StructureRow> read_structure(db::Connection& c, const std::string& finess) {
  Filter f;
  f.add("st.finess = ?", {finess});
  auto found = rows(c, kStructureSelect, f, "st.finess", 1, 0, read_structure_row);
  if (found.empty()) return std::nullopt;
  return found[0];
}

}  // namespace maillage::fhir
