#include <fstream>
#include <memory>

#include <boost/asio/ip/address.hpp>

#include "app/commands.h"
#include "app/database_setup.h"
#include "app/demo_data.h"
#include "app/web_app.h"
#include "platform/util/log.h"

namespace maillage::app {

void add_serve_command(CLI::App& app) {
  struct Options {
    std::string db = kDefaultDatabase;
    std::string web = "web/dist";
    std::string port_file;
    http::ServerOptions server;
    UiConfig ui;
    auth::AuthConfig auth;
    bool demo = false;
    long idle_minutes = 30;
    long session_hours = 12;
  };
  auto opts = std::make_shared<Options>();
  auto* cmd = app.add_subcommand("serve", "Serve the API and the web front end");
  cmd->add_option("--db", opts->db, "Database: SQLite file path")->capture_default_str();
  cmd->add_option("--web", opts->web, "Folder of the built front end")->capture_default_str();
  cmd->add_option("--host", opts->server.host, "Address to listen on")->capture_default_str();
  cmd->add_option("--port", opts->server.port, "Port to listen on (0: any free port)")->capture_default_str();
  cmd->add_option("--port-file", opts->port_file, "Write the port actually bound to this file once listening");
  cmd->add_option("--threads", opts->server.threads, "Server threads (0: one per core, at least 2)")->capture_default_str();
  cmd->add_option("--tile-url", opts->ui.tile_url,
                  "Map tile URL template, e.g. https://tile.example.org/{z}/{x}/{y}.png (empty: no tiles)");
  cmd->add_option("--tile-attribution", opts->ui.tile_attribution, "Attribution shown with the map tiles");
  cmd->add_flag("--demo", opts->demo,
                "Demo mode: create the demo CPTS and accounts (see README) and let them sign in; loopback only");
  cmd->add_option("--trusted-proxy", opts->auth.trusted_proxy,
                  "Address of the reverse proxy whose X-Forwarded-For gives the client's address");
  cmd->add_option("--session-idle-minutes", opts->idle_minutes, "Sign out after this long without a request")
      ->capture_default_str()
      ->check(CLI::Range(1, 24 * 60));
  cmd->add_option("--session-hours", opts->session_hours, "Sign out after this long whatever happens")
      ->capture_default_str()
      ->check(CLI::Range(1, 24 * 7));
  cmd->callback([opts] {
    bool loopback = boost::asio::ip::make_address(opts->server.host).is_loopback();
    if (opts->demo && !loopback) {
      throw std::runtime_error("--demo is refused outside loopback: its accounts have published passwords");
    }
    // Without TLS in front, only a local browser may use the cookie over plain HTTP.
    opts->auth.secure_cookies = !loopback;
    opts->auth.demo_mode = opts->demo;
    opts->auth.session.idle_seconds = opts->idle_minutes * 60;
    opts->auth.session.absolute_seconds = opts->session_hours * 3600;
    auto database = open_and_migrate(opts->db);
    if (opts->demo) ensure_demo_data(*database);
    {
      WebApp web(*database, opts->web, opts->ui, opts->auth);
      http::ServerOptions server_options = opts->server;
      server_options.default_headers = WebApp::default_headers();
      server_options.uploads = web.upload_routes();
      http::Server server(server_options, web.handler());
      unsigned short port = server.listen();
      server.handle_signals();
      if (!opts->port_file.empty()) {
        std::string tmp = opts->port_file + ".tmp";
        std::ofstream(tmp) << port << "\n";
        std::filesystem::rename(tmp, opts->port_file);  // readers never see a half-written file
      }
      log::info({{"event", "listening"}, {"host", server_options.host}, {"port", port},
                 {"communes", web.referential().current()->data().communes.size()}});
      server.run();
    }
    database->close();
    log::info({{"event", "stopped"}, {"detail", "database closed"}});
  });
}

}  // namespace maillage::app
