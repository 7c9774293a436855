// Accounts, sessions, tokens, brute-force protection, tenant isolation, CSRF and the audit log,
// against the real server (demo mode: documented accounts in two CPTS).
#include <gtest/gtest.h>

#include <chrono>
#include <fstream>
#include <sstream>

#include "platform/db/sqlite_database.h"
#include "support/api_client.h"
#include "support/server_process.h"

namespace maillage {
namespace {
using testing::ApiClient;
using testing::demo_account;

class AuthApi : public ::testing::Test {
 protected:
  void SetUp() override {
    db_path = testing::copy_fixture_database(dir);
    server = std::make_unique<testing::ServerProcess>(db_path, std::filesystem::path{},
                                                      std::vector<std::string>{"--demo", "--trusted-proxy", "127.0.0.1"});
  }
  ApiClient signed_in(const std::string& who) {
    ApiClient client(server->port());
    auto account = demo_account(who);
    auto r = client.login(account.email, account.password);
    EXPECT_EQ(r.status, 200u) << r.body;
    return client;
  }
  std::string cpts_id(ApiClient& client, const std::string& name) {
    auto list = client.get("/api/cpts").json();
    for (const auto& c : list.at("items").as_array()) {
      if (c.at("name").as_string() == name) return std::string(c.at("id").as_string());
    }
    return {};
  }
  std::vector<std::string> column(const std::string& sql) {
    auto db = db::open_sqlite(db_path.string());
    db::Lease lease = db->read();
    std::vector<std::string> out;
    auto& st = lease->query(sql);
    while (st.step()) out.push_back(st.text(0));
    return out;
  }

  testing::TempDir dir;
  std::filesystem::path db_path;
  std::unique_ptr<testing::ServerProcess> server;
};

TEST_F(AuthApi, PasswordsAreArgon2idHashesAndTokensAreNotStoredInClear) {
  ApiClient coordinator = signed_in("coordination");
  ApiClient admin = signed_in("admin");
  auto token = admin.post("/api/tokens", {{"name", "export SIG"}, {"role", "funder"}, {"expires_in_days", 30}});
  ASSERT_EQ(token.status, 201u) << token.body;
  std::string secret(token.json().at("token").as_string());

  auto hashes = column("SELECT password_hash FROM users");
  ASSERT_FALSE(hashes.empty());
  for (const auto& h : hashes) EXPECT_TRUE(h.starts_with("$argon2id$")) << h;
  for (const auto& table : {"sessions", "api_tokens"}) {
    auto dump = column(std::string("SELECT group_concat(quote(") + table + ".token_digest)) FROM " + table);
    ASSERT_EQ(dump.size(), 1u);
    EXPECT_EQ(dump[0].find(coordinator.session_token()), std::string::npos);
    EXPECT_EQ(dump[0].find(secret), std::string::npos);
  }
  EXPECT_TRUE(column("SELECT id FROM sessions WHERE token_digest = '" + coordinator.session_token() + "'").empty());
}

TEST_F(AuthApi, TheSessionCookieIsHttpOnlyAndStrictAndLogoutRevokesIt) {
  ApiClient client(server->port());
  auto account = demo_account("membre");
  auto r = client.login(account.email, account.password);
  std::string cookie = r.header("set-cookie");
  EXPECT_NE(cookie.find("HttpOnly"), std::string::npos);
  EXPECT_NE(cookie.find("SameSite=Strict"), std::string::npos);
  EXPECT_EQ(cookie.find("Secure"), std::string::npos);  // plain loopback only
  EXPECT_EQ(client.get("/api/session").json().at("user").at("display_name").as_string(), "Dr Marc Petit");
  EXPECT_EQ(client.request("DELETE", "/api/session").status, 204u);
  EXPECT_EQ(client.get("/api/session").status, 401u);  // the same cookie no longer opens anything
}

TEST_F(AuthApi, StateChangingRequestsWithTheCookieNeedTheCsrfToken) {
  ApiClient admin = signed_in("admin");
  std::string csrf = admin.csrf_token();
  admin.forget_csrf();
  auto without = admin.post("/api/cpts", {{"name", "CPTS sans jeton"}});
  EXPECT_EQ(without.status, 403u);
  EXPECT_NE(without.body.find("CSRF"), std::string::npos);
  auto wrong = admin.request("POST", "/api/cpts", R"({"name":"CPTS faux jeton"})", {{"X-CSRF-Token", csrf + "x"}});
  EXPECT_EQ(wrong.status, 403u);
  auto right = admin.request("POST", "/api/cpts", R"({"name":"CPTS bon jeton"})", {{"X-CSRF-Token", csrf}});
  EXPECT_EQ(right.status, 201u) << right.body;
  EXPECT_EQ(admin.request("DELETE", "/api/session").status, 403u);  // logging out needs it too
}

TEST_F(AuthApi, FiftyWrongPasswordsDoNotGetThroughNorLockOutAnotherAccount) {
  ApiClient attacker(server->port());
  auto victim = demo_account("membre");
  int throttled = 0;
  auto last_refusal = std::chrono::steady_clock::now();
  int retry_after = 0;
  for (int i = 0; i < 50; ++i) {
    auto r = attacker.login(victim.email, "guess-number-" + std::to_string(i), {{"X-Forwarded-For", "203.0.113.7"}});
    ASSERT_TRUE(r.status == 401u || r.status == 429u) << r.status << " " << r.body;
    if (r.status == 429u) {
      ++throttled;
      ASSERT_FALSE(r.header("retry-after").empty());
      retry_after = std::stoi(r.header("retry-after"));
      last_refusal = std::chrono::steady_clock::now();
    }
  }
  EXPECT_GE(throttled, 40);
  // Even the right password is refused while the account cools down (on a very slow machine the
  // back-off may have ended: then the sign-in must come after the announced delay).
  auto right = attacker.login(victim.email, victim.password, {{"X-Forwarded-For", "198.51.100.9"}});
  if (right.status != 429u) {
    EXPECT_EQ(right.status, 200u);
    // Whole seconds on the server side: allow one second of rounding.
    EXPECT_GE(std::chrono::steady_clock::now() - last_refusal, std::chrono::seconds(retry_after - 1));
  }
  // …but somebody else, from elsewhere, signs in normally.
  ApiClient colleague(server->port());
  auto other = demo_account("partenaire");
  EXPECT_EQ(colleague.login(other.email, other.password, {{"X-Forwarded-For", "198.51.100.4"}}).status, 200u);
}

TEST_F(AuthApi, UnknownAccountsAndWrongPasswordsGetTheSameAnswer) {
  ApiClient client(server->port());
  auto wrong_password = client.login(demo_account("membre").email, "not-the-password");
  auto unknown_account = client.login("nobody@nowhere.example", "not-the-password");
  EXPECT_EQ(wrong_password.status, 401u);
  EXPECT_EQ(unknown_account.status, wrong_password.status);
  EXPECT_EQ(unknown_account.body, wrong_password.body);
}

TEST_F(AuthApi, ACoordinatorCannotReachAnotherCptsOrLearnThatItExists) {
  ApiClient admin = signed_in("admin");
  auto other = admin.post("/api/cpts", {{"name", "CPTS du Pays Voisin"}});
  ASSERT_EQ(other.status, 201u);
  std::string foreign(other.json().at("id").as_string());

  ApiClient coordinator = signed_in("coordination");
  auto listed = coordinator.get("/api/cpts").body;
  EXPECT_EQ(listed.find(foreign), std::string::npos);
  EXPECT_EQ(listed.find("Pays Voisin"), std::string::npos);

  // Another tenant's id answers exactly like an id that does not exist.
  for (const std::string suffix : {"", "/users"}) {
    auto real = coordinator.get("/api/cpts/" + foreign + suffix);
    auto made_up = coordinator.get("/api/cpts/00000000000000000000000000000000" + suffix);
    EXPECT_EQ(real.status, 404u) << suffix;
    EXPECT_EQ(made_up.status, 404u) << suffix;
    EXPECT_EQ(real.json().at("title"), made_up.json().at("title"));
  }
  EXPECT_EQ(coordinator.get("/api/audit?cpts=" + foreign).status, 404u);
  // Modifying is out of reach too (only administrators assign roles).
  EXPECT_EQ(coordinator.post("/api/cpts", {{"name", "Intrus"}}).status, 403u);
  // In the CPTS where she is only a member, the people list is forbidden, not hidden.
  std::string calanques = cpts_id(coordinator, "CPTS Démo des Calanques");
  ASSERT_FALSE(calanques.empty());
  EXPECT_EQ(coordinator.get("/api/cpts/" + calanques + "/users").status, 403u);
  // Her audit view holds her CPTS's entries, and the sign-ins of its people — nothing of others.
  auto audit = coordinator.get("/api/audit?limit=200").json();
  std::string vieux_port = cpts_id(coordinator, "CPTS Démo du Vieux-Port");
  bool saw_sign_in = false;
  for (const auto& e : audit.at("items").as_array()) {
    if (e.at("cpts").is_null()) {
      saw_sign_in |= e.at("action").as_string() == "session.create";
    } else {
      EXPECT_EQ(e.at("cpts").at("id").as_string(), vieux_port);
    }
    EXPECT_NE(e.at("actor").at("label").as_string(), "Agnès Durand") << "an administrator's platform entry leaked";
  }
  EXPECT_TRUE(saw_sign_in);
}

TEST_F(AuthApi, ApiTokensActWithTheirRoleUntilRevoked) {
  ApiClient admin = signed_in("admin");
  std::string vieux_port = cpts_id(admin, "CPTS Démo du Vieux-Port");
  auto created = admin.post("/api/tokens", {{"name", "logiciel de régulation"}, {"role", "coordinator"},
                                            {"cpts_id", vieux_port}, {"expires_in_days", 7}});
  ASSERT_EQ(created.status, 201u) << created.body;
  std::string secret(created.json().at("token").as_string());
  EXPECT_TRUE(secret.starts_with("mlg_"));

  ApiClient integration(server->port());
  integration.set_bearer(secret);
  EXPECT_EQ(integration.get("/api/cpts/" + vieux_port + "/users").status, 200u);
  EXPECT_EQ(integration.get("/api/users").status, 403u);
  // No cookie, no CSRF: a bearer token may write what its role allows.
  EXPECT_EQ(integration.post("/api/cpts", {{"name", "x"}}).status, 403u);

  std::string id(created.json().at("item").at("id").as_string());
  EXPECT_EQ(admin.request("DELETE", "/api/tokens/" + id).status, 204u);
  EXPECT_EQ(integration.get("/api/cpts/" + vieux_port).status, 401u);
  ApiClient forged(server->port());
  forged.set_bearer("mlg_forged");
  EXPECT_EQ(forged.get("/api/cpts").status, 401u);
}

TEST_F(AuthApi, ANewAccountMustChooseItsPasswordBeforeAnythingElse) {
  ApiClient admin = signed_in("admin");
  auto created = admin.post("/api/users", {{"email", "Nouvelle.Coordinatrice@Example.org "}, {"display_name", "Inès"}});
  ASSERT_EQ(created.status, 201u) << created.body;
  EXPECT_EQ(created.json().at("user").at("email").as_string(), "nouvelle.coordinatrice@example.org");
  std::string otp(created.json().at("one_time_password").as_string());
  std::string id(created.json().at("user").at("id").as_string());
  auto granted = admin.post("/api/users/" + id + "/roles",
                            {{"role", "coordinator"}, {"cpts_id", cpts_id(admin, "CPTS Démo du Vieux-Port")}});
  ASSERT_EQ(granted.status, 201u) << granted.body;

  ApiClient ines(server->port());
  ASSERT_EQ(ines.login("nouvelle.coordinatrice@example.org", otp).status, 200u);
  EXPECT_TRUE(ines.get("/api/session").json().at("user").at("must_change_password").as_bool());
  auto blocked = ines.get("/api/cpts");
  EXPECT_EQ(blocked.status, 403u);
  EXPECT_EQ(blocked.json().at("title").as_string(), "Password change required");
  auto too_short = ines.request("PUT", "/api/session/password",
                                R"({"current_password":")" + otp + R"(","new_password":"court"})");
  ASSERT_EQ(too_short.status, 400u) << too_short.body;
  EXPECT_EQ(too_short.json().at("errors").at(0).at("rule").as_string(), "min_length");
  auto changed = ines.request("PUT", "/api/session/password",
                              R"({"current_password":")" + otp + R"(","new_password":"une phrase de passe solide"})");
  EXPECT_EQ(changed.status, 204u) << changed.body;
  EXPECT_FALSE(ines.get("/api/session").json().at("user").at("must_change_password").as_bool());
  EXPECT_EQ(ines.get("/api/cpts").status, 200u);
  EXPECT_EQ(ApiClient(server->port()).login("nouvelle.coordinatrice@example.org", otp).status, 401u);
}

TEST_F(AuthApi, DisablingAnAccountEndsItsSessions) {
  ApiClient admin = signed_in("admin");
  ApiClient member = signed_in("membre");
  std::string id(member.get("/api/session").json().at("user").at("id").as_string());
  auto r = admin.request("PATCH", "/api/users/" + id, R"({"disabled":true})");
  EXPECT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(member.get("/api/session").status, 401u);
  auto account = demo_account("membre");
  EXPECT_EQ(ApiClient(server->port()).login(account.email, account.password).status, 401u);
}

TEST_F(AuthApi, EveryWriteAndEveryRefusalIsAudited) {
  ApiClient admin = signed_in("admin");
  ApiClient member = signed_in("membre");
  ASSERT_EQ(admin.post("/api/cpts", {{"name", "CPTS auditée"}}).status, 201u);
  ASSERT_EQ(member.get("/api/users").status, 403u);
  ApiClient(server->port()).login(demo_account("membre").email, "wrong password!");

  auto entries = admin.get("/api/audit?limit=200").json();
  auto find = [&](const std::string& action, const std::string& outcome) -> const boost::json::object* {
    for (const auto& e : entries.at("items").as_array()) {
      if (e.at("action").as_string() == action && e.at("outcome").as_string() == outcome) return &e.as_object();
    }
    return nullptr;
  };
  const auto* created = find("cpts.create", "success");
  ASSERT_NE(created, nullptr);
  EXPECT_EQ(created->at("actor").at("label").as_string(), "Agnès Durand");
  EXPECT_EQ(created->at("client_address").as_string(), "127.0.0.1");
  EXPECT_NE(find("access.denied", "denied"), nullptr);
  EXPECT_NE(find("session.create", "failure"), nullptr);
  EXPECT_NE(find("session.create", "success"), nullptr);
}

TEST_F(AuthApi, NoPasswordOrTokenEverReachesTheLog) {
  ApiClient admin = signed_in("admin");
  auto created = admin.post("/api/users", {{"email", "secret.keeper@example.org"}, {"display_name", "S"}});
  std::string otp(created.json().at("one_time_password").as_string());
  auto token = admin.post("/api/tokens", {{"name", "t"}, {"role", "funder"}, {"expires_in_days", 1}});
  std::string secret(token.json().at("token").as_string());
  ApiClient(server->port()).login("secret.keeper@example.org", otp);
  ApiClient(server->port()).login(demo_account("membre").email, "a-wrong-password-123");
  std::string log = server->log();
  ASSERT_FALSE(log.empty());
  for (const std::string& secret_text : {otp, secret, admin.session_token(), admin.csrf_token(),
                                         demo_account("admin").password, std::string("a-wrong-password-123")}) {
    EXPECT_EQ(log.find(secret_text), std::string::npos) << "found a secret in the log";
  }
}

TEST(AuthDemo, DemoAccountsSignInOnlyInDemoModeAndDemoModeOnlyOnLoopback) {
  testing::TempDir dir;
  auto db = testing::copy_fixture_database(dir);
  {
    testing::ServerProcess demo(db, {}, {"--demo"});
  }
  testing::ServerProcess plain(db);
  auto account = demo_account("admin");
  EXPECT_EQ(ApiClient(plain.port()).login(account.email, account.password).status, 401u);
  try {
    testing::ServerProcess exposed(db, {}, {"--demo", "--host", "0.0.0.0"});
    FAIL() << "demo mode started on a public address";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("refused outside loopback"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace maillage
