// Runs the real `maillage serve` binary on a temporary copy of the referential fixture database,
// for API tests: started on a free port, stopped with SIGTERM.
#pragma once

#include <sys/types.h>

#include <filesystem>
#include <string>
#include <vector>

namespace maillage::testing {

/// A temporary directory removed with everything in it when the object dies.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

/// The imported referential made by the CTest fixture (env MAILLAGE_FIXTURE_DB).
std::filesystem::path fixture_database();

/// The node_modules folder holding the data packages (env MAILLAGE_PACKAGES).
std::filesystem::path packages_dir();

/// Copies the fixture database to `dir` and returns the copy's path.
std::filesystem::path copy_fixture_database(const TempDir& dir);

class ServerProcess {
 public:
  /// Starts `maillage serve --db <db> --web <web> --port 0 …extra`; waits until /api/health answers.
  ServerProcess(const std::filesystem::path& db, const std::filesystem::path& web = {},
                std::vector<std::string> extra_args = {});
  ~ServerProcess();

  unsigned short port() const { return port_; }
  pid_t pid() const { return pid_; }

  /// Sends `signal` (SIGTERM by default).
  void signal(int sig);
  /// Waits for the process to exit; returns its exit status (or -1 on timeout, after killing it).
  int wait_exit(int timeout_seconds = 20);
  /// Everything the server wrote to stderr so far (its log).
  std::string log() const;

 private:
  TempDir dir_;
  pid_t pid_ = -1;
  unsigned short port_ = 0;
  bool exited_ = false;
};

}  // namespace maillage::testing
