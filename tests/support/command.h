// Runs the `maillage` binary with arguments and captures its output and exit status.
#pragma once

#include <string>
#include <vector>

namespace maillage::testing {

struct CommandResult {
  int status = -1;
  std::string output;  // standard output and standard error together
};

/// Runs `maillage <args…>` (MAILLAGE_BIN) and waits for it.
CommandResult run_maillage(const std::vector<std::string>& args);

}  // namespace maillage::testing
