#include "support/demo_server.h"

#include <gtest/gtest.h>

#include "support/command.h"

namespace maillage::testing {

DemoServer::DemoServer(const std::vector<std::vector<std::string>>& before_start) {
  db_ = copy_fixture_database(dir_);
  std::vector<std::vector<std::string>> commands{{"demo"}};
  commands.insert(commands.end(), before_start.begin(), before_start.end());
  for (auto args : commands) {
    args.insert(args.end(), {"--db", db_.string()});
    auto result = run_maillage(args);
    EXPECT_EQ(result.status, 0) << args.front() << ": " << result.output;
  }
  server_ = std::make_unique<ServerProcess>(db_, std::filesystem::path{}, std::vector<std::string>{"--demo"});
}

std::unique_ptr<ApiClient> DemoServer::signed_in(const std::string& role) const {
  auto client = anonymous();
  auto account = demo_account(role);
  EXPECT_EQ(client->login(account.email, account.password).status, 200u) << role;
  return client;
}

std::unique_ptr<ApiClient> DemoServer::anonymous() const { return std::make_unique<ApiClient>(server_->port()); }

std::string DemoServer::cpts_id(const std::string& name) const {
  auto admin = signed_in("admin");
  auto list = admin->get("/api/cpts").json();
  for (const auto& c : list.at("items").as_array()) {
    if (c.at("name").as_string() == name) return std::string(c.at("id").as_string());
  }
  ADD_FAILURE() << "no CPTS named " << name;
  return {};
}

}  // namespace maillage::testing
