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

std::unique_ptr<ApiClient> DemoServer::new_account(const std::string& email, const std::string& role,
                                                   const std::string& cpts_name) const {
  auto admin = signed_in("admin");
  auto created = admin->post("/api/users", {{"email", email}, {"display_name", email}});
  EXPECT_EQ(created.status, 201u) << created.body;
  std::string user(created.json().at("user").at("id").as_string());
  std::string otp(created.json().at("one_time_password").as_string());
  EXPECT_EQ(admin->post("/api/users/" + user + "/roles", {{"role", role}, {"cpts_id", cpts_id(cpts_name)}}).status, 201u);
  auto client = anonymous();
  EXPECT_EQ(client->login(email, otp).status, 200u);
  EXPECT_EQ(client->request("PUT", "/api/session/password",
                            R"({"current_password":")" + otp + R"(","new_password":"une phrase de passe solide"})")
                .status,
            204u);
  return client;
}

std::string DemoServer::user_id(const std::string& email) const {
  auto list = signed_in("admin")->get("/api/users?limit=100").json();
  for (const auto& u : list.at("items").as_array()) {
    if (u.at("email").as_string() == email) return std::string(u.at("id").as_string());
  }
  ADD_FAILURE() << "no user " << email;
  return {};
}

}  // namespace maillage::testing
