// The OpenAPI document served at /api/openapi.json describes every route the application has.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "app/database_setup.h"
#include "app/web_app.h"
#include "support/server_process.h"

namespace maillage::app {
namespace {

TEST(OpenApi, DocumentsEveryRoute) {
  testing::TempDir dir;
  auto db = open_and_migrate((dir / "api.db").string());
  WebApp app(*db, {}, {});
  http::Request request(http::Method::get, "/api/openapi.json");
  auto response = app.handler()(request);
  ASSERT_EQ(response.status, 200u);
  auto doc = boost::json::parse(response.body).as_object();
  EXPECT_EQ(doc.at("openapi").as_string(), "3.1.0");
  const auto& paths = doc.at("paths").as_object();
  ASSERT_FALSE(app.router().routes().empty());
  for (const auto& route : app.router().routes()) {
    std::string method(boost::beast::http::to_string(route.method));
    for (auto& c : method) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    ASSERT_TRUE(paths.contains(route.pattern)) << route.pattern << " is not in docs/openapi.json";
    ASSERT_TRUE(paths.at(route.pattern).as_object().contains(method))
        << method << " " << route.pattern << " is not in docs/openapi.json";
    EXPECT_EQ(paths.at(route.pattern).at(method).at("x-permission").as_string(), auth::to_string(route.permission))
        << method << " " << route.pattern << ": the documented permission differs from the declared one";
  }
  // And nothing documented that does not exist.
  std::size_t documented = 0;
  for (const auto& [path, operations] : paths) documented += operations.as_object().size();
  EXPECT_EQ(documented, app.router().routes().size());
}

}  // namespace
}  // namespace maillage::app
