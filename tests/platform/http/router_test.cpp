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
  router.add(Method::get, "/api/communes", [](Request&) { return Response::empty(200); });
  router.add(Method::get, "/api/communes/{code}", echo);
  Request r(Method::get, "/api/communes/2A004?x=1");
  EXPECT_EQ(router.dispatch(r).body, "2A004|");
  Request list(Method::get, "/api/communes");
  EXPECT_EQ(router.dispatch(list).status, 200u);
}

TEST(Router, DecodesPercentEncodedPathsAndQueries) {
  Request r(Method::get, "/api/communes?q=saint%20%C3%A9tienne&limit=5");
  EXPECT_EQ(r.query("q"), "saint étienne");
  EXPECT_EQ(r.query("limit"), "5");
  EXPECT_EQ(r.query("cursor"), std::nullopt);
}

TEST(Router, UnknownPathIs404AndWrongMethodIs405WithAllow) {
  Router router;
  router.add(Method::get, "/api/regions", [](Request&) { return Response::empty(200); });
  Request missing(Method::get, "/api/nothing");
  try {
    router.dispatch(missing);
    FAIL();
  } catch (const HttpError& e) {
    EXPECT_EQ(e.status(), 404u);
  }
  Request post(Method::post, "/api/regions");
  try {
    router.dispatch(post);
    FAIL();
  } catch (const HttpError& e) {
    EXPECT_EQ(e.status(), 405u);
    EXPECT_EQ(e.extensions().at("allow").as_string(), "GET");
  }
}

TEST(Router, HeadIsServedByTheGetRoute) {
  Router router;
  router.add(Method::get, "/api/health", [](Request&) { return Response::empty(200); });
  Request head(Method::head, "/api/health");
  EXPECT_EQ(router.dispatch(head).status, 200u);
}

TEST(Router, DuplicateRoutesAreAProgrammingError) {
  Router router;
  router.add(Method::get, "/a/{x}", echo);
  EXPECT_THROW(router.add(Method::get, "/a/{x}", echo), std::logic_error);
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
