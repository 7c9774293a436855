// The set-up most API tests share: a copy of the referential fixture with the demo data
// (`maillage demo`), optional commands run on the database before the server starts (imports),
// the server itself, and clients signed in as the demo accounts.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "support/api_client.h"
#include "support/server_process.h"

namespace maillage::testing {

class DemoServer {
 public:
  /// `before_start`: `maillage` command lines run on the database first (`--db` is appended).
  explicit DemoServer(const std::vector<std::vector<std::string>>& before_start = {});

  /// A client signed in as demo account `role` (admin, coordination, membre, partenaire, financeur).
  std::unique_ptr<ApiClient> signed_in(const std::string& role) const;
  /// A client without session.
  std::unique_ptr<ApiClient> anonymous() const;
  /// The id of the demo CPTS named `name`.
  std::string cpts_id(const std::string& name) const;
  /// A new account (created by the demo administrator) holding `role` in the CPTS named
  /// `cpts_name`, signed in, its one-time password already changed.
  std::unique_ptr<ApiClient> new_account(const std::string& email, const std::string& role,
                                         const std::string& cpts_name) const;
  /// The id of the user whose e-mail is `email`.
  std::string user_id(const std::string& email) const;

  const TempDir& dir() const { return dir_; }
  const std::filesystem::path& database() const { return db_; }

 private:
  TempDir dir_;
  std::filesystem::path db_;
  std::unique_ptr<ServerProcess> server_;
};

}  // namespace maillage::testing
