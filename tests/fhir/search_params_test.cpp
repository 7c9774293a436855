// Reading FHIR search requests: tokens, references, prefixes, alternatives, paging parameters,
// strict and lenient handling of what the server does not support; resource ids of sites.
#include "fhir/search_params.h"

#include <gtest/gtest.h>

#include <set>

#include "fhir/ids.h"
#include "platform/http/problem.h"

namespace maillage::fhir {
namespace {

http::Request get(const std::string& target, http::Request::Pairs headers = {}) {
  return http::Request(http::Method::get, target, std::move(headers));
}

// The parameter a 400 names, or "" when `f` does not throw one.
template <class F>
std::string refused_field(F f) {
  try {
    f();
  } catch (const http::HttpError& e) {
    return e.errors().empty() ? "(none)" : e.errors().front().field;
  }
  return "";
}

TEST(FhirSearchParams, PrefixRangesHoldExactlyTheStringsStartingWithThePrefix) {
  std::string end = prefix_end("mar");
  EXPECT_EQ(end, "mas");
  for (std::string s : {"mar", "martin", "mar zzz", "mar\xc3\xa9"}) {
    EXPECT_TRUE(s >= "mar" && s < end) << s;
  }
  for (std::string s : {"ma", "mas", "masson", "lar"}) EXPECT_FALSE(s >= "mar" && s < end) << s;
}

TEST(FhirSearchParams, TokensHaveAnOptionalSystem) {
  auto any = parse_token("SM54", "specialty");
  EXPECT_FALSE(any.system.has_value());
  EXPECT_EQ(any.code, "SM54");
  auto with = parse_token("urn:oid:1.2|810", "identifier");
  EXPECT_EQ(with.system, "urn:oid:1.2");
  EXPECT_EQ(with.code, "810");
  EXPECT_EQ(parse_token("|810", "identifier").system, "");
  EXPECT_EQ(refused_field([] { parse_token("urn:oid:1.2|", "identifier"); }), "identifier");
  EXPECT_EQ(codes_in_system({"a|1", "2", "b|3", "|4"}, "a", "role"), (std::vector<std::string>{"1", "2"}));
}

TEST(FhirSearchParams, ReferencesNameTheirTypeOrNot) {
  EXPECT_EQ(reference_id("130000001", "Organization", "organization"), "130000001");
  EXPECT_EQ(reference_id("Organization/130000001", "Organization", "organization"), "130000001");
  EXPECT_EQ(reference_id("https://x.example/fhir/Organization/130000001", "Organization", "organization"), "130000001");
  EXPECT_EQ(refused_field([] { reference_id("Practitioner/810", "Organization", "organization"); }), "organization");
  EXPECT_EQ(refused_field([] { reference_id("a b", "Organization", "organization"); }), "organization");
}

TEST(FhirSearchParams, ValuesSplitIntoAlternativesOnUnescapedCommas) {
  auto s = parse_search(get("/fhir/Practitioner?name=martin,le%20gall&family=a%5C,b"), "Practitioner");
  EXPECT_EQ(*s.values("name"), (std::vector<std::string>{"martin", "le gall"}));
  EXPECT_EQ(*s.values("family"), std::vector<std::string>{"a,b"});
  EXPECT_EQ(s.values("given"), nullptr);
  // Links give them back escaped.
  auto links = s.link_params();
  ASSERT_EQ(links.size(), 2u);
  EXPECT_EQ(links[1].second, "a\\,b");
  EXPECT_EQ(refused_field([] { parse_search(get("/fhir/Practitioner?name=a,,b"), "Practitioner"); }), "name");
}

TEST(FhirSearchParams, CountAndCursorShapeThePage) {
  auto s = parse_search(get("/fhir/Practitioner"), "Practitioner");
  EXPECT_EQ(s.count, 20u);
  EXPECT_EQ(s.offset, 0u);
  s = parse_search(get("/fhir/Practitioner?_count=1000&_cursor=o40"), "Practitioner");
  EXPECT_EQ(s.count, 200u);
  EXPECT_EQ(s.offset, 40u);
  EXPECT_EQ(refused_field([] { parse_search(get("/fhir/Practitioner?_count=-1"), "Practitioner"); }), "_count");
  EXPECT_EQ(refused_field([] { parse_search(get("/fhir/Practitioner?_cursor=40"), "Practitioner"); }), "_cursor");
}

TEST(FhirSearchParams, StrictByDefaultLenientWhenAsked) {
  EXPECT_EQ(refused_field([] { parse_search(get("/fhir/Practitioner?role=10"), "Practitioner"); }), "role");
  EXPECT_EQ(refused_field([] { parse_search(get("/fhir/Practitioner?name:exact=X"), "Practitioner"); }), "name:exact");
  EXPECT_EQ(refused_field([] { parse_search(get("/fhir/Practitioner?name=a&name=b"), "Practitioner"); }), "name");
  auto lenient =
      parse_search(get("/fhir/Practitioner?role=10&name=a", {{"Prefer", "handling=lenient"}}), "Practitioner");
  ASSERT_EQ(lenient.params.size(), 1u);
  EXPECT_EQ(lenient.params[0].first, "name");
  EXPECT_EQ(refused_field([] { check_read_params(get("/fhir/Practitioner/1?name=a")); }), "name");
  EXPECT_EQ(refused_field([] { check_read_params(get("/fhir/Practitioner/1?_format=json&_pretty=true")); }), "");
}

TEST(FhirSearchParams, EveryTypeAcceptsItsIdAndTheParametersOfTheIssue) {
  std::set<std::string> all;
  for (const auto& def : resource_definitions()) {
    if (!def.searchable) {
      EXPECT_TRUE(def.params.empty()) << def.type;  // read only: nothing to show in the CapabilityStatement
      continue;
    }
    ASSERT_FALSE(def.params.empty()) << def.type;
    EXPECT_EQ(def.params.front().name, "_id") << def.type;
    for (const auto& p : def.params) all.emplace(p.name);
  }
  for (const char* p : {"name", "family", "given", "identifier", "address-city", "address-postalcode", "role",
                        "specialty", "organization"}) {
    EXPECT_TRUE(all.contains(p)) << p;
  }
}

TEST(FhirIds, SiteIdsAreValidFhirIdsAndReadBack) {
  std::string longest_national_id = "8" + std::string(20, '9');
  std::string id = site_resource_id(longest_national_id, "address:12 Rue de la Paix 75002 75102 L|x");
  EXPECT_TRUE(is_valid_id(id)) << id;
  auto parsed = parse_site_resource_id(id);
  ASSERT_TRUE(parsed);
  EXPECT_EQ(parsed->national_id, longest_national_id);
  EXPECT_EQ(parsed->digest, site_digest("address:12 Rue de la Paix 75002 75102 L|x"));
  EXPECT_EQ(site_resource_id("810", "S1"), site_resource_id("810", "S1"));  // deterministic
  EXPECT_NE(site_resource_id("810", "S1"), site_resource_id("810", "S2"));
  EXPECT_FALSE(parse_site_resource_id("130000001"));
  EXPECT_FALSE(parse_site_resource_id("810-xyz"));
  EXPECT_FALSE(is_valid_id("a b"));
  EXPECT_FALSE(is_valid_id(std::string(65, 'a')));
}

}  // namespace
}  // namespace maillage::fhir
