#include <fstream>
#include <memory>

#include "app/commands.h"
#include "app/database_setup.h"
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
  cmd->callback([opts] {
    auto database = open_and_migrate(opts->db);
    {
      WebApp web(*database, opts->web, opts->ui);
      http::ServerOptions server_options = opts->server;
      server_options.default_headers = WebApp::default_headers();
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
