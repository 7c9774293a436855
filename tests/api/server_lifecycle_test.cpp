// The real binary's life: static files of the front end, and a clean stop on SIGTERM that lets a
// response in flight complete and closes the database.
#include <gtest/gtest.h>
#include <signal.h>

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <fstream>
#include <thread>

#include "support/http_client.h"
#include "support/server_process.h"

namespace maillage {
namespace {
namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;

void write_web_root(const std::filesystem::path& web, std::size_t big_size) {
  std::filesystem::create_directories(web / "assets");
  std::ofstream(web / "index.html") << "<!doctype html><title>Maillage</title>";
  std::ofstream(web / "assets" / "app-1a2b3c.js") << "export {}";
  std::ofstream big(web / "big.bin", std::ios::binary);
  std::string chunk(1 << 20, 'm');
  for (std::size_t written = 0; written < big_size; written += chunk.size()) big << chunk;
}

TEST(ServerLifecycle, ServesTheFrontEndWithTypesAndCaching) {
  testing::TempDir dir;
  write_web_root(dir / "web", 1 << 20);
  testing::ServerProcess server(testing::copy_fixture_database(dir), dir / "web");
  auto shell = testing::http_get(server.port(), "/communes/13203");
  EXPECT_EQ(shell.status, 200u);
  EXPECT_EQ(shell.header("content-type"), "text/html; charset=utf-8");
  EXPECT_EQ(shell.header("cache-control"), "no-cache");
  auto js = testing::http_get(server.port(), "/assets/app-1a2b3c.js");
  EXPECT_EQ(js.header("content-type"), "text/javascript; charset=utf-8");
  EXPECT_EQ(js.header("cache-control"), "public, max-age=31536000, immutable");
  EXPECT_EQ(testing::http_get(server.port(), "/assets/missing.js").status, 404u);
}

TEST(ServerLifecycle, SigtermLetsTheResponseInFlightCompleteThenExitsCleanly) {
  testing::TempDir dir;
  constexpr std::size_t kBig = 64u << 20;  // large enough to still be in flight when the signal lands
  write_web_root(dir / "web", kBig);
  testing::ServerProcess server(testing::copy_fixture_database(dir), dir / "web");

  asio::io_context ioc;
  beast::tcp_stream stream(ioc);
  stream.connect(asio::ip::tcp::endpoint(asio::ip::make_address("127.0.0.1"), server.port()));
  bhttp::request<bhttp::empty_body> req(bhttp::verb::get, "/big.bin", 11);
  req.set(bhttp::field::host, "127.0.0.1");
  bhttp::write(stream, req);
  beast::flat_buffer buffer;
  bhttp::response_parser<bhttp::string_body> parser;
  parser.body_limit(kBig + 1);
  bhttp::read_header(stream, buffer, parser);  // the response has started…

  server.signal(SIGTERM);  // …when the server is asked to stop
  std::this_thread::sleep_for(std::chrono::milliseconds(300));

  bhttp::read(stream, buffer, parser);  // the rest still arrives, whole
  EXPECT_EQ(parser.get().result_int(), 200u);
  EXPECT_EQ(parser.get().body().size(), kBig);
  // The server then closes the connection instead of waiting for another request.
  char byte;
  beast::error_code ec;
  stream.socket().read_some(asio::buffer(&byte, 1), ec);
  EXPECT_EQ(ec, asio::error::eof);

  EXPECT_EQ(server.wait_exit(), 0);
  auto log = server.log();
  EXPECT_NE(log.find("\"event\":\"signal\""), std::string::npos) << log;
  EXPECT_NE(log.find("database closed"), std::string::npos) << log;
}

TEST(ServerLifecycle, RefusesToStartOnAPortInUse) {
  testing::TempDir dir;
  testing::ServerProcess first(testing::copy_fixture_database(dir));
  testing::TempDir other;
  try {
    testing::ServerProcess second(testing::copy_fixture_database(other), {},
                                  {"--port", std::to_string(first.port())});
    FAIL() << "a second server started on a port in use";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("cannot listen"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace maillage
