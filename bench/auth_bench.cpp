// What authentication costs: argon2id (bounds sign-in throughput) and the per-request work of
// resolving a session cookie or an API token, measured on the same public route with and
// without credentials so the difference is the cost authentication adds to a request.
#include <benchmark/benchmark.h>

#include "app/demo_data.h"
#include "app/web_app.h"
#include "bench_support.h"
#include "platform/auth/credential_store.h"
#include "platform/auth/crypto.h"
#include "platform/auth/user_store.h"
#include "referential/importer.h"

namespace maillage::bench {
namespace {

void BM_Argon2idHash(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(auth::hash_password("une phrase de passe solide"));
}
BENCHMARK(BM_Argon2idHash)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_Argon2idVerify(benchmark::State& state) {
  std::string hash = auth::hash_password("une phrase de passe solide");
  for (auto _ : state) benchmark::DoNotOptimize(auth::verify_password("une phrase de passe solide", hash));
}
BENCHMARK(BM_Argon2idVerify)->Unit(benchmark::kMillisecond)->UseRealTime();

/// A migrated database with the referential and the demo accounts, plus one session and one
/// API token of the demo coordinator; shared by the request benchmarks.
struct AuthFixture {
  TempDir dir;
  std::unique_ptr<db::Database> db;
  std::unique_ptr<app::WebApp> web;
  std::string session_token;
  std::string api_token;

  AuthFixture() {
    quiet_logs();
    db = open_migrated(dir.path() / "auth.db");
    referential::import_referential(*db, packages_dir(), false);
    app::ensure_demo_data(*db);
    auth::AuthConfig config;
    config.demo_mode = true;
    config.secure_cookies = false;
    web = std::make_unique<app::WebApp>(*db, std::filesystem::path{}, app::UiConfig{}, config);
    db::with_transaction(*db, [&](db::Connection& c) {
      auto user = auth::find_user_by_email(c, "coordination@demo.maillage.test");
      session_token = auth::create_session(c, user->id, "127.0.0.1", auth::unix_now(), config.session).second;
      api_token = auth::create_api_token(c, "bench", auth::Role::funder, "", user->id, auth::unix_now() + 86400).second;
    });
  }

  static AuthFixture& get() {
    static AuthFixture fixture;
    return fixture;
  }
};

void run_lookup(benchmark::State& state, http::Request::Pairs headers) {
  auto& f = AuthFixture::get();
  auto handler = f.web->handler();
  for (auto _ : state) {
    http::Request request(http::Method::get, "/api/communes/13203", headers, {}, "127.0.0.1");
    auto response = handler(request);
    if (response.status != 200) state.SkipWithError("lookup failed");
    benchmark::DoNotOptimize(response.body.data());
  }
}

void BM_CommuneLookupAnonymous(benchmark::State& state) { run_lookup(state, {}); }
BENCHMARK(BM_CommuneLookupAnonymous)->Unit(benchmark::kMicrosecond);

void BM_CommuneLookupWithSession(benchmark::State& state) {
  run_lookup(state, {{"Cookie", "maillage_session=" + AuthFixture::get().session_token}});
}
BENCHMARK(BM_CommuneLookupWithSession)->Unit(benchmark::kMicrosecond);

void BM_CommuneLookupWithApiToken(benchmark::State& state) {
  run_lookup(state, {{"Authorization", "Bearer " + AuthFixture::get().api_token}});
}
BENCHMARK(BM_CommuneLookupWithApiToken)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace maillage::bench
