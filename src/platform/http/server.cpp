#include "platform/http/server.h"

#include <atomic>
#include <cmath>
#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <cstdlib>
#include <list>
#include <mutex>
#include <thread>
#include <unistd.h>

#include "platform/http/problem.h"
#include "platform/util/log.h"

namespace maillage::http {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using tcp = asio::ip::tcp;

class Session;

class Server::Impl : public std::enable_shared_from_this<Server::Impl> {
 public:
  Impl(ServerOptions options, AppHandler handler)
      : options_(std::move(options)),
        handler_(std::move(handler)),
        threads_(options_.threads > 0 ? options_.threads
                                      : std::max(2, static_cast<int>(std::thread::hardware_concurrency()))),
        ioc_(threads_),
        acceptor_(asio::make_strand(ioc_)),
        signals_(ioc_),
        deadline_(ioc_) {
    largest_body_limit_ = options_.body_limit;
    for (const auto& u : options_.uploads) largest_body_limit_ = std::max(largest_body_limit_, u.body_limit);
  }

  unsigned short listen() {
    tcp::endpoint endpoint(asio::ip::make_address(options_.host), options_.port);
    acceptor_.open(endpoint.protocol());
    acceptor_.set_option(asio::socket_base::reuse_address(true));
    beast::error_code ec;
    acceptor_.bind(endpoint, ec);
    if (ec) throw std::runtime_error("cannot listen on " + options_.host + ":" + std::to_string(options_.port) + ": " + ec.message());
    acceptor_.listen(asio::socket_base::max_listen_connections);
    port_ = acceptor_.local_endpoint().port();
    do_accept();
    return port_;
  }

  void run() {
    std::vector<std::thread> workers;
    for (int i = 1; i < threads_; ++i) workers.emplace_back([this] { ioc_.run(); });
    ioc_.run();
    for (auto& t : workers) t.join();
  }

  void handle_signals() {
    signals_.add(SIGINT);
    signals_.add(SIGTERM);
    signals_.async_wait([self = shared_from_this()](beast::error_code ec, int signal) {
      if (ec) return;
      log::info({{"event", "signal"}, {"signal", signal}});
      self->shutdown();
    });
  }

  void shutdown();
  void session_started(const std::shared_ptr<Session>& s);
  void session_ended();

  bool stopping() const { return stopping_.load(); }
  const ServerOptions& options() const { return options_; }
  /// The largest body any route accepts (the header is read with it; the route's own applies next).
  std::size_t largest_body_limit() const { return largest_body_limit_; }
  /// The upload route for this method and target, if it is one.
  const UploadRoute* upload_route(bhttp::verb method, std::string_view target) const {
    std::string_view path = target.substr(0, target.find('?'));
    for (const auto& u : options_.uploads) {
      if (u.method == method && u.path == path) return &u;
    }
    return nullptr;
  }
  Response handle(Request& request);
  unsigned short port() const { return port_; }

 private:
  void do_accept() {
    acceptor_.async_accept(asio::make_strand(ioc_), beast::bind_front_handler(&Impl::on_accept, shared_from_this()));
  }
  void on_accept(beast::error_code ec, tcp::socket socket);

  ServerOptions options_;
  AppHandler handler_;
  int threads_;
  asio::io_context ioc_;
  tcp::acceptor acceptor_;
  asio::signal_set signals_;
  asio::steady_timer deadline_;
  unsigned short port_ = 0;
  std::atomic<bool> stopping_{false};
  std::mutex sessions_mutex_;
  std::list<std::weak_ptr<Session>> sessions_;
  std::size_t active_sessions_ = 0;
  std::size_t largest_body_limit_ = 0;
};

/// One client connection: reads requests one after another, answers each, keeps the connection
/// alive while both sides want it and the server is not stopping.
class Session : public std::enable_shared_from_this<Session> {
 public:
  Session(tcp::socket&& socket, std::shared_ptr<Server::Impl> server)
      : stream_(std::move(socket)), server_(std::move(server)) {
    beast::error_code ec;
    auto remote = stream_.socket().remote_endpoint(ec);
    client_ = ec ? std::string("unknown") : remote.address().to_string();
  }
  ~Session() {
    discard_upload();
    server_->session_ended();
  }

  void start() {
    asio::dispatch(stream_.get_executor(), beast::bind_front_handler(&Session::do_read, shared_from_this()));
  }

  /// Called on shutdown: an idle connection is closed now, a busy one after its response.
  void stop() {
    asio::dispatch(stream_.get_executor(), [self = shared_from_this()] {
      if (!self->busy_) self->close();
    });
  }

 private:
  void do_read() {
    if (server_->stopping()) return close();
    parser_.emplace();
    parser_->header_limit(static_cast<std::uint32_t>(server_->options().header_limit));
    parser_->body_limit(server_->largest_body_limit());
    stream_.expires_after(server_->options().read_timeout);
    bhttp::async_read_header(stream_, buffer_, *parser_,
                             beast::bind_front_handler(&Session::on_header, shared_from_this()));
  }

  // Answers a failed read (closing, or 413/431); false when there was no error.
  bool read_failed(beast::error_code ec, std::size_t body_limit) {
    if (!ec) return false;
    if (ec == bhttp::error::end_of_stream || ec == asio::error::operation_aborted || ec == beast::error::timeout) {
      close();
    } else if (ec == bhttp::error::body_limit) {
      reply_error(413, "Payload too large", "the request body exceeds " + std::to_string(body_limit) + " bytes");
    } else if (ec == bhttp::error::header_limit) {
      reply_error(431, "Request header fields too large", "the request headers are too large");
    } else {
      close();
    }
    return true;
  }

  void on_header(beast::error_code ec, std::size_t) {
    if (read_failed(ec, server_->options().body_limit)) return;
    const auto& header = parser_->get();
    if (const UploadRoute* upload = server_->upload_route(header.method(), header.target())) {
      return start_upload(*upload);
    }
    std::size_t limit = server_->options().body_limit;
    if (parser_->content_length().value_or(0) > limit) return read_failed(bhttp::error::body_limit, limit), void();
    parser_->body_limit(limit);
    bhttp::async_read(stream_, buffer_, *parser_, beast::bind_front_handler(&Session::on_read, shared_from_this()));
  }

  void on_read(beast::error_code ec, std::size_t) {
    if (read_failed(ec, server_->options().body_limit)) return;
    auto message = parser_->release();
    answer(message, std::move(message.body()), {});
  }

  // An upload route: asks the application whether to receive the body, then streams it to a file.
  void start_upload(const UploadRoute& route) {
    const auto& header = parser_->get();
    upload_limit_ = route.body_limit;
    if (route.admit) {
      std::optional<Response> refusal;
      try {
        Request request(header.method(), header.target(), headers_of(header), {}, client_);
        refusal = route.admit(request);
      } catch (const HttpError& error) {
        refusal = problem_response(error);
      }
      if (refusal) {
        busy_ = true;
        log::info({{"event", "request"}, {"method", std::string(header.method_string())}, {"status", refusal->status},
                   {"detail", "upload refused before its body"}, {"client", client_}});
        return send(std::move(*refusal), false, false);
      }
    }
    if (parser_->content_length().value_or(0) > route.body_limit) {
      return read_failed(bhttp::error::body_limit, route.body_limit), void();
    }
    std::filesystem::path dir = server_->options().upload_dir.empty() ? std::filesystem::temp_directory_path()
                                                                         : server_->options().upload_dir;
    std::string name = (dir / "maillage-upload-XXXXXX").string();
    int fd = mkstemp(name.data());
    if (fd < 0) return reply_error(503, "Service unavailable", "the upload cannot be stored now");
    ::close(fd);
    upload_file_ = name;
    file_parser_.emplace(std::move(*parser_));
    file_parser_->body_limit(route.body_limit);
    beast::error_code ec;
    file_parser_->get().body().open(name.c_str(), beast::file_mode::write, ec);
    if (ec) return reply_error(503, "Service unavailable", "the upload cannot be stored now");
    stream_.expires_after(route.read_timeout);
    if (beast::iequals(file_parser_->get()[bhttp::field::expect], "100-continue")) {
      auto go_on = std::make_shared<bhttp::response<bhttp::empty_body>>(bhttp::status::continue_, 11);
      return bhttp::async_write(stream_, *go_on, [self = shared_from_this(), go_on](beast::error_code ec, std::size_t) {
        if (ec) return self->close();
        self->read_upload();
      });
    }
    read_upload();
  }

  void read_upload() {
    bhttp::async_read(stream_, buffer_, *file_parser_,
                      beast::bind_front_handler(&Session::on_upload_read, shared_from_this()));
  }

  void on_upload_read(beast::error_code ec, std::size_t) {
    if (read_failed(ec, upload_limit_)) return discard_upload();
    auto message = file_parser_->release();
    message.body().close();
    answer(message, {}, upload_file_);
    discard_upload();  // the handler has returned: it moved the file if it keeps it
  }

  void discard_upload() {
    file_parser_.reset();
    if (upload_file_.empty()) return;
    std::error_code ignored;
    std::filesystem::remove(upload_file_, ignored);
    upload_file_.clear();
  }

  template <class Fields>
  static Request::Pairs headers_of(const Fields& fields) {
    Request::Pairs headers;
    for (const auto& field : fields) headers.emplace_back(field.name_string(), field.value());
    return headers;
  }

  // Hands a complete request to the application and sends its answer.
  template <class Message>
  void answer(const Message& message, std::string body, std::filesystem::path body_file) {
    busy_ = true;
    auto started = std::chrono::steady_clock::now();
    Response response;
    std::string path;
    try {
      Request request(message.method(), message.target(), headers_of(message), std::move(body), client_);
      request.set_body_file(std::move(body_file));
      path = request.path();
      response = server_->handle(request);
    } catch (const HttpError& error) {
      response = problem_response(error);
    }
    if (path.empty()) path = std::string(message.target().substr(0, message.target().find('?')));
    double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
    // One line per request; the query string is left out on purpose (it may carry names).
    log::info({{"event", "request"},
               {"method", std::string(message.method_string())},
               {"path", path},
               {"status", response.status},
               {"duration_ms", std::round(ms * 1000) / 1000},
               {"client", client_}});
    send(std::move(response), message.keep_alive(), message.method() == bhttp::verb::head);
  }

  void reply_error(unsigned status, const std::string& title, const std::string& detail) {
    busy_ = true;
    log::info({{"event", "request"}, {"status", status}, {"detail", title}, {"client", client_}});
    send(problem_response(status, title, detail), false, false);
  }

  void send(Response response, bool keep_alive, bool head) {
    auto res = std::make_shared<bhttp::response<bhttp::string_body>>(static_cast<bhttp::status>(response.status), 11);
    for (const auto& [name, value] : server_->options().default_headers) res->set(name, value);
    if (!response.content_type.empty()) res->set(bhttp::field::content_type, response.content_type);
    for (const auto& [name, value] : response.headers) res->set(name, value);
    keep_alive_ = keep_alive && !server_->stopping();
    res->keep_alive(keep_alive_);
    res->body() = std::move(response.body);
    res->prepare_payload();
    if (head) res->body().clear();  // Content-Length stays that of the GET answer
    stream_.expires_after(server_->options().write_timeout);
    bhttp::async_write(stream_, *res, [self = shared_from_this(), res](beast::error_code ec, std::size_t) {
      self->on_write(ec);
    });
  }

  void on_write(beast::error_code ec) {
    busy_ = false;
    if (ec || !keep_alive_ || server_->stopping()) return close();
    do_read();
  }

  void close() {
    beast::error_code ec;
    stream_.socket().shutdown(tcp::socket::shutdown_both, ec);
    stream_.socket().close(ec);
  }

  beast::tcp_stream stream_;
  beast::flat_buffer buffer_;
  std::optional<bhttp::request_parser<bhttp::string_body>> parser_;
  std::optional<bhttp::request_parser<bhttp::file_body>> file_parser_;  // an upload's body
  std::filesystem::path upload_file_;
  std::size_t upload_limit_ = 0;
  std::shared_ptr<Server::Impl> server_;
  std::string client_;
  bool busy_ = false;
  bool keep_alive_ = false;
};

void Server::Impl::on_accept(beast::error_code ec, tcp::socket socket) {
  if (stopping_) return;
  if (!ec) {
    auto session = std::make_shared<Session>(std::move(socket), shared_from_this());
    session_started(session);
    session->start();
  }
  do_accept();
}

void Server::Impl::session_started(const std::shared_ptr<Session>& s) {
  std::lock_guard lock(sessions_mutex_);
  ++active_sessions_;
  sessions_.remove_if([](const std::weak_ptr<Session>& w) { return w.expired(); });
  sessions_.push_back(s);
}

void Server::Impl::session_ended() {
  std::lock_guard lock(sessions_mutex_);
  --active_sessions_;
  if (stopping_ && active_sessions_ == 0) {
    asio::post(ioc_, [self = shared_from_this()] { self->deadline_.cancel(); });
  }
}

void Server::Impl::shutdown() {
  if (stopping_.exchange(true)) return;
  asio::post(acceptor_.get_executor(), [self = shared_from_this()] {
    beast::error_code ec;
    self->acceptor_.close(ec);
  });
  asio::post(ioc_, [self = shared_from_this()] {
    beast::error_code ec;
    self->signals_.cancel(ec);
  });
  std::vector<std::shared_ptr<Session>> live;
  {
    std::lock_guard lock(sessions_mutex_);
    for (auto& w : sessions_) {
      if (auto s = w.lock()) live.push_back(std::move(s));
    }
    if (active_sessions_ > 0) {
      // Requests in flight get `shutdown_grace` to finish; then the io_context is stopped.
      deadline_.expires_after(options_.shutdown_grace);
      deadline_.async_wait([self = shared_from_this()](beast::error_code ec) {
        if (!ec) {
          log::warn({{"event", "shutdown"}, {"detail", "grace period over, closing remaining connections"}});
          self->ioc_.stop();
        }
      });
    }
  }
  for (auto& s : live) s->stop();
  log::info({{"event", "shutdown_started"}, {"open_connections", live.size()}});
}

Response Server::Impl::handle(Request& request) {
  try {
    return handler_(request);
  } catch (const HttpError&) {
    throw;
  } catch (const std::exception& e) {
    // Details stay in the log; the client gets a generic message.
    log::error({{"event", "unhandled_error"}, {"path", request.path()}, {"what", e.what()}});
    return problem_response(500, "Internal server error", "an unexpected error occurred; it has been logged");
  }
}

Server::Server(ServerOptions options, AppHandler handler)
    : impl_(std::make_shared<Impl>(std::move(options), std::move(handler))) {}
Server::~Server() = default;
unsigned short Server::listen() { return impl_->listen(); }
void Server::run() { impl_->run(); }
void Server::shutdown() { impl_->shutdown(); }
void Server::handle_signals() { impl_->handle_signals(); }
unsigned short Server::port() const { return impl_->port(); }

}  // namespace maillage::http
