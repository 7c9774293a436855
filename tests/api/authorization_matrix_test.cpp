// The authorization matrix: every API route, called by every role (and anonymously), answers the
// expected status. A route added to the program without a row here makes the test fail, and so
// does a row for a route that no longer exists.
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "app/database_setup.h"
#include "app/web_app.h"
#include "support/api_client.h"
#include "support/server_process.h"

namespace maillage {
namespace {
using testing::ApiClient;

// Callers, in the order of the expected statuses below.
const std::vector<std::string> kCallers = {"anonymous", "admin", "coordination", "membre", "partenaire", "financeur"};

struct Row {
  std::string method;
  std::string pattern;            // as registered in the router
  std::string target;             // with real ids: {A} = a CPTS of the caller, {U} = a user
  std::vector<unsigned> expected;  // one status per caller, in kCallers order
  std::string body = {};
};

// Bodies are empty or invalid on purpose: a caller who passes the access check gets 400 (or
// 404 for unknown ids), one who does not gets 401, 403 or 404 — and nothing is changed.
const std::vector<Row> kMatrix = {
    {"GET", "/api/health", "/api/health", {200, 200, 200, 200, 200, 200}},
    {"GET", "/api/openapi.json", "/api/openapi.json", {200, 200, 200, 200, 200, 200}},
    {"GET", "/api/ui-config", "/api/ui-config", {200, 200, 200, 200, 200, 200}},
    {"GET", "/api/communes", "/api/communes?q=lyon", {200, 200, 200, 200, 200, 200}},
    {"GET", "/api/communes/{code}", "/api/communes/13203", {200, 200, 200, 200, 200, 200}},
    {"GET", "/api/departements", "/api/departements", {200, 200, 200, 200, 200, 200}},
    {"GET", "/api/regions", "/api/regions", {200, 200, 200, 200, 200, 200}},
    {"GET", "/api/epci", "/api/epci?q=marseille", {200, 200, 200, 200, 200, 200}},
    {"GET", "/api/epci/{siren}", "/api/epci/200054807", {200, 200, 200, 200, 200, 200}},
    {"GET", "/api/postcodes/{postcode}", "/api/postcodes/13003", {200, 200, 200, 200, 200, 200}},
    {"POST", "/api/session", "/api/session", {400, 400, 400, 400, 400, 400}},
    {"GET", "/api/session", "/api/session", {401, 200, 200, 200, 200, 200}},
    {"PUT", "/api/session/password", "/api/session/password", {401, 400, 400, 400, 400, 400}},
    {"GET", "/api/session/professional", "/api/session/professional", {401, 200, 200, 200, 200, 200}},
    {"GET", "/api/users", "/api/users", {401, 200, 403, 403, 403, 403}},
    {"POST", "/api/users", "/api/users", {401, 400, 403, 403, 403, 403}},
    {"PATCH", "/api/users/{user_id}", "/api/users/{U}", {401, 400, 403, 403, 403, 403}, R"({"disabled":"no"})"},
    {"POST", "/api/users/{user_id}/password-reset", "/api/users/{U}/password-reset", {401, 400, 403, 403, 403, 403},
     R"({"unexpected":1})"},
    {"POST", "/api/users/{user_id}/roles", "/api/users/{U}/roles", {401, 400, 403, 403, 403, 403}},
    {"DELETE", "/api/users/{user_id}/roles/{role_id}", "/api/users/{U}/roles/unknown", {401, 404, 403, 403, 403, 403}},
    {"GET", "/api/tokens", "/api/tokens", {401, 200, 403, 403, 403, 403}},
    {"POST", "/api/tokens", "/api/tokens", {401, 400, 403, 403, 403, 403}},
    {"DELETE", "/api/tokens/{token_id}", "/api/tokens/unknown", {401, 404, 403, 403, 403, 403}},
    {"GET", "/api/audit", "/api/audit", {401, 200, 200, 403, 403, 403}},
    {"GET", "/api/cpts", "/api/cpts", {401, 200, 200, 200, 200, 200}},
    {"POST", "/api/cpts", "/api/cpts", {401, 400, 403, 403, 403, 403}},
    {"GET", "/api/cpts/{cpts_id}", "/api/cpts/{A}", {401, 200, 200, 200, 200, 200}},
    {"GET", "/api/cpts/{cpts_id}/users", "/api/cpts/{A}/users", {401, 200, 200, 403, 403, 403}},
    {"PATCH", "/api/cpts/{cpts_id}", "/api/cpts/{A}", {401, 400, 400, 403, 403, 403}, R"({"siret":"x"})"},
    {"POST", "/api/cpts/{cpts_id}/status", "/api/cpts/{A}/status", {401, 400, 403, 403, 403, 400}},
    {"GET", "/api/cpts/{cpts_id}/territory", "/api/cpts/{A}/territory", {401, 200, 200, 200, 200, 200}},
    {"GET", "/api/cpts/{cpts_id}/territory/history", "/api/cpts/{A}/territory/history", {401, 200, 200, 200, 200, 200}},
    {"POST", "/api/cpts/{cpts_id}/territory/additions", "/api/cpts/{A}/territory/additions", {401, 400, 400, 403, 403, 403}},
    {"POST", "/api/cpts/{cpts_id}/territory/removals", "/api/cpts/{A}/territory/removals", {401, 400, 400, 403, 403, 403}},
    {"GET", "/api/coverage", "/api/coverage?level=departement&code=13&limit=5", {401, 200, 200, 200, 200, 200}},
    {"GET", "/api/cpts/{cpts_id}/territory.csv", "/api/cpts/{A}/territory.csv", {401, 200, 200, 200, 200, 200}},
    {"GET", "/api/cpts/{cpts_id}/territory.geojson", "/api/cpts/{A}/territory.geojson", {401, 200, 200, 200, 200, 200}},
    {"GET", "/api/cpts/{cpts_id}/directory.csv", "/api/cpts/{A}/directory.csv", {401, 200, 200, 200, 200, 200}},
    {"GET", "/api/cpts/{cpts_id}/directory.html", "/api/cpts/{A}/directory.html", {401, 200, 200, 200, 200, 200}},
    {"GET", "/api/directory", "/api/directory?q=martin", {401, 200, 200, 200, 200, 200}},
    {"GET", "/api/directory/professionals/{national_id}", "/api/directory/professionals/899999999999",
     {401, 404, 404, 404, 404, 404}},
    {"GET", "/api/directory/structures/{finess}", "/api/directory/structures/999999999", {401, 404, 404, 404, 404, 404}},
    {"GET", "/api/coverage/zones-blanches.csv", "/api/coverage/zones-blanches.csv?level=departement&code=13",
     {401, 200, 200, 200, 200, 200}},
    {"GET", "/api/coverage/zones-blanches.geojson", "/api/coverage/zones-blanches.geojson?level=departement&code=13",
     {401, 200, 200, 200, 200, 200}},
    {"GET", "/api/coverage/map", "/api/coverage/map?level=departement&code=13", {401, 200, 200, 200, 200, 200}},
    {"POST", "/api/territory-imports", "/api/territory-imports", {401, 400, 403, 403, 403, 400}},
    {"POST", "/api/directory-imports", "/api/directory-imports", {401, 400, 403, 403, 403, 403}},
    {"GET", "/api/directory-imports", "/api/directory-imports", {401, 200, 403, 403, 403, 403}},
    {"GET", "/api/directory-imports/{import_id}", "/api/directory-imports/unknown", {401, 404, 403, 403, 403, 403}},
    {"GET", "/api/settings/taille", "/api/settings/taille", {401, 200, 200, 200, 200, 200}},
    {"PUT", "/api/settings/taille", "/api/settings/taille", {401, 400, 403, 403, 403, 403}},
    // Médecin-traitant requests hold patient data: not for administrators or funders.
    {"POST", "/api/cpts/{cpts_id}/mt-requests", "/api/cpts/{A}/mt-requests", {401, 403, 400, 400, 400, 403}},
    {"GET", "/api/cpts/{cpts_id}/mt-requests", "/api/cpts/{A}/mt-requests", {401, 403, 200, 200, 200, 403}},
    {"GET", "/api/cpts/{cpts_id}/mt-requests/{request_id}", "/api/cpts/{A}/mt-requests/unknown",
     {401, 403, 404, 404, 404, 403}},
    {"POST", "/api/cpts/{cpts_id}/mt-requests/{request_id}/transitions", "/api/cpts/{A}/mt-requests/unknown/transitions",
     {401, 403, 400, 400, 403, 403}},
    {"GET", "/api/cpts/{cpts_id}/mt-census", "/api/cpts/{A}/mt-census", {401, 403, 200, 200, 403, 403}},
    {"GET", "/api/cpts/{cpts_id}/mt-requests/{request_id}/suggestions", "/api/cpts/{A}/mt-requests/unknown/suggestions",
     {401, 403, 404, 403, 403, 403}},
    {"GET", "/api/cpts/{cpts_id}/mt-allocation", "/api/cpts/{A}/mt-allocation", {401, 403, 200, 403, 403, 403}},
    {"POST", "/api/cpts/{cpts_id}/mt-requests/imports", "/api/cpts/{A}/mt-requests/imports", {401, 403, 400, 403, 403, 403}},
    {"GET", "/api/cpts/{cpts_id}/mt-settings", "/api/cpts/{A}/mt-settings", {401, 403, 200, 403, 403, 403}},
    {"GET", "/api/cpts/{cpts_id}/mt-indicators", "/api/cpts/{A}/mt-indicators", {401, 200, 200, 403, 403, 200}},
    {"GET", "/api/cpts/{cpts_id}/mt-indicators.csv", "/api/cpts/{A}/mt-indicators.csv", {401, 200, 200, 403, 403, 200}},
    {"PUT", "/api/cpts/{cpts_id}/mt-settings", "/api/cpts/{A}/mt-settings", {401, 403, 400, 403, 403, 403},
     R"({"retention_days":-1})"},
    {"POST", "/api/cpts/{cpts_id}/mt-allocation/confirm", "/api/cpts/{A}/mt-allocation/confirm",
     {401, 403, 400, 403, 403, 403}},
    {"PUT", "/api/cpts/{cpts_id}/mt-census/{professional_id}/{site_key}", "/api/cpts/{A}/mt-census/810000000001/S1",
     {401, 403, 400, 400, 403, 403}},
    {"PUT", "/api/users/{user_id}/professional", "/api/users/{U}/professional", {401, 400, 403, 403, 403, 403},
     R"({"professional_id":5})"},
    // Unscheduled care: the inventory and the planning hold no patient; requests do (not for
    // administrators or funders); the published list is public.
    {"GET", "/api/cpts/{cpts_id}/snp/resources", "/api/cpts/{A}/snp/resources", {401, 200, 200, 200, 200, 200}},
    {"POST", "/api/cpts/{cpts_id}/snp/resources", "/api/cpts/{A}/snp/resources", {401, 400, 400, 403, 403, 403}},
    {"PATCH", "/api/cpts/{cpts_id}/snp/resources/{resource_id}", "/api/cpts/{A}/snp/resources/unknown",
     {401, 404, 404, 403, 403, 403}, R"({"name":"X"})"},
    {"DELETE", "/api/cpts/{cpts_id}/snp/resources/{resource_id}", "/api/cpts/{A}/snp/resources/unknown",
     {401, 404, 404, 403, 403, 403}},
    {"GET", "/api/public/cpts/{id}/snp-resources", "/api/public/cpts/{A}/snp-resources", {200, 200, 200, 200, 200, 200}},
    {"GET", "/api/cpts/{cpts_id}/snp/slots", "/api/cpts/{A}/snp/slots?from=2026-11-23&to=2026-11-29",
     {401, 200, 200, 200, 200, 403}},
    {"POST", "/api/cpts/{cpts_id}/snp/slots", "/api/cpts/{A}/snp/slots", {401, 403, 400, 400, 403, 403}},
    {"DELETE", "/api/cpts/{cpts_id}/snp/slots/{slot_id}", "/api/cpts/{A}/snp/slots/999999", {401, 403, 404, 404, 403, 403}},
    {"GET", "/api/cpts/{cpts_id}/snp/patterns", "/api/cpts/{A}/snp/patterns", {401, 200, 200, 200, 200, 403}},
    {"POST", "/api/cpts/{cpts_id}/snp/patterns", "/api/cpts/{A}/snp/patterns", {401, 403, 400, 400, 403, 403}},
    {"DELETE", "/api/cpts/{cpts_id}/snp/patterns/{pattern_id}", "/api/cpts/{A}/snp/patterns/unknown",
     {401, 403, 404, 404, 403, 403}},
    {"POST", "/api/cpts/{cpts_id}/snp/slot-imports", "/api/cpts/{A}/snp/slot-imports", {401, 403, 400, 400, 403, 403}},
    {"GET", "/api/cpts/{cpts_id}/snp/slot-search", "/api/cpts/{A}/snp/slot-search", {401, 400, 400, 400, 400, 403}},
    {"POST", "/api/cpts/{cpts_id}/snp/requests", "/api/cpts/{A}/snp/requests", {401, 403, 400, 400, 400, 403}},
    {"GET", "/api/cpts/{cpts_id}/snp/requests", "/api/cpts/{A}/snp/requests", {401, 403, 200, 200, 200, 403}},
    {"GET", "/api/cpts/{cpts_id}/snp/requests/{request_id}", "/api/cpts/{A}/snp/requests/unknown",
     {401, 403, 404, 404, 404, 403}},
    {"POST", "/api/cpts/{cpts_id}/snp/requests/{request_id}/orientation",
     "/api/cpts/{A}/snp/requests/unknown/orientation", {401, 403, 400, 400, 400, 403}},
    {"POST", "/api/cpts/{cpts_id}/snp/requests/{request_id}/outcome", "/api/cpts/{A}/snp/requests/unknown/outcome",
     {401, 403, 400, 400, 400, 403}},
    {"POST", "/api/cpts/{cpts_id}/snp/requests/{request_id}/cancel", "/api/cpts/{A}/snp/requests/unknown/cancel",
     {401, 403, 404, 404, 404, 403}, R"({"reason":"x"})"},
    {"GET", "/api/cpts/{cpts_id}/snp/indicators", "/api/cpts/{A}/snp/indicators", {401, 200, 200, 403, 403, 200}},
    {"GET", "/api/cpts/{cpts_id}/snp/sas-summary", "/api/cpts/{A}/snp/sas-summary?week=2026-W48",
     {401, 200, 200, 403, 403, 200}},
    {"GET", "/api/cpts/{cpts_id}/colleges", "/api/cpts/{A}/colleges", {401, 200, 200, 403, 403, 403}},
    {"POST", "/api/cpts/{cpts_id}/colleges", "/api/cpts/{A}/colleges", {401, 400, 400, 403, 403, 403}},
    {"PATCH", "/api/cpts/{cpts_id}/colleges/{college_id}", "/api/cpts/{A}/colleges/unknown", {401, 400, 400, 403, 403, 403},
     R"({"position":"x"})"},
    {"DELETE", "/api/cpts/{cpts_id}/colleges/{college_id}", "/api/cpts/{A}/colleges/unknown", {401, 404, 404, 403, 403, 403}},
    {"GET", "/api/cpts/{cpts_id}/memberships", "/api/cpts/{A}/memberships", {401, 200, 200, 403, 403, 403}},
    {"POST", "/api/cpts/{cpts_id}/memberships", "/api/cpts/{A}/memberships", {401, 400, 400, 403, 403, 403}},
    {"GET", "/api/cpts/{cpts_id}/memberships/{membership_id}", "/api/cpts/{A}/memberships/unknown",
     {401, 404, 404, 403, 403, 403}},
    {"PATCH", "/api/cpts/{cpts_id}/memberships/{membership_id}", "/api/cpts/{A}/memberships/unknown",
     {401, 404, 404, 403, 403, 403}, R"({"note":"x"})"},
    {"POST", "/api/cpts/{cpts_id}/memberships/{membership_id}/status", "/api/cpts/{A}/memberships/unknown/status",
     {401, 400, 400, 403, 403, 403}},
    // Fees: the CPTS's coordinator only, not even administrators.
    {"PUT", "/api/cpts/{cpts_id}/memberships/{membership_id}/fees/{year}", "/api/cpts/{A}/memberships/unknown/fees/2025",
     {401, 403, 400, 403, 403, 403}},
    {"GET", "/api/cpts/{cpts_id}/membership-rate", "/api/cpts/{A}/membership-rate", {401, 200, 200, 403, 403, 200}},
    // The FHIR view: public directory data and the SAS flow of slots (an unknown id is 404 for everyone).
    {"GET", "/fhir/metadata", "/fhir/metadata", {200, 200, 200, 200, 200, 200}},
    {"GET", "/fhir/Practitioner", "/fhir/Practitioner?name=martin", {200, 200, 200, 200, 200, 200}},
    {"GET", "/fhir/Practitioner/{id}", "/fhir/Practitioner/899999999999", {404, 404, 404, 404, 404, 404}},
    {"GET", "/fhir/PractitionerRole", "/fhir/PractitionerRole?role=10", {200, 200, 200, 200, 200, 200}},
    {"GET", "/fhir/PractitionerRole/{id}", "/fhir/PractitionerRole/899999999999-0123456789abcdef",
     {404, 404, 404, 404, 404, 404}},
    {"GET", "/fhir/Organization", "/fhir/Organization?type=603", {200, 200, 200, 200, 200, 200}},
    {"GET", "/fhir/Organization/{id}", "/fhir/Organization/999999999", {404, 404, 404, 404, 404, 404}},
    {"GET", "/fhir/Location", "/fhir/Location?address-city=marseille", {200, 200, 200, 200, 200, 200}},
    {"GET", "/fhir/Location/{id}", "/fhir/Location/999999999", {404, 404, 404, 404, 404, 404}},
    {"GET", "/fhir/HealthcareService", "/fhir/HealthcareService", {200, 200, 200, 200, 200, 200}},
    {"GET", "/fhir/HealthcareService/{id}", "/fhir/HealthcareService/999999999", {404, 404, 404, 404, 404, 404}},
    {"GET", "/fhir/Slot",
     "/fhir/Slot?schedule.actor:Practitioner.identifier=810000000001&start=ge2099-01-01&start=le2099-01-15",
     {200, 200, 200, 200, 200, 200}},
    {"GET", "/fhir/Slot/{id}", "/fhir/Slot/999999999", {404, 404, 404, 404, 404, 404}},
    {"GET", "/fhir/Schedule/{id}", "/fhir/Schedule/899999999999-0123456789abcdef", {404, 404, 404, 404, 404, 404}},
    // Last: it ends the sessions.
    {"DELETE", "/api/session", "/api/session", {401, 204, 204, 204, 204, 204}},
};

std::string substitute(std::string target, const std::map<std::string, std::string>& ids) {
  for (const auto& [key, value] : ids) {
    for (std::size_t pos; (pos = target.find(key)) != std::string::npos;) target.replace(pos, key.size(), value);
  }
  return target;
}

TEST(AuthorizationMatrix, EveryRouteHasARowAndEveryRowARoute) {
  testing::TempDir dir;
  auto db = app::open_and_migrate((dir / "routes.db").string());
  app::WebApp web(*db, {}, {});
  std::set<std::pair<std::string, std::string>> routes, rows;
  for (const auto& r : web.router().routes()) {
    routes.emplace(std::string(boost::beast::http::to_string(r.method)), r.pattern);
    bool declared = r.permission == auth::Permission::public_access || !auth::roles_granted(r.permission).empty();
    EXPECT_TRUE(declared) << r.pattern << " declares a permission missing from the permission table";
  }
  for (const auto& row : kMatrix) rows.emplace(row.method, row.pattern);
  for (const auto& r : routes) EXPECT_TRUE(rows.contains(r)) << r.first << " " << r.second << " has no row in the matrix";
  for (const auto& r : rows) EXPECT_TRUE(routes.contains(r)) << r.first << " " << r.second << " is not a route any more";
}

TEST(AuthorizationMatrix, EveryRoleGetsTheExpectedStatusOnEveryRoute) {
  testing::TempDir dir;
  testing::ServerProcess server(testing::copy_fixture_database(dir), {}, {"--demo"});
  std::map<std::string, ApiClient> clients;
  for (const auto& caller : kCallers) {
    ApiClient client(server.port());
    if (caller != "anonymous") {
      auto account = testing::demo_account(caller);
      ASSERT_EQ(client.login(account.email, account.password).status, 200u) << caller;
    }
    clients.emplace(caller, client);
  }
  ApiClient& admin = clients.at("admin");
  auto target_user = admin.post("/api/users", {{"email", "cible@test.example"}, {"display_name", "Cible"}});
  ASSERT_EQ(target_user.status, 201u) << target_user.body;
  std::string vieux_port;
  auto all_cpts = admin.get("/api/cpts").json();
  for (const auto& c : all_cpts.at("items").as_array()) {
    if (c.at("name") == "CPTS Démo du Vieux-Port") vieux_port = std::string(c.at("id").as_string());
  }
  ASSERT_FALSE(vieux_port.empty());
  std::map<std::string, std::string> ids = {
      {"{A}", vieux_port}, {"{U}", std::string(target_user.json().at("user").at("id").as_string())}};

  for (const auto& row : kMatrix) {
    for (std::size_t i = 0; i < kCallers.size(); ++i) {
      auto r = clients.at(kCallers[i]).request(row.method, substitute(row.target, ids), row.body);
      EXPECT_EQ(r.status, row.expected[i]) << row.method << " " << row.pattern << " as " << kCallers[i] << ": " << r.body;
    }
  }
}

}  // namespace
}  // namespace maillage
