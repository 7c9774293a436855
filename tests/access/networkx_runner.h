// Running the independent NetworkX solver (tests/access/networkx_allocation.py and
// bench/allocation_networkx.py) on batch-allocation instances written as JSON. Shared by the
// tests and the benchmark; no GoogleTest here.
#pragma once

#include <boost/json.hpp>

#include <filesystem>
#include <string>
#include <vector>

#include "access/allocation.h"

namespace maillage::access::testing {

/// `in` in the scripts' instance format (see networkx_allocation.py).
std::string instance_json(const AllocationInput& in);

/// Writes `in` to `file` in that format.
void write_instance(const AllocationInput& in, const std::filesystem::path& file);

/// True when `python3 -c "import networkx"` succeeds.
bool networkx_available();

/// What a script printed: one JSON object per line of its standard output.
struct ScriptOutput {
  int status = -1;
  std::vector<boost::json::object> lines;
};

/// Runs `python3 <script> <args…>` and waits for it (its standard error is left to ours).
ScriptOutput run_python(const std::filesystem::path& script, const std::vector<std::string>& args);

/// The objective in a line of the scripts' output.
AllocationObjective objective_of(const boost::json::object& line);

/// The repository's root (where the scripts are), set by the build.
std::filesystem::path source_dir();

}  // namespace maillage::access::testing
