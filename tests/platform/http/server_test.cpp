// The HTTP server in-process: routing through the application handler, keep-alive, limits,
// generic 500s, and the graceful shutdown that lets a request in flight finish.
#include "platform/http/server.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <future>
#include <thread>

#include "platform/http/problem.h"
#include "support/http_client.h"

namespace maillage::http {
namespace {
using maillage::testing::HttpConnection;
using maillage::testing::http_get;
using maillage::testing::http_request;

class ServerTest : public ::testing::Test {
 protected:
  void start(ServerOptions options = {}) {
    options.port = 0;
    options.default_headers = {{"X-Content-Type-Options", "nosniff"}};
    server = std::make_unique<Server>(options, [this](Request& r) { return handle(r); });
    port = server->listen();
    thread = std::thread([this] { server->run(); });
  }
  void TearDown() override {
    if (server) server->shutdown();
    if (thread.joinable()) thread.join();
  }
  Response handle(Request& r) {
    if (r.path() == "/slow") {
      slow_started.set_value();
      std::this_thread::sleep_for(std::chrono::milliseconds(700));
      return Response::json({{"done", true}});
    }
    if (r.path() == "/boom") throw std::runtime_error("secret internal detail");
    if (r.path() == "/bad") throw invalid_field("limit", "range", "must be between 1 and 100");
    if (r.path() == "/upload") {
      upload_file = r.body_file();
      std::error_code ec;
      auto size = std::filesystem::file_size(r.body_file(), ec);
      return Response::json({{"file_bytes", ec ? -1 : static_cast<std::int64_t>(size)},
                             {"memory_bytes", r.body().size()}});
    }
    if (r.path() == "/echo") {
      Response res;
      res.content_type = "text/plain";
      res.body = r.body();
      return res;
    }
    return Response::json({{"path", r.path()}});
  }

  std::unique_ptr<Server> server;
  std::thread thread;
  unsigned short port = 0;
  std::promise<void> slow_started;
  std::filesystem::path upload_file;
};

TEST_F(ServerTest, AnswersJsonWithDefaultHeaders) {
  start();
  auto r = http_get(port, "/hello");
  EXPECT_EQ(r.status, 200u);
  EXPECT_EQ(r.header("content-type"), "application/json");
  EXPECT_EQ(r.header("x-content-type-options"), "nosniff");
  EXPECT_EQ(r.json().at("path").as_string(), "/hello");
}

TEST_F(ServerTest, KeepsConnectionsAlive) {
  start();
  HttpConnection connection(port);
  for (int i = 0; i < 5; ++i) {
    auto r = connection.request("GET", "/again");
    EXPECT_EQ(r.status, 200u);
    EXPECT_TRUE(r.keep_alive);
  }
}

TEST_F(ServerTest, ErrorsAreProblemDocumentsAnd500sHideDetails) {
  start();
  auto bad = http_get(port, "/bad");
  EXPECT_EQ(bad.status, 400u);
  EXPECT_EQ(bad.header("content-type"), "application/problem+json");
  EXPECT_EQ(bad.json().at("errors").at(0).at("field").as_string(), "limit");
  auto boom = http_get(port, "/boom");
  EXPECT_EQ(boom.status, 500u);
  EXPECT_EQ(boom.header("content-type"), "application/problem+json");
  EXPECT_EQ(boom.body.find("secret"), std::string::npos);
}

TEST_F(ServerTest, RefusesBodiesOverTheLimitWith413) {
  ServerOptions options;
  options.body_limit = 1024;
  start(options);
  EXPECT_EQ(http_request(port, "POST", "/echo", std::string(512, 'x')).status, 200u);
  EXPECT_EQ(http_request(port, "POST", "/echo", std::string(4096, 'x')).status, 413u);
}

TEST_F(ServerTest, AnUploadRouteTakesALargerBodyIntoAFileAndOnlyThatRoute) {
  ServerOptions options;
  options.body_limit = 1024;
  options.uploads.push_back({.method = Method::post, .path = "/upload", .body_limit = 64 * 1024,
                             .admit = [](Request& r) -> std::optional<Response> {
                               if (r.header("X-Key") == "yes") return std::nullopt;
                               return Response::json({{"refused", true}}, 403);
                             }});
  start(options);
  std::string body(40 * 1024, 'x');
  auto r = http_request(port, "POST", "/upload?name=a.txt", body, {{"X-Key", "yes"}});
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.json().at("file_bytes").as_int64(), 40 * 1024);
  EXPECT_EQ(r.json().at("memory_bytes").as_int64(), 0);
  // The file goes once the response is sent.
  for (int i = 0; i < 200 && std::filesystem::exists(upload_file); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  EXPECT_FALSE(std::filesystem::exists(upload_file));

  EXPECT_EQ(http_request(port, "POST", "/upload", std::string(128 * 1024, 'x'), {{"X-Key", "yes"}}).status, 413u);
  EXPECT_EQ(http_request(port, "POST", "/upload", body).status, 403u);  // refused before its body
  EXPECT_EQ(http_request(port, "POST", "/echo", body).status, 413u);    // other routes keep the limit
}

TEST_F(ServerTest, RefusesOversizedHeadersWith431) {
  ServerOptions options;
  options.header_limit = 2048;
  start(options);
  auto r = http_request(port, "GET", "/x", {}, {{"X-Big", std::string(4096, 'a')}});
  EXPECT_EQ(r.status, 431u);
}

TEST_F(ServerTest, ClosesConnectionsThatSendNothingWithinTheReadTimeout) {
  ServerOptions options;
  options.read_timeout = std::chrono::milliseconds(200);
  start(options);
  HttpConnection idle(port);
  EXPECT_TRUE(idle.closed_by_peer());
}

TEST_F(ServerTest, GracefulShutdownLetsTheRequestInFlightFinish) {
  start();
  auto in_flight = std::async(std::launch::async, [this] { return http_get(port, "/slow"); });
  slow_started.get_future().wait();
  server->shutdown();  // what SIGTERM does
  auto r = in_flight.get();
  EXPECT_EQ(r.status, 200u);
  EXPECT_EQ(r.json().at("done").as_bool(), true);
  EXPECT_FALSE(r.keep_alive);  // the server says it is closing
  thread.join();               // run() returns once the last request is answered
  EXPECT_THROW(http_get(port, "/after"), std::exception);
}

TEST_F(ServerTest, ShutdownClosesIdleKeepAliveConnections) {
  start();
  HttpConnection connection(port);
  EXPECT_EQ(connection.request("GET", "/a").status, 200u);
  server->shutdown();
  EXPECT_TRUE(connection.closed_by_peer());
  thread.join();
}

}  // namespace
}  // namespace maillage::http
