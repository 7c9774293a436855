#include "platform/http/static_files.h"

#include <gtest/gtest.h>

#include <fstream>

#include "support/server_process.h"

namespace maillage::http {
namespace {

class StaticFilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::filesystem::create_directories(dir / "assets");
    std::ofstream(dir / "index.html") << "<!doctype html><title>Maillage</title>";
    std::ofstream(dir / "assets" / "index-abc123.js") << "console.log(1)";
    std::ofstream(dir / "assets" / "index-abc123.css") << "body{}";
  }
  testing::TempDir dir;
};

TEST_F(StaticFilesTest, ServesFilesWithTheirContentType) {
  StaticFiles files(dir.path());
  auto js = files.serve(Request(Method::get, "/assets/index-abc123.js"));
  ASSERT_TRUE(js);
  EXPECT_EQ(js->content_type, "text/javascript; charset=utf-8");
  EXPECT_EQ(js->body, "console.log(1)");
  auto css = files.serve(Request(Method::get, "/assets/index-abc123.css"));
  EXPECT_EQ(css->content_type, "text/css; charset=utf-8");
  auto html = files.serve(Request(Method::get, "/"));
  EXPECT_EQ(html->content_type, "text/html; charset=utf-8");
}

TEST_F(StaticFilesTest, HashedAssetsAreImmutableAndTheShellIsRevalidated) {
  StaticFiles files(dir.path());
  auto header = [](const Response& r, const std::string& name) {
    for (const auto& [k, v] : r.headers) if (k == name) return v;
    return std::string();
  };
  EXPECT_EQ(header(*files.serve(Request(Method::get, "/assets/index-abc123.js")), "Cache-Control"),
            "public, max-age=31536000, immutable");
  auto shell = files.serve(Request(Method::get, "/index.html"));
  EXPECT_EQ(header(*shell, "Cache-Control"), "no-cache");
  std::string etag = header(*shell, "ETag");
  ASSERT_FALSE(etag.empty());
  auto again = files.serve(Request(Method::get, "/index.html", {{"If-None-Match", etag}}));
  EXPECT_EQ(again->status, 304u);
  EXPECT_TRUE(again->body.empty());
}

TEST_F(StaticFilesTest, ClientRoutesGetTheShellButMissingFilesDoNot) {
  StaticFiles files(dir.path());
  auto route = files.serve(Request(Method::get, "/communes/13203"));
  ASSERT_TRUE(route);
  EXPECT_NE(route->body.find("Maillage"), std::string::npos);
  EXPECT_FALSE(files.serve(Request(Method::get, "/assets/missing.js")));
  EXPECT_FALSE(files.serve(Request(Method::post, "/index.html")));
}

TEST_F(StaticFilesTest, PathTraversalIsRefused) {
  StaticFiles files(dir.path() / "assets");
  EXPECT_FALSE(files.serve(Request(Method::get, "/../index.html")));
  EXPECT_FALSE(files.serve(Request(Method::get, "/%2e%2e/index.html")));
}

}  // namespace
}  // namespace maillage::http
