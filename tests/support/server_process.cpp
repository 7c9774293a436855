#include "support/server_process.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>
#include <thread>

#include "support/http_client.h"

extern char** environ;

namespace maillage::testing {
namespace fs = std::filesystem;

TempDir::TempDir() {
  std::random_device rd;
  path_ = fs::temp_directory_path() / ("maillage-test-" + std::to_string(getpid()) + "-" + std::to_string(rd()));
  fs::create_directories(path_);
}

TempDir::~TempDir() {
  std::error_code ec;
  fs::remove_all(path_, ec);
}

static std::string env_or(const char* name, const char* fallback) {
  const char* v = std::getenv(name);
  return v && *v ? v : fallback;
}

fs::path fixture_database() {
  fs::path p = env_or("MAILLAGE_FIXTURE_DB", MAILLAGE_TEST_FIXTURE_DB);
  if (!fs::exists(p)) throw std::runtime_error(p.string() + " is missing: run the tests through ctest (fixture referential_fixture)");
  return p;
}

fs::path packages_dir() { return env_or("MAILLAGE_PACKAGES", MAILLAGE_TEST_PACKAGES); }

fs::path copy_fixture_database(const TempDir& dir) {
  fs::path target = dir / "maillage.db";
  fs::copy_file(fixture_database(), target, fs::copy_options::overwrite_existing);
  return target;
}

ServerProcess::ServerProcess(const fs::path& db, const fs::path& web, std::vector<std::string> extra_args) {
  std::string binary = env_or("MAILLAGE_BIN", MAILLAGE_TEST_BIN);
  fs::path port_file = dir_ / "port";
  std::vector<std::string> args = {binary, "serve", "--db", db.string(), "--port-file", port_file.string(),
                                   "--web", web.string()};
  auto given = [&](const char* option) {
    return std::find(extra_args.begin(), extra_args.end(), option) != extra_args.end();
  };
  if (!given("--port")) args.insert(args.end(), {"--port", "0"});
  if (!given("--host")) args.insert(args.end(), {"--host", "127.0.0.1"});
  args.insert(args.end(), extra_args.begin(), extra_args.end());
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  std::string log_path = (dir_ / "server.log").string();
  posix_spawn_file_actions_addopen(&actions, 2, log_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  int rc = posix_spawn(&pid_, binary.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) throw std::runtime_error("cannot start " + binary);

  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  while (std::chrono::steady_clock::now() < deadline) {
    if (fs::exists(port_file)) {
      std::ifstream(port_file) >> port_;
      try {
        if (http_get(port_, "/api/health").status == 200) return;
      } catch (const std::exception&) {
      }
    }
    int status;
    if (waitpid(pid_, &status, WNOHANG) == pid_) {
      exited_ = true;
      throw std::runtime_error("server exited during start-up:\n" + log());
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  throw std::runtime_error("server did not start within 30 s:\n" + log());
}

ServerProcess::~ServerProcess() {
  if (!exited_ && pid_ > 0) {
    kill(pid_, SIGTERM);
    if (wait_exit(10) == -1) kill(pid_, SIGKILL);
  }
}

void ServerProcess::signal(int sig) { kill(pid_, sig); }

int ServerProcess::wait_exit(int timeout_seconds) {
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(timeout_seconds);
  while (std::chrono::steady_clock::now() < deadline) {
    int status;
    if (waitpid(pid_, &status, WNOHANG) == pid_) {
      exited_ = true;
      return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  kill(pid_, SIGKILL);
  waitpid(pid_, nullptr, 0);
  exited_ = true;
  return -1;
}

std::string ServerProcess::log() const {
  std::ifstream in(dir_ / "server.log");
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace maillage::testing
