// The batch allocation against an independent solver: NetworkX's min_cost_flow (Debian's
// python3-networkx) on the plain request/doctor network of the same random instances, a few
// hundred requests and tens of doctors each. The three numbers of the objective must be equal.
#include <gtest/gtest.h>

#include <random>

#include "access/allocation.h"
#include "access/allocation_instances.h"
#include "access/networkx_runner.h"
#include "support/server_process.h"

namespace maillage::access {
namespace {

TEST(AllocationNetworkx, SameObjectiveAsNetworkxMinCostFlow) {
  if (!testing::networkx_available()) {
    GTEST_SKIP() << "python3-networkx is not installed (scripts/setup installs it): independent check not run";
  }
  maillage::testing::TempDir dir;
  std::mt19937 rng(6006);
  std::vector<AllocationInput> instances;
  std::vector<std::string> files;
  for (int i = 0; i < 8; ++i) {
    // Places shortage (few places) and plenty (many) alternate; some requests out of reach.
    testing::InstanceShape shape{.requests = 200 + 25 * i, .doctors = 20 + 5 * i, .places = 30, .area_km = 60,
                                 .unique_share = 0.3, .max_capacity = i % 2 ? 20 : 8, .priority_share = 0.3,
                                 .criteria_share = 0.3, .max_distance_km = 15.0 + i};
    instances.push_back(testing::random_instance(rng, shape));
    files.push_back((dir / ("instance-" + std::to_string(i) + ".json")).string());
    testing::write_instance(instances.back(), files.back());
  }
  auto script = testing::source_dir() / "tests/access/networkx_allocation.py";
  testing::ScriptOutput nx = testing::run_python(script, files);
  ASSERT_EQ(nx.status, 0) << script;
  ASSERT_EQ(nx.lines.size(), instances.size());
  int short_of_places = 0;
  for (std::size_t i = 0; i < instances.size(); ++i) {
    Allocation out = allocate(instances[i]);
    testing::expect_valid(instances[i], out);
    AllocationObjective expected = testing::objective_of(nx.lines[i]);
    EXPECT_EQ(out.objective, expected) << files[i] << ": ours " << out.objective.priority_served << "/"
                                       << out.objective.served << "/" << out.objective.total_distance_m
                                       << ", NetworkX " << expected.priority_served << "/" << expected.served << "/"
                                       << expected.total_distance_m;
    EXPECT_GT(out.objective.served, 0);
    short_of_places += !out.unserved.empty();
  }
  EXPECT_GE(short_of_places, 4) << "the instances where places are short test the priorities";
}

}  // namespace
}  // namespace maillage::access
