// The HTTP/1.1 server (Boost.Beast): keep-alive, read/write timeouts, header and body limits, one
// structured log line per request, and graceful shutdown — on `shutdown()` (or SIGINT/SIGTERM)
// it stops accepting, lets requests in flight finish, closes idle connections, then `run()`
// returns so the caller can close the database.
#pragma once

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "platform/http/request.h"
#include "platform/http/response.h"

namespace maillage::http {

/// A route whose request body may be larger than ServerOptions::body_limit: a file upload. Its
/// body is streamed to a temporary file (Request::body_file), never held in memory.
struct UploadRoute {
  Method method = Method::post;
  std::string path;  // exact path, query string apart
  std::size_t body_limit = 0;
  std::chrono::milliseconds read_timeout{600'000};  // for the whole request
  /// Called with the request's headers (no body yet) before the body is read: returns nothing
  /// to receive the body, or the response refusing it at once (e.g. 401 or 403).
  std::function<std::optional<Response>(Request&)> admit;
};

struct ServerOptions {
  std::string host = "127.0.0.1";
  unsigned short port = 8080;  // 0 picks a free port (see Server::port)
  int threads = 0;             // 0: one per hardware thread (at least 2)
  std::chrono::milliseconds read_timeout{30'000};   // whole request, including waiting for it
  std::chrono::milliseconds write_timeout{30'000};  // whole response
  std::chrono::milliseconds shutdown_grace{15'000}; // in-flight requests get this long to finish
  std::size_t header_limit = 16 * 1024;
  // 4 MiB: a région's bulk territory import (POST /api/territory-imports, ~35,000 rows as JSON)
  // must fit; memory per connection is bounded by it.
  std::size_t body_limit = 4 * 1024 * 1024;
  /// The routes allowed a larger body, streamed to a file in `upload_dir` (empty: the system's
  /// temporary directory).
  std::vector<UploadRoute> uploads;
  std::filesystem::path upload_dir;
  /// Added to every response (security headers, server name).
  std::vector<std::pair<std::string, std::string>> default_headers;
};

/// The application behind the server. May throw HttpError (rendered as problem+json) or any
/// other exception (logged with details, answered with a generic 500).
using AppHandler = std::function<Response(Request&)>;

class Server {
 public:
  Server(ServerOptions options, AppHandler handler);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  /// Binds and listens; returns the bound port. Throws std::runtime_error if the port is taken.
  unsigned short listen();

  /// Serves until shutdown completes. Blocks the calling thread (and uses threads-1 more).
  void run();

  /// Thread-safe and idempotent: begins the graceful shutdown.
  void shutdown();

  /// Makes SIGINT and SIGTERM begin the graceful shutdown.
  void handle_signals();

  unsigned short port() const;

  class Impl;  // implementation detail (server.cpp), public only so connections can refer to it

 private:
  std::shared_ptr<Impl> impl_;
};

}  // namespace maillage::http
