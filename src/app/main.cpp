// The `maillage` program: one binary, subcommands for serving and administration.
#include <CLI/CLI.hpp>

#include "app/commands.h"
#include "platform/util/log.h"

int main(int argc, char** argv) {
  maillage::log::init();
  CLI::App app{"Maillage — information system for CPTS (communautés professionnelles territoriales de santé)"};
  app.require_subcommand(1);
  maillage::app::add_commands(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {  // also CLI::RuntimeError, thrown by commands to set the exit status
    return app.exit(e);
  } catch (const std::exception& e) {
    maillage::log::error({{"event", "fatal"}, {"what", e.what()}});
    return 1;
  }
  return 0;
}
