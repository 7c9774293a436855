#include "platform/http/router.h"

#include <gtest/gtest.h>

#include "platform/http/problem.h"

namespace maillage::http {
namespace {

Response echo(Request& r) {
  Response res;
  res.body = r.param("code") + "|" + r.param("postcode");
  return res;
}

TEST(Router, MatchesLiteralAndParameterSegments) {
  Router router;
  router.add(Method::get, "/api/communes", auth::Permission::public_access, [](Request&) { return Response::empty(200); });
  router.add(Method::get, "/api/communes/{code}", auth::Permission::public_access, echo);
  Request r(Method::get, "/api/communes/2A004?x=1");
  EXPECT_EQ(router.resolve(r).handler(r).body, "2A004|");
  Request list(Method::get, "/api/communes");
  EXPECT_EQ(router.resolve(list).handler(list).status, 200u);
}

TEST(Router, DecodesPercentEncodedPathsAndQueries) {
  Request r(Method::get, "/api/communes?q=saint%20%C3%A9tienne&limit=5");
  EXPECT_EQ(r.query("q"), "saint étienne");
  EXPECT_EQ(r.query("limit"), "5");
  EXPECT_EQ(r.query("cursor"), std::nullopt);
}

TEST(Router, ReadsARawBarAsItsEncodingForFhirTokens) {
  // The SAS guide writes system|value tokens unencoded; other invalid characters stay refused.
  Request r(Method::get, "/fhir/Slot?schedule.actor:Practitioner.identifier=urn:oid:1.2.250.1.71.4.2.1|810001234567");
  EXPECT_EQ(r.query("schedule.actor:Practitioner.identifier"), "urn:oid:1.2.250.1.71.4.2.1|810001234567");
  EXPECT_THROW(Request(Method::get, "/fhir/Slot?x=a b"), HttpError);
}

TEST(Router, UnknownPathIs404AndWrongMethodIs405WithAllow) {
  Router router;
  router.add(Method::get, "/api/regions", auth::Permission::public_access, [](Request&) { return Response::empty(200); });
  Request missing(Method::get, "/api/nothing");
  try {
    router.resolve(missing);
    FAIL();
  } catch (const HttpError& e) {
    EXPECT_EQ(e.status(), 404u);
  }
  Request post(Method::post, "/api/regions");
  try {
    router.resolve(post);
    FAIL();
  } catch (const HttpError& e) {
    EXPECT_EQ(e.status(), 405u);
    EXPECT_EQ(e.extensions().at("allow").as_string(), "GET");
  }
}

TEST(Router, HeadIsServedByTheGetRoute) {
  Router router;
  router.add(Method::get, "/api/health", auth::Permission::public_access, [](Request&) { return Response::empty(200); });
  Request head(Method::head, "/api/health");
  EXPECT_EQ(router.resolve(head).handler(head).status, 200u);
}

TEST(Router, TenantRoutesAreThoseWithACptsParameter) {
  Router router;
  router.add(Method::get, "/api/cpts/{cpts_id}/users", auth::Permission::cpts_people_view, echo);
  router.add(Method::get, "/api/cpts", auth::Permission::cpts_view, echo);
  EXPECT_TRUE(router.routes()[0].is_tenant_route());
  EXPECT_FALSE(router.routes()[1].is_tenant_route());
  EXPECT_EQ(router.routes()[0].permission, auth::Permission::cpts_people_view);
}

TEST(Router, DuplicateRoutesAreAProgrammingError) {
  Router router;
  router.add(Method::get, "/a/{x}", auth::Permission::public_access, echo);
  EXPECT_THROW(router.add(Method::get, "/a/{x}", auth::Permission::public_access, echo), std::logic_error);
}

TEST(Problem, NamesTheFieldAndTheRule) {
  Response r = problem_response(invalid_field("limit", "range", "must be between 1 and 100"));
  EXPECT_EQ(r.status, 400u);
  EXPECT_EQ(r.content_type, "application/problem+json");
  EXPECT_NE(r.body.find("\"field\":\"limit\""), std::string::npos);
  EXPECT_NE(r.body.find("\"rule\":\"range\""), std::string::npos);
}

}  // namespace
}  // namespace maillage::http
