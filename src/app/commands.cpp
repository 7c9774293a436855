#include "app/commands.h"

namespace maillage::app {

void add_commands(CLI::App& app) {
  add_serve_command(app);
  add_migrate_command(app);
  add_refdata_command(app);
  add_user_command(app);
  add_audit_command(app);
  add_demo_command(app);
  add_import_command(app);
  add_generate_command(app);
  add_purge_command(app);
}

}  // namespace maillage::app
