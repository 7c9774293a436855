// The FHIR API test suites' server: `maillage serve` on a copy of the referential fixture with a
// directory imported from an RPPS file (`maillage import rpps`) and whatever else a suite writes in
// the database, and the checks every FHIR answer gets (status, media type, OperationOutcome).
#pragma once

#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "support/command.h"
#include "support/http_client.h"
#include "support/rpps_file.h"
#include "support/server_process.h"

namespace maillage::testing {

class FhirSuite : public ::testing::Test {
 protected:
  /// Imports `rows`, runs `prepare` on the database, then serves it (call from SetUpTestSuite).
  static void start(const std::vector<RppsRow>& rows, const std::function<void(const std::filesystem::path&)>& prepare) {
    dir = new TempDir();
    auto db = copy_fixture_database(*dir);
    auto file = write_rpps_file(*dir / "rpps.txt", kRppsHeader, rows);
    auto imported = run_maillage({"import", "rpps", file.string(), "--db", db.string()});
    ASSERT_EQ(imported.status, 0) << imported.output;
    prepare(db);
    server = new ServerProcess(db);
  }
  static void TearDownTestSuite() {
    delete server;
    delete dir;
    server = nullptr;
    dir = nullptr;
  }

  static HttpResult get(const std::string& target, const std::map<std::string, std::string>& headers = {}) {
    return http_request(server->port(), "GET", target, {}, headers);
  }
  /// A 200 FHIR answer's JSON.
  static boost::json::object ok(const std::string& target) {
    auto r = get(target);
    EXPECT_EQ(r.status, 200u) << target << ": " << r.body;
    EXPECT_EQ(r.header("content-type"), "application/fhir+json; charset=utf-8") << target;
    return r.status == 200 ? r.json().as_object() : boost::json::object{};
  }
  /// The first issue of an OperationOutcome answer with `status`.
  static boost::json::object outcome(const std::string& target, unsigned status,
                                     const std::map<std::string, std::string>& headers = {},
                                     const std::string& method = "GET") {
    auto r = http_request(server->port(), method, target, {}, headers);
    EXPECT_EQ(r.status, status) << target << ": " << r.body;
    EXPECT_EQ(r.header("content-type"), "application/fhir+json; charset=utf-8") << target;
    auto doc = r.json().as_object();
    EXPECT_EQ(doc.at("resourceType"), "OperationOutcome") << r.body;
    return doc.at("issue").as_array().at(0).as_object();
  }

  static inline TempDir* dir = nullptr;
  static inline ServerProcess* server = nullptr;
};

}  // namespace maillage::testing
